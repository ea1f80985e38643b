// Word classes as data (server/src/rules/policy/lexicon/*.json), matched over kuromoji tokens by base form.
//
// An entry is written as plain Japanese in dictionary form (「言わざるを得る」「対象外」「傾向にある」); it is tokenized
// once with the same analyser and matched against a sentence's tokens by base form (or surface), so every
// conjugation of it matches: 言わざるを得ません, 言わざるを得ない. `…` in an entry allows a gap of a few tokens
// (「議会…前」 matches 議会に諮る前).
//
// One pass for every word class: all compiled lexicons of an analyser share one index keyed by the base form (and
// surface) of each entry's first word. `find(tokens, lex)` scans a token list once for all lexicons together and
// keeps the result with the list (the per-post analysis keeps its sentence token lists per post text), so the many
// word classes of the five semantic rules cost one map look-up per token, not one pass per class.
import { LruCache } from '../../../engine/lru';
import type { Morphology, MorphToken } from '../../../engine/morphology';
import { shippedEntries } from './shippedWordClasses';

export interface Entry {
  /** The entry as written in the lexicon. */
  text: string;
  /** Groups of words (base form and surface); a gap of up to GAP tokens is allowed between groups. */
  parts: Unit[][];
  /** Written ending in ない (「納得がいかない」): any negation (ない・ません・ず) must follow within three tokens. */
  negated: boolean;
}

/** A word of an entry: a token matches it when its base form or its surface is the same. */
export interface Unit {
  b: string;
  s: string;
}

export interface Lexicon {
  name: string;
  /** Index of the lexicon in its matcher. */
  id: number;
  entries: Entry[];
  matcher: Matcher;
}

export interface Hit {
  entry: Entry;
  /** Token indexes [i, j) in the token list searched. */
  i: number;
  j: number;
  /** Offsets in the post text. */
  start: number;
  end: number;
}

interface Indexed {
  lex: number;
  entry: Entry;
}

/** Every lexicon compiled for one analyser, indexed together by first word. */
interface Matcher {
  morphology: Morphology;
  byName: Map<string, Lexicon>;
  /** The same lexicons by their entry list (the rules pass the same JSON array every time). */
  byEntries: Map<readonly string[], Lexicon>;
  lexicons: Lexicon[];
  byFirst: Map<string, Indexed[]>;
  /** Bumped when a lexicon is added: scans made before it are redone. */
  version: number;
}

interface Scan {
  matcher: Matcher;
  version: number;
  hits: Hit[][];
  /** The matcher's lexicons (hits[id] is lexicons[id]'s). */
  lexicons: readonly Lexicon[];
}

const GAP = 8;
const matchers = new WeakMap<Morphology, Matcher>();
const scans = new WeakMap<readonly MorphToken[], Scan>();
const NONE: Hit[] = Object.freeze([]) as unknown as Hit[];

// The last analyser asked for and its matcher: the rules ask lexicon() and find() dozens of times per sentence.
let lastMorphology: Morphology | undefined;
let lastMatcher: Matcher | undefined;

function matcherOf(morphology: Morphology): Matcher {
  if (morphology === lastMorphology) return lastMatcher!;
  let m = matchers.get(morphology);
  if (!m) matchers.set(morphology, (m = { morphology, byName: new Map(), byEntries: new Map(), lexicons: [], byFirst: new Map(), version: 0 }));
  lastMorphology = morphology;
  lastMatcher = m;
  return m;
}

/** What an entry is cut after, to see how kuromoji cuts it inside a sentence. */
const IN_SENTENCE = 'それが';

/** An entry's groups of tokens: cut with `before` in front (dropped again) unless it has its own 〔context〕. */
function entryParts(morphology: Morphology, text: string, before: string): MorphToken[][] {
  const parts: MorphToken[][] = [];
  for (const piece of text.split('…')) {
    // 「〔男の子〕なんだから」: words in 〔〕 are context for the tokenizer only (なんだから alone is cut differently).
    const m = /^〔([^〕]*)〕(.*)$/.exec(piece.trim());
    const context = m ? m[1] : before;
    const words = m ? m[2] : piece.trim();
    const tokens = morphology.tokenize(context + words).filter((t) => t.start >= context.length);
    // A cut where the word before ran into the entry (its first token began in the context) is no cut of the entry.
    if (tokens.map((t) => t.surface).join('') !== words) return [];
    if (tokens.length > 0) parts.push(tokens);
  }
  return parts;
}

