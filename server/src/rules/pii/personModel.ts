// The statistical layer of pii/person (issue 10): names the detectors of person.ts leave, found by a linear model over
// the shape and the surroundings of a word, trained by `npm run train` (test/eval/trainPerson.ts) on the labelled PII
// sets and shipped as data in model/person.json (weights over feature strings, a bias and a threshold chosen by
// cross-validation).
//
// Candidates are the words a name could be: a run of kanji, katakana or Latin letters, and a stretch of hiragana between
// particles. Features say what the word is (script, length, the given-name lexicon, kanji used in names, kuromoji's word
// class) and where it stands (the characters and words on each side, a list, a verb of something only a person does, a
// child word in the sentence). Each finding names the features that weighed most, in words.
import type { MorphToken } from '../../engine/morphology';
import ANIMATE from './lexicon/animateVerbs.json';
import NOT_NAME_WORDS from './lexicon/notNames.json';
import PERSON_MODEL from './model/person.json';
import { CHILD_BEFORE, isCommonWordName, isGivenName, NAME_KANJI, NOT_NAMES, PLACE_NAMES, SURNAME_ENDINGS, toHiragana, unitTest } from './personLexicon';

export interface NameCandidate {
  start: number;
  end: number;
  features: string[];
}

export interface PersonModelFile {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
  [meta: string]: unknown;
}

const ANIMATE_VERBS = new Set(ANIMATE.verbs);
const LATIN_NOT_NAMES = new Set(NOT_NAME_WORDS.latin);
/** One-letter particles that end a hiragana name (はなが, のあと) or start the stretch after one (年少のさな). */
const PARTICLES = new Set([...'はがもとのにをへやでよねかな']);

const isParticle = unitTest((c) => PARTICLES.has(c));
const SENTENCE_CHILD = /(?:園児|年長|年中|年少|[0-9０-９一二三四五六]歳|才|組|ぐみ|保育所|保育園|幼稚園|児童館|小学|中学|[小中高][1-6１-６]|お友だち|お友達|子どもたち|赤ちゃん|きょうだい|兄弟|姉妹)/;
const SENTENCE_ROSTER = /(?:当番|名簿|メンバー|出席|欠席|参加者|左から|右から|前列|後列|[0-9０-９一二三四五六七八九十]人|みんな|たち|係|受賞|入賞|お休み|お迎え|連絡)/;

type Script = 'han' | 'hira' | 'kata' | 'latin' | 'digit' | 'space' | 'emoji' | 'other';
/** The script of the character at `i` (UTF-16): a surrogate pair is one character, 𠮷 a kanji, 🎉 an emoji. */
function scriptAt(text: string, i: number): Script {
  let code = text.charCodeAt(i);
  if (Number.isNaN(code)) return 'other';
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) code = text.charCodeAt(i - 1);
  if (code >= 0xd800 && code <= 0xdbff) return code >= 0xd840 && code <= 0xd8bf ? 'han' : 'emoji';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || (code >= 0xf900 && code <= 0xfaff)) return 'han';
  if (code >= 0x3041 && code <= 0x3096) return 'hira';
  if ((code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc) return 'kata';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 'digit';
  if (code === 0x20 || code === 0x3000 || code === 0x09) return 'space';
  if (isPictographic(text, i)) return 'emoji';
  return 'other';
}

/** /\p{Extended_Pictographic}/u.test(text[i]), remembered per UTF-16 code unit (a regex per punctuation mark was a
 * good part of the candidates' cost). */
const pictographic = new Uint8Array(0x10000);
function isPictographic(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  let known = pictographic[unit];
  if (known === 0) pictographic[unit] = known = /\p{Extended_Pictographic}/u.test(text[i]) ? 1 : 2;
  return known === 1;
}

