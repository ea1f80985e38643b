// kuromoji (IPADIC) behind the Morphology interface: fast dictionary loading, chunked tokenizing, LRU cache.
//
// kuromoji's own builder spends most of its start-up time on things a language server can skip: it gunzips
// every file (the extension ships them already decompressed in dist/dict/), parses the 4 MB word map into
// ~390k JS arrays (we index it in one pass over the buffer instead), and walks 1 MB of zero padding in
// the unknown-word tables. Tokenizing cost grows with the square of the sentence length (kuromoji copies the
// tail of the sentence at every position), so text is cut at characters no dictionary word spans.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Morphology, MorphToken } from '../engine/morphology';
import { LruCache } from '../engine/lru';
import { viterbiTokenizer, type PrefixVisitor, type TargetIndex, type ViterbiDictionaries, type WordVisitor } from './viterbi';

// Internals of kuromoji 0.1.2 (CommonJS); typed here only as far as we use them.
interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  pos_detail_3: string;
  basic_form: string;
  reading?: string;
  conjugated_form?: string;
}
interface DynamicDictionaries {
  trie: { commonPrefixSearch(key: string): { k: string; v?: number }[] };
  loadTrie(base: Int32Array, check: Int32Array): void;
  token_info_dictionary: {
    loadDictionary(b: Uint8Array): void;
    loadPosVector(b: Uint8Array): void;
    target_map: unknown;
    getFeatures(id: string | number): string;
  };
  loadConnectionCosts(b: Int16Array): void;
  loadUnknownDictionaries(unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array): void;
}
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
  /** The same words as tokenize, visited without kuromoji's per-node and per-token objects (viterbi.ts). */
  eachWord(text: string, visit: WordVisitor): void;
}
const DynamicDictionariesCtor = require('kuromoji/src/dict/DynamicDictionaries') as new () => DynamicDictionaries;
const TokenizerCtor = require('kuromoji/src/Tokenizer') as new (dic: DynamicDictionaries) => Omit<KuromojiTokenizer, 'eachWord'>;

const KUROMOJI_VERSION = (require('kuromoji/package.json') as { version: string }).version;

/** Longer than any IPADIC surface form (the longest are ~20 characters). */
const MAX_WORD = 32;

const FILES = ['base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke'] as const;
type DictFile = (typeof FILES)[number];

/** Directories that may hold the IPADIC files, best first: the bundle's dist/dict, then the npm package. */
export function dictionaryCandidates(): string[] {
  const dirs = [join(__dirname, 'dict')];
  try {
    dirs.push(join(dirname(require.resolve('kuromoji/package.json')), 'dict'));
  } catch {
    /* bundled without node_modules */
  }
  // out/server/src/morphology → repository root.
  for (let d = __dirname, i = 0; i < 6; i++, d = dirname(d)) dirs.push(join(d, 'node_modules', 'kuromoji', 'dict'));
  return [...new Set(dirs)];
}

/** The first candidate holding a complete dictionary (decompressed `.dat` or kuromoji's `.dat.gz`). */
export function findDictionary(candidates = dictionaryCandidates()): string | undefined {
  return candidates.find((dir) => FILES.every((f) => existsSync(join(dir, `${f}.dat`)) || existsSync(join(dir, `${f}.dat.gz`))));
}

const gunzipAsync = promisify(gunzip);

async function readDictFile(dir: string, name: DictFile): Promise<Uint8Array> {
  const raw = join(dir, `${name}.dat`);
  const bytes = existsSync(raw) ? await readFile(raw) : await gunzipAsync(await readFile(join(dir, `${name}.dat.gz`)));
  return aligned(bytes);
}

/** A copy when the bytes do not start on a 4-byte boundary (Int32Array views need it). */
function aligned(b: Uint8Array): Uint8Array {
  return b.byteOffset % 4 === 0 ? b : new Uint8Array(b);
}

const view32 = (b: Uint8Array) => new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);

/** kuromoji's word map (trie id → token ids) indexed in one pass over the buffer: `{count, key, n, ids…}*`. */
export function indexTargetMap(bytes: Uint8Array): TargetIndex {
  const ints = view32(bytes);
  const count = ints[0];
  let maxKey = 0;
  let p = 1;
  for (let k = 0; k < count && p + 1 < ints.length; k++) {
    if (ints[p] > maxKey) maxKey = ints[p];
    p += 2 + ints[p + 1];
  }
  const at = new Int32Array(maxKey + 1).fill(-1);
  p = 1;
  for (let k = 0; k < count && p + 1 < ints.length; k++) {
    at[ints[p]] = p + 1;
    p += 2 + ints[p + 1];
  }
  return { ints, at };
}