/** The entry an entry text's cut into groups of tokens stands for. */
function entryOf(text: string, parts: MorphToken[][]): Entry {
  // 「納得がいかない」: the negation is matched in any form (いかない・いきません・いかず), so it is not part of the words.
  const last = parts[parts.length - 1];
  const negated = last.length > 1 && last[last.length - 1].basic === 'ない' && /助動詞|形容詞/.test(last[last.length - 1].pos[0]);
  if (negated) last.pop();
  return { text, parts: parts.map((p) => p.map((t) => ({ b: t.basic, s: t.surface }))), negated };
}

function addEntry(matcher: Matcher, lex: Lexicon, entry: Entry): void {
  lex.entries.push(entry);
  for (const first of new Set([entry.parts[0][0].b, entry.parts[0][0].s])) {
    const list = matcher.byFirst.get(first);
    if (list) list.push({ lex: lex.id, entry });
    else matcher.byFirst.set(first, [{ lex: lex.id, entry }]);
  }
}

/**
 * A word class's entries as `morphology` cuts them, in order: each entry text once per distinct cut. An entry is cut
 * alone and after a word (それが…): kuromoji cuts some words differently at the start of a text (とのこと alone is
 * とのこ|と, in a sentence と|の|こと; 無責任 alone is 無|責任), and both cuts must match. After a number a counter word
 * is one token (5歳児 is 5|歳児, 歳児 alone 歳|児): a third cut, after a digit.
 */
export function compileEntries(morphology: Morphology, entries: readonly string[]): Entry[] {
  const out: Entry[] = [];
  for (const text of entries) {
    const cuts = [entryParts(morphology, text, ''), entryParts(morphology, text, IN_SENTENCE), entryParts(morphology, text, '5')];
    const seen = new Set<string>();
    for (const parts of cuts) {
      if (parts.length === 0) continue;
      const key = parts.map((p) => p.map((t) => t.surface).join('|')).join('…');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entryOf(text, parts));
    }
  }
  return out;
}

/** `${prefix}.${key}`, built once per key: the rules name a word class dozens of times per sentence (no string each time). */
export function classNames<K extends string>(prefix: string): (key: K) => string {
  const names = new Map<K, string>();
  return (key) => {
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = `${prefix}.${key}`));
    return name;
  };
}

/** Compiles (once per analyser) a word class from its entries and adds it to the analyser's shared index. */
export function lexicon(morphology: Morphology, name: string, entries: readonly string[]): Lexicon {
  const matcher = matcherOf(morphology);
  let lex = matcher.byEntries.get(entries) ?? matcher.byName.get(name);
  if (lex) return lex;
  lex = { name, id: matcher.lexicons.length, entries: [], matcher };
  for (const entry of shippedEntries(morphology, name, entries) ?? compileEntries(morphology, entries)) addEntry(matcher, lex, entry);
  matcher.lexicons.push(lex);
  matcher.byName.set(name, lex);
  matcher.byEntries.set(entries, lex);
  matcher.version++;
  return lex;
}

const same = (t: MorphToken, unit: Unit) => t.basic === unit.b || t.surface === unit.s;