/** The class of the character at `i` beside a word: itself when it is punctuation or a particle, else its script. */
function sideClass(text: string, i: number): string {
  const c = text[i];
  if (c === undefined || i < 0) return '^';
  if (c === '\n' || c === '\r') return '¶';
  const sc = scriptAt(text, i);
  if (sc === 'hira') return isParticle(text, i) ? c : 'hira';
  if (sc === 'other') return c;
  return sc;
}

/**
 * Tokens by start and by end offset. kuromoji's tokens follow each other, so both offsets rise and a binary search
 * finds them (no table per text); any other list is indexed in Maps, where a later token at the same offset wins.
 */
class TokenIndex {
  private readonly byStart: Map<number, number> | undefined;
  private readonly byEnd: Map<number, number> | undefined;
  constructor(readonly list: readonly MorphToken[]) {
    if (rising(list)) return;
    this.byStart = new Map();
    this.byEnd = new Map();
    list.forEach((t, k) => {
      this.byStart!.set(t.start, k);
      this.byEnd!.set(t.start + t.surface.length, k);
    });
  }
  startingAt(at: number): number | undefined {
    return this.byStart ? this.byStart.get(at) : search(this.list, at, startOf);
  }
  endingAt(at: number): number | undefined {
    return this.byEnd ? this.byEnd.get(at) : search(this.list, at, endOf);
  }
}

const startOf = (t: MorphToken) => t.start;
const endOf = (t: MorphToken) => t.start + t.surface.length;

/** Whether the tokens' starts and ends both strictly rise. */
function rising(list: readonly MorphToken[]): boolean {
  for (let k = 1; k < list.length; k++) if (!(startOf(list[k]) > startOf(list[k - 1]) && endOf(list[k]) > endOf(list[k - 1]))) return false;
  return true;
}