/**
 * The word map as a lazy lookup over the buffer. The tokenizer only reads `map[id]`, `.length` and `[i]`, so a
 * Proxy answering with Int32Array views suffices.
 */
export function indexedTargetMap(bytes: Uint8Array, index = indexTargetMap(bytes)): unknown {
  const { ints, at } = index;
  const empty = new Int32Array(0);
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (typeof key !== 'string') return undefined;
        const id = +key;
        const q = id >= 0 && id < at.length ? at[id] : -1;
        return q < 0 ? empty : ints.subarray(q + 1, q + 1 + ints[q]);
      },
    },
  );
}

/** Cuts the unknown-word map to the entries its header declares (the rest is zero padding). */
function trimUnknownMap(bytes: Uint8Array): Uint8Array {
  const ints = view32(bytes);
  let p = 1;
  for (let k = 0; k < ints[0] && p + 1 < ints.length; k++) p += 2 + ints[p + 1];
  return bytes.subarray(0, Math.min(bytes.length, p * 4));
}

/** Cuts the character-class table after its last class name (the rest is zero padding). */
function trimInvokeDefinitions(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

/**
 * doublearray's commonPrefixSearch over the same base/check arrays, without allocating: every dictionary word
 * that is a prefix of `key`, as {k: word, v: record}. Terminal nodes are checked after every UTF-8 byte as the
 * original does; words end on character boundaries, so `k` is always a whole-character prefix of `key`.
 */
export function prefixSearch(base: Int32Array, check: Int32Array): (key: string) => { k: string; v?: number }[] {
  const each = prefixVisitor(base, check);
  return (key) => {
    const result: { k: string; v?: number }[] = [];
    each(key, 0, (end, v) => result.push(v === undefined ? { k: key.slice(0, end) } : { v, k: key.slice(0, end) }));
    return result;
  };
}

/** prefixSearch on text.slice(from) without the slice: `visit(end, v)` per word, `end` an offset in `text`. */
export function prefixVisitor(base: Int32Array, check: Int32Array): PrefixVisitor {
  const getBase = (i: number) => (i < base.length ? base[i] : -i + 1);
  const getCheck = (i: number) => (i < check.length ? check[i] : -i - 1);
  const traverse = (parent: number, code: number) => {
    const child = getBase(parent) + code;
    return getCheck(child) === parent ? child : -1;
  };
  const bytes = new Uint8Array(4);
  return (key, from, visit) => {
    let parent = 0;
    const n = Math.min(key.length, from + MAX_WORD);
    for (let i = from; i < n; i++) {
      let cp = key.charCodeAt(i);
      let units = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < key.length) {
        const lo = key.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + 0x10000 + (lo - 0xdc00);
          units = 2;
        }
      }
      let len: number;
      if (cp < 0x80) {
        bytes[0] = cp;
        len = 1;
      } else if (cp < 0x800) {
        bytes[0] = (cp >>> 6) | 0xc0;
        bytes[1] = (cp & 0x3f) | 0x80;
        len = 2;
      } else if (cp < 0x10000) {
        bytes[0] = (cp >>> 12) | 0xe0;
        bytes[1] = ((cp >> 6) & 0x3f) | 0x80;
        bytes[2] = (cp & 0x3f) | 0x80;
        len = 3;
      } else {
        bytes[0] = (cp >>> 18) | 0xf0;
        bytes[1] = ((cp >> 12) & 0x3f) | 0x80;
        bytes[2] = ((cp >> 6) & 0x3f) | 0x80;
        bytes[3] = (cp & 0x3f) | 0x80;
        len = 4;
      }
      for (let j = 0; j < len; j++) {
        const child = traverse(parent, bytes[j]);
        if (child < 0) return;
        parent = child;
        if (j < len - 1) continue;
        const leaf = traverse(child, 0);
        if (leaf >= 0) {
          const b = getBase(leaf);
          visit(i + units, b <= 0 ? -b - 1 : undefined);
        }
      }
      i += units - 1;
    }
  };
}

/** The dictionary files' bytes, by file name (see FILES). */
export type DictionaryBytes = Record<DictFile, Uint8Array>;

