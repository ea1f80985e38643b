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
import { CHILD_BEFORE, isCommonWordName, isGivenName, NAME_KANJI, NOT_NAMES, PLACE_NAMES, SURNAME_ENDINGS, toHiragana } from './personLexicon';

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
  if (/\p{Extended_Pictographic}/u.test(text[i])) return 'emoji';
  return 'other';
}

/** The class of the character at `i` beside a word: itself when it is punctuation or a particle, else its script. */
function sideClass(text: string, i: number): string {
  const c = text[i];
  if (c === undefined || i < 0) return '^';
  if (c === '\n' || c === '\r') return '¶';
  const sc = scriptAt(text, i);
  if (sc === 'hira') return PARTICLES.has(c) ? c : 'hira';
  if (sc === 'other') return c;
  return sc;
}

/** Tokens by start and by end offset (one pass). */
class TokenIndex {
  private readonly byStart = new Map<number, number>();
  private readonly byEnd = new Map<number, number>();
  constructor(readonly list: readonly MorphToken[]) {
    list.forEach((t, k) => {
      this.byStart.set(t.start, k);
      this.byEnd.set(t.start + t.surface.length, k);
    });
  }
  startingAt(at: number): number | undefined {
    return this.byStart.get(at);
  }
  endingAt(at: number): number | undefined {
    return this.byEnd.get(at);
  }
}

const posKey = (t: MorphToken | undefined) => (t ? `${t.pos[0]},${t.pos[1]}${t.pos[1] === '固有名詞' ? `,${t.pos[2]}` : ''}${t.reading === undefined ? ',?' : ''}` : '^');

/** The features of the word [start,end) of `text`. */
function featuresOf(text: string, idx: TokenIndex, start: number, end: number, listed: boolean, sentenceChild: boolean, sentenceRoster: boolean): string[] {
  const word = text.slice(start, end);
  const sc = scriptAt(word, 0);
  const len = Math.min(end - start, sc === 'latin' ? 8 : 5);
  const f: string[] = [`s:${sc}${len}`, `w:${word}`];
  const L = sideClass(text, start - 1);
  const R = sideClass(text, end);
  f.push(`L:${L}`, `R:${R}`, `LR:${L}|${R}`, `sL:${sc}|${L}`, `sR:${sc}|${R}`, `slR:${sc}${len}|${R}`);
  const R2 = text.slice(end, end + 2);
  if (scriptAt(text, end) === 'hira') f.push(`R2:${R2}`);
  const L2 = text.slice(Math.max(0, start - 2), start);
  if (L2.length === 2 && scriptAt(text, start - 1) !== 'space') f.push(`L2:${L2}`);
  // The word itself and what the lexicons say of it.
  // isGivenName knows the kana names in hiragana and in katakana (ゆい, ユイ).
  const given = isGivenName(word);
  if (given) f.push(isCommonWordName(word) ? 'lex:common' : 'lex:given', `lexR:${isCommonWordName(word) ? 'c' : 'g'}|${R}`);
  if (NOT_NAMES.has(word)) f.push('lex:not');
  if (PLACE_NAMES.has(word)) f.push('lex:place');
  if (sc === 'han') {
    let inNames = 0;
    for (const c of word) if (NAME_KANJI.has(c)) inNames++;
    f.push(`nk:${inNames === word.length ? 'all' : inNames === 0 ? 'none' : 'some'}`);
    if (SURNAME_ENDINGS.has(word[word.length - 1])) f.push('sur:end');
    for (const c of new Set(word)) f.push(`c:${c}`);
  }
  if (sc === 'hira' || sc === 'kata') {
    const h = toHiragana(word);
    f.push(`k1:${h[0]}`, `kz:${h[h.length - 1]}`, `kz2:${h.slice(-2)}`);
    if (sc === 'kata' && word.includes('ー')) f.push('k:long');
  }
  if (sc === 'latin') f.push(/^[A-Z][a-z]+$/.test(word) ? 'lat:Cap' : /^[A-Z]+$/.test(word) ? 'lat:CAPS' : 'lat:other');
  // kuromoji's reading of the word: one token or several, its class, unknown words.
  const a = idx.startingAt(start);
  const b = idx.endingAt(end);
  if (a !== undefined && b !== undefined) {
    const n = b - a + 1;
    f.push(`nt:${Math.min(n, 3)}`);
    if (n === 1) f.push(`p:${posKey(idx.list[a])}`);
    let jin = '';
    for (let k = a; k <= b; k++) if (idx.list[k].pos[2] === '人名' && !jin.includes(idx.list[k].pos[3])) jin += idx.list[k].pos[3];
    if (jin.includes('姓')) f.push('jin:姓');
    if (jin.includes('名')) f.push('jin:名');
    if (jin.includes('*')) f.push('jin:*');
    const prev = idx.list[a - 1];
    const next = idx.list[b + 1];
    f.push(`Lp:${posKey(prev)}`, `Rp:${posKey(next)}`);
    if (prev && prev.surface.length <= 4) f.push(`Lw:${prev.surface}`);
    if (next && next.surface.length <= 4) f.push(`Rw:${next.surface}`);
    // A verb soon after that only a person does (泣く, 話す, 描く).
    for (let k = b + 1; k <= b + 4 && k < idx.list.length; k++) {
      const t = idx.list[k];
      if (/[。！？!?\n]/.test(t.surface)) break;
      if (t.pos[0] === '動詞') {
        f.push(ANIMATE_VERBS.has(t.basic) ? 'v:animate' : 'v:other');
        break;
      }
    }
  } else f.push(a === undefined ? 'cut:start' : 'cut:end');
  if (listed) f.push(`list:${sc}`);
  if (sentenceChild) f.push('ctx:child');
  if (sentenceRoster) f.push('ctx:roster');
  if (CHILD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) f.push('ctx:childBefore');
  return f;
}

