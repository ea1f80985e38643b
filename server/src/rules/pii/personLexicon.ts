// Word classes for pii/person, kept as data beside the rule (lexicon/*.json) and read into sets once.
import childMarkers from './lexicon/childMarkers.json';
import givenNames from './lexicon/givenNames.json';
import honorifics from './lexicon/honorifics.json';
import kinship from './lexicon/kinship.json';
import notNames from './lexicon/notNames.json';
import personMarkers from './lexicon/personMarkers.json';
import placeNames from './lexicon/placeNames.json';
import publicFigures from './lexicon/publicFigures.json';
import rareSurnames from './lexicon/rareSurnames.json';
import { romajiSpellings } from './romaji';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation matching any of the words, longest first. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/**
 * A test of the UTF-16 unit at `i` against a one-character class, remembered per unit (a regex or a Set look-up per
 * character, on a fresh one-letter string, was a good part of the cost of the words' checks). Out of range is false.
 */
export function unitTest(inClass: (c: string) => boolean): (text: string, i: number) => boolean {
  const memo = new Uint8Array(0x10000);
  return (text, i) => {
    const unit = text.charCodeAt(i);
    if (Number.isNaN(unit)) return false;
    let known = memo[unit];
    if (known === 0) memo[unit] = known = inClass(String.fromCharCode(unit)) ? 1 : 2;
    return known === 1;
  };
}

/**
 * Words that end a text, then optionally `tail`, then any run of separator characters: what
 * /(?:word|…)(?:tail)?[seps]*$/ matches, found by set lookups on the suffixes (this runs once per token).
 */
export class SuffixWords {
  private readonly words: Set<string>;
  private readonly maxLen: number;
  /** Whether a letter is the last of a word: most texts end in none of them, and are done with one lookup. */
  private readonly endsWord: (s: string, i: number) => boolean;
  private readonly isSep: (s: string, i: number) => boolean;
  constructor(words: readonly string[], sep: RegExp, private readonly tail = '') {
    this.words = new Set(words);
    this.maxLen = Math.max(...words.map((w) => w.length));
    const lastLetters = new Set(words.map((w) => w[w.length - 1]));
    this.endsWord = unitTest((c) => lastLetters.has(c));
    this.isSep = unitTest((c) => sep.test(c));
  }
  private wordEndingAt(s: string, e: number): number {
    if (e <= 0 || !this.endsWord(s, e - 1)) return -1;
    for (let len = 1; len <= this.maxLen && len <= e; len++) if (this.words.has(s.slice(e - len, e))) return e - len;
    return -1;
  }
  /** Where the word starts in `s`, or -1. */
  index(s: string): number {
    let end = s.length;
    for (;;) {
      let at = this.wordEndingAt(s, end);
      if (at < 0 && this.tail && s.endsWith(this.tail, end)) at = this.wordEndingAt(s, end - this.tail.length);
      if (at >= 0) return at;
      if (end === 0 || !this.isSep(s, end - 1)) return -1;
      end--;
    }
  }
  test(s: string): boolean {
    return this.index(s) >= 0;
  }
}

export const CHILD_HONORIFICS = new Set(honorifics.child);
/** Any honorific (global, for matchAll). */
export const HONORIFIC = new RegExp(alternation([...honorifics.child, ...honorifics.adult]), 'g');
export const HONORIFIC_AT_START = new RegExp(`^(?:${alternation([...honorifics.child, ...honorifics.adult])})`);

export const NOT_NAMES = new Set([...notNames.words, ...kinship.words]);
export const KINSHIP = new Set(kinship.words);
export const GIVEN_NAMES = new Set([...givenNames.kanji, ...givenNames.kana]);
/** Kana given names, longest first (こうたろう before こうた), and as a set. */
export const KANA_GIVEN_NAMES = [...new Set(givenNames.kana)].sort((a, b) => b.length - a.length);
export const KANA_GIVEN_SET = new Set(KANA_GIVEN_NAMES);
/** Last kanji of most family names (田中, 勅使河原). */
export const SURNAME_ENDINGS = new Set(givenNames.surnameEndings);
/** Given names that are also everyday words (花, 大地, そら): they need a stronger sign. */
export const COMMON_WORD_NAMES = new Set(givenNames.commonWords);

/** Kanji that given names of the lexicon are written with (陽, 翔, 紘, 音 …). */
export const NAME_KANJI = new Set([...givenNames.kanji.join('')].filter((c) => /\p{Script=Han}/u.test(c)));