/** Builds kuromoji's tokenizer from a dictionary directory. */
export async function buildTokenizer(dir: string): Promise<KuromojiTokenizer> {
  const entries = await Promise.all(FILES.map(async (f) => [f, await readDictFile(dir, f)] as const));
  return tokenizerFromBytes(Object.fromEntries(entries) as DictionaryBytes);
}

/**
 * Reads a directory's decompressed `.dat` files into SharedArrayBuffers (undefined when one is only gzipped):
 * `check --jobs` reads the 96 MB once and hands the same memory to every worker thread instead of a copy each.
 */
export function readSharedDictionary(dir: string): DictionaryBytes | undefined {
  if (!FILES.every((f) => existsSync(join(dir, `${f}.dat`)))) return undefined;
  const dataEnd = readDataEnds(dir);
  const out: Partial<DictionaryBytes> = {};
  for (const f of FILES) {
    const fd = openSync(join(dir, `${f}.dat`), 'r');
    try {
      const size = fstatSync(fd).size;
      const bytes = new Uint8Array(new SharedArrayBuffer(size));
      // A SharedArrayBuffer starts zero-filled: the zero padding after the data (per the build's manifest) need not be read.
      const end = dataEnd[f]?.size === size ? Math.min(size, dataEnd[f].dataEnd) : size;
      for (let at = 0; at < end; ) {
        const n = readSync(fd, bytes, at, end - at, at);
        if (n === 0) throw new Error(`${f}.dat: unexpected end of file`);
        at += n;
      }
      out[f] = bytes;
    } finally {
      closeSync(fd);
    }
  }
  return out as DictionaryBytes;
}

/** The build's dist/dict/data-end.json: per file, its size and where its trailing zeros begin ({} when absent). */
function readDataEnds(dir: string): Partial<Record<DictFile, { size: number; dataEnd: number }>> {
  try {
    const raw = JSON.parse(readFileSync(join(dir, 'data-end.json'), 'utf8')) as Record<string, { size: number; dataEnd: number }>;
    return Object.fromEntries(FILES.filter((f) => Number.isInteger(raw[`${f}.dat`]?.size) && Number.isInteger(raw[`${f}.dat`]?.dataEnd)).map((f) => [f, raw[`${f}.dat`]]));
  } catch {
    return {};
  }
}

/** Builds kuromoji's tokenizer from the dictionary files' bytes (each starting on a 4-byte boundary). */
export function tokenizerFromBytes(b: DictionaryBytes): KuromojiTokenizer {
  const dic = new DynamicDictionariesCtor();
  dic.loadTrie(view32(b.base), view32(b.check));
  // kuromoji hands the trie the whole rest of the sentence at every position, and doublearray re-encodes it
  // to UTF-8 in a fresh buffer and copies every matched prefix: a third of all tokenizing time. The same
  // search, walking the UTF-8 bytes in place and stopping after MAX_WORD characters (see prefixSearch).
  dic.trie.commonPrefixSearch = prefixSearch(view32(b.base), view32(b.check));
  dic.token_info_dictionary.loadDictionary(b.tid);
  dic.token_info_dictionary.loadPosVector(b.tid_pos);
  const target = indexTargetMap(b.tid_map);
  dic.token_info_dictionary.target_map = indexedTargetMap(b.tid_map, target);
  // Feature lines are decoded from UTF-8 on every token; the dictionary never changes, so keep them.
  const tid = dic.token_info_dictionary;
  const features = new Map<string | number, string>();
  const getFeatures = tid.getFeatures.bind(tid);
  tid.getFeatures = (id) => {
    let f = features.get(id);
    if (f === undefined) {
      f = getFeatures(id);
      if (features.size > 50000) features.clear();
      features.set(id, f);
    }
    return f;
  };
  dic.loadConnectionCosts(new Int16Array(b.cc.buffer, b.cc.byteOffset, b.cc.byteLength >> 1));
  dic.loadUnknownDictionaries(
    b.unk,
    b.unk_pos,
    trimUnknownMap(b.unk_map),
    b.unk_char,
    new Uint32Array(b.unk_compat.buffer, b.unk_compat.byteOffset, b.unk_compat.byteLength >> 2),
    trimInvokeDefinitions(b.unk_invoke),
  );
  const eachWord = viterbiTokenizer(dic as unknown as ViterbiDictionaries, prefixVisitor(view32(b.base), view32(b.check)), target);
  return Object.assign(new TokenizerCtor(dic), { eachWord });
}