/** The index of the token whose `key` is `at` in a list where it strictly rises, or undefined. */
function search(list: readonly MorphToken[], at: number, key: (t: MorphToken) => number): number | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = key(list[mid]);
    if (k === at) return mid;
    if (k < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The families of features: the prefix of each feature string (w: for w:ゆうと), by index. */
const PREFIXES: string[] = [];
function family(prefix: string): number {
  return PREFIXES.push(prefix) - 1;
}
const F = {
  s: family('s:'), w: family('w:'), L: family('L:'), R: family('R:'), LR: family('LR:'), sL: family('sL:'), sR: family('sR:'), slR: family('slR:'),
  R2: family('R2:'), L2: family('L2:'), lex: family('lex:'), lexR: family('lexR:'), nk: family('nk:'), sur: family('sur:'), c: family('c:'),
  k1: family('k1:'), kz: family('kz:'), kz2: family('kz2:'), k: family('k:'), lat: family('lat:'), nt: family('nt:'), p: family('p:'),
  jin: family('jin:'), Lp: family('Lp:'), Rp: family('Rp:'), Lw: family('Lw:'), Rw: family('Rw:'), v: family('v:'), cut: family('cut:'),
  list: family('list:'), ctx: family('ctx:'), nbr: family('nbr:'), nbrLex: family('nbrLex:'), list3: family('list3'),
};

/**
 * Where featuresOf puts a candidate's features: as strings (training, the cues of a finding) or straight into a score
 * (every other candidate), so most candidates build no feature strings. one() is the feature `${prefix}${value}`,
 * two() is `${prefix}${a}|${b}` (prefix: PREFIXES[family]).
 */
interface FeatureSink {
  one(family: number, value: string): void;
  two(family: number, a: string, b: string): void;
  /** The features of one part of a word's facts (WordFacts.parts[part]), in order. */
  word(facts: WordFacts, part: number): void;
  /** The word between side classes L and R: L:, R:, LR:, sL:, sR:, slR:, in that order. */
  sides(facts: WordFacts, L: string, R: string): void;
}

/** The features as strings, in the order featuresOf emits them. */
class FeatureList implements FeatureSink {
  readonly list: string[] = [];
  one(family: number, value: string): void {
    this.list.push(PREFIXES[family] + value);
  }
  two(family: number, a: string, b: string): void {
    this.list.push(`${PREFIXES[family]}${a}|${b}`);
  }
  word(facts: WordFacts, part: number): void {
    for (const [family, value] of facts.parts[part]) this.one(family, value);
  }
  sides(facts: WordFacts, L: string, R: string): void {
    this.one(F.L, L);
    this.one(F.R, R);
    this.two(F.LR, L, R);
    this.two(F.sL, facts.sc, L);
    this.two(F.sR, facts.sc, R);
    this.two(F.slR, facts.scLen, R);
  }
}

/** Past this many words (or side classes) kept, a memo starts afresh (a long-running server). */
const MEMO_LIMIT = 50_000;

/**
 * A model's weights split by family and by the parts of a feature, once per model: one() and two() look up the parts
 * as they stand, with no feature string built (where a memo filled from the strings built one for every word not seen
 * before, that is most words of a new post). The weight is the same number the string looks up: a feature string is
 * filed under every family whose prefix it starts with, and a two-part value under every split at a '|'.
 */
class WeightMemo {
  private readonly ones: Map<string, number>[] = PREFIXES.map(() => new Map());
  private readonly twos: Map<string, Map<string, number>>[] = PREFIXES.map(() => new Map());
  constructor(weights: Map<string, number>) {
    for (const [feature, w] of weights)
      for (let family = 0; family < PREFIXES.length; family++) {
        if (!feature.startsWith(PREFIXES[family])) continue;
        const value = feature.slice(PREFIXES[family].length);
        this.ones[family].set(value, w);
        for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
          const a = value.slice(0, bar);
          let byB = this.twos[family].get(a);
          if (!byB) this.twos[family].set(a, (byB = new Map()));
          byB.set(value.slice(bar + 1), w);
        }
      }
  }
  /** The weight of `${PREFIXES[family]}${value}`. */
  one(family: number, value: string): number {
    return this.ones[family].get(value) ?? 0;
  }
  /** The weight of `${PREFIXES[family]}${a}|${b}`. */
  two(family: number, a: string, b: string): number {
    return this.twos[family].get(a)?.get(b) ?? 0;
  }
  /** The weights sides() adds for a word of script and length `scLen` (script `sc`) between L and R, in its order:
   * they depend on nothing else of the word, so they are kept per (scLen, L, R), for every word alike. */
  sides(sc: Script, scLen: string, L: string, R: string): number[] {
    let byL = this.sideMemo.get(scLen);
    if (!byL) this.sideMemo.set(scLen, (byL = new Map()));
    let byR = byL.get(L);
    if (!byR) byL.set(L, (byR = new Map()));
    let weights = byR.get(R);
    if (!weights) {
      byR.set(R, (weights = [this.one(F.L, L), this.one(F.R, R), this.two(F.LR, L, R), this.two(F.sL, sc, L), this.two(F.sR, sc, R), this.two(F.slR, scLen, R)]));
      if (++this.sideCount > MEMO_LIMIT) this.forgetSides();
    }
    return weights;
  }
  private sideMemo = new Map<string, Map<string, Map<string, number[]>>>();
  private sideCount = 0;
  /** Past MEMO_LIMIT side classes (characters of a long-running server's texts), start afresh. */
  private forgetSides(): void {
    this.sideMemo = new Map();
    this.sideCount = 0;
  }
}

/** The logit of the features emitted, added up in emission order: what personScore() gives for the same list. */
class ScoreSink implements FeatureSink {
  z = 0;
  constructor(private readonly memo: WeightMemo) {}
  one(family: number, value: string): void {
    this.z += this.memo.one(family, value);
  }
  two(family: number, a: string, b: string): void {
    this.z += this.memo.two(family, a, b);
  }
  word(facts: WordFacts, part: number): void {
    // One += per feature, in emission order: the same sum, bit for bit, as one() per feature.
    const weights = facts.weights(this.memo)[part];
    for (let k = 0; k < weights.length; k++) this.z += weights[k];
  }
  sides(facts: WordFacts, L: string, R: string): void {
    const weights = this.memo.sides(facts.sc, facts.scLen, L, R);
    for (let k = 0; k < weights.length; k++) this.z += weights[k];
  }
}