function matchPart(tokens: readonly MorphToken[], at: number, part: Unit[]): boolean {
  if (at + part.length > tokens.length) return false;
  for (let k = 0; k < part.length; k++) if (!same(tokens[at + k], part[k])) return false;
  return true;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/** End token index of `entry` matched at token `i`, or -1. */
function matchAt(tokens: readonly MorphToken[], i: number, entry: Entry): number {
  if (!matchPart(tokens, i, entry.parts[0])) return -1;
  let at = i + entry.parts[0].length;
  for (let p = 1; p < entry.parts.length; p++) {
    const part = entry.parts[p];
    let found = -1;
    for (let g = at; g <= Math.min(tokens.length - part.length, at + GAP); g++) {
      if (SENTENCE_END.has(tokens[g].surface)) break;
      if (matchPart(tokens, g, part)) {
        found = g;
        break;
      }
    }
    if (found < 0) return -1;
    at = found + part.length;
  }
  if (entry.negated) {
    const end = negationEnd(tokens, at);
    return end < 0 ? -1 : end;
  }
  return at;
}

const NEGATION = new Set(['ない', 'ん', 'ぬ', 'ず', '無い']);

/** A negation within three tokens from `at` (できません: でき・ませ・ん). */
export function negationAt(tokens: readonly MorphToken[], at: number): boolean {
  return negationEnd(tokens, at) >= 0;
}

/** The token index just after a negation within three tokens from `at`, or -1 (a hit of「…ない」 runs through it). */
function negationEnd(tokens: readonly MorphToken[], at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const t = tokens[k];
    if (t.pos[0] === '助動詞' && NEGATION.has(t.basic)) return k + 1;
    if (t.pos[0] === '形容詞' && t.basic === 'ない') return k + 1;
    if (t.basic === 'ある' && k === at) continue; // 意味がありません
    if (t.pos[0] !== '助動詞' && t.pos[0] !== '助詞') return -1;
  }
  return -1;
}

/**
 * One pass over `tokens` for every lexicon of the matcher: per lexicon, the longest entry starting at each token,
 * occurrences not overlapping (after a hit the lexicon resumes at its end).
 */
// Scratch state of scan(), reused (scans are synchronous and never nested).
let resume = new Int32Array(64);
let bestJ = new Int32Array(64);
let bestEntry: (Entry | undefined)[] = [];
const touched: number[] = [];

function consider(tokens: readonly MorphToken[], list: Indexed[], i: number): void {
  for (let c = 0; c < list.length; c++) {
    const { lex, entry } = list[c];
    if (resume[lex] > i) continue;
    const j = matchAt(tokens, i, entry);
    if (j > i && j > bestJ[lex]) {
      if (bestJ[lex] === 0) touched.push(lex);
      bestJ[lex] = j;
      bestEntry[lex] = entry;
    }
  }
}

function scan(tokens: readonly MorphToken[], matcher: Matcher): Hit[][] {
  const n = matcher.lexicons.length;
  const hits: Hit[][] = [];
  if (resume.length < n) {
    resume = new Int32Array(n * 2);
    bestJ = new Int32Array(n * 2);
  } else resume.fill(0, 0, n);
  bestEntry.length = n;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const byBasic = matcher.byFirst.get(t.basic);
    if (byBasic) consider(tokens, byBasic, i);
    if (t.surface !== t.basic) {
      const bySurface = matcher.byFirst.get(t.surface);
      if (bySurface) consider(tokens, bySurface, i);
    }
    if (touched.length === 0) continue;
    for (const lex of touched) {
      const j = bestJ[lex];
      const last = tokens[j - 1];
      (hits[lex] ??= []).push({ entry: bestEntry[lex]!, i, j, start: t.start, end: last.start + last.surface.length });
      resume[lex] = j;
      bestJ[lex] = 0;
      bestEntry[lex] = undefined;
    }
    touched.length = 0;
  }
  return hits;
}

// The last token list scanned or looked up and its scan: a rule asks find() for one sentence many times in a row.
let lastTokens: readonly MorphToken[] | undefined;
let lastScan: Scan | undefined;

/** The shared scan of `tokens` by `matcher`, made once per token list (and again after a lexicon is added). */
function scanOf(tokens: readonly MorphToken[], matcher: Matcher): Scan {
  let s = tokens === lastTokens ? lastScan : scans.get(tokens);
  if (!s || s.matcher !== matcher || s.version !== matcher.version) {
    s = { matcher, version: matcher.version, hits: scanOrReuse(tokens, matcher), lexicons: matcher.lexicons };
    scans.set(tokens, s);
  }
  lastTokens = tokens;
  lastScan = s;
  return s;
}