/**
 * Where text may be cut without changing what a name looks like: line breaks, sentence and clause ends,
 * brackets, middle dots, colons, slashes, spaces and emoji. The cut characters are tokenized on their own.
 */
const CUT = /[\n\r。、，,．！？!?「」『』（）()［］\[\]【】〈〉《》｛｝{}・：:；;／/～〜\s\u3000]|\p{Extended_Pictographic}|[\uD800-\uDFFF]/u;
/** Longer runs are cut anyway, at a script change, to bound the quadratic cost. */
const MAX_CHUNK = 48;
/**
 * A run with no cut character and no script change ('あ'×50,000, a megabyte of NUL) is cut here regardless:
 * kuromoji's cost grows with the square of a chunk's length. Far longer than any name or sentence.
 */
export const MAX_RUN = 4 * MAX_CHUNK;

/** [start, end) pieces of `text` to tokenize separately; exported for tests. */
export function* chunks(text: string): Generator<[number, number]> {
  const pieces: [number, number][] = [];
  eachChunk(text, (start, end) => pieces.push([start, end]));
  yield* pieces;
}

/** Calls `visit` with each piece of chunks(text), in order (no generator and no pair per piece: this runs per post). */
function eachChunk(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const cut = isCut(text.charCodeAt(i));
    if (cut || (i - start >= MAX_CHUNK && scriptOf(c) !== scriptOf(text[i - 1])) || i - start >= MAX_RUN) {
      if (i > start) visit(start, i);
      // The cut character itself (a surrogate pair stays whole).
      const hi = c.charCodeAt(0);
      const width = hi >= 0xd800 && hi <= 0xdbff && i + 1 < text.length ? 2 : 1;
      if (!cut) {
        start = i;
        continue;
      }
      visit(i, i + width);
      i += width - 1;
      start = i + 1;
    }
  }
  if (start < text.length) visit(start, text.length);
}

/** CUT.test of one UTF-16 code unit, remembered per code unit: the regex ran on every character of every post. */
const cutMemo = new Uint8Array(0x10000);
function isCut(code: number): boolean {
  let known = cutMemo[code];
  if (known === 0) cutMemo[code] = known = CUT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

function scriptOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 0x3040 && code <= 0x309f) return 1; // hiragana
  if (code >= 0x30a0 && code <= 0x30ff) return 2; // katakana
  if (code >= 0x4e00 && code <= 0x9fff) return 3; // kanji
  return 0;
}

const SYMBOL_POS: MorphToken['pos'] = ['記号', '一般', '*', '*'];
const NUMBER_POS: MorphToken['pos'] = ['名詞', '数', '*', '*'];
const NOUN_POS: MorphToken['pos'] = ['名詞', '一般', '*', '*'];

/**
 * The part of speech of a chunk that is one token without a lattice: a cut character, or a run of ASCII (URLs,
 * numbers, hashtags hold no Japanese word). Undefined for a chunk kuromoji must analyse. About half of all chunks are
 * trivial: they skip the chunk cache, whose hits cost more than this.
 */
function trivialToken(piece: string): MorphToken['pos'] | undefined {
  if (piece.length <= 2 && CUT.test(piece)) return SYMBOL_POS;
  if (/^[\x21-\x7e]+$/.test(piece)) return /^\d+$/.test(piece) ? NUMBER_POS : NOUN_POS;
  return undefined;
}


/**
 * One frozen array per part of speech (IPADIC has a few hundred): every token of the same class shares it, instead
 * of a fresh array per token of every chunk kuromoji analyses. Less garbage, and what is kept per part-of-speech array
 * (pii/personModel.ts's feature keys, in a WeakMap) is found again instead of built anew for each chunk.
 */
const POS_TABLE = new Map<string, Map<string, Map<string, Map<string, MorphToken['pos']>>>>();
/** Far more than IPADIC's classes: a bound in case unknown-word definitions ever produce new ones without end. */
const POS_TABLE_LIMIT = 4096;
let posTableSize = 0;
function internPos(p0: string, p1: string, p2: string, p3: string): MorphToken['pos'] {
  let a = POS_TABLE.get(p0);
  if (!a) POS_TABLE.set(p0, (a = new Map()));
  let b = a.get(p1);
  if (!b) a.set(p1, (b = new Map()));
  let c = b.get(p2);
  if (!c) b.set(p2, (c = new Map()));
  let pos = c.get(p3);
  if (!pos) {
    pos = Object.freeze([p0, p1, p2, p3]) as MorphToken['pos'];
    if (posTableSize < POS_TABLE_LIMIT) {
      c.set(p3, pos);
      posTableSize++;
    }
  }
  return pos;
}