/** A feature of a word by itself: its family and value, as one() takes them. */
type WordFeature = readonly [family: number, value: string];

/**
 * What featuresOf says of a word by itself (no context), in emission order, in the three parts between which context
 * features come: built once per word, where the same words are candidates in post after post.
 */
class WordFacts {
  readonly sc: Script;
  readonly scLen: string;
  readonly given: boolean;
  readonly common: boolean;
  /** [s: w:], [lex:given or lex:common], [lex:not lex:place nk: sur: c:… k1: kz: kz2: k: lat:]. */
  readonly parts: WordFeature[][];
  private memo: WeightMemo | undefined;
  private memoWeights: number[][] = [];
  constructor(word: string) {
    this.sc = scriptAt(word, 0);
    this.scLen = scriptLength(this.sc, Math.min(word.length, this.sc === 'latin' ? 8 : 5));
    // isGivenName knows the kana names in hiragana and in katakana (ゆい, ユイ).
    this.given = isGivenName(word);
    this.common = this.given && isCommonWordName(word);
    this.parts = [
      [
        [F.s, this.scLen],
        [F.w, word],
      ],
      this.given ? [[F.lex, this.common ? 'common' : 'given']] : [],
      letterFeatures(word, this.sc),
    ];
  }
  /** The parts' weights under `memo`'s model (kept for the last model asked). */
  weights(memo: WeightMemo): number[][] {
    this.use(memo);
    return this.memoWeights;
  }
  /** Weights kept are `memo`'s (another model's are dropped). */
  private use(memo: WeightMemo): void {
    if (this.memo === memo) return;
    this.memoWeights = this.parts.map((part) => part.map(([family, value]) => memo.one(family, value)));
    this.memo = memo;
  }
}

/** The third part of WordFacts: what the lexicons say of the word, and its letters. */
function letterFeatures(word: string, sc: Script): WordFeature[] {
  const out: WordFeature[] = [];
  if (NOT_NAMES.has(word)) out.push([F.lex, 'not']);
  if (PLACE_NAMES.has(word)) out.push([F.lex, 'place']);
  if (sc === 'han') {
    const inNames = nameKanjiCount(word);
    out.push([F.nk, inNames === word.length ? 'all' : inNames === 0 ? 'none' : 'some']);
    if (isSurnameEnding(word, word.length - 1)) out.push([F.sur, 'end']);
    // Each kanji once, in order of first appearance.
    const seen: string[] = [];
    for (const c of word) {
      if (seen.includes(c)) continue;
      seen.push(c);
      out.push([F.c, c]);
    }
  }
  if (sc === 'hira' || sc === 'kata') {
    const h = toHiragana(word);
    out.push([F.k1, h[0]], [F.kz, h[h.length - 1]], [F.kz2, h.slice(-2)]);
    if (sc === 'kata' && word.includes('ー')) out.push([F.k, 'long']);
  }
  if (sc === 'latin') out.push([F.lat, /^[A-Z][a-z]+$/.test(word) ? 'Cap' : /^[A-Z]+$/.test(word) ? 'CAPS' : 'other']);
  return out;
}

/** WordFacts per word, started afresh past MEMO_LIMIT words (a long-running server). */
const WORD_FACTS = new Map<string, WordFacts>();
function wordFacts(word: string): WordFacts {
  let facts = WORD_FACTS.get(word);
  if (!facts) {
    if (WORD_FACTS.size >= MEMO_LIMIT) WORD_FACTS.clear();
    WORD_FACTS.set(word, (facts = new WordFacts(word)));
  }
  return facts;
}