/**
 * Whether two token lists hold the same words: surfaces, base forms, the first two levels of the part of speech, and
 * offsets from their first token. Everything a scan (and a sentence's features, nlp/features.ts) reads of a token but
 * where the list stands in its post.
 */
export function sameWords(a: readonly MorphToken[], b: readonly MorphToken[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  const a0 = a[0].start;
  const b0 = b[0].start;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.surface !== y.surface || x.basic !== y.basic || x.start - a0 !== y.start - b0) return false;
    if (x.pos !== y.pos && (x.pos[0] !== y.pos[0] || x.pos[1] !== y.pos[1])) return false;
  }
  return true;
}

/** A scan kept by the words it was made of (see scanOrReuse). */
interface KeptScan {
  matcher: Matcher;
  version: number;
  tokens: readonly MorphToken[];
  hits: Hit[][];
}

/**
 * Scans kept by a hash of the surfaces of their token lists (checked word for word), for token lists with the same
 * words elsewhere: the other sentences of an edited post, a line every post repeats. Like kuromoji's chunk cache
 * (morphology/kuromoji.ts), one level up.
 */
const keptScans = new LruCache<KeptScan, number>(4096);

/** FNV-1a over the surfaces of `tokens` (a number, not a joined string: no garbage, no string to hash again). */
function surfacesHash(tokens: readonly MorphToken[]): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < tokens.length; k++) {
    const s = tokens[k].surface;
    for (let c = 0; c < s.length; c++) h = Math.imul(h ^ s.charCodeAt(c), 0x01000193);
    // A separator no UTF-16 unit of a surface can be.
    h = Math.imul(h ^ 0x10000, 0x01000193);
  }
  return h | 0;
}

/** How often a sentence's scan was a kept one (the benchmark prints it: its generated posts repeat sentences). */
const scanCounts = { reused: 0, scanned: 0 };
export function keptScanStats(): { reused: number; scanned: number } {
  return { ...scanCounts };
}

/** scan(tokens, matcher), or a kept scan of the same words moved to where these tokens stand (the same hits). */
function scanOrReuse(tokens: readonly MorphToken[], matcher: Matcher): Hit[][] {
  if (tokens.length === 0) return scan(tokens, matcher);
  const key = surfacesHash(tokens);
  const kept = keptScans.get(key);
  if (kept && kept.matcher === matcher && kept.version === matcher.version && sameWords(kept.tokens, tokens)) {
    scanCounts.reused++;
    return moved(kept.hits, tokens[0].start - kept.tokens[0].start);
  }
  scanCounts.scanned++;
  const hits = scan(tokens, matcher);
  keptScans.set(key, { matcher, version: matcher.version, tokens, hits });
  return hits;
}

/** Copies of `hits` with their offsets moved by `delta` (token indexes stay). */
function moved(hits: Hit[][], delta: number): Hit[][] {
  const out: Hit[][] = [];
  for (let id = 0; id < hits.length; id++) {
    const list = hits[id];
    if (list) out[id] = list.map((h) => ({ entry: h.entry, i: h.i, j: h.j, start: h.start + delta, end: h.end + delta }));
  }
  return out;
}

/** Every (longest, non-overlapping) occurrence of the lexicon's entries in `tokens` (one shared scan per token list). */
export function find(tokens: readonly MorphToken[], lex: Lexicon): Hit[] {
  return scanOf(tokens, lex.matcher).hits[lex.id] ?? NONE;
}

export function has(tokens: readonly MorphToken[], lex: Lexicon): boolean {
  return find(tokens, lex).length > 0;
}

/** Bumped whenever a word class is added to the analyser's index: what a scan by it may find changes. */
export function wordClassVersion(morphology: Morphology): number {
  return matcherOf(morphology).version;
}

/** Every lexicon of the analyser with its hits in `tokens` (hits[id] for lexicons[id]; the same shared scan as find). */
export function scanAll(tokens: readonly MorphToken[], morphology: Morphology): { readonly lexicons: readonly Lexicon[]; readonly hits: readonly (Hit[] | undefined)[] } {
  return scanOf(tokens, matcherOf(morphology));
}