/** A token of a chunk, offsets relative to the chunk (shared between posts that contain the same chunk). */
type ChunkToken = Omit<MorphToken, 'start'> & { at: number };

export class KuromojiMorphology implements Morphology {
  /** kuromoji's package version and dictionary: what the build's word classes were cut with (see Morphology). */
  readonly dictionary = `kuromoji ${KUROMOJI_VERSION} ipadic`;
  private readonly cache: LruCache<MorphToken[]>;
  private readonly chunkCache: LruCache<ChunkToken[]> | undefined;
  /** Number of texts actually analysed (post-cache misses), for tests and the benchmark. */
  analysed = 0;
  /** Number of chunks run through kuromoji (chunk-cache misses). */
  chunksAnalysed = 0;

  /**
   * @param cacheSize posts whose tokens are kept (an edit re-tokenizes only the changed post)
   * @param chunkCacheSize sentence pieces whose tokens are kept (within a changed post, only the edited
   *   sentence goes through kuromoji again); 0 disables it (the benchmark's cold figure)
   */
  constructor(private readonly tokenizer: KuromojiTokenizer, cacheSize = 512, chunkCacheSize = 4096) {
    this.cache = new LruCache(cacheSize);
    this.chunkCache = chunkCacheSize > 0 ? new LruCache(chunkCacheSize) : undefined;
  }

  /** The same tokenizer with other cache sizes (the benchmark measures cold tokenizing with caches off). */
  withCaches(cacheSize: number, chunkCacheSize: number): KuromojiMorphology {
    return new KuromojiMorphology(this.tokenizer, cacheSize, chunkCacheSize);
  }

  tokenize(text: string): MorphToken[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const tokens = this.analyse(text);
    this.cache.set(text, tokens);
    return tokens;
  }

  private analyse(text: string): MorphToken[] {
    this.analysed++;
    const out: MorphToken[] = [];
    eachChunk(text, (s, e) => this.addChunk(text, s, e, out));
    return Object.freeze(out) as MorphToken[];
  }

  /** The same analysis in slices of `sliceMs`, yielding between them; the result goes to the post cache. */
  async prepare(text: string, sliceMs: number): Promise<void> {
    if (this.cache.get(text)) return;
    this.analysed++;
    const out: MorphToken[] = [];
    let last = performance.now();
    for (const [s, e] of chunks(text)) {
      this.addChunk(text, s, e, out);
      if (performance.now() - last >= sliceMs) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        last = performance.now();
      }
    }
    this.cache.set(text, Object.freeze(out) as MorphToken[]);
  }

  private addChunk(text: string, s: number, e: number, out: MorphToken[]): void {
    const piece = text.slice(s, e);
    const trivial = trivialToken(piece);
    if (trivial) {
      out.push({ surface: piece, start: s, pos: trivial, basic: piece, reading: undefined, form: undefined });
      return;
    }
    let tokens = this.chunkCache?.get(piece);
    if (!tokens) {
      tokens = this.analyseChunk(piece);
      this.chunkCache?.set(piece, tokens);
    }
    for (const t of tokens) out.push({ surface: t.surface, start: s + t.at, pos: t.pos, basic: t.basic, reading: t.reading, form: t.form });
  }

  private analyseChunk(piece: string): ChunkToken[] {
    this.chunksAnalysed++;
    const out: ChunkToken[] = [];
    let at = 0;
    // Fields as kuromoji's IPADIC formatter names them: f[1–4] part of speech, f[6] 活用形, f[7] 原形, f[8] 読み.
    this.tokenizer.eachWord(piece, (surface, f, known) => {
      const found = piece.startsWith(surface, at) ? at : piece.indexOf(surface, at);
      if (found < 0) return;
      at = found + surface.length;
      const basic = f[7];
      const form = f[6];
      out.push({
        surface,
        at: found,
        pos: internPos(f[1], f[2], f[3], f[4]),
        basic: basic === '*' ? surface : basic,
        reading: known ? f[8] : undefined,
        form: form && form !== '*' ? form : undefined,
      });
    });
    return out;
  }
}

/** Synchronous check used by tests: is a dictionary available at all? */
export function dictionaryAvailable(): boolean {
  return findDictionary() !== undefined;
}