/** posKey() per part-of-speech array (kuromoji's tokens share them), with and without a reading. */
const POS_KEYS = new WeakMap<readonly string[], [string | undefined, string | undefined]>();
function posKey(t: MorphToken | undefined): string {
  if (!t) return '^';
  let keys = POS_KEYS.get(t.pos);
  if (!keys) POS_KEYS.set(t.pos, (keys = [undefined, undefined]));
  const i = t.reading === undefined ? 1 : 0;
  return (keys[i] ??= `${t.pos[0]},${t.pos[1]}${t.pos[1] === '固有名詞' ? `,${t.pos[2]}` : ''}${t.reading === undefined ? ',?' : ''}`);
}

/** `${script}${length}` (han2, kata5), built once per pair. */
const SCRIPT_LENGTH = new Map<string, string[]>();
function scriptLength(sc: Script, len: number): string {
  let byLen = SCRIPT_LENGTH.get(sc);
  if (!byLen) SCRIPT_LENGTH.set(sc, (byLen = []));
  return (byLen[len] ??= `${sc}${len}`);
}

/** The features of the word [start,end) of `text`, emitted into `f`. */
function featuresOf(f: FeatureSink, text: string, idx: TokenIndex, start: number, end: number, listed: boolean, sentenceChild: boolean, sentenceRoster: boolean): void {
  const facts = wordFacts(text.slice(start, end));
  const sc = facts.sc;
  f.word(facts, 0);
  const L = sideClass(text, start - 1);
  const R = sideClass(text, end);
  f.sides(facts, L, R);
  if (scriptAt(text, end) === 'hira') f.one(F.R2, text.slice(end, end + 2));
  const L2 = text.slice(Math.max(0, start - 2), start);
  if (L2.length === 2 && scriptAt(text, start - 1) !== 'space') f.one(F.L2, L2);
  // The word itself and what the lexicons say of it (WordFacts), with the lexicon's word before the right side.
  if (facts.given) {
    f.word(facts, 1);
    f.two(F.lexR, facts.common ? 'c' : 'g', R);
  }
  f.word(facts, 2);
  // kuromoji's reading of the word: one token or several, its class, unknown words.
  const a = idx.startingAt(start);
  const b = idx.endingAt(end);
  if (a !== undefined && b !== undefined) {
    const n = b - a + 1;
    f.one(F.nt, n === 1 ? '1' : n === 2 ? '2' : n >= 3 ? '3' : String(n));
    if (n === 1) f.one(F.p, posKey(idx.list[a]));
    let jin = '';
    for (let k = a; k <= b; k++) if (idx.list[k].pos[2] === '人名' && !jin.includes(idx.list[k].pos[3])) jin += idx.list[k].pos[3];
    if (jin.includes('姓')) f.one(F.jin, '姓');
    if (jin.includes('名')) f.one(F.jin, '名');
    if (jin.includes('*')) f.one(F.jin, '*');
    const prev = idx.list[a - 1];
    const next = idx.list[b + 1];
    f.one(F.Lp, posKey(prev));
    f.one(F.Rp, posKey(next));
    if (prev && prev.surface.length <= 4) f.one(F.Lw, prev.surface);
    if (next && next.surface.length <= 4) f.one(F.Rw, next.surface);
    // A verb soon after that only a person does (泣く, 話す, 描く).
    for (let k = b + 1; k <= b + 4 && k < idx.list.length; k++) {
      const t = idx.list[k];
      if (endsSentence(t.surface)) break;
      if (t.pos[0] === '動詞') {
        f.one(F.v, ANIMATE_VERBS.has(t.basic) ? 'animate' : 'other');
        break;
      }
    }
  } else f.one(F.cut, a === undefined ? 'start' : 'end');
  if (listed) f.one(F.list, sc);
  if (sentenceChild) f.one(F.ctx, 'child');
  if (sentenceRoster) f.one(F.ctx, 'roster');
  if (CHILD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) f.one(F.ctx, 'childBefore');
}