/** Katakana to hiragana, letter for letter (ケンタ → けんた); other characters are kept. */
export function toHiragana(s: string): string {
  // A loop, not replace() with a callback: this runs for every kana word the statistical layer weighs.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x30a1 || code > 0x30f6) continue;
    out += s.slice(from, i) + String.fromCharCode(code - 0x60);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
export const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
/** Given names, also as written in katakana (ミユ, ケンタ are みゆ, けんた): one set lookup. */
/** Kana given names as written in Latin letters (こたろう: Kotaro, Kotarou, Kotaroh), except those that are English words. */
const ROMAJI_GIVEN = givenNames.kana.flatMap(romajiSpellings).filter((w) => !givenNames.latinCommonWords.includes(w));
const GIVEN_ANY = new Set([...GIVEN_NAMES, ...givenNames.kana.map(toKatakana), ...givenNames.katakana, ...givenNames.latin, ...ROMAJI_GIVEN]);
const COMMON_ANY = new Set([...COMMON_WORD_NAMES, ...givenNames.commonWords.filter((w) => /^[\u3041-\u3096]+$/.test(w)).map(toKatakana)]);
/** A given name of the lexicon, also written in katakana. */
export function isGivenName(name: string): boolean {
  return GIVEN_ANY.has(name);
}
/** A given name that is also an everyday word (そら, ソラ, 大地): it needs a stronger sign. */
export function isCommonWordName(name: string): boolean {
  return COMMON_ANY.has(name);
}
/** Given names in Latin letters; those that are also English words; words that make a name a place or a group. */
export const LATIN_GIVEN = new Set([...givenNames.latin, ...ROMAJI_GIVEN]);
export const LATIN_COMMON = new Set(givenNames.latinCommonWords);
export const LATIN_PLACE = new Set(givenNames.latinPlaceWords);
export const PLACE_NAMES = new Set(placeNames.names);
export const PLACE_AFTER = new RegExp(`^(?:${alternation(placeNames.suffixes)})`);
export const PUBLIC_FIGURES = publicFigures.names;
const FIGURE_SET = new Set(publicFigures.names.map((n) => n.replace(/[\s・]/g, '')));

/** Child words right before a name (年長の結衣, ひまわり組のゆうと, 弟・翔). */
export const CHILD_BEFORE = new SuffixWords(childMarkers.before, /[\s\u3000のはで・、：:]/, 'さん');
/** Child words right after a name: （4歳）, （年少）, （4年）, くんのお父さん. */
export const CHILD_AFTER = new RegExp(`^[\\s\\u3000]*(?:[（(][\\s\\u3000]*(?:[0-9０-９]{1,2}[\\s\\u3000]*(?:${alternation(childMarkers.after)}|[）)])|${alternation(childMarkers.after)})|[・、]?[0-9０-９]{1,2}(?:歳|才))`);
/** Person words right before a name (担当の藤田, 名義 ナガイ ユキ, 祖父 服部 勝). */
export const PERSON_BEFORE = new SuffixWords(personMarkers.before, /[\s\u3000のは・、：:（(]/);
/** Titles right after a surname: 緒方園長, 田中主任. */
export const TITLE_AFTER = new RegExp(`^(?:${alternation(personMarkers.titlesAfter)})`);
/** Fictional characters and mascots (a name written beside one is a character too). */
export const CHARACTERS = new Set(notNames.characters);
/** A private home right after a surname (佐々木方, 小野さんち). */
export const HOME_AFTER = new RegExp(`^(?:${alternation(personMarkers.contactAfter)})`);

/** Where public figures are written in `text` (each figure searched once: linear in the text per figure). */
export function publicFigureRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const f of PUBLIC_FIGURES) for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) out.push([at, at + f.length]);
  return out;
}

/** Whether [start,end) is a public figure's name, or part of one as written (大谷翔 in 大谷翔平). */
export function isPublicFigure(name: string, start: number, end: number, ranges: readonly [number, number][]): boolean {
  if (FIGURE_SET.has(name.replace(/[\s・]/g, ''))) return true;
  return ranges.some(([s, e]) => s <= start && end <= e);
}

/** One-kanji family names that are also words (星, 森): names only where staff introduce themselves by them. */
export const SINGLE_KANJI_SURNAMES = new Set<string>(rareSurnames.singleKanji);
/** Family names kuromoji cuts into words or numbers (小鳥遊, 四月一日): `always` read as a surname, `inContext` only
 * where a name follows or a staff word comes before (the caller checks). Group 1: always; group 2: in context. */
export const RARE_SURNAME = new RegExp(`(${alternation(rareSurnames.always)})|(${alternation(rareSurnames.inContext)})`, 'g');
