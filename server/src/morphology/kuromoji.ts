// kuromoji (IPADIC) behind the Morphology interface: fast dictionary loading, chunked tokenizing, LRU cache.
//
// kuromoji's own builder spends most of its start-up time on things a language server can skip: it gunzips
// every file (the extension ships them already decompressed in dist/dict/), parses the 4 MB word map into
// ~390k JS arrays (we index it in one pass over the buffer instead), and walks 1 MB of zero padding in
// the unknown-word tables. Tokenizing cost grows with the square of the sentence length (kuromoji copies the
// tail of the sentence at every position), so text is cut at characters no dictionary word spans.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Morphology, MorphToken } from '../engine/morphology';

// Internals of kuromoji 0.1.2 (CommonJS); typed here only as far as we use them.
interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  pos_detail_3: string;
  basic_form: string;
  reading?: string;
}
interface DynamicDictionaries {
  trie: { commonPrefixSearch(key: string): unknown[] };
  loadTrie(base: Int32Array, check: Int32Array): void;
  token_info_dictionary: { loadDictionary(b: Uint8Array): void; loadPosVector(b: Uint8Array): void; target_map: unknown };
  loadConnectionCosts(b: Int16Array): void;
  loadUnknownDictionaries(unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array): void;
}
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}
const DynamicDictionariesCtor = require('kuromoji/src/dict/DynamicDictionaries') as new () => DynamicDictionaries;
const TokenizerCtor = require('kuromoji/src/Tokenizer') as new (dic: DynamicDictionaries) => KuromojiTokenizer;

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

/**
 * kuromoji's word map (trie id → token ids) as a lazy lookup over the buffer: `{count, key, n, ids…}*`.
 * The tokenizer only reads `map[id]`, `.length` and `[i]`, so a Proxy answering with Int32Array views suffices.
 */
export function indexedTargetMap(bytes: Uint8Array): unknown {
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

/** Builds kuromoji's tokenizer from a dictionary directory. */
export async function buildTokenizer(dir: string): Promise<KuromojiTokenizer> {
  const entries = await Promise.all(FILES.map(async (f) => [f, await readDictFile(dir, f)] as const));
  const b = Object.fromEntries(entries) as Record<DictFile, Uint8Array>;
  const dic = new DynamicDictionariesCtor();
  dic.loadTrie(view32(b.base), view32(b.check));
  // kuromoji hands the trie the whole rest of the sentence at every position and the trie re-encodes it to
  // UTF-8 each time; no IPADIC word is longer than MAX_WORD, so a bounded prefix gives the same matches.
  const trie = dic.trie;
  const search = trie.commonPrefixSearch.bind(trie);
  trie.commonPrefixSearch = (key: string) => search(key.length > MAX_WORD ? key.slice(0, MAX_WORD) : key);
  dic.token_info_dictionary.loadDictionary(b.tid);
  dic.token_info_dictionary.loadPosVector(b.tid_pos);
  dic.token_info_dictionary.target_map = indexedTargetMap(b.tid_map);
  dic.loadConnectionCosts(new Int16Array(b.cc.buffer, b.cc.byteOffset, b.cc.byteLength >> 1));
  dic.loadUnknownDictionaries(
    b.unk,
    b.unk_pos,
    trimUnknownMap(b.unk_map),
    b.unk_char,
    new Uint32Array(b.unk_compat.buffer, b.unk_compat.byteOffset, b.unk_compat.byteLength >> 2),
    trimInvokeDefinitions(b.unk_invoke),
  );
  return new TokenizerCtor(dic);
}

/**
 * Where text may be cut without changing what a name looks like: line breaks, sentence and clause ends,
 * brackets, middle dots, colons, slashes, spaces and emoji. The cut characters are tokenized on their own.
 */
const CUT = /[\n\r。、，,．！？!?「」『』（）()［］\[\]【】〈〉《》｛｝{}・：:；;／/～〜\s\u3000]|\p{Extended_Pictographic}|[\uD800-\uDFFF]/u;
/** Longer runs are cut anyway, at a script change, to bound the quadratic cost. */
const MAX_CHUNK = 48;

function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (CUT.test(c) || (i - start >= MAX_CHUNK && scriptOf(c) !== scriptOf(text[i - 1]))) {
      if (i > start) yield [start, i];
      // The cut character itself (a surrogate pair stays whole).
      const hi = c.charCodeAt(0);
      const width = hi >= 0xd800 && hi <= 0xdbff && i + 1 < text.length ? 2 : 1;
      if (!CUT.test(c)) {
        start = i;
        continue;
      }
      yield [i, i + width];
      i += width - 1;
      start = i + 1;
    }
  }
  if (start < text.length) yield [start, text.length];
}

function scriptOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 0x3040 && code <= 0x309f) return 1; // hiragana
  if (code >= 0x30a0 && code <= 0x30ff) return 2; // katakana
  if (code >= 0x4e00 && code <= 0x9fff) return 3; // kanji
  return 0;
}

/** A small LRU keyed by post text: editing one post of a thread re-tokenizes only that post. */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly capacity: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }
  get size(): number {
    return this.map.size;
  }
}

export class KuromojiMorphology implements Morphology {
  private readonly cache: LruCache<MorphToken[]>;
  /** Number of texts actually analysed (cache misses), for tests and the benchmark. */
  analysed = 0;

  constructor(private readonly tokenizer: KuromojiTokenizer, cacheSize = 512) {
    this.cache = new LruCache(cacheSize);
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
    for (const [s, e] of chunks(text)) {
      const piece = text.slice(s, e);
      if (CUT.test(piece) && piece.length <= 2) {
        out.push({ surface: piece, start: s, pos: ['記号', '一般', '*', '*'], basic: piece });
        continue;
      }
      let at = 0;
      for (const t of this.tokenizer.tokenize(piece)) {
        const found = piece.startsWith(t.surface_form, at) ? at : piece.indexOf(t.surface_form, at);
        if (found < 0) continue;
        at = found + t.surface_form.length;
        out.push({
          surface: t.surface_form,
          start: s + found,
          pos: [t.pos, t.pos_detail_1, t.pos_detail_2, t.pos_detail_3],
          basic: t.basic_form === '*' ? t.surface_form : t.basic_form,
          reading: t.reading,
        });
      }
    }
    return Object.freeze(out) as MorphToken[];
  }
}

/** Synchronous check used by tests: is a dictionary available at all? */
export function dictionaryAvailable(): boolean {
  return findDictionary() !== undefined;
}