const SENTENCE_END = /[。！？!?\n]/;
const isSentenceEnd = unitTest((c) => SENTENCE_END.test(c));
/** SENTENCE_END.test(word), letter by letter through the per-unit table (it ran for every token after every candidate). */
function endsSentence(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (isSentenceEnd(word, k)) return true;
  return false;
}
const NEIGHBOUR_SEP = /^[、・，,／/とや→]$/;
const isNeighbourSep = unitTest((c) => NEIGHBOUR_SEP.test(c));
const isNameKanjiUnit = unitTest((c) => NAME_KANJI.has(c));
const isSurnameEnding = unitTest((c) => SURNAME_ENDINGS.has(c));

/** How many letters of `word` (code points) are kanji of given names: per UTF-16 unit, a pair looked up whole. */
function nameKanjiCount(word: string): number {
  let n = 0;
  for (let k = 0; k < word.length; k++) {
    const unit = word.charCodeAt(k);
    if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < word.length) {
      const low = word.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (NAME_KANJI.has(word.slice(k, k + 2))) n++;
        k++;
        continue;
      }
    }
    if (isNameKanjiUnit(word, k)) n++;
  }
  return n;
}


/** The word across a separator from `at` (dir 1: after a word ending at `at`; -1: before one starting at `at`), with
 * spaces around the separator allowed (Kota と Mei), or undefined. */
function neighbourWord(text: string, at: number, dir: 1 | -1): string | undefined {
  let i = dir === 1 ? at : at - 1;
  while (text[i] === ' ' || text[i] === '\u3000') i += dir;
  if (!isNeighbourSep(text, i)) return undefined;
  i += dir;
  while (text[i] === ' ' || text[i] === '\u3000') i += dir;
  const sc = scriptAt(text, i);
  if (sc !== 'han' && sc !== 'hira' && sc !== 'kata' && sc !== 'latin') return undefined;
  let j = i;
  while (scriptAt(text, j + dir) === sc && Math.abs(j - i) < 8) j += dir;
  const w = dir === 1 ? text.slice(i, j + 1) : text.slice(j, i + 1);
  // A hiragana word ends before a particle (ゆあ、りお…, つばさでした).
  if (sc === 'hira') for (let k = 2; k <= w.length; k++) if (isGivenName(w.slice(0, k)) && dir === 1) return w.slice(0, k);
  if (sc === 'hira' && dir === -1) for (let k = 2; k <= w.length; k++) if (isGivenName(w.slice(-k))) return w.slice(-k);
  return w;
}
const SEPARATOR = /[、・，,／/\s\u3000]/;
const isSeparator = unitTest((c) => SEPARATOR.test(c) && c !== '\n');
/** Whether the word stands in a list: a separator on one side with a word of the same script beyond it. */
function inList(text: string, start: number, end: number): boolean {
  const sc = scriptAt(text, start);
  if (isSeparator(text, end) && scriptAt(text, end + 1) === sc) return true;
  return isSeparator(text, start - 1) && scriptAt(text, start - 2) === sc;
}

/**
 * The words of `text` that could be a name and that `taken` (the detectors' own proposals) does not already cover,
 * with their features.
 */
export function nameCandidates(text: string, tokens: readonly MorphToken[], taken: (start: number, end: number) => boolean, all = false): NameCandidate[] {
  const out: NameCandidate[] = [];
  eachCandidate(text, tokens, taken, all, (start, end, emit) => {
    const features = new FeatureList();
    emit(features);
    out.push({ start, end, features: features.list });
  });
  return out;
}

/**
 * The candidates of nameCandidates() that score at least the model's threshold, with their score (the same number
 * personScore() gives their features), in the same order. Features are built as strings only for these.
 */