const NEIGHBOUR_SEP = /^[、・，,／/とや→]$/;


/** The word across a separator from `at` (dir 1: after a word ending at `at`; -1: before one starting at `at`), with
 * spaces around the separator allowed (Kota と Mei), or undefined. */
function neighbourWord(text: string, at: number, dir: 1 | -1): string | undefined {
  let i = dir === 1 ? at : at - 1;
  while (text[i] === ' ' || text[i] === '\u3000') i += dir;
  if (!NEIGHBOUR_SEP.test(text[i] ?? '')) return undefined;
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
/** Whether the word stands in a list: a separator on one side with a word of the same script beyond it. */
function inList(text: string, start: number, end: number): boolean {
  const sc = scriptAt(text, start);
  const after = text[end];
  if (after !== undefined && SEPARATOR.test(after) && after !== '\n' && scriptAt(text, end + 1) === sc) return true;
  const before = text[start - 1];
  return before !== undefined && SEPARATOR.test(before) && before !== '\n' && scriptAt(text, start - 2) === sc;
}

/**
 * The words of `text` that could be a name and that `taken` (the detectors' own proposals) does not already cover,
 * with their features.
 */
export function nameCandidates(text: string, tokens: readonly MorphToken[], taken: (start: number, end: number) => boolean, all = false): NameCandidate[] {
  const out: NameCandidate[] = [];
  const idx = new TokenIndex(tokens);
  const child = SENTENCE_CHILD.test(text);
  const roster = SENTENCE_ROSTER.test(text);
  // Whether the detectors found any name here: asked once, not per candidate (a walk over the whole text).
  const named = taken(0, text.length);
  const add = (start: number, end: number) => {
    if (end - start < 1 || (!all && taken(start, end))) return;
    const features = featuresOf(text, idx, start, end, inList(text, start, end), child, roster);
    // Beside a name the detectors found, across a separator or と・や (陽斗、拓也 / 碧と暖).
    if (NEIGHBOUR_SEP.test(text[start - 1] ?? '') && start >= 2 && taken(start - 2, start - 1)) features.push('nbr:L');
    if (NEIGHBOUR_SEP.test(text[end] ?? '') && taken(end + 1, end + 2)) features.push('nbr:R');
    if (named) features.push('ctx:named');
    // Beside a given name of the lexicon (Mia と Sora, ナギとレイ): names come in pairs and lists.
    const right = neighbourWord(text, end, 1);
    const left = neighbourWord(text, start, -1);
    if (right && isGivenName(right)) features.push('nbrLex:R');
    if (left && isGivenName(left)) features.push('nbrLex:L');
    if (right && left) features.push('list3');
    out.push({ start, end, features });
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
  return out;
}

/** In the hiragana stretch [from,to): words of 2–5 letters that start at its start or after a particle, and end at its
 * end or before a particle (年少のさなもお兄ちゃん → さな). */
function hiraganaCandidates(text: string, from: number, to: number, add: (s: number, e: number) => void): void {
  const starts = [from];
  if (PARTICLES.has(text[from]) && to - from > 2) starts.push(from + 1);
  for (const s of starts) {
    for (let e = s + 2; e <= Math.min(to, s + 5); e++) {
      if (e === to || PARTICLES.has(text[e])) add(s, e);
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