export function likelyNames(text: string, tokens: readonly MorphToken[], taken: (start: number, end: number) => boolean, model: PersonModelFile = activeModel()): { c: NameCandidate; z: number }[] {
  const out: { c: NameCandidate; z: number }[] = [];
  const sink = new ScoreSink(weightMemo(model));
  eachCandidate(text, tokens, taken, false, (start, end, emit) => {
    sink.z = model.bias;
    emit(sink);
    if (!(sink.z >= model.threshold)) return;
    const features = new FeatureList();
    emit(features);
    out.push({ c: { start, end, features: features.list }, z: sink.z });
  });
  return out;
}

/** Calls `visit` with each candidate and a function emitting its features into a sink (as often as asked). */
function eachCandidate(
  text: string,
  tokens: readonly MorphToken[],
  taken: (start: number, end: number) => boolean,
  all: boolean,
  visit: (start: number, end: number, emit: (f: FeatureSink) => void) => void,
): void {
  const idx = new TokenIndex(tokens);
  const child = SENTENCE_CHILD.test(text);
  const roster = SENTENCE_ROSTER.test(text);
  // Whether the detectors found any name here: asked once, not per candidate (a walk over the whole text).
  const named = taken(0, text.length);
  const add = (start: number, end: number) => {
    if (end - start < 1 || (!all && taken(start, end))) return;
    const listed = inList(text, start, end);
    // Beside a name the detectors found, across a separator or と・や (陽斗、拓也 / 碧と暖).
    const nbrL = isNeighbourSep(text, start - 1) && start >= 2 && taken(start - 2, start - 1);
    const nbrR = isNeighbourSep(text, end) && taken(end + 1, end + 2);
    // Beside a given name of the lexicon (Mia と Sora, ナギとレイ): names come in pairs and lists.
    const right = neighbourWord(text, end, 1);
    const left = neighbourWord(text, start, -1);
    visit(start, end, (f) => {
      featuresOf(f, text, idx, start, end, listed, child, roster);
      if (nbrL) f.one(F.nbr, 'L');
      if (nbrR) f.one(F.nbr, 'R');
      if (named) f.one(F.ctx, 'named');
      if (right && isGivenName(right)) f.one(F.nbrLex, 'R');
      if (left && isGivenName(left)) f.one(F.nbrLex, 'L');
      if (right && left) f.one(F.list3, '');
    });
  };
  for (let i = 0; i < text.length; ) {
    const sc = scriptAt(text, i);
    let j = i + 1;
    if (sc === 'kata') while (j < text.length && (scriptAt(text, j) === 'kata' || (text[j] === '・' && scriptAt(text, j + 1) === 'kata'))) j++;
    else while (j < text.length && scriptAt(text, j) === sc) j++;
    if (sc === 'han' && j - i <= 4) add(i, j);
    else if (sc === 'kata' && j - i >= 2 && j - i <= 12) add(i, j);
    else if (sc === 'latin' && j - i >= 2 && j - i <= 14 && /[A-Z]/.test(text[i])) {
      // Yuto Ishikawa: a second capitalised word after one space joins the name.
      let e = j;
      if (text[j] === ' ' && /[A-Z]/.test(text[j + 1] ?? '')) {
        e = j + 1;
        while (e < text.length && scriptAt(text, e) === 'latin') e++;
      }
      // New York, Komae Youth Forum: a word of a place, an event or an organisation is no name.
      if (!text.slice(i, e).split(' ').some((w) => LATIN_NOT_NAMES.has(w))) add(i, e);
      j = e;
    } else if (sc === 'hira') hiraganaCandidates(text, i, j, add);
    i = j;
  }
}

/** In the hiragana stretch [from,to): words of 2–5 letters that start at its start or after a particle, and end at its
 * end or before a particle (年少のさなもお兄ちゃん → さな). */
function hiraganaCandidates(text: string, from: number, to: number, add: (s: number, e: number) => void): void {
  const starts = [from];
  if (isParticle(text, from) && to - from > 2) starts.push(from + 1);
  for (const s of starts) {
    for (let e = s + 2; e <= Math.min(to, s + 5); e++) {
      if (e === to || isParticle(text, e)) add(s, e);
    }
  }
}

/** A model's weights as a Map, built once per model (a Map look-up is several times faster than a 3,000-key object). */
const WEIGHT_MAPS = new WeakMap<PersonModelFile, Map<string, number>>();
function weightMap(model: PersonModelFile): Map<string, number> {
  let m = WEIGHT_MAPS.get(model);
  if (!m) WEIGHT_MAPS.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}
const WEIGHT_MEMOS = new WeakMap<PersonModelFile, WeightMemo>();
function weightMemo(model: PersonModelFile): WeightMemo {
  let m = WEIGHT_MEMOS.get(model);
  if (!m) WEIGHT_MEMOS.set(model, (m = new WeightMemo(weightMap(model))));
  return m;
}

/** The logit of a candidate under the shipped model (or the one in use); a feature counts once, as in training. */
export function personScore(features: readonly string[], model: PersonModelFile = activeModel()): number {
  const w = weightMap(model);
  let z = model.bias;
  // featuresOf never repeats a feature (a kanji twice in a name is one c: feature), so each counts once, as in training.
  for (let i = 0; i < features.length; i++) z += w.get(features[i]) ?? 0;
  return z;
}

let override: PersonModelFile | undefined;
/** Switch and override, for training (a cross-validation fold's model) and tests. */
export const personModel = {
  enabled: true,
  use(file: PersonModelFile | undefined): void {
    override = file;
  },
};
export function activeModel(): PersonModelFile {
  return override ?? (PERSON_MODEL as PersonModelFile);
}

/** The features that weighed most for a candidate, in words, for the message. */
export function personCues(features: readonly string[], model: PersonModelFile = activeModel(), n = 2): string[] {
  const ranked = [...new Set(features)].map((f) => [f, model.weights[f] ?? 0] as const).filter(([, w]) => w > 0).sort((x, y) => y[1] - x[1]);
  const out: string[] = [];
  for (const [f] of ranked) {
    const d = describe(f);
    if (d && !out.includes(d)) out.push(d);
    if (out.length >= n) break;
  }
  return out;
}

function describe(f: string): string | undefined {
  const [family, value = ''] = f.split(/:(.*)/s);
  const side = (v: string) => (v === '^' ? '文頭' : v === '¶' ? '行頭・行末' : v === 'hira' ? 'ひらがな' : v === 'han' ? '漢字' : v === 'kata' ? 'カタカナ' : v === 'emoji' ? '絵文字' : v === 'space' ? '空白' : `「${v}」`);
  switch (family) {
    case 'lex':
      return value === 'given' || value === 'common' ? '名前の一覧にある語' : undefined;
    case 'lexR':
      return '名前の一覧にある語';
    case 'nk':
      return value === 'all' ? '名前によく使われる漢字' : undefined;
    case 'c':
      return '名前によく使われる漢字';
    case 'kz':
    case 'kz2':
      return '名前によくある語尾';
    case 'R':
    case 'sR':
      return `直後の${side(value.split('|').pop() ?? '')}`;
    case 'L':
    case 'sL':
      return `直前の${side(value.split('|').pop() ?? '')}`;
    case 'R2':
    case 'Rw':
      return `直後の「${value}」`;
    case 'L2':
    case 'Lw':
      return `直前の「${value}」`;
    case 'list':
      return '名前の並び';
    case 'nbr':
    case 'nbrLex':
      return '隣に書かれた名前';
    case 'list3':
      return '名前の並び';
    case 'ctx':
      return value === 'roster' ? '名簿・当番などの文脈' : '子どもの文脈';
    case 'v':
      return value === 'animate' ? '人がする動作' : undefined;
    case 'jin':
      return '辞書の人名';
    case 'p':
      return value.includes('?') ? '辞書にない語' : undefined;
    default:
      return undefined;
  }
}
