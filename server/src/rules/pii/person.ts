// pii/person: names of children, parents and staff, in the post body and in image descriptions (alt text).
//
// Small detectors each propose names from one kind of evidence, on kuromoji tokens and the word classes in
// lexicon/*.json (see personLexicon.ts); filters then drop what is not a private person's name and say whose
// name it is:
//   byHonorific   a name before くん・ちゃん・さん… (kuromoji's 人名, or the kana/kanji run the honorific ends)
//   byDictionary  kuromoji's 人名 with a person or child word around it, an age, a full name (姓+名, 森田 結衣)
//   byMarker      the word after 担当・名義・祖父… or after a child word (年長の結衣は)
//   byGivenName   given names from the lexicon as a subject or list item (紬は…, はるとは…)
//   byList        the other items of a list that holds a name (陽斗、拓也、大地の3人; 当番：蓮・樹・咲良)
//   byContact     a name beside a phone number, e-mail or address (…@gmail.com（広瀬）)
//   byModel       what the detectors leave, scored by a linear model over the word's shape and surroundings
//                 (personModel.ts, trained by `npm run train`); its findings name the features that weighed most
// Measured gaps of kuromoji 0.1.2 / IPADIC: 「さくらちゃん」 → さくら 名詞,一般; 「ゆうとくん」 → ゆう(動詞)/と/くん;
// 「はるとくん」 → はる/とく/ん (the honorific is not even a token); 先生 is 名詞,一般. A finding covers the name only
// (with its furigana: 陽翔（はると）), never the honorific; its fix puts a letter in its place, one per person
// (A, B, C … across the thread).
import type { MorphToken } from '../../engine/morphology';
import { piecesOf, type TextSegment } from '../../engine/document';
import { foldHalfWidthKana, matchesOf } from '../../engine/text';
import { atMost } from '../policy/util';
import type { Rule, RuleContext } from '../../engine/rule';
import { isAllowed } from './allowlist';
import ANIMATE from './lexicon/animateVerbs.json';
import { allowFix, CLAUSE_PERSONAL, exampleLine, lineAround, ORG_WORD, replaceFix } from './common';
import { findAddresses } from './addressCore';
import { activeModel, likelyNames, personCues, personModel } from './personModel';
import {
  CHILD_AFTER,
  CHILD_BEFORE,
  CHILD_HONORIFICS,
  COMMON_WORD_NAMES,
  GIVEN_NAMES,
  HOME_AFTER,
  HONORIFIC,
  HONORIFIC_AT_START,
  RARE_SURNAME,
  KANA_GIVEN_NAMES,
  KANA_GIVEN_SET,
  NAME_KANJI,
  CHARACTERS,
  TITLE_AFTER,
  isCommonWordName,
  isGivenName,
  toHiragana,
  KINSHIP,
  LATIN_COMMON,
  LATIN_GIVEN,
  LATIN_PLACE,
  NOT_NAMES,
  PERSON_BEFORE,
  PLACE_AFTER,
  PLACE_NAMES,
  isPublicFigure,
  publicFigureRanges,
  SURNAME_ENDINGS,
  toKatakana,
  SINGLE_KANJI_SURNAMES,
} from './personLexicon';

/** Hiragana that may follow an honorific (particles, あて as in 田島様あてに); anything else means the "honorific" is part of a word (さんぽ). */
const AFTER_HONORIFIC_OK = /^(?:$|[^\u3041-\u3096]|[がはのともにへをやでよねかなっ]|たち|だ|です|ら|まで|より|ほか|あて|ご\p{Script=Han})/u;
/** Public offices: a name with one of these titles is a public figure (reported as info). */
const OFFICE_TITLE = /(?:副?市長|副?町長|副?村長|区長|副?知事|副?議長|市議会議員|県議会議員|議員|市議|県議|教育長|大臣|総理大臣|首相|長官|官房長官)/;
// 畠山稔上尾市長: the municipality may stand between the name and the title.
// 三原じゅん子こども政策担当大臣: a portfolio may stand between the name and 大臣・長官.
const OFFICE_AFTER = new RegExp(`^[ \\u3000]?(?:さん|氏)?(?:(?:[\\u4e00-\\u9fff]{1,4}(?=[市町村県都区]))?(?:${OFFICE_TITLE.source})|[\\u3041-\\u3096\\u30a1-\\u30fa\\u4e00-\\u9fff・]{1,12}?(?:大臣|長官))`);
/** Authors and artists: a name with these around it is a public figure, not personal data. */
const AUTHOR_BEFORE = /(?:作家|作者|絵本作家|詩人|画家|原作|(?<![佳傑力大名秀労連試制創工])作[：:]|著[：:]|文[：:]|絵[：:]|作曲家|選手|監督)[\s\u3000のは・]*$/;
/** A list line up to a book's title in 『』 (・『だるまさんが』): the name after it is the author's. */
const BOOK_LIST_TITLE = /^[ \u3000]*[・\-*●◆■▶︎]?[ \u3000]*『[^』\n]{1,40}』[ \u3000]*$/;
// 中川李枝子 さく・大村百合子 え: a picture book's credit line.
const AUTHOR_AFTER = /^(?:[ \u3000](?:さく|作|え|絵|ぶん|文|やく|訳)(?:[・／/）)、\s]|$)|(?:さん|氏)?(?:の|・)?(?:絵本|童話|詩|著|展|記念館|美術館|生誕|原作|文学|小説|名言|作詞|作曲|選手|監督|の詩|の絵本|の童話|の怪談)|(?:の|・)?(?:の言葉|の生き方|のお話|についての))/;
/** A class or group named like a child (あおい組, ひかりグループ). */
const GROUP_AFTER = /^(?:組|ぐみ|グループ|チーム|クラス|班|号|丸|園|座|会|荘|館|屋|工場)/;
const PHONE_NEAR = /(?<![0-9０-９])[0０][0-9０-９]{1,4}[-‐－ー ()（）]?[0-9０-９]{1,4}[-‐－ー ()（）]?[0-9０-９]{3,4}(?![0-9０-９])/;
const CONTACT_LINE = /(?:[0-9０-９]{2,4}[-‐－ー（）() ][0-9０-９]{2,4}[-‐－ー（）() ][0-9０-９]{3,4}|(?<![0-9０-９])[0０][0-9０-９]{9,10}(?![0-9０-９])|[@＠]|\(at\)|\[at\]|アット|〒|番地|[0-9０-９]-[0-9０-９]+-[0-9０-９]|号室|名義|口座|個人番号|宛先|送り先| at [\w.-]+ dot |〇[一二三四五六七八九〇]{2}[・ー－‐\-]?[〇一二三四五六七八九]{3,4})/;
/** An e-mail address right after a name (小林（y.kobayashi@…）, 佐久間 peko@…), or right before it on the line. */
const EMAIL_NEAR = /^[ \u3000]*[（(]?[ \u3000]*[A-Za-z0-9][A-Za-z0-9._+-]*(?:@|＠|\(at\)|\[at\]|\(a\))/;
const EMAIL_BEFORE = /[A-Za-z0-9][A-Za-z0-9._+-]*(?:@|＠)[A-Za-z0-9.-]+\.[A-Za-z]{2,}[ \u3000]*[（(]?[ \u3000]*$/;
/** Staff roles a family name is written on without a particle: 担当大川, 会計野口. */
/** A staff word right before a name (保育士の, スタッフ、, 新人の, 子育てサポーター ). */
const STAFF_BEFORE = /(?:保育士|職員|スタッフ|新人|担当(?:する|している)?|担任|主任|指導員|支援員|相談員|保健師|看護師|栄養士|調理員|サポーター|コーディネーター|ボランティア|代表|係長|課長|園長|所長)(?:の|、|[ \u3000]|[ \u3000]?[：:][ \u3000]?)?$/;
const ROLE_ON = /^(?:担当|担任|主任|園長|副園長|会計|会長|副会長|書記|役員|保育士|看護師|栄養士|調理員|代表|講師|指導員|支援員|相談員|保健師|運転手)$/;
const PARTICLE_CHARS = 'のとやはがもにをへで';
/** How words of a sentence end (particles, and よ・ね・な at its end): えんていで, あそんだよ. */
const SENTENCE_WORD_ENDS = PARTICLE_CHARS + 'よねな';
/** What may follow a name that stands alone: a particle, punctuation, a bracket, the end. */
const NAME_END = /^(?:$|[はがもとのにをへやで、。，．・！？!?\s\u3000「」『』（）()】［］:：…〜～♪☆★]|から|まで|より|\p{Extended_Pictographic})/u;

/** A hiragana or katakana letter (one character): by code point, not a regex, as these run on most characters. */
const isHiragana = (c: string | undefined) => !!c && isHiraganaCode(c.charCodeAt(0));
const isKatakana = (c: string | undefined) => !!c && isKatakanaCode(c.charCodeAt(0));
const isHiraganaCode = (k: number) => k >= 0x3041 && k <= 0x3096;
const isKatakanaCode = (k: number) => (k >= 0x30a1 && k <= 0x30fa) || k === 0x30fc;
/** A kanji (CJK ideographs of the BMP, 々〆ヶ): by code point, as this runs on every character. */
const isKanji = (c: string | undefined) => !!c && isKanjiCode(c.charCodeAt(0));
const isKanjiCode = (k: number) =>
  (k >= 0x4e00 && k <= 0x9fff) || (k >= 0x3400 && k <= 0x4dbf) || (k >= 0xf900 && k <= 0xfaff) || k === 0x3005 || k === 0x3006 || k === 0x30f6 || (k >= 0x2e80 && k <= 0x2fdf) || k === 0x3007 || (k >= 0x3021 && k <= 0x3029);
const isNameToken = (t: MorphToken | undefined) => !!t && t.pos[1] === '固有名詞' && t.pos[2] === '人名';
const BOUNDARY_CHARS = new Set([...'\n。！？!?「」『』（）()：:、，, \u3000…♪☆★\t\r']);
const BOUNDARY_CODES = new Set([...BOUNDARY_CHARS].map((c) => c.charCodeAt(0)));
/** A run of emoji (with variation selectors and joiners) at the start of a text: 😆, 👨‍👩‍👧, ❤️. */
const EMOJI_RUN = /^\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*/u;
const isBoundary = (c: string | undefined) => c === undefined || BOUNDARY_CHARS.has(c) || /[\s\p{Extended_Pictographic}]/u.test(c);

type Kind = 'child' | 'adult' | 'person' | 'office' | 'public';
interface Candidate {
  start: number;
  end: number;
  kind: Kind;
  /** What made the statistical layer propose it, in words (absent for the detectors' own proposals). */
  cues?: string[];
}

/** Tokens of one text with O(1) lookups by offset (typed arrays: one pass, no hashing). */
class Tokens {
  private readonly startIdx: Int32Array;
  private readonly endIdx: Int32Array;
  private readonly coverIdx: Int32Array;
  readonly endingAt = { get: (at: number): MorphToken | undefined => this.at(this.endIdx, at) };
  readonly startingAt = { get: (at: number): MorphToken | undefined => this.at(this.startIdx, at) };
  /** The token covering each character. */
  readonly covering = { at: (i: number): MorphToken | undefined => this.at(this.coverIdx, i) };
  constructor(readonly list: MorphToken[], private readonly text: string) {
    const n = text.length + 1;
    this.startIdx = new Int32Array(n).fill(-1);
    this.endIdx = new Int32Array(n).fill(-1);
    this.coverIdx = new Int32Array(n).fill(-1);
    for (let k = 0; k < list.length; k++) {
      const t = list[k];
      const end = Math.min(t.start + t.surface.length, text.length);
      this.startIdx[t.start] = k;
      this.endIdx[end] = k;
      this.coverIdx.fill(k, t.start, end);
    }
  }
  private at(index: Int32Array, at: number): MorphToken | undefined {
    if (!(at >= 0 && at < index.length)) return undefined;
    const k = index[at];
    return k < 0 ? undefined : this.list[k];
  }
  textBefore(at: number, n = 10): string {
    return this.text.slice(Math.max(0, at - n), at);
  }
  /** Start of the run of 人名 tokens ending exactly at `end`, or -1. */
  nameRunEndingAt(end: number): number {
    let t = this.endingAt.get(end);
    if (!isNameToken(t)) return -1;
    let start = t!.start;
    while ((t = this.endingAt.get(start)) && isNameToken(t)) start = t.start;
    return start;
  }
  /** A dictionary word of content (not a name, not unknown) exactly covering [start,end). */
  isCommonWord(start: number, end: number): boolean {
    const t = this.startingAt.get(start);
    return !!t && t.start + t.surface.length === end && t.reading !== undefined && !isNameToken(t) && t.pos[0] === '名詞' && t.pos[1] !== '固有名詞';
  }
}

/** After a rare surname that is also a date or a word: an honorific, a given name and an honorific, a space and a name. */
const HONORIFIC_ALTERNATION = HONORIFIC_AT_START.source.slice(1);
const RARE_SURNAME_NAME_AFTER = new RegExp(`^(?:${HONORIFIC_ALTERNATION}|[\\p{Script=Han}々]{1,3}(?:${HONORIFIC_ALTERNATION})|[\\p{Script=Hiragana}]{2,5}(?:${HONORIFIC_ALTERNATION})|[ \\u3000])`, 'u');

/**
 * The tokens with each rare family name (小鳥遊, 四月一日蒼空くん's 四月一日) made one 人名・姓 token, so the detectors see
 * a surname where kuromoji saw words or a date. Only where the name's edges are token edges; the same list otherwise.
 */
function withRareSurnames(list: MorphToken[], text: string): MorphToken[] {
  let out: MorphToken[] | undefined;
  for (const m of matchesOf(text, RARE_SURNAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[2] !== undefined) {
      const after = text.slice(end, end + 8);
      const spaced = /^[ \u3000]/.test(after);
      const named = RARE_SURNAME_NAME_AFTER.test(after) && (!spaced || /^[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(after));
      if (!named && !STAFF_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    }
    const tokens = out ?? list;
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.start + t.surface.length === end);
    if (first < 0 || last < first) continue;
    out = mergedAs(tokens, first, last, '姓');
    // 四月一日蒼空くん: the given name before the honorific is read as one too (蒼空 is an everyday word to kuromoji).
    const given = GIVEN_BEFORE_HONORIFIC.exec(text.slice(end, end + 8));
    if (given) {
      const g = out.findIndex((t) => t.start === end);
      const gl = out.findIndex((t) => t.start + t.surface.length === end + given[1].length);
      if (g >= 0 && gl >= g) out = mergedAs(out, g, gl, '名');
    }
  }
  return out ?? list;
}
const GIVEN_BEFORE_HONORIFIC = new RegExp(`^([\\p{Script=Han}々]{1,3}|[\\p{Script=Hiragana}]{2,5})(?:${HONORIFIC_ALTERNATION})`, 'u');
/** The tokens first..last made one 人名 token (姓 or 名). */
function mergedAs(tokens: MorphToken[], first: number, last: number, part: '姓' | '名'): MorphToken[] {
  const start = tokens[first].start;
  const surface = tokens.slice(first, last + 1).map((t) => t.surface).join('');
  const merged: MorphToken = { surface, start, pos: ['名詞', '固有名詞', '人名', part], basic: surface, reading: '' };
  return [...tokens.slice(0, first), merged, ...tokens.slice(last + 1)];
}

/** One text (post body or alt text) being scanned: proposals are collected with a coverage map (linear). */
class Scan {
  readonly found: Candidate[] = [];
  private readonly taken: Uint8Array;
  private figureRanges: [number, number][] | undefined;
  get figures(): [number, number][] {
    return (this.figureRanges ??= publicFigureRanges(this.text));
  }
  constructor(readonly text: string, readonly tokens: Tokens) {
    this.taken = new Uint8Array(text.length + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  }
  propose(c: Candidate): void {
    if (c.end <= c.start) return;
    // ゆい|と・さき, すず|ね⏎, ゆき|な。: a name in kana that goes on is the longer given name (the fix must not leave 「Aと」).
    if (isHiragana(this.text[c.end] ?? '') && isHiragana(this.text[c.end - 1])) c = { ...c, end: longerKanaName(this.text, c.start, c.end) };
    this.found.push(c);
    for (let i = c.start; i < c.end; i++) this.taken[i] = 1;
  }
  before(at: number, n = 10): string {
    return this.text.slice(Math.max(0, at - n), at);
  }
  after(at: number, n = 12): string {
    return this.text.slice(at, at + n);
  }
}

/**
 * Where a kana or kanji name ending at `end` starts, or -1: the run of one script before `end`, minus a leading
 * particle (ひまわり組「の」ゆうと) and anything up to a particle inside it (きょう「は」ゆうと).
 */
function nameRunStart(text: string, end: number, lowerBound: number, allowKanji: boolean): number {
  const last = text[end - 1];
  // はーちゃん, ゆーくん: a long vowel mark inside a kana nickname.
  if (last === 'ー' && isHiragana(text[end - 2])) return end - 2 >= lowerBound ? end - 2 : -1;
  const same = isHiragana(last) ? isHiragana : isKatakana(last) ? isKatakana : allowKanji && isKanji(last) ? isKanji : undefined;
  if (!same) return -1;
  let start = end;
  while (start > lowerBound && same(text[start - 1])) start--;
  // ジョシュア・ブラウン: katakana parts joined by middle dots are one name.
  if (same === isKatakana) while (start > lowerBound + 1 && /[・=＝]/.test(text[start - 1]) && isKatakana(text[start - 2])) for (start -= 1; start > lowerBound && isKatakana(text[start - 1]); ) start--;
  if (same === isHiragana) {
    const before = text[start - 1];
    const afterWord = isKanji(before) || isKatakana(before) || /[0-9０-９）)]/.test(before ?? '') || (start === lowerBound && lowerBound > 0);
    if (PARTICLE_CHARS.includes(text[start]) && end - start - 1 >= 2 && afterWord) start++;
    // A given name of the lexicon ending a longer run, after a verb or particle: 来てくれた「のあ」, 座ったのは「れお」.
    if (!KANA_GIVEN_SET.has(text.slice(start, end)))
      for (let l = Math.min(6, end - start - 2); l >= 2; l--) if (KANA_GIVEN_SET.has(text.slice(end - l, end))) return end - l;
    // kuromoji cannot segment long hiragana runs, so a run longer than a name is cut after its last particle
    // that leaves a 2–5 character name: きょう「は」ゆうま.
    if (end - start > 5) {
      let cut = -1;
      for (let p = end - 3; p >= start && end - p - 1 <= 5; p--) {
        if (PARTICLE_CHARS.includes(text[p])) {
          cut = p + 1;
          break;
        }
      }
      if (cut < 0) return -1;
      start = cut;
    }
  }
  const len = end - start;
  if (len < (same === isKanji ? 1 : 2) || len > (same === isKanji ? 4 : same === isKatakana ? 16 : 6)) return -1;
  return start;
}

/** Common nouns written with an honorific (くまさん, ライオンさん, パンやさん, おほしさま). */
function isCommonNoun(name: string, start: number, tokens: Tokens, morph: MorphologyLike, child = false): boolean {
  if (NOT_NAMES.has(name)) return true;
  if (/^[おご]/.test(name) && NOT_NAMES.has(name.slice(1))) return true;
  if (/[やヤ屋]$/.test(name) && name.length >= 3 && !child) return true;
  // Inside a longer dictionary word or organisation (山崎製|パン|さん).
  const cover = tokens.covering.at(start);
  if (cover && cover.start < start && cover.pos[0] === '名詞' && cover.reading !== undefined) return true;
  if (child && (isGivenName(name) || CHILD_BEFORE.test(tokens.textBefore(start)))) return false;
  const single = tokens.startingAt.get(start);
  const exact = single && single.surface === name ? single : undefined;
  if (isKatakana(name[0]) && exact && exact.reading !== undefined && !isNameToken(exact) && exact.pos[0] === '名詞' && exact.pos[2] !== '人名') {
    if (!GIVEN_NAMES.has(name) && exact.pos[1] !== '固有名詞') return true;
  }
  if (/^[おご][\u3041-\u3096]{1,4}$/.test(name)) {
    const rest = morph.tokenize(name.slice(1));
    if (rest.length === 1 && rest[0].pos[0] === '名詞' && rest[0].reading !== undefined && !isNameToken(rest[0])) return true;
  }
  return false;
}

interface MorphologyLike {
  tokenize(t: string): MorphToken[];
}

/** Furigana right after a name: 陽翔（はると）. Returns the offset after the closing bracket, or -1. */
function furiganaAfter(text: string, at: number): number {
  const m = /^[（(]([\u3041-\u3096\u30A1-\u30FAー\s・]{1,12})[）)]/.exec(text.slice(at, at + 16));
  return m ? at + m[0].length : -1;
}

/** Furigana right before `at` (…（はると）|くん): the offset of its opening bracket, or -1. */
function furiganaBefore(text: string, at: number): number {
  if (!/[）)]/.test(text[at - 1] ?? '')) return -1;
  const open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
  if (open < 0 || at - open > 14) return -1;
  const inner = text.slice(open + 1, at - 1);
  // アナ・シルバ（Ana Silva）ちゃん: a name in katakana with its Latin spelling.
  if (/^[A-Z][a-z]+(?:[ \u3000][A-Z][a-z]+){0,2}$/.test(inner) && isKatakana(text[open - 1] ?? '')) return open;
  return /^[\u3041-\u3096\u30A1-\u30FAー\s・]{1,12}$/.test(inner) ? open : -1;
}

/** 渡辺湊斗: a family-name token then one or two kanji used in given names (kuromoji splits the given name into 湊|斗). */
function surnameThenGivenKanji(tokens: Tokens, text: string, start: number, end: number): boolean {
  const first = tokens.startingAt.get(start);
  if (!first || first.pos[3] !== '姓') return false;
  const rest = text.slice(first.start + first.surface.length, end);
  return rest.length >= 1 && rest.length <= 2 && [...rest].every((c) => NAME_KANJI.has(c));
}

// ---------------------------------------------------------------------------------------------------------
// Detectors

function byHonorific(s: Scan, morph: MorphologyLike): void {
  const { text, tokens } = s;
  let lowerBound = 0;
  for (const m of matchesOf(text, HONORIFIC)) {
    const h = m.index!;
    const he = h + m[0].length;
    const bound = lowerBound;
    lowerBound = he;
    if (!AFTER_HONORIFIC_OK.test(text.slice(he, he + 2))) continue;
    // The honorific is inside a longer dictionary word (たくさん, おじさん, ちゃんと).
    if (honorificInsideWord(tokens, h, he, m[0].length) && !nameBeforeAdverb(text, tokens, h, he)) continue;
    const child = CHILD_HONORIFICS.has(m[0]);
    // 瑛太 くん, 神宮寺 葵 ちゃん: one space between the name and its honorific.
    const spaced = /[ \u3000]/.test(text[h - 1] ?? '') && h - 1 > bound && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u.test(text[h - 2] ?? '');
    const at = spaced ? h - 1 : h;
    // 陽翔（はると）くん: the name ends before the furigana, and the finding covers both.
    const furi = furiganaBefore(text, at);
    const nameEnd = furi >= 0 ? furi : at;
    let start = tokens.nameRunEndingAt(nameEnd);
    if (start >= 0 && (child || singleGivenKanji(tokens, start, nameEnd))) {
      // 陽翔くん → 陽(名詞)/翔(人名), 奏太さん → 奏/太(人名): the whole run of kanji (up to 3) ending in a name token.
      let runStart = start;
      while (runStart > bound && isKanji(text[runStart - 1])) runStart--;
      if (runStart < start && nameEnd - runStart <= 3 && !NOT_NAMES.has(text.slice(runStart, start)) && (child || isGivenName(text.slice(runStart, nameEnd)) || !tokens.isCommonWord(runStart, start))) start = runStart;
    }
    if (start >= 0) start = wholeNameStart(text, tokens, start, nameEnd, bound);
    if (start < 0 || (isHiragana(text[nameEnd - 1]) && tokens.endingAt.get(nameEnd)?.pos[3] !== '姓')) {
      let kana = nameRunStart(text, nameEnd, bound, true);
      // Rio（リオ）くん: a Latin name with its reading in brackets before the honorific.
      if (kana < 0 && furi >= 0 && /[A-Za-z]/.test(text[nameEnd - 1])) {
        const latin = /[A-Z][a-z]+$/.exec(text.slice(Math.max(bound, nameEnd - 16), nameEnd));
        if (latin) {
          s.propose({ start: nameEnd - latin[0].length, end: h, kind: child ? 'child' : 'adult' });
          continue;
        }
      }
      // 佐久間湊斗くん: five or six kanji, a family name kuromoji knows and a given name.
      if (kana < 0 && isKanji(text[nameEnd - 1])) {
        const run = kanjiRunBefore(text, nameEnd, bound, 6);
        if (run >= 0 && nameEnd - run >= 5 && fullKanjiName(tokens, text, run, nameEnd)) kana = run;
      }
      if (kana < 0) continue;
      // 田中はるとくん: right after a surname token, a leading は・の… is the given name's first sound, not a particle.
      if (isHiragana(text[kana - 1]) && kana - 1 >= bound && tokens.endingAt.get(kana - 1)?.pos[3] === '姓' && nameEnd - kana + 1 <= 5) kana -= 1;
      const name = text.slice(kana, nameEnd);
      if (isCommonNoun(name, kana, tokens, morph, child)) continue;
      // いい加減ちゃんと: the adverb ちゃんと after an everyday word.
      if (m[0] === 'ちゃん' && text[he] === 'と' && tokens.covering.at(h)?.surface === 'ちゃんと' && (tokens.isCommonWord(kana, nameEnd) || (tokens.covering.at(kana)?.start ?? kana) < kana) && !isGivenName(name)) continue;
      // 着任した先生, お世話になった先生: a verb in the past tense, not a name.
      if (isHiragana(name[0]) && endsInVerb(tokens, kana, nameEnd) && !KANA_GIVEN_SET.has(name)) continue;
      // 退職する先生, 異動される先生方: する after a verbal noun, not a name.
      if (/^(?:する|される|させる|なさる)$/.test(name) && tokens.endingAt.get(kana)?.pos[1] === 'サ変接続') continue;
      // 御手洗 博さん: a given name of the lexicon after a family name and a space (kuromoji reads 博さ as a verb).
      const family = isGivenName(name) ? familyBefore(text, tokens, kana, bound) : -1;
      // Kanji before さん・先生 (not a 人名 token): only a proper noun or an unknown word (百目鬼さん), never 園長先生; a home
      // right after (小鳥遊さん宅) makes any 2–4 kanji that are no dictionary word a family name.
      // A reading in brackets before the honorific (栗花落（つゆり）さん) says the kanji are a name.
      const read = furi >= 0 && name.length <= 4 && !NOT_NAMES.has(name) && !PLACE_NAMES.has(name);
      if (isKanji(name[0]) && !child && family < 0 && !read && !surnameThenGivenKanji(tokens, text, kana, nameEnd) && !properRun(tokens, kana, nameEnd) && !surnameShaped(tokens, name, kana, nameEnd) && !(homeAfter(text, he) && name.length >= 2 && name.length <= 4 && !tokens.isCommonWord(kana, nameEnd) && !NOT_NAMES.has(name))) continue;
      // An organisation written with さん (山崎製パンさん, 伊藤園さん) is not a person.
      const tok = tokens.startingAt.get(kana);
      if (tok && tok.surface === name && tok.pos[2] === '組織' && tok.reading !== undefined && name.length >= 3) continue;
      start = family >= 0 ? family : kana;
      // A surname before a kana given name: 田中ゆうとくん, 森田 結衣ちゃん.
      const surname = tokens.nameRunEndingAt(start);
      if (surname >= 0 && surname >= bound) start = surname;
      else if (/[ \u3000]/.test(text[start - 1] ?? '') && tokens.endingAt.get(start - 1)?.pos[3] === '姓') start = tokens.endingAt.get(start - 1)!.start;
    } else {
      if (NOT_NAMES.has(text.slice(start, nameEnd))) continue;
      // 森田 結衣ちゃん: a surname and a space before the given name.
      if (/[ \u3000]/.test(text[start - 1] ?? '') && tokens.endingAt.get(start - 1)?.pos[3] === '姓' && tokens.startingAt.get(start)?.pos[3] === '名') start = tokens.endingAt.get(start - 1)!.start;
    }
    // 神宮寺 葵 ちゃん: a family name kuromoji does not know, a space, then a given name of the lexicon.
    if (isGivenName(text.slice(start, nameEnd)) && tokens.nameRunEndingAt(start - 1) < 0) {
      const fam = familyBefore(text, tokens, start, bound);
      if (fam >= 0) start = fam;
    }
    if (start < bound) continue;
    const age = CHILD_AFTER.test(text.slice(he, he + 12));
    s.propose({ start, end: furi >= 0 ? h : nameEnd, kind: child || age ? 'child' : 'adult' });
  }
}

/**
 * Where a name kuromoji cut short really starts (a name token at `start`, ending at `end`): a katakana name at the start of
 * its katakana run (ミン|ジュンくん, メン|サー様, フェ|レイラさん; not across ・); a kanji given name of the lexicon the kanji
 * before complete (陽|向さん, 颯|真くん, 聡|一郎 様), with the family name token right before it (岡田颯真くん).
 */
function wholeNameStart(text: string, tokens: Tokens, start: number, end: number, bound: number): number {
  if (isKatakana(text[start])) {
    while (start > bound && isKatakana(text[start - 1])) start--;
    return start;
  }
  if (!isKanji(text[start]) || !isKanji(text[start - 1]) || start - 1 < bound) return start;
  // The kanji right before, as far back as a given name of three can reach; the longest given name first.
  let from = start;
  while (from > Math.max(bound, end - 3) && isKanji(text[from - 1])) from--;
  for (let p = from; p < start; p++) {
    const given = text.slice(p, end);
    // (聡|一郎, 健|太郎: a kanji of names before a name ending in 郎 or 介 that kuromoji knows alone.)
    const compound = end - p === 3 && /^(?:[一太次二三四五]郎|之[助介])$/.test(text.slice(p + 1, end)) && NAME_KANJI.has(text[p]);
    if (!(isGivenName(given) || compound) || NOT_NAMES.has(given)) continue;
    const family = tokens.endingAt.get(p);
    return family && family.pos[3] === '姓' && family.start >= bound ? family.start : p;
  }
  return start;
}

/** A home right after the honorific: 小鳥遊さん宅, 小野さんち, 佐藤さんのお宅. */
function homeAfter(text: string, at: number): boolean {
  return /^(?:宅|方|ち[^ゃ]|ち$|家[^族庭事具]|家$|の(?:お宅|ご自宅|家))/.test(text.slice(at, at + 4));
}

/**
 * A family name written before a given name with one space (御手洗 博, 神宮寺 葵): 2–4 kanji, either no single dictionary
 * word or standing after a space or the start, and no job or child word (保育士 葵, 年長 葵). Its start, or -1.
 */
function familyBefore(text: string, tokens: Tokens, given: number, bound: number): number {
  if (!/[ \u3000]/.test(text[given - 1] ?? '') || !isKanji(text[given - 2])) return -1;
  const fam = kanjiRunBefore(text, given - 1, Math.max(bound, given - 6), 4);
  if (fam < 0 || given - 1 - fam < 2) return -1;
  const name = text.slice(fam, given - 1);
  if (NOT_NAMES.has(name) || PLACE_NAMES.has(name) || PERSON_BEFORE.test(text.slice(fam, given)) || CHILD_BEFORE.test(text.slice(fam, given)) || OFFICE_TITLE.test(name)) return -1;
  if (tokens.isCommonWord(fam, given - 1) && !(fam === 0 || /[ \u3000\n]/.test(text[fam - 1]))) return -1;
  return fam;
}

/** Start of a run of 1–`max` kanji ending at `end` (and starting at or after `lowerBound`), preceded by no kanji; or -1. */
function kanjiRunBefore(text: string, end: number, lowerBound: number, max: number): number {
  let start = end;
  while (start > lowerBound && isKanji(text[start - 1]) && end - start < max) start--;
  if (start === end || isKanji(text[start - 1])) return -1;
  return start;
}

/** One kanji of a given name (太 of 奏太): a 名 token of one letter after another kanji. */
function singleGivenKanji(tokens: Tokens, start: number, end: number): boolean {
  const t = tokens.startingAt.get(start);
  return end - start === 1 && !!t && t.pos[3] === '名';
}

/** The hiragana over [start,end) end in a verb and an auxiliary: した, なった, 来てくれた. */
function endsInVerb(tokens: Tokens, start: number, end: number): boolean {
  const last = tokens.endingAt.get(end);
  if (!last || last.start < start || last.pos[0] !== '助動詞') return false;
  const prev = tokens.endingAt.get(last.start);
  return !!prev && (prev.pos[0] === '動詞' || prev.pos[0] === '助動詞' || prev.pos[0] === '形容詞');
}

/** A rare family name kuromoji splits into words (勅使|河原): 2–4 kanji, not one dictionary word, a surname's last kanji. */
function surnameShaped(tokens: Tokens, name: string, start: number, end: number): boolean {
  return name.length >= 2 && name.length <= 4 && SURNAME_ENDINGS.has(name[name.length - 1]) && !tokens.isCommonWord(start, end) && !NOT_NAMES.has(name);
}

/** kuromoji reads `name` at `start` as one person's-name token (今泉 as 人名,姓, not as the place). */
function readAsName(tokens: Tokens, start: number, name: string): boolean {
  const t = tokens.startingAt.get(start);
  return t?.pos[2] === '人名' && t.surface === name;
}

/** One noun token exactly over [start,end) (大川 as 名詞,一般: a family name after 担当). */
function singleTokenNoun(tokens: Tokens, start: number, end: number): boolean {
  const t = tokens.startingAt.get(start);
  return !!t && t.start + t.surface.length === end && t.pos[0] === '名詞' && t.pos[1] === '一般';
}

/** A kanji given name kuromoji splits into single kanji (結|翔, 陽|葵): two one-kanji tokens. */
function splitKanjiName(tokens: Tokens, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const a = tokens.startingAt.get(start);
  const b = tokens.startingAt.get(start + 1);
  return !!a && !!b && a.surface.length === 1 && b.surface.length === 1 && a.pos[0] === '名詞' && b.pos[0] === '名詞' && b.pos[1] !== '接尾';
}

/**
 * A given name the lexicon lacks, written in 2–3 kanji that given names use (杏|音, 湊|士, 絢|音) and read by
 * kuromoji one kanji at a time (or as 人名, or unknown): no dictionary word, place or class.
 */
function splitNameKanji(s: Scan, start: number, end: number): boolean {
  const { text, tokens } = s;
  if (end - start < 2 || end - start > 3 || isKanji(text[start - 1]) || isKanji(text[end])) return false;
  for (let i = start; i < end; i++) if (!NAME_KANJI.has(text[i])) return false;
  for (let i = start; i < end; ) {
    const t = tokens.covering.at(i);
    if (!t || t.start < start || t.start + t.surface.length > end) return false;
    if (t.surface.length > 1 && t.reading !== undefined && !isNameToken(t)) return false;
    // 一|歩, 三|輪: a number makes a word, not a name.
    if (t.pos[1] === '数' || t.pos[2] === '助数詞') return false;
    i = t.start + t.surface.length;
  }
  const name = text.slice(start, end);
  return !NOT_NAMES.has(name) && !PLACE_NAMES.has(name) && !GROUP_AFTER.test(text.slice(end, end + 2)) && !PLACE_AFTER.test(text.slice(end, end + 4));
}

/** A kana name the lexicon lacks at `at`, before は・が, that kuromoji reads in part as a name or unknown word (りのんは): its end, or -1. */
function unknownKanaNameAt(s: Scan, at: number): number {
  const { text, tokens } = s;
  if (!isHiragana(text[at]) || isHiragana(text[at - 1])) return -1;
  for (let l = 4; l >= 2; l--) {
    const end = at + l;
    if (!/^[はが]/.test(text[end] ?? '') || ![...text.slice(at, end)].every(isHiragana)) continue;
    if (tokens.isCommonWord(at, end) || NOT_NAMES.has(text.slice(at, end))) continue;
    if (namePartInside(tokens, at, end)) return end;
  }
  return -1;
}

/** Every token over [start,end) is a proper noun or unknown to the dictionary. */
function properRun(tokens: Tokens, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const t = tokens.covering.at(i);
    if (!t || t.start < start) return false;
    if (!(t.pos[1] === '固有名詞' || t.reading === undefined)) return false;
    i = t.start + t.surface.length;
  }
  return true;
}

/** たいがくんと…: kuromoji reads がくんと as an adverb (with a jolt); a kana given name of the lexicon ending at the honorific
 * says the くん is a name's. */
function nameBeforeAdverb(text: string, tokens: Tokens, h: number, he: number): boolean {
  const covering = tokens.covering.at(h);
  if (!covering || covering.pos[0] !== '副詞' || covering.start >= h || covering.start + covering.surface.length !== he + 1 || text[he] !== 'と') return false;
  // (…のはたいがくん: a particle may stand right before the name.)
  for (let n = 2; n <= 5 && h - n >= 0; n++) if (KANA_GIVEN_SET.has(text.slice(h - n, h)) && (!isHiragana(text[h - n - 1] ?? '') || /[はがものにと]/.test(text[h - n - 1]))) return true;
  return false;
}

function honorificInsideWord(tokens: Tokens, h: number, he: number, len: number): boolean {
  for (const covering of [tokens.covering.at(h), tokens.covering.at(he - 1)]) {
    if (!covering || covering.surface.length <= len || covering.pos[1] === '接尾') continue;
    const cEnd = covering.start + covering.surface.length;
    if (covering.start >= h && cEnd <= he) continue;
    // 栞をはさんで: the さん of a verb (はさむ) is no honorific; たくん read as a contracted たくる (体言接続特殊) or as たくむ before
    // が・と (そうたくんが, ひなたくんと) is a name's くん: no verb of a post ends in くん.
    const verb = covering.pos[0] === '動詞' && covering.form !== '体言接続特殊' && !(covering.surface.endsWith('くん') && cEnd === he);
    const content = covering.reading !== undefined && (verb || /^(?:名詞|副詞|形容詞|連体詞|感動詞)$/.test(covering.pos[0])) && covering.pos[2] !== '人名';
    const crossesIn = content && covering.start < h && cEnd >= he;
    const startsLonger = covering.start === h && cEnd > he && !/^[とはがもの]$/.test(covering.surface.slice(len));
    if (crossesIn || startsLonger) return true;
  }
  return false;
}

/** kuromoji's names without an honorific: with a person or child word before, an age after, or a full name. */
function byDictionary(s: Scan): void {
  const { text, tokens } = s;
  const list = tokens.list;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (!isNameToken(t)) continue;
    let j = i;
    // 姓, then 名 directly or after one space (森田 結衣).
    while (j + 1 < list.length) {
      const next = list[j + 1];
      const end = list[j].start + list[j].surface.length;
      if (isNameToken(next) && next.start === end) j++;
      else if (list[j].pos[3] === '姓' && /^[ \u3000]$/.test(next.surface) && j + 2 < list.length && (list[j + 2].pos[3] === '名' || givenAt(text, list[j + 2].start) || kanaGivenEnd(text, list[j + 2].start) > 0)) j += 2;
      else break;
    }
    const start = t.start;
    let end = list[j].start + list[j].surface.length;
    const fullName = j > i && t.pos[3] === '姓';
    i = j;
    // A space-separated given name kuromoji did not tag (杉本 結): the kanji run after the space.
    if (fullName && list[j].pos[2] !== '人名') end = isKanji(text[list[j].start]) ? kanjiRunEnd(text, list[j].start, 3) : kanaGivenEnd(text, list[j].start);
    // 松井 湊|斗 (and 悠|人 alone): the given name goes on after kuromoji's name token.
    else if ((fullName || t.pos[3] === '名') && isKanji(text[end])) {
      const e2 = kanjiRunEnd(text, list[j].start, 3);
      if (isGivenName(text.slice(list[j].start, e2)) && !isKanji(text[e2] ?? '')) end = e2;
    }
    // 山本ゆう|と、 and 森川|りく: a kana given name of the lexicon that runs past kuromoji's name token, or follows a family
    // name directly, ends where the list item does (the fix must not leave 「Aと」).
    // (A family name alone before the kana only as an item itself: after a separator, a colon or a space.)
    const asItem = start === 0 || /[、，,・：:\s\u3000]/.test(text[start - 1]);
    const kanaFrom = fullName && isHiragana(text[list[j].start]) ? list[j].start : !fullName && asItem && t.pos[3] === '姓' && isHiragana(text[end] ?? '') ? end : -1;
    let kanaGiven = false;
    if (kanaFrom >= 0) {
      const e = longestKanaGivenEnd(text, kanaFrom);
      if (e > end && LIST_ITEM_END.test(text.slice(e, e + 1))) [end, kanaGiven] = [e, true];
    }
    if (s.overlaps(start, end)) continue;
    const name = text.slice(start, end);
    if (NOT_NAMES.has(name)) continue;
    if (isKatakana(name[0]) && (isKatakana(text[end]) || isKatakana(text[start - 1]))) continue;
    const before = s.before(start, 10);
    const after = s.after(end, 12);
    // A person word or title written on (担当|野口, 緒方|園長), a home (菅原|方): the name is a word of its own.
    const markerOn = isKanji(text[start - 1]) && PERSON_BEFORE.test(before) && tokens.endingAt.get(start) !== undefined && !isKanji(text[tokens.endingAt.get(start)!.start - 1]);
    const titleOn = isKanji(text[end]) && (TITLE_AFTER.test(after) || HOME_AFTER.test(after)) && t.pos[3] === '姓';
    // Part of a longer kanji word (大谷翔|平): not a name on its own.
    if (!fullName && !markerOn && !titleOn && (isKanji(text[end]) || isKanji(text[start - 1])) && !(isKanji(text[end]) && HONORIFIC_AT_START.test(text.slice(end + 1)))) continue;
    const childWord = CHILD_BEFORE.test(before) || CHILD_AFTER.test(after);
    const personWord = markerOn || titleOn || PERSON_BEFORE.test(before) || HOME_AFTER.test(after) || PHONE_NEAR.test(s.before(start, 20)) || PHONE_NEAR.test(s.after(end, 20)) || EMAIL_NEAR.test(s.after(end, 40)) || EMAIL_BEFORE.test(s.before(start, 40)) || /^[ \u3000]*[（(](?:保護者|職員|担当|保育補助)/.test(after);
    const office = OFFICE_TITLE.test(before.slice(-6)) || OFFICE_AFTER.test(after);
    // A given name standing as a subject at a sentence start (結衣は…).
    const subject = t.pos[3] === '名' && name.length >= 2 && !COMMON_WORD_NAMES.has(name) && isBoundary(text[start - 1]) && /^[はがも]/.test(after);
    if (!(fullName || kanaGiven || childWord || personWord || office || subject)) continue;
    s.propose({ start, end, kind: childWord ? 'child' : 'person' });
  }
}

/** Where a message goes (ご連絡は, お申込みは): a family name with まで after it is the person who takes it. */
const MESSAGE_TO = /(?:連絡|問い合わせ|問合せ|申込|申し込み|返信|折り返し|お電話|ご相談)(?:は|を|も)[ \u3000]?$/;
/** 有村までメールを, 木下までご連絡ください: what is sent to the name before まで. */
const MESSAGE_AFTER = /^[ \u3000]*(?:メール|ご?連絡|お?電話|お問い?合わせ|LINE)/;
/** A family's home named by its family name (中野宅へお届け, 9日 浦崎宅（…）): a proper noun of 2–3 kanji, a word of its own,
 * then 宅 as a word (not 宅配, 宅地). kuromoji files many family names as places (中野, 宮崎); before 宅 they are families.
 * The same name before まで where a message goes, with the contact after it (ご連絡は吉村まで → …@…). */
function byHome(s: Scan): void {
  const { text, tokens } = s;
  const list = tokens.list;
  for (let i = 0; i + 1 < list.length; i++) {
    const t = list[i];
    const home = list[i + 1];
    // ご連絡は吉村まで → yoshimura@…: the family name contact goes to, with the contact right after.
    const contact = home.surface === 'まで' && (MESSAGE_TO.test(s.before(t.start, 10)) || MESSAGE_AFTER.test(s.after(home.start + 2, 8))) && (PHONE_NEAR.test(s.after(home.start + 2, 24)) || /[A-Za-z0-9._-]+[@＠]/.test(s.after(home.start + 2, 40)));
    if (!(home.surface === '宅' || contact) || t.pos[1] !== '固有名詞' || !/^(?:人名|地域)$/.test(t.pos[2])) continue;
    const start = t.start;
    const end = start + t.surface.length;
    if (home.start !== end || t.surface.length < 2 || t.surface.length > 3 || ![...t.surface].every(isKanji)) continue;
    if (isKanji(text[start - 1]) || isKanji(text[end + 1]) || s.overlaps(start, end) || NOT_NAMES.has(t.surface)) continue;
    s.propose({ start, end, kind: 'adult' });
  }
}

/** End of a kana given name at `at` (ひとみ, さくら子), or -1. */
function kanaGivenEnd(text: string, at: number): number {
  const name = KANA_GIVEN_NAMES.find((n) => text.startsWith(n, at));
  if (!name) return -1;
  const end = at + name.length;
  return /[子美江代乃奈恵枝]/.test(text[end] ?? '') ? end + 1 : end;
}

/**
 * The end of a longer kana given name of the lexicon over [kanaStart, end) and the kana after it, where it ends the word (no
 * kana after it); a name ending in a particle's letter only before a separator (ゆいと・, not ゆいの母). Else `end`.
 */
function longerKanaName(text: string, start: number, end: number): number {
  let kanaStart = end;
  while (kanaStart > start && isHiragana(text[kanaStart - 1])) kanaStart--;
  let best = end;
  for (const n of KANA_BY_FIRST.get(text[kanaStart]) ?? []) {
    const e = kanaStart + n.length;
    if (e <= best || !text.startsWith(n, kanaStart) || isHiragana(text[e] ?? '')) continue;
    if (/[のはがともにをへやで]$/.test(n) && !LIST_ITEM_END.test(text.slice(e, e + 1))) continue;
    best = e;
  }
  return best;
}

/** The end of the longest kana given name of the lexicon at `at`, or -1. */
function longestKanaGivenEnd(text: string, at: number): number {
  let best = -1;
  for (const n of KANA_BY_FIRST.get(text[at]) ?? []) if (text.startsWith(n, at) && at + n.length > best) best = at + n.length;
  return best;
}
/** Where an item of a list of names ends: a separator, a space, a bracket, the end. */
const LIST_ITEM_END = /^(?:[、，,・／/ \u3000\n）)」』]|$)/;

function givenAt(text: string, at: number): boolean {
  const end = kanjiRunEnd(text, at, 3);
  return end > at && GIVEN_NAMES.has(text.slice(at, end));
}

function kanjiRunEnd(text: string, at: number, max: number): number {
  let e = at;
  while (e < text.length && e - at < max && isKanji(text[e])) e++;
  return e;
}

/**
 * The word after a person or child word: 担当の藤田, 名義 ナガイ ユキ, 祖父 服部 勝, 年長の結衣は, 弟・翔.
 * The word must look like a name: kuromoji's 人名 or an unknown word, a given name of the lexicon, a full name
 * with a space, or katakana that is no dictionary word.
 */
function byMarker(s: Scan): void {
  const { text, tokens } = s;
  for (const t of tokens.list) {
    const start = t.start;
    if (s.overlaps(start, start + 1)) continue;
    const c = text[start];
    if (!(isKanji(c) || isKatakana(c) || isHiragana(c))) continue;
    if (!/[のは・、：:\s\u3000（(「]/.test(text[start - 1] ?? '')) {
      // 担当大川の携帯: a family name written on a person word (the word a token of its own, the name 2–3 kanji
      // ending like a family name and no dictionary word, or kuromoji's 人名).
      if (!isKanji(c) || !isKanji(text[start - 1])) continue;
      const marker = tokens.endingAt.get(start);
      if (!marker || isKanji(text[marker.start - 1]) || !ROLE_ON.test(marker.surface)) continue;
      const end = kanjiRunEnd(text, start, 4);
      const name = text.slice(start, end);
      if (end - start < 2 || end - start > 3 || !NAME_END.test(text.slice(end, end + 2))) continue;
      if (!(tokens.nameRunEndingAt(end) === start || surnameShaped(tokens, name, start, end) || (SURNAME_ENDINGS.has(name[name.length - 1]) && singleTokenNoun(tokens, start, end)))) continue;
      if (NOT_NAMES.has(name) || PLACE_NAMES.has(name) || s.overlaps(start, end)) continue;
      s.propose({ start, end, kind: 'adult' });
      continue;
    }
    const before = s.before(start, 12);
    const child = CHILD_BEFORE.test(before);
    const phoneBefore = text[start - 1] === 'の' && PHONE_NEAR.test(s.before(start, 20));
    // 名札の名前「しょうご」: a quoted given name of the lexicon after a person word.
    const quoted = text[start - 1] === '「';
    if (!child && !wholeMarker(quoted ? before.slice(0, -1) : before) && !phoneBefore) continue;
    // The marker itself is not the name (担当|職員, 年長|組).
    if (!/[のは・、：:\s\u3000（(「]$/.test(before)) continue;
    const phrase = namePhraseAt(s, start);
    if (!phrase) continue;
    // 雪だるまの名前は「ユキオ」: a word in quotes may be a thing's name; only a given name of the lexicon counts.
    // 名前欄は「ふじた　りん」: a full name in kana counts by its given name.
    const said = text.slice(start, phrase.end);
    if (quoted && !isGivenName(said) && !isGivenName(said.split(/[ \u3000]/).pop() ?? '')) continue;
    s.propose({ start, end: phrase.end, kind: child ? 'child' : 'adult' });
  }
}

/** A person word ends `before`, as a word of its own (not the ママ of ワーママ, the パパ of イクメンパパ). */
function wholeMarker(before: string): boolean {
  const at = PERSON_BEFORE.index(before);
  if (at < 0) return false;
  if (isKatakana(before[at]) && isKatakana(before[at - 1])) return false;
  // 新米ママ、ワーママ: after a family word, a comma goes on with a list of kinds of parent, not a name.
  return !(before.endsWith('、') && /^(?:ママ|パパ|父|母|夫|妻)[、\s]*$/.test(before.slice(at)));
}

/** A name-looking phrase starting at `start`, ending before a particle, punctuation or the end. */
function namePhraseAt(s: Scan, start: number): { end: number } | undefined {
  const { text, tokens } = s;
  const c = text[start];
  const same = isKanji(c) ? isKanji : isKatakana(c) ? isKatakana : isHiragana;
  let end = start;
  while (end < text.length && same(text[end]) && end - start < 8) end++;
  // A second part after one space: 服部 勝, ナガイ ユキ.
  let full = false;
  if (/^[ \u3000]$/.test(text[end] ?? '') && same(text[end + 1]) && same !== isHiragana) {
    let e2 = end + 1;
    while (e2 < text.length && same(text[e2]) && e2 - end <= 5) e2++;
    if (NAME_END.test(text.slice(e2, e2 + 2))) {
      end = e2;
      full = true;
    }
  }
  // 堤 さくら子, 大森 陽菜: a kanji family name, one space, a given name of the lexicon.
  if (same === isKanji && !full && end - start <= 3 && /^[ \u3000]$/.test(text[end] ?? '')) {
    const g = givenAt(text, end + 1) ? kanjiRunEnd(text, end + 1, 3) : kanaGivenEnd(text, end + 1);
    if (g > 0 && (NAME_END.test(text.slice(g, g + 2)) || /^です/.test(text.slice(g, g + 2))) && !NOT_NAMES.has(text.slice(start, end)) && !PLACE_NAMES.has(text.slice(start, end))) return { end: g };
  }
  if (same === isHiragana) {
    // Hiragana: a given name of the lexicon, then a particle; or a surname in kana before a colon (会計 おおた：).
    const name = KANA_GIVEN_NAMES.find((n) => text.startsWith(n, start) && NAME_END.test(text.slice(start + n.length, start + n.length + 2)));
    if (name && !COMMON_WORD_NAMES.has(name)) return { end: start + name.length };
    if (end - start >= 2 && end - start <= 5 && /^[：:（(]/.test(text[end] ?? '') && /[ \u3000]$/.test(text.slice(0, start)) && !tokens.isCommonWord(start, end)) return { end };
    // 担任：さとう みき: a family name in kana, one space, a given name of the lexicon.
    if (end - start >= 2 && end - start <= 5 && /^[ \u3000]$/.test(text[end] ?? '')) {
      const g = kanaGivenEnd(text, end + 1);
      if (g > 0 && NAME_END.test(text.slice(g, g + 2)) && !tokens.isCommonWord(start, end)) return { end: g };
    }
    return undefined;
  }
  if (!NAME_END.test(text.slice(end, end + 2)) && !HONORIFIC_AT_START.test(text.slice(end))) return undefined;
  const name = text.slice(start, end);
  // 子育てサポーター 今泉: after a staff word, a place's name that kuromoji reads as a family name here is one.
  const placeRead = PLACE_NAMES.has(name) && !(STAFF_BEFORE.test(s.before(start, 10)) && readAsName(tokens, start, name));
  if (NOT_NAMES.has(name) || placeRead || GROUP_AFTER.test(text.slice(end))) return undefined;
  if (full && /[市町村区県都府]$/.test(text.slice(start, text.indexOf(' ', start) >= 0 ? Math.min(text.indexOf(' ', start), end) : end).replace(/\u3000.*$/, ''))) return undefined;
  const head = tokens.startingAt.get(start);
  if (full) return head && (head.pos[1] === '固有名詞' || head.reading === undefined || isKatakana(c)) ? { end } : undefined;
  const first = tokens.startingAt.get(start);
  if (!first) return undefined;
  const firstEnd = first.start + first.surface.length;
  const child = CHILD_BEFORE.test(s.before(start, 12)) && text[start - 1] === 'の';
  const nameLike =
    (isNameToken(first) && firstEnd >= end - 1) ||
    (child && isGivenName(name) && /^[はがも、とや]/.test(text[end] ?? '')) ||
    // 園長 栗花落（つゆり）より: a kanji word with its reading in brackets after a person word is a name.
    (isKanji(c) && furiganaAfter(text, end) > 0) ||
    // 用務員の 根本 さん: a family-name shape before an honorific.
    (isKanji(c) && end - start >= 2 && end - start <= 3 && SURNAME_ENDINGS.has(text[end - 1]) && HONORIFIC_AT_START.test(text.slice(end).replace(/^[ \u3000]/, ''))) ||
    (child && /^[はがもと、]/.test(text[end] ?? '') && (splitKanjiName(tokens, start, end) || splitNameKanji(s, start, end) || (isKatakana(c) && end - start >= 2 && !tokens.isCommonWord(start, end)))) ||
    // 運転手の四月一日さん: after a person word and before an honorific, kanji that are no single dictionary word.
    (isKanji(c) && end - start >= 2 && end - start <= 4 && HONORIFIC_AT_START.test(text.slice(end).replace(/^[ \u3000]/, '')) && !tokens.isCommonWord(start, end)) ||
    (!CHILD_BEFORE.test(s.before(start, 12)) && isKanji(c) && first.pos[1] === '固有名詞' && firstEnd === end && end - start >= 2) ||
    (isGivenName(name) && !isCommonWordName(name)) ||
    (first.reading === undefined && first.pos[0] === '名詞' && firstEnd === end) ||
    (isKatakana(c) && first.pos[1] === '固有名詞' && firstEnd === end) ||
    // 保育士の荒木が, 保育士の平野が: a family-name shape kuromoji files as a common noun, after a staff word, as the
    // subject or the signature (が・は・です・まで・）).
    (isKanji(c) && STAFF_BEFORE.test(s.before(start, 8)) && end - start >= 2 && end - start <= 3 && SURNAME_ENDINGS.has(name[name.length - 1]) && !NOT_NAMES.has(name) && (surnameShaped(tokens, name, start, end) || singleTokenNoun(tokens, start, end) || tokens.startingAt.get(start)?.pos[1] === '固有名詞') && (/^[ \u3000]?(?:が|は|です|まで|より|から|[）)])/.test(text.slice(end, end + 3)) || EMAIL_NEAR.test(text.slice(end, end + 40))));
  if (!nameLike) return undefined;
  if (same === isKanji && end - start > 4) return undefined;
  return { end };
}

/** A word in capitals as the lexicon's Latin names are written (SAKURA → Sakura); any other word as it is. */
function capitalised(word: string): string {
  return /^[A-Z]{2,}$/.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/** An age or a school year in brackets: （5歳）, （5）, （中1）. */
const AGE_AFTER = /[（(][\s\u3000]*(?:生後[0-9０-９]{1,2}|[0-9０-９]{1,2}[\s\u3000]*(?:歳|才|さい|[）)])|[小中高][1-6１-６](?=[）)、，,・\s]))/g;
/** A kana or kanji name right before an age or a school year: ゆうと（5歳）, ゆうと（5）, はるか（中1）. */
function byAge(s: Scan, morph: MorphologyLike): void {
  const { text, tokens } = s;
  // …（5歳）, …（5）, and school years: はるか（中1）, 大和（小3）, ハンナ（小5、ドイツにルーツ）.
  for (const m of matchesOf(text, AGE_AFTER)) {
    const at = m.index!;
    if (s.overlaps(Math.max(0, at - 3), at) || /(?:くん|ちゃん|さん|君|様)[\s\u3000]*$/.test(s.before(at, 4))) continue;
    // YUMA（小５）, Emma（5歳）: a Latin given name of the lexicon (capitals read as Yuma) before the age.
    const latin = /(?<![A-Za-z])([A-Z][a-z]{1,14}|[A-Z]{2,15})$/.exec(text.slice(Math.max(0, at - 16), at));
    if (latin) {
      const word = capitalised(latin[1]);
      if (LATIN_GIVEN.has(word) && !LATIN_COMMON.has(word)) s.propose({ start: at - latin[1].length, end: at, kind: 'child' });
      continue;
    }
    let start = tokens.nameRunEndingAt(at);
    // 陽翔（5歳）→ 陽(名詞)/翔(人名): the kanji run (up to 3) ending in the name token.
    if (start >= 0 && isKanji(text[start - 1]) && at - start < 3) start = Math.max(nameRunStart(text, at, Math.max(0, at - 3), true), 0);
    if (start < 0) {
      start = nameRunStart(text, at, 0, true);
      if (start < 0 || isCommonNoun(text.slice(start, at), start, tokens, morph)) continue;
      // The kanji run must not be an ordinary word (子ども, 長男): only an unknown or name-like token counts.
      if (isKanji(text[start]) && tokens.isCommonWord(start, at) && !GIVEN_NAMES.has(text.slice(start, at))) continue;
      // A bare number in brackets (参加人数（5）) says less than 歳: the word must be a proper noun or a given name.
      if (/[）)]$/.test(m[0]) && isKanji(text[start]) && !properRun(tokens, start, at) && !GIVEN_NAMES.has(text.slice(start, at))) continue;
      if (/[）)]$/.test(m[0]) && !isKanji(text[start]) && tokens.isCommonWord(start, at)) continue;
    }
    s.propose({ start, end: at, kind: 'child' });
  }
}

/** Kana in brackets after a kanji name: 陽翔（はると）. */
const FURIGANA = /[（(]([\u3041-\u3096ー]{2,8})[）)]/g;
/**
 * A kanji name with its reading right after it, when the reading is a given name of the lexicon: 晃（あきら）,
 * 咲（さき）が, 陽（ひなた）、奏（かなで）. A reading that is a given name is what a post adds for a child's name.
 */
/** After a word and its reading, what makes the word a name: an honorific, a subject's particle, a list mark, と, an end
 * mark, an age or a count of people (暖（のん）！, 望（のぞむ）の2人; not 未来（みらい）を担う, 杏（あんず）のジャム). */
const READING_AS_NAME_AFTER = /^(?:さん|くん|君|ちゃん|[はがも、・，,と！!。]|[ \u3000]|[（(]?[0-9０-９]+(?:歳|才)|の[0-9０-９一二三四五]人|の(?:母|父|はは|ちち|祖母|祖父|兄|姉|弟|妹|ママ|パパ)|$)/;
/** [start,wordEnd) is an everyday word (未来, 杏) whose reading in brackets ends at `readingEnd`, and nothing after it makes
 * the word a name. */
function everydayWordWithReading(s: Scan, start: number, wordEnd: number, readingEnd: number): boolean {
  const word = s.text.slice(start, wordEnd);
  return (isCommonWordName(word) || s.tokens.isCommonWord(start, wordEnd)) && !READING_AS_NAME_AFTER.test(s.text.slice(readingEnd, readingEnd + 4));
}
function byFurigana(s: Scan): void {
  const { text } = s;
  if (!text.includes('（') && !text.includes('(')) return;
  for (const m of matchesOf(text, FURIGANA)) {
    const open = m.index!;
    if (!isKanji(text[open - 1])) continue;
    // 善財（ぜんざい）, 宇野（うの）: a family name kuromoji (or the rare-surname list) reads as one, with its reading.
    const family = s.tokens.endingAt.get(open);
    if (family && family.pos[3] === '姓' && family.surface.length >= 2 && !s.overlaps(family.start, open) && !PLACE_NAMES.has(family.surface) && !NOT_NAMES.has(family.surface)) {
      s.propose({ start: family.start, end: open, kind: 'adult' });
      continue;
    }
    if (!KANA_GIVEN_SET.has(m[1])) continue;
    const start = kanjiRunBefore(text, open, Math.max(0, open - 3), 3);
    if (start < 0 || s.overlaps(start, open)) continue;
    // The reading must not be the word's own (今日（きょう）): a given name's reading, checked above, and no kanji
    // word the dictionary knows with a suffix after (市役所（しやくしょ）).
    if (PLACE_NAMES.has(text.slice(start, open)) || NOT_NAMES.has(text.slice(start, open))) continue;
    // 未来（みらい）を担う, 紬（つむぎ）の機織り: an everyday word with its reading names someone only as a subject, before an
    // honorific or a list mark, or with an age.
    if (everydayWordWithReading(s, start, open, open + m[0].length)) continue;
    s.propose({ start, end: open, kind: 'child' });
  }
}

/**
 * A given name that is also an everyday word (凪, 椿, 詩, ひなた) as the subject at a sentence start, when the
 * sentence goes on with something only a person does (椿が転んで…, 詩は、今朝は少しだけ泣いて…): a child's name.
 */
function byAnimateSubject(s: Scan): void {
  const { text, tokens } = s;
  for (let i = 0; i < text.length; i++) {
    // By code: text[i] would allocate a string for every character of the text.
    if (i > 0 && !SENTENCE_START_CODES.has(text.charCodeAt(i - 1))) continue;
    const end = everydayGivenNameAt(s, i);
    if (end < 0) continue;
    // 碧と暖が…, 蒼や楓から…: a second such name joined by と・や; 颯を迎えに…: the one a person goes to fetch.
    const second = /^[とや]/.test(text[end] ?? '') ? everydayGivenNameAt(s, end + 1) : -1;
    const after = second >= 0 ? second : end;
    if (!(/^[はがも]/.test(text[after] ?? '') || (second >= 0 && text.startsWith('から', after)) || (second < 0 && FETCHED_AFTER.test(text.slice(end, end + 5))))) continue;
    // The rest of the sentence: a verb only a person does. (An emoji ends a sentence too: 虹が出ました🌈 みんなで…歌いました.)
    // (A quotation's own ！ does not end it: 陸は「ぼく、しょうぼうしになる！」と張り切っています.)
    const stop = text.slice(after).replace(/「[^「」\n]*」/g, (q) => '＿'.repeat(q.length)).search(/[。！？!?\n]|\p{Extended_Pictographic}/u);
    const sentenceEnd = stop < 0 ? text.length : after + stop;
    let animate = FETCHED_AFTER.test(text.slice(end, end + 5));
    for (let at = after + 1; at < sentenceEnd && !animate; at++) {
      const t = tokens.startingAt.get(at);
      if (t && ANIMATE_VERBS.has(t.basic)) animate = true;
    }
    if (!animate) continue;
    s.propose({ start: i, end, kind: 'child' });
    if (second >= 0) s.propose({ start: end + 1, end: second, kind: 'child' });
  }
}
/** を and a fetching verb after a name (颯を迎えに, 凛をお迎え): only a person is fetched. */
const FETCHED_AFTER = /^を(?:お?迎え|抱っこ)/;

/** The end of a given name that is also an everyday word (凪, 椿, ひなた) at `i`, not inside a longer word; or -1. */
function everydayGivenNameAt(s: Scan, i: number): number {
  const { text } = s;
  const c0 = text[i];
  let end = -1;
  if (isKanji(c0)) {
    end = kanjiRunEnd(text, i, 2);
    if (isKanji(text[end]) || !isGivenName(text.slice(i, end))) end = -1;
  } else if (isHiragana(c0)) {
    const kana = KANA_BY_FIRST.get(c0)?.find((n) => text.startsWith(n, i));
    if (kana) end = i + kana.length;
  }
  if (end < 0 || s.overlaps(i, end)) return -1;
  const name = text.slice(i, end);
  if (PLACE_NAMES.has(name) || NOT_NAMES.has(name) || KINSHIP.has(name)) return -1;
  return end;
}
/** Verbs only a person does (lexicon/animateVerbs.json). */
const ANIMATE_VERBS = new Set(ANIMATE.verbs);

/** A given name alone in quotes where a name is written: 名前シール「こはる」, 「いつき」と書かれた上履き, お当番は「えま」「ここな」,
 * 日直は『ほのか』ちゃん. Only names of the lexicon, so 「はれ」「あめ」 stay words. */
const QUOTED = /[「『]([\p{Script=Han}々]{1,3}|[\p{Script=Hiragana}ー]{2,5}|[\p{Script=Katakana}ー]{2,6}|[A-Z][a-z]{1,14}|[A-Z]{2,15})[」』]/gu;
const NAME_SLOT_BEFORE = /(?:名前|なまえ|お名前|名札|シール|記名|当番|日直|係|呼んで|呼ぶ|書いて|名づけ|名付け)[はがの：:]?[ \u3000]*$/;
const NAME_SLOT_AFTER = /^(?:さん|くん|君|ちゃん|と書|と名前|と呼|の名前|と[^。、\n]{0,8}?(?:で書|手書き|記名))/;
const QUOTED_CHILD = /(?:上履き|うわばき|水筒|帽子|園|組|当番|日直|年長|年中|年少|歳|ちゃん|くん|お友だち|お友達|クラス)/;
function byQuotedName(s: Scan): void {
  const { text } = s;
  if (!text.includes('「') && !text.includes('『')) return;
  const quotes = [...matchesOf(text, QUOTED)];
  // Whether the run of quotes the current one belongs to has a name slot (お当番は「えま」「ここな」, not 「はる」「なつ」).
  let runSlot = false;
  for (let q = 0; q < quotes.length; q++) {
    const m = quotes[q];
    const start = m.index! + 1;
    const end = start + m[1].length;
    // 名札に「SAKURA」: a name in capitals is looked up as Sakura.
    const word = capitalised(m[1]);
    // 「かんたろう」「はい！」: a name called and answered (a roll call).
    const answered = /^[「『]は[ーぁあい〜～]*い[！!ー〜～]*[」』]/.test(text.slice(end + 1, end + 9));
    const slot = answered || NAME_SLOT_BEFORE.test(text.slice(Math.max(0, m.index! - 10), m.index!)) || NAME_SLOT_AFTER.test(text.slice(end + 1, end + 14));
    const prev = quotes[q - 1];
    // The run's slot carries over quotes that are not names themselves (名前「Rio」と「ジュン」: Rio is also a place).
    const inRunSlot: boolean = !!prev && m.index! - (prev.index! + prev[0].length) <= 1 && runSlot;
    runSlot = slot || inRunSlot;
    // isGivenName knows kana names in katakana too (ミユ, ケンタ).
    if (!isGivenName(word) || (LATIN_COMMON.has(word) && !slot) || s.overlaps(start, end) || NOT_NAMES.has(word) || PLACE_NAMES.has(word) || CHARACTERS.has(word)) continue;
    // Another quoted name right beside it: 「えま」「ここな」「りと」.
    const beside = [quotes[q - 1], quotes[q + 1]].some((o) => o && Math.abs(o.index! - m.index!) <= o[0].length + m[0].length + 1 && isGivenName(o[1]));
    if (!slot && !((beside || inRunSlot) && runSlot)) continue;
    s.propose({ start, end, kind: QUOTED_CHILD.test(lineAround(text, start, end)) ? 'child' : 'adult' });
  }
}

/** A hashtag that is a full name: a family name in kanji and a given name of the lexicon in kana (#小鳥遊ゆずは). */
const HASHTAG_NAME = /[#＃]([\p{Script=Han}々]{2,4})([\p{Script=Hiragana}]{2,5})(?=$|[\s\u3000#＃、。！!？?])/gu;
/** A hashtag of a name and an age (#ゆづき2歳, #そうた3さい): a child's. */
const HASHTAG_AGE = /[#＃]([\p{Script=Hiragana}]{2,5}|[\p{Script=Katakana}ー]{2,6}|[\p{Script=Han}々]{1,3})(?=[0-9０-９]{1,2}(?:歳|さい|才|か月|ヶ月|カ月))/gu;
function byHashtagName(s: Scan): void {
  const { text } = s;
  if (!text.includes('#') && !text.includes('＃')) return;
  for (const m of matchesOf(text, HASHTAG_AGE)) {
    const start = m.index! + 1;
    const end = start + m[1].length;
    // A kanji word must be a given name of the lexicon (#陽翔2歳, not #水遊び2歳).
    if (s.overlaps(start, end) || NOT_NAMES.has(m[1]) || (/\p{Script=Han}/u.test(m[1]) && !isGivenName(m[1]))) continue;
    s.propose({ start, end, kind: 'child' });
  }
  for (const m of matchesOf(text, HASHTAG_NAME)) {
    const given = m[2];
    if (!KANA_GIVEN_SET.has(given) || NOT_NAMES.has(m[1]) || PLACE_NAMES.has(m[1])) continue;
    const start = m.index! + 1;
    const end = start + m[1].length + given.length;
    if (s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: /子ども|こども|園|組|年長|年中|年少|歳|小学|中学|ちゃん|くん/.test(text) ? 'child' : 'adult' });
  }
}

/** 空と海の兄弟, ひかりとのぞみの双子: two words joined by と before a word for siblings are their names. */
const SIBLINGS = /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])(\p{Script=Han}{1,3}|\p{Script=Hiragana}{2,4}|[\p{Script=Katakana}ー]{2,6})(?:と|・|、)(\p{Script=Han}{1,3}|\p{Script=Hiragana}{2,4}|[\p{Script=Katakana}ー]{2,6})の(?:兄弟|姉妹|兄妹|姉弟|きょうだい|双子|ふたご|三つ子|姉|兄|妹|弟)/gud;
/** 双子の陸と海, きょうだいの蓮と葵: the names after the word for siblings. */
const SIBLINGS_AFTER = /(?:双子|ふたご|三つ子|兄弟|姉妹|きょうだい)の(\p{Script=Han}{1,3}|\p{Script=Hiragana}{2,4}|[\p{Script=Katakana}ー]{2,6})(?:と|・|、)(\p{Script=Han}{1,3}|\p{Script=Hiragana}{2,4}|[\p{Script=Katakana}ー]{2,6})(?=の|が|は|も|、|に|を|くん|ちゃん)/gud;
/** A word both patterns above need: most texts have none, and are done with one search instead of two. */
const SIBLING_WORD = /[兄姉妹弟]|きょうだい|双子|ふたご|三つ子/;
function bySiblings(s: Scan): void {
  const { text } = s;
  if (!SIBLING_WORD.test(text)) return;
  for (const m of [...matchesOf(text, SIBLINGS), ...matchesOf(text, SIBLINGS_AFTER)]) {
    // 山と川の兄弟のような関係: a simile, not a family.
    if (/^(?:の?よう|みたい|同然)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
    // The d flag gives each name's own offsets (双子の双葉と…: no search for the word inside the match).
    for (const [start, end] of [m.indices![1], m.indices![2]]) {
      const word = text.slice(start, end);
      if (s.overlaps(start, end) || NOT_NAMES.has(word) || PLACE_NAMES.has(word) || KINSHIP.has(word)) continue;
      // A hiragana word that is a particle run or an everyday word (おとうとといもうと) is no name.
      if (isHiragana(word[0]) && s.tokens.isCommonWord(start, end) && !isGivenName(word)) continue;
      s.propose({ start, end, kind: 'child' });
    }
  }
}
/** What a sentence starts after. */
const SENTENCE_START_CODES = new Set([...'\n。！？!?「『（(　 ・、'].map((c) => c.charCodeAt(0)));

/** A parent or family word after a child's name: ゆうたママ. */
// …あおいのはは, ももかの母です: a parent signing as a child's mother or father, where the words end.
const PARENT_WORD = /(?:ママ|パパ|おばあちゃん|おじいちゃん|ばあば|じいじ|お兄ちゃん|お姉ちゃん|おにいちゃん|おねえちゃん|おじさん|おばさん|おじちゃん|おばちゃん|にいに|ねえね|の(?:母|はは|父|ちち)(?=です|より|から|[ \u3000。、）)！!\n]|$|の[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー \u3000]{2,10}(?:です|より)))/gu;
/** A child named through a parent: ゆうたママ, 陽向ママ, 湊士パパ (はるとくんのパパ is found by its honorific); a relative called by
 * name (ようすけおじさん). */
function byParentOf(s: Scan, morph: MorphologyLike): void {
  const { text, tokens } = s;
  for (const m of matchesOf(text, PARENT_WORD)) {
    const at = m.index!;
    if (isKatakana(text[at + m[0].length]) || s.overlaps(Math.max(0, at - 1), at)) continue;
    const start = nameRunStart(text, at, 0, true);
    if (start < 0) continue;
    const name = text.slice(start, at);
    // 澪の母の大塚 奈央です: a writer introducing themself as a child's parent names the child, even by a word (澪, 凛).
    // (A word the lexicon knows as an everyday word, 海の母です, only with the parent's own name after: 海の母の大塚です.)
    const rest = at + m[0].length;
    const introduced = m[0].startsWith('の') && isKanji(name[0]) && isGivenName(name) && ((/^(?:です|より)/.test(text.slice(rest, rest + 2)) && !isCommonWordName(name)) || (text[rest] === 'の' && tokens.startingAt.get(rest + 1)?.pos[2] === '人名'));
    if (NOT_NAMES.has(name) || (tokens.isCommonWord(start, at) && !introduced)) continue;
    if (isKanji(name[0])) {
      // Kanji: a given name of the lexicon, kuromoji's 人名, or 2–3 kanji it reads one by one (湊|士) — never a word
      // of its own (新米ママ, 先輩ママ, 双子ママ).
      if (name.length > 3 || !(isGivenName(name) || tokens.nameRunEndingAt(at) === start || (name.length >= 2 && singleKanjiTokens(tokens, start, at)))) continue;
    } else {
      if (isCommonNoun(name, start, tokens, morph)) continue;
      // A kana name the lexicon lacks: standing alone, and read by kuromoji as a name or an unknown word in part
      // (じゅん|ぺいママ), never as an adjective or verb (やさしいママ, がんばるママ).
      if (!isGivenName(name) && !(isBoundary(text[start - 1]) && name.length >= 3 && name.length <= 5 && isHiragana(name[0]) && namePartInside(tokens, start, at))) continue;
    }
    s.propose({ start, end: at, kind: /^(?:おばあちゃん|おじいちゃん|ばあば|じいじ|おじさん|おばさん|おじちゃん|おばちゃん)$/.test(m[0]) ? 'adult' : 'child' });
  }
}

/** Some token over [start,end) is kuromoji's 人名 or unknown to it, and none crosses the ends. */
function namePartInside(tokens: Tokens, start: number, end: number): boolean {
  let found = false;
  for (let i = start; i < end; ) {
    const t = tokens.covering.at(i);
    if (!t || t.start < start || t.start + t.surface.length > end) return false;
    if (isNameToken(t) || t.reading === undefined) found = true;
    i = t.start + t.surface.length;
  }
  return found;
}

/** Every token over [start,end) is one kanji long (or unknown), and none crosses the ends. */
function singleKanjiTokens(tokens: Tokens, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const t = tokens.covering.at(i);
    if (!t || t.start < start || t.start + t.surface.length > end) return false;
    if (t.surface.length > 1 && t.reading !== undefined) return false;
    i = t.start + t.surface.length;
  }
  return true;
}

/** Given names of the lexicon as a subject at a sentence start (紬は…, はるとは…, 「ゆいとがお世話に…」, ケンタとミユが…). */
const KANA_BY_FIRST = new Map<string, string[]>();
for (const n of KANA_GIVEN_NAMES) KANA_BY_FIRST.set(n[0], [...(KANA_BY_FIRST.get(n[0]) ?? []), n]);

/** A child's letter signed at its end (「ほいくえんのせんせいへ だいすき みお」, 「…せんせいへ　わかな」): a given name of the
 * lexicon after a space, closing the letter, in a letter addressed with へ. */
const LETTER_SIGNATURE = /[「『][^「」『』\n]{0,40}へ[^「」『』\n]{0,30}[ \u3000]([\u3041-\u3096]{2,5})[ \u3000]*(?:より)?[」』]/g;
function byLetterSignature(s: Scan): void {
  const { text } = s;
  if (!text.includes('へ')) return;
  for (const m of matchesOf(text, LETTER_SIGNATURE)) {
    const name = m[1];
    const start = text.lastIndexOf(name, m.index! + m[0].length);
    if (!KANA_GIVEN_SET.has(name) || s.overlaps(start, start + name.length)) continue;
    s.propose({ start, end: start + name.length, kind: 'child' });
  }
}

/** と between two names, or with a space on each side in a child's spaced writing (けんと　と　だいち). */
const AND_BETWEEN_NAMES = /^(?:と|[ \u3000]と[ \u3000])/;

/** Given names in kana joined by と in a child's words (そうたとりくとはるまでおにごっこ): three names of the lexicon, or two
 * of three letters or more; the parse with the most names (りく|と|はるま, not りくと|は). はるとなつ (spring and summer) is two
 * short words, not a chain. */
function byKanaChain(s: Scan): void {
  const { text } = s;
  if (!/[\u3041-\u3096][ \u3000]?と[ \u3000]?[\u3041-\u3096]/.test(text)) return;
  // The longest chain from `at`: each name of the lexicon there, then と and the chain after it (りく|と|はるま, not りくと|は).
  const chainAt = (at: number, depth: number): [number, number][] => {
    let best: [number, number][] = [];
    for (const n of KANA_BY_FIRST.get(text[at]) ?? []) {
      if (!text.startsWith(n, at)) continue;
      const end = at + n.length;
      const and = depth < 6 ? AND_BETWEEN_NAMES.exec(text.slice(end, end + 3)) : null;
      const rest = and ? chainAt(end + and[0].length, depth + 1) : [];
      const chain: [number, number][] = [[at, end], ...rest];
      if (chain.length > best.length || (chain.length === best.length && end - at > best[0][1] - best[0][0])) best = chain;
    }
    return best;
  };
  for (let i = 0; i < text.length; i++) {
    // The chain starts a run of kana or follows a particle (きのうは|そうたと…).
    if (!isHiragana(text[i]) || (i > 0 && isHiragana(text[i - 1]) && !PARTICLE_CHARS.includes(text[i - 1]))) continue;
    const names = chainAt(i, 0);
    if (names.length < 2 || (names.length < 3 && names.some(([a, b]) => b - a < 3))) continue;
    if (names.some(([a, b]) => NOT_NAMES.has(text.slice(a, b)) || s.overlaps(a, b))) continue;
    for (const [a, b] of names) s.propose({ start: a, end: b, kind: 'child' });
    i = names[names.length - 1][1];
  }
}

/** What a child has that a word does not: …の誕生日, …のお母さん, …の作品, …の好きな給食, …の描いた絵. */
const POSSESSED = /^(?:お?誕生日|バースデー|作品|絵|似顔絵|お母さん|お父さん|ママ|パパ|おうち|家族|弟|妹|兄|姉|おばあちゃん|おじいちゃん|お兄ちゃん|お姉ちゃん|ばあば|じいじ|名前|なまえ|笑顔|えがお|大?好きな|だいすきな|すきな|お気に入り|描いた|かいた|作った|つくった|書いた|作文|宝物|たからもの|夢は|ゆめは|得意な)/;

/** A subject's particle after a name, or と・や and another given name (陽菜と紗良が, ケンタとミユが). */
function subjectAfter(s: Scan, at: number): boolean {
  const { text } = s;
  const c = text[at];
  if (c === 'は' || c === 'が' || c === 'も') return true;
  // ゆいと🎉5さいおめでとう, みお、お誕生日おめでとう: a birthday wish.
  if (/^(?:\p{Extended_Pictographic}|[、！!♪☆★\s])/u.test(text.slice(at, at + 2)) && /(?:おめでとう|お誕生日|おたんじょうび|[0-9０-９一二三四五六](?:歳|さい|才))/.test(text.slice(at, at + 14))) return true;
  // ゆいと😆、みなみ🌊 / ミア🐰とノア🦁: a name marked with an emoji, in a list.
  const emoji = EMOJI_RUN.exec(text.slice(at, at + 8));
  if (emoji && /^[、，,・と]/.test(text.slice(at + emoji[0].length, at + 8))) return true;
  // ゆいとの誕生日, ミユのお母さん: a person's own things and family.
  if (c === 'の') return POSSESSED.test(text.slice(at + 1, at + 7));
  if (c !== 'と' && c !== 'や') return false;
  const end = givenNameAt(s, at + 1);
  if (end < 0) return unknownKanaNameAt(s, at + 1) > 0;
  return /^[はがもの、]|^でし|^です/.test(text.slice(end, end + 2));
}

/**
 * The end of a given name of the lexicon written at `at` (kanji, hiragana or katakana), standing as a word of its
 * own, or -1. Katakana and kanji must not be a dictionary word of another sense (ライト, 大地 are checked by the
 * caller through isCommonWordName).
 */
function givenNameAt(s: Scan, at: number): number {
  const { text, tokens } = s;
  const c = text[at];
  if (isKanji(c)) {
    if (isKanji(text[at - 1])) return -1;
    const end = kanjiRunEnd(text, at, 4);
    if (isKanji(text[end])) return -1;
    return isGivenName(text.slice(at, end)) ? end : -1;
  }
  if (isKatakana(c)) {
    if (isKatakana(text[at - 1])) return -1;
    let end = at;
    while (end < text.length && isKatakana(text[end]) && end - at < 8) end++;
    if (isKatakana(text[end]) || end - at < 2) return -1;
    return isGivenName(text.slice(at, end)) && !tokens.isCommonWord(at, end) ? end : -1;
  }
  if (isHiragana(c)) {
    const name = KANA_BY_FIRST.get(c)?.find((n) => text.startsWith(n, at) && (NAME_END.test(text.slice(at + n.length, at + n.length + 2)) || HONORIFIC_AT_START.test(text.slice(at + n.length))));
    return name ? at + name.length : -1;
  }
  if (c >= 'A' && c <= 'Z') {
    // Emma, Liam, Noa: a capitalised given name of the lexicon, as a word of its own.
    if (/[A-Za-z]/.test(text[at - 1] ?? '')) return -1;
    let end = at + 1;
    while (end < text.length && end - at < 12 && /[a-z]/.test(text[end])) end++;
    if (/[A-Za-z0-9]/.test(text[end] ?? '') || end - at < 2) return -1;
    return isGivenName(text.slice(at, end)) ? end : -1;
  }
  return -1;
}

function byGivenName(s: Scan): void {
  const { text, tokens } = s;
  for (let i = 0; i < text.length; i++) {
    // Cheap tests first, by code (no string per character): most characters follow a letter, not a boundary.
    const kanji = isKanjiCode(text.charCodeAt(i));
    const p = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (!kanji && p >= 0 && p !== 0x306e && !BOUNDARY_CODES.has(p) && !(p >= 0xd800 && p <= 0xdfff)) continue;
    if (kanji && isKanjiCode(p)) continue;
    const c0 = text[i];
    const prev = text[i - 1];
    if (!(KANA_BY_FIRST.has(c0) || kanji || isKatakana(c0) || (c0 >= 'A' && c0 <= 'Z'))) continue;
    const atBoundary = isBoundary(prev) || (i > 0 && prev === 'の' && CHILD_BEFORE.test(text.slice(Math.max(0, i - 10), i)));
    const end = givenNameAt(s, i);
    if (end < 0 && kanji && (isBoundary(prev) || prev === 'た' || prev === 'る')) {
      // 転んでしまった湊士。, 遠足、杏音は: a name in kanji of given names, as a subject or standing alone.
      const e = kanjiRunEnd(text, i, 4);
      if (/^[はがも、。！]/.test(text[e] ?? '') && splitNameKanji(s, i, e) && !s.overlaps(i, e)) {
        s.propose({ start: i, end: e, kind: 'child' });
        i = e - 1;
      }
      continue;
    }
    if (end < 0 || s.overlaps(i, end)) continue;
    const name = text.slice(i, end);
    // 頼もしい, しょうがっこう: the start of a longer word (an adjective or a verb kuromoji reads whole; a particle is never
    // followed by a small kana).
    const whole = tokens.startingAt.get(i);
    if (whole && whole.surface.length > name.length && /^(?:形容詞|動詞|副詞)$/.test(whole.pos[0])) continue;
    if (/^[がはもをにとへでや][ぁぃぅぇぉっゃゅょゎ]/.test(text.slice(end, end + 2))) continue;
    if (isCommonWordName(name)) {
      // An everyday word (そら, 大地) only beside another name: しおりとこはるの2人.
      if (!(atBoundary && /^[とや]/.test(text[end] ?? '') && pairedName(s, end + 1))) continue;
    } else if (kanji && name.length >= 2) {
      // A kanji given name that is no other word (陽菜, 颯太, 結衣) stands as a name after any kana or punctuation
      // and before a particle or punctuation: …ゴールする大翔, 仲良しの颯太と悠人は.
      if (isKanji(prev) || isKatakana(prev) || /[A-Za-z0-9０-９]/.test(prev ?? '')) continue;
      if (!NAME_END.test(text.slice(end, end + 2)) && !/^です/.test(text.slice(end, end + 2))) continue;
      if (tokens.isCommonWord(i, end) || GROUP_AFTER.test(text.slice(end)) || PLACE_AFTER.test(text.slice(end))) continue;
    } else {
      if (!atBoundary || !subjectAfter(s, end)) continue;
      // Katakana: kuromoji's 人名, an unknown word, or any proper noun (ハンナ is tagged an organisation, ソフィア a place).
      const t = tokens.startingAt.get(i);
      if (isKatakana(c0) && !(isNameToken(t) || t?.reading === undefined || t?.pos[1] === '固有名詞')) continue;
    }
    s.propose({ start: i, end, kind: 'child' });
    i = end - 1;
  }
}

/** A given name of the lexicon at `at` that is no everyday word, followed by a particle (…と「こはる」の2人). */
function pairedName(s: Scan, at: number): boolean {
  const end = givenNameAt(s, at);
  return end > 0 && !isCommonWordName(s.text.slice(at, end)) && /^[はがもの、]/.test(s.text[end] ?? '');
}

/**
 * Names joined to a name already found: 陽菜と紗良, 大和と陸が, 蒼真・美桜・湊斗 (and the name before: 颯太と|悠人くん).
 * The other word must be a given name of the lexicon or kuromoji's 人名; an everyday word (陸, 大地) only as a subject or
 * before an honorific.
 */
function byConjunct(s: Scan): boolean {
  const { text, tokens } = s;
  const before = s.found.length;
  for (let k = 0; k < s.found.length && k < 200; k++) {
    const c = s.found[k];
    let at = c.end;
    const fa = furiganaAfter(text, at);
    if (fa > 0) at = fa;
    const hon = HONORIFIC_AT_START.exec(text.slice(at, at + 5));
    if (hon) at += hon[0].length;
    // ゆいと😆とはると🚗: emoji after a name belong to it.
    const emoji = EMOJI_RUN.exec(text.slice(at, at + 12));
    if (emoji) at += emoji[0].length;
    // しゅんもかずきも: two names each with も, one subject.
    const both = text[at] === 'も' && !!c && text[c.start - 1] !== 'も';
    if (/[とや、・＆&]/.test(text[at] ?? '') || both) {
      const from = at + 1;
      let end = givenNameAt(s, from);
      if (end < 0) {
        // kuromoji's 人名 standing alone.
        const t = tokens.startingAt.get(from);
        if (isNameToken(t) && !isKanji(text[t!.start + t!.surface.length]) && t!.surface.length >= 2) end = from + t!.surface.length;
        else if (text[at] === 'と' || text[at] === 'や' || both) end = unknownKanaNameAt(s, from);
      }
      if (both && !(end > 0 && text[end] === 'も')) continue;
      if (end > 0 && !s.overlaps(from, end) && (both || conjunctOk(s, from, end))) s.propose({ start: from, end, kind: c.kind });
    }
  }
  return s.found.length > before;
}

function conjunctOk(s: Scan, start: number, end: number): boolean {
  const { text } = s;
  const name = text.slice(start, end);
  // みなみ🌊、かいり: emoji after a name in a list belong to it.
  const after = text.slice(end, end + 18).replace(EMOJI_RUN, '').slice(0, 6);
  if (NOT_NAMES.has(name) || PLACE_NAMES.has(name) || KINSHIP.has(name) || CHARACTERS.has(name)) return false;
  if (GROUP_AFTER.test(after) || PLACE_AFTER.test(after) || /^[組部会課係室園館]/.test(after)) return false;
  if (HONORIFIC_AT_START.test(after)) return true;
  if (isCommonWordName(name)) return /^(?:[はが、・]|です|でし|の[0-9０-９一二三四五六七八九十]+人)/.test(after);
  return NAME_END.test(after) || /^です/.test(after);
}

/** Other mentions of a name already found in the same text (年長の朔は…。朔、いつもありがとう). */
function byRepeat(s: Scan): void {
  const { text } = s;
  if (s.found.length === 0) return;
  const names = new Map<string, Kind>();
  for (const c of s.found) {
    const name = text.slice(c.start, c.end).replace(/[（(].*$/, '');
    if (name.length === 0 || isCommonWordName(name) || NOT_NAMES.has(name)) continue;
    if (name.length === 1 && !(isKanji(name) && isGivenName(name))) continue;
    if (/^[\u3041-\u3096]+$/.test(name) && name.length < 3 && !KANA_GIVEN_SET.has(name)) continue;
    if (!names.has(name)) names.set(name, c.kind);
    if (names.size >= 16) break;
  }
  for (const [name, kind] of names) {
    const first = name[0];
    const last = name[name.length - 1];
    const same = isKanji(first) ? isKanji : isKatakana(first) ? isKatakana : isHiragana;
    const sameEnd = isKanji(last) ? isKanji : isKatakana(last) ? isKatakana : isHiragana;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (s.overlaps(at, end) || same(text[at - 1]) || (sameEnd === isHiragana ? false : sameEnd(text[end]))) continue;
      const after = text.slice(end, end + 4);
      if (sameEnd === isHiragana && !(NAME_END.test(after) || HONORIFIC_AT_START.test(after) || /^です/.test(after))) continue;
      if (GROUP_AFTER.test(after) || PLACE_AFTER.test(after)) continue;
      s.propose({ start: at, end, kind });
    }
  }
}

/** Latin names: Ms. Taylor, Mr. Johnson, Emily先生, ALT の Tom さん. */
function byLatin(s: Scan): void {
  const { text } = s;
  if (!/[A-Z]/.test(text)) return;
  for (const m of matchesOf(text, /\b(?:Mr|Ms|Mrs|Miss|Mx)\.?[ \u3000]+([A-Z][a-z]+(?:[ \u3000][A-Z][a-z]+)?)\b/g)) {
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (/^(?:Children|Bean|Men)$/.test(m[1]) || s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: 'adult' });
  }
  // Nguyen Thi Lan さん: up to three words, so the whole name is matched before any tail of it.
  // Kim Ji-youngさん: a hyphen may join the syllables of a given name.
  for (const m of matchesOf(text, /(?<![A-Za-z])([A-Z][a-z]{1,14}(?:[ \u3000][A-Z][a-z]{1,14}(?:-[a-z]{1,10})?){0,2})[ \u3000]?(?=さん|先生|せんせい|くん|ちゃん)/g)) {
    const start = m.index!;
    const end = start + m[1].length;
    if (s.overlaps(start, end)) continue;
    const kind: Kind = /^[ \u3000]?(?:くん|ちゃん)/.test(text.slice(end, end + 4)) ? 'child' : 'adult';
    s.propose({ start, end, kind });
  }
}

/**
 * A given name in Latin letters standing alone in Latin text (Thank you, Emma Johnson / Hana and Kaito / Happy birthday,
 * Aarav!), with the capitalised word after it as the family name unless that word makes it a place or a group
 * (Sakura Hall, Hana Kids). Names that are also English words (Grace, Max, AI) wait for an honorific (byLatin).
 */
const LATIN_WORDS = /(?<![A-Za-z0-9@#._/\-])([A-Z][a-z]{1,14}|[A-Z]{2,10})(?:[ \u3000]([A-Z][a-z]{1,14}(?:-[a-z]{1,10})?))?(?![A-Za-z0-9_@-])/g;
function byLatinGiven(s: Scan): void {
  const { text } = s;
  if (!/[A-Z][a-z]/.test(text) && !/[A-Z]{2}/.test(text)) return;
  const words = new RegExp(LATIN_WORDS.source, 'g');
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const caps = m[1] === m[1].toUpperCase();
    const given = caps ? m[1][0] + m[1].slice(1).toLowerCase() : m[1];
    if (!LATIN_GIVEN.has(given) || LATIN_COMMON.has(given)) {
      // When Yui fell asleep: the second word may be a name of its own; look at it again.
      if (m[2]) words.lastIndex = m.index + m[0].length - m[2].length;
      continue;
    }
    const start = m.index!;
    let end = start + m[1].length;
    const after = text.slice(start + m[0].length, start + m[0].length + 4);
    // YUNAちゃん: capitals alone are a name only before an honorific (not NHK, NPO).
    if (caps && !/^[ \u3000]?(?:さん|くん|ちゃん|様|先生)/.test(text.slice(end, end + 4))) continue;
    if (m[2] && LATIN_PLACE.has(m[2])) continue;
    // Izumi nursery, the Momo class: a place or a group named after the word, in lower case.
    const lower = /^[ \u3000]([a-z]{3,12})\b/.exec(text.slice(start + m[0].length, start + m[0].length + 14));
    if (!m[2] && lower && LATIN_PLACE.has(lower[1][0].toUpperCase() + lower[1].slice(1))) continue;
    if (m[2] && !LATIN_PLACE.has(m[2])) end = start + m[0].length;
    if (s.overlaps(start, end)) continue;
    const kind: Kind = /^[ \u3000]?(?:くん|ちゃん)/.test(text.slice(end, end + 4)) || /^[ \u3000]?[（(][0-9０-９]{1,2}/.test(after) ? 'child' : 'adult';
    s.propose({ start, end, kind });
  }
}

/** A file's name with a family and a given name in romaji (arai_haru_0603.jpg, kobayashi-rin_undoukai.jpg): the name part. */
const FILE_NAME = /(?<![\w.-])([a-z]{3,12})[-_]([a-z]{2,10})(?=(?:[-_][\w-]*)?\.(?:jpe?g|png|heic|gif|webp|mp4|mov|pdf|docx?|xlsx?)\b)/g;
/** Letters that spell Japanese in Hepburn romaji (kobayashi, arai; not photo, event, summer). */
const HEPBURN = /^(?:(?:[kgsztdnhbpmrwf]|ch|sh|ts|j)?y?[aiueo]|n(?![aiueoy])|([kstpc])(?=\1|h))+$/;
function byFileName(s: Scan): void {
  const { text } = s;
  if (!text.includes('.')) return;
  for (const m of matchesOf(text, FILE_NAME)) {
    const given = m[2][0].toUpperCase() + m[2].slice(1);
    if (!LATIN_GIVEN.has(given) || LATIN_COMMON.has(given) || !HEPBURN.test(m[1])) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (!s.overlaps(start, end)) s.propose({ start, end, kind: 'person' });
  }
}

/** おおかみ：くにみつ　ゆうせい／こぶた1：せがわ　のあ: a full name in hiragana, a space between, as an item of a list or
 * after a label; the given name is of the lexicon, the family name no word of a sentence. */
const KANA_FULL_NAME = /(?<=^|[：:／/、\n])[ \u3000]*(\p{Script=Hiragana}{2,5})[ \u3000](\p{Script=Hiragana}{2,4})(?=[ \u3000]*(?:[／/、\n]|$))|(?<=[「『])[ \u3000]*(\p{Script=Hiragana}{2,5})[ \u3000](\p{Script=Hiragana}{2,4})(?=[ \u3000]*[」』])/gu;
function byKanaFullName(s: Scan): void {
  const { text } = s;
  for (const m of matchesOf(text, KANA_FULL_NAME)) {
    // 表紙に「くぼた あおい」: two kana words filling a quotation are a name written on something, whatever the family ends in.
    const wholeQuote = m[3] !== undefined;
    const family = m[1] ?? m[3];
    const given = m[2] ?? m[4];
    const end = m.index! + m[0].length;
    const start = end - family.length - 1 - given.length;
    if (!KANA_GIVEN_SET.has(given) || KANA_GIVEN_SET.has(family) || NOT_NAMES.has(family) || (SENTENCE_WORD_ENDS.includes(family[family.length - 1]) && !wholeQuote)) continue;
    // 「あげお はなこ」のように書いてください: an example of how to write one.
    if (wholeQuote && /^[ \u3000]*[」』](?:のように|のような|みたいに|など[との])/.test(text.slice(end, end + 8))) continue;
    if (s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: 'person' });
  }
}

/** Kenta, Lily, Jun-ho and Amara: capitalised words listed with commas and and, one of them a name already found; the
 * others are names too (Lily is also a flower), unless a place. */
const LATIN_LIST = /(?<![A-Za-z-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:(?:,[ \u3000]*(?:and[ \u3000]+)?|[ \u3000]+and[ \u3000]+|、)[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){2,}(?![A-Za-z])/g;
function byLatinList(s: Scan): void {
  const { text } = s;
  if (!/[A-Z][a-z]+(?:,| and)/.test(text)) return;
  for (const m of matchesOf(text, LATIN_LIST)) {
    const items = [...matchesOf(m[0], /[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?/g)].map((x) => ({ start: m.index! + x.index!, end: m.index! + x.index! + x[0].length }));
    if (!items.some((it) => s.overlaps(it.start, it.end))) continue;
    for (const it of items) {
      const word = text.slice(it.start, it.end);
      if (s.overlaps(it.start, it.end) || LATIN_PLACE.has(word)) continue;
      s.propose({ start: it.start, end: it.end, kind: 'adult' });
    }
  }
}

/**
 * A child introducing themself (おれ、煌っていうの / わたしのなまえは こはな です): the word named by って言う・といいます,
 * or a known given name before です・だよ.
 */
const INTRODUCTION = /(?:ぼく|僕|ボク|わたし|私|おれ|オレ|俺|あたし|うち)(?:の[ \u3000]?(?:なまえ|名前)[ \u3000]?は|は|、)[ \u3000]?([\p{Script=Han}々]{1,3}|[\p{Script=Hiragana}]{2,5}|[\p{Script=Katakana}ー]{2,6})[ \u3000]?(?=(って|と)(?:いう|言う|いい|呼)|(です|だよ|だよ)[！!。」]?)/gu;
function byIntroduction(s: Scan): void {
  const { text } = s;
  if (!/って|といい|です|だよ/.test(text)) return;
  for (const m of matchesOf(text, INTRODUCTION)) {
    const name = m[1];
    if (!m[2] && (!isGivenName(name) || isCommonWordName(name))) continue;
    const start = m.index! + m[0].replace(/[ \u3000]$/, '').length - name.length;
    const end = start + name.length;
    if (text.slice(start, end) !== name || s.overlaps(start, end) || NOT_NAMES.has(name)) continue;
    s.propose({ start, end, kind: 'child' });
  }
  // 中の人、保育士あがりの宮下です / 職員の星です: …or by a family name in kanji, a proper noun kuromoji knows or a one-kanji
  // family name, ending the sentence.
  for (const m of matchesOf(text, STAFF_KANJI_INTRODUCTION)) {
    const [start, end] = m.indices![1];
    const name = m[1];
    if (s.overlaps(start, end) || NOT_NAMES.has(name) || PLACE_NAMES.has(name)) continue;
    if (name.length === 1 ? SINGLE_KANJI_SURNAMES.has(name) : properKanjiWord(s.tokens, text, start, end) || surnameShaped(s.tokens, name, start, end)) s.propose({ start, end, kind: 'adult' });
  }
  // 保育課の中の人、ヨシダです / 担当のサトウです: a member of staff introducing themself by a name in katakana.
  if (!/[ァ-ヶ]{2}(?:です|と申します)/.test(text)) return;
  for (const m of matchesOf(text, STAFF_INTRODUCTION)) {
    const [start, end] = m.indices![1];
    const name = m[1];
    if (s.overlaps(start, end) || NOT_NAMES.has(name) || s.tokens.isCommonWord(start, end) || !nameShaped(text, s.tokens, start, end)) continue;
    s.propose({ start, end, kind: 'adult' });
  }
}

/** Staff introducing themself in kanji: a staff word, up to a few words (保育士あがりの), の or 、, one to three kanji, then
 * です・と申します ending the sentence. */
const STAFF_KANJI_INTRODUCTION = /(?:中の人|担当|職員|スタッフ|保育士|保健師|栄養士|看護師|指導員|支援員|相談員|係長|課長|所長|園長)[^。！!？?\n「」]{0,12}?(?:の|、)[ \u3000]?([\p{Script=Han}々]{1,3})(?=(?:です|と申します)(?:[。！!？?\s…〜ー]|\p{Extended_Pictographic}|$))/dgu;
/** Staff introducing themself: an office word or 中の人, then a katakana name and です・と申します. */
const STAFF_INTRODUCTION = /(?:中の人|担当|係|課|室|所|園|館|センター)(?:の|、|は)[ \u3000]?([\p{Script=Katakana}ー]{2,6})(?=です|と申します)/dgu;

/** Whose name a child tells: family and people (じいじ, ママ, 赤ちゃん, 先生), not a pet's or a snowman's. */
const NAME_OWNERS = 'じいじ|ばあば|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|ひいばあちゃん|ひいじいちゃん|パパ|ママ|お父さん|お母さん|おとうさん|おかあさん|父|母|祖父|祖母|弟|妹|兄|姉|お兄ちゃん|お姉ちゃん|おにいちゃん|おねえちゃん|赤ちゃん|あかちゃん|先生|せんせい|お友だち|おともだち|ともだち';
/**
 * A name given as someone's name (じいじのなまえはまつぞう！; 「ばあばの名前は？」と聞いたら「キヨ！」): after 名前は or as the quoted
 * answer to a question about a name. Kana, katakana or 1–4 kanji, ending where the words end.
 */
const NAMED_AS = new RegExp(String.raw`(?:${NAME_OWNERS})の(?:名前|なまえ|お名前)(?:は|が|[:：])[ \u3000]*[「『]?([\p{Script=Hiragana}]{2,6}|[\p{Script=Katakana}ー]{2,6}|[\p{Script=Han}々]{1,4})(?=[！!」』。、 \u3000]|です|だよ|$)|(?:${NAME_OWNERS})の(?:名前|なまえ)(?:は|って)[？?][」』][^「」\n]{0,12}[「『]([\p{Script=Hiragana}]{2,6}|[\p{Script=Katakana}ー]{2,6}|[\p{Script=Han}々]{1,4})[！!]?[」』]`, 'gu');
/**
 * A name someone goes by, told as such: 「ゆうま」と名乗る男の子, おじいちゃんは、やすおっていうんだよ. 名乗る marks a quoted word a
 * name (kana, katakana or 1–4 kanji, a whole word); っていう needs a given name of the lexicon or whose name it is. Not a
 * pet's or a toy's.
 */
const GOES_BY = /[「『]([\p{Script=Hiragana}]{2,6}|[\p{Script=Katakana}ー]{2,6}|[\p{Script=Han}々]{1,4})[」』](?:と名乗|となの)|(?<=[は、][ \u3000]?)([\p{Script=Hiragana}]{2,5}|[\p{Script=Katakana}ー]{2,6})って(?:いう|言う)(?:んだ|んです|の|名前|なまえ)/gu;
/** The words GOES_BY and NAMED_AS cannot match without, tested first: both are large patterns, costly on first use. */
const GOES_BY_WORDS = /[」』]と(?:名乗|なの)|って(?:いう|言う)(?:んだ|んです|の|名前|なまえ)/;
const NAMED_AS_WORDS = /の(?:お?名前|なまえ)/;
const ALIAS_OWNER = /^[^。\n]{0,3}(?:人物|アカウント|業者|団体|者から|者に|サイト)/;
const OWNER_BEFORE = new RegExp(`(?:${NAME_OWNERS})(?:の名前|のなまえ)?は、?[ \u3000]?$`);
const PET_OR_TOY = /犬|猫|ねこ|いぬ|ペット|ぬいぐるみ|人形|メダカ|金魚|うさぎ|カメ|インコ|ハムスター|ロボット|キャラクター|マスコット/;

function byNamedAs(s: Scan): void {
  const { text } = s;
  if (GOES_BY_WORDS.test(text) && !PET_OR_TOY.test(text)) {
    for (const m of matchesOf(text, GOES_BY)) {
      const name = m[1] ?? m[2];
      const start = m.index! + m[0].indexOf(name);
      const end = start + name.length;
      if (s.overlaps(start, end) || NOT_NAMES.has(name) || KINSHIP.has(name)) continue;
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
      // 「さくら」と名乗る人物からのDM: an alias of a stranger or an account, not a person's name.
      if (m[1] && ALIAS_OWNER.test(after)) continue;
      // それは、さいこうっていうんだよ: a word explained; a name when it is one of the lexicon or someone's (おじいちゃんは、).
      if (m[2] && !(isGivenName(name) && !isCommonWordName(name)) && !OWNER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      s.propose({ start, end, kind: 'person' });
    }
  }
  if (!NAMED_AS_WORDS.test(text)) return;
  for (const m of matchesOf(text, NAMED_AS)) {
    const name = m[1] ?? m[2];
    const start = m.index! + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (s.overlaps(start, end) || NOT_NAMES.has(name) || KINSHIP.has(name)) continue;
    s.propose({ start, end, kind: 'person' });
  }
}

/** A child called by name in a quoted cheer (「みお、がんばれー！」「ナイス、けんと！」): a given name of the lexicon. */
const VOCATIVE_FIRST = /[「『]([\p{Script=Han}々]{1,3}|[\p{Script=Hiragana}]{2,4}|[\p{Script=Katakana}ー]{2,5})[、,！!]/gu;
/** …and one called at the end (「ナイス、けんと！」, or the child's own answer 「ぼく、しょうた！」): read apart from the first, so
 * a first word that is no name (ぼく、) does not hide the name after it. */
const VOCATIVE_LAST = /[「『][^「」『』\n]{1,12}[、,！!][ \u3000]?([\p{Script=Han}々]{1,3}|[\p{Script=Hiragana}]{2,4}|[\p{Script=Katakana}ー]{2,5})[！!ー〜～]*[」』]/gu;
function byVocative(s: Scan): void {
  const { text } = s;
  if (!/[「『]/.test(text)) return;
  for (const [re, first] of [[VOCATIVE_FIRST, true], [VOCATIVE_LAST, false]] as const) for (const m of matchesOf(text, re)) {
    const name = m[1];
    if (!isGivenName(name) || isCommonWordName(name) || NOT_NAMES.has(name)) continue;
    const start = first ? m.index! + 1 : m.index! + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (text.slice(start, end) !== name || s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: 'child' });
  }
}

/** A full name in Latin letters (Sarah Miller, KIM SOYEON, Nguyen Minh Anh) before an honorific or a bracket. */
const LATIN_FULL = /(?<![A-Za-z])((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \u3000](?:[A-Z][a-z]+|[A-Z]{2,})){1,2})(?=[ \u3000]?(?:さん|様|くん|ちゃん|先生|氏|[（(]))/g;
/** What the bracket after a Latin full name says about a person: an age, a relation, a reading of two names (キム・ソヨン). */
const PERSON_BRACKET = /^[ \u3000]?[（(](?:[0-9０-９]{1,2}[ \u3000]*(?:歳|才)|母|父|娘|息子|祖母|祖父|保護者|mother|father|[ァ-ヶー]+[・ \u3000][ァ-ヶー・ \u3000]+[）)]|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]{1,6}(?:ママ|パパ|の母|の父)[）)])/u;

/**
 * A name in an English sentence after the words that introduce a person (Thank you, Olena Kovalenko; our volunteer
 * Jonathan Lee; father of Anika; his daughter Mia; our 5-year-old Kim Seo-yeon): one or two capitalised words.
 */
const ENGLISH_INTRO = /\b(?:[Tt]hank you|[Tt]hanks(?: to)?|[Vv]olunteer|(?:father|mother|parent|dad|mom|mum|grandma|grandpa) of|[Gg]rand(?:ma|pa|mother|father)|[Aa]unt(?:ie)?|[Uu]ncle|M(?:rs|s)\.|Love,|belongs to|[Oo]ur little|[Nn]ame[:：]|pick up|(?:son|daughter|child|brother|sister)|\d{1,2}-year-old|[Dd]ear|[Nn]amed|[Cc]alled)[,]?[ \u3000]+([A-Z][a-z]{1,14}(?:-[A-Z]?[a-z]{1,10})?(?:[ \u3000][A-Z][a-z]{1,14}(?:-[a-z]{1,10})?)?)\b/g;
/** The Yoshida family: a family named by its surname. */
const ENGLISH_FAMILY = /\b[Tt]he ([A-Z][a-z]{1,14}) family\b/dg;
/** Chidi's dad, Mia's mom: a child named through a parent (group 1). */
const ENGLISH_POSSESSIVE = /\b([A-Z][a-z]{1,14}(?:-[A-Z]?[a-z]{1,10})?)['’]s (?:dad|mom|mum|father|mother|parents|grandma|grandpa|grandmother|grandfather|big sister|big brother|little sister|little brother)\b/dg;
/** Capitalised words that follow those and name no one. */
const ENGLISH_NOT_NAMES = /^(?:Mr|Ms|Mrs|Miss|Mx|Dr|The|Our|All|Everyone|Everybody|You|For|From|City|Town|Komae|Ageo|Japan|Japanese|English|Korean|Chinese|Staff|Team|Children|Kids|Parents|Families|Volunteers?|Day|Center|Centre|Hall|Park|School|Class)\b/;
function byEnglishIntro(s: Scan): void {
  const { text } = s;
  if (!/[A-Z][a-z]/.test(text)) return;
  for (const m of matchesOf(text, ENGLISH_FAMILY)) {
    const [start, end] = m.indices![1];
    if (!ENGLISH_NOT_NAMES.test(m[1]) && !s.overlaps(start, end)) s.propose({ start, end, kind: 'adult' });
  }
  for (const m of matchesOf(text, ENGLISH_POSSESSIVE)) {
    const [start, end] = m.indices![1];
    if (!ENGLISH_NOT_NAMES.test(m[1]) && !s.overlaps(start, end)) s.propose({ start, end, kind: 'child' });
  }
  for (const m of matchesOf(text, ENGLISH_INTRO)) {
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (ENGLISH_NOT_NAMES.test(m[1]) || s.overlaps(start, end)) continue;
    // The introducing words only (not Johnson's son): a child's relation or age.
    const child = /\b(?:son|daughter|child|brother|sister|\d{1,2}-year-old|(?:father|mother|parent|dad|mom|mum) of)\b/.test(m[0].slice(0, m[0].length - m[1].length));
    s.propose({ start, end, kind: child ? 'child' : 'adult' });
  }
}

/** Full names in Latin letters with an honorific or a bracket that says a person: Maria Santos さん, Sarah Miller（母）. */
function byLatinFull(s: Scan): void {
  const { text } = s;
  if (!/[A-Z][A-Za-z]+[ \u3000][A-Z]/.test(text)) return;
  for (const m of matchesOf(text, LATIN_FULL)) {
    const start = m.index!;
    const end = start + m[1].length;
    const after = text.slice(end, end + 16);
    if (s.overlaps(start, end) || (/^[ \u3000]?[（(]/.test(after) && !PERSON_BRACKET.test(after))) continue;
    const kind: Kind = /^[ \u3000]?(?:くん|ちゃん)|[0-9０-９]{1,2}[ \u3000]*(?:歳|才)|娘|息子/.test(after) ? 'child' : 'adult';
    s.propose({ start, end, kind });
  }
}

const HONORIFIC_AT_END = new RegExp(`(?:${HONORIFIC.source})$`);
const LIST_ITEM = '(?:[\\p{Script=Han}々\\p{Script=Hiragana}\\p{Script=Katakana}ー]{1,8}|[A-Z][a-z]{1,14})';
const LIST = new RegExp(`${LIST_ITEM}(?:(?:くん|ちゃん|さん|君))?(?:(?:[、・，,／/][ \\u3000]?|[ \\u3000]?[→⇒][ \\u3000]?)${LIST_ITEM}(?:(?:くん|ちゃん|さん|君))?)+`, 'gu');
/** What makes a list a list of people without a confirmed name in it. */
/** Words that introduce a list of people (当番：…, 写真左から…, 出席者：…). */
const ROSTER_TITLES = '[A-ZＡ-Ｚ0-9０-９]班|委員|当番|お友だち|お友達|メンバー|出席者|参加者|欠席者|名簿|受賞|優秀賞|最優秀賞|入賞|主役|係|アンカー|リーダー|代表|連絡網|走順|順番|左から|右から|前列|後列|前から|奥から';
// Also a list after （敬称略） or after people named as such and a colon (ボランティアの皆さま（敬称略）：…, 名前があった方：…).
const ROSTER_BEFORE = new RegExp(`(?:(?:${ROSTER_TITLES})[はがの]?[\\s\\u3000]*[：:は]?|[（(]敬称略[）)][\\s\\u3000]*[：:]?|(?:方|皆さま|皆様|みなさま|皆さん)[\\s\\u3000]*[：:])[\\s\\u3000、]*$`);
const ROSTER_ANY = /(?:委員|当番|お友だち|お友達|メンバー|出席者|参加者|欠席者|名簿|敬称略|方[：:]|皆さま[：:（(]|皆様[：:（(]|受賞|優秀賞|入賞|主役|係|連絡網|走順|左から|右から|前列|後列|[0-9０-９一二三四五六七八九十]人|たち|みんな|皆さん|子どもたち)/;
const ROSTER_AFTER = /^(?:[（(]敬称略[）)]|の[0-9０-９一二三四五六七八九十]+人|[0-9０-９一二三四五六七八九十]+人|たち|の(?:みんな|皆さん|お友だち|子どもたち|3人|三人))/;
/** Every word ROSTER_BEFORE or ROSTER_AFTER needs: a text without one has no list introduced as people. */
const ROSTER_WORD = new RegExp(`(?:${ROSTER_TITLES}|敬称略|方[：:]|皆さま[：:（(]|皆様[：:（(]|[0-9０-９一二三四五六七八九十]人|たち|みんな|皆さん|子どもたち)`);

/** A list introduced as people by name (ボランティアの皆さま（敬称略）：, 寄せ書きに名前があった方：). */
const ROSTER_INTRO = /(?:[（(]敬称略[）)][\s\u3000]*[：:]?|(?:方|皆さま|皆様|みなさま|皆さん)[\s\u3000]*[：:])[\s\u3000、]*$/;
/** An item of such a list: one script, short, not a word the project knows is no name, not a body or a facility. */
/** Staff named as a group right before a list (先生たち、, 職員一同：, スタッフの皆さん、). */
const STAFF_ROSTER_BEFORE = /(?:先生|職員|スタッフ|保育士)(?:たち|の皆さん|の皆様|一同)?[\s\u3000]*[、：:][\s\u3000]*$/;
/** A family name as a list item: 2–3 kanji that kuromoji reads as a 姓, or a family name's shape (鶴田, 岡部). */
function familyNameItem(tokens: Tokens, text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!/^[\p{Script=Han}々]{2,3}$/u.test(name) || NOT_NAMES.has(name) || PLACE_NAMES.has(name)) return false;
  const t = tokens.startingAt.get(start);
  return (t?.surface === name && t.pos[3] === '姓') || surnameShaped(tokens, name, start, end) || (SURNAME_ENDINGS.has(name[name.length - 1]) && singleTokenNoun(tokens, start, end));
}

function rosterItem(w: string): boolean {
  return !NOT_NAMES.has(w) && !KINSHIP.has(w) && !/[市町村区県都所園館課係室組部会校店社]$/.test(w) && /^(?:[\p{Script=Han}]{1,4}|[\p{Script=Katakana}ー]{2,8}|[A-Z][A-Za-z]{1,14})$/u.test(w);
}

/** The other items of a list that holds a name or is introduced as a list of people. */
function byList(s: Scan): void {
  const { text, tokens } = s;
  // A list needs a name already found in it, or words that introduce people.
  if (!/[、・，,／/→⇒]/.test(text) || (s.found.length === 0 && !ROSTER_ANY.test(text))) return;
  const rosterPossible = ROSTER_WORD.test(text);
  for (const m of matchesOf(text, LIST)) {
    // Without a roster word in the text, only a list holding a name counts (items lie inside the match): skip the rest.
    if (!rosterPossible && !s.overlaps(m.index!, m.index! + m[0].length)) continue;
    let items = splitItems(text, m.index!, m.index! + m[0].length);
    if (items.length < 2) continue;
    const listEnd = items[items.length - 1].end;
    const rosterAfter = ROSTER_AFTER.test(text.slice(listEnd, listEnd + 6));
    // Every item must look like a name for the list to be one of names (春日・緑丘地区 is a list of places):
    // with an honorific, a name token, a given name of the lexicon or an unknown word; an everyday word only in
    // a list introduced as people (陽斗、拓也、大地の3人) or as children (年長の大和、陸、海翔).
    const shapedIn = (list: { start: number; end: number }[], loose: boolean) =>
      list.filter((it) => !insideKinshipWord(text, it.start, it.end) && nameShaped(text, tokens, it.start, it.end) && (itemLooksLikeName(text, tokens, it.start, it.end) || (loose && (isGivenName(text.slice(it.start, it.end)) || splitKanjiName(tokens, it.start, it.end) || splitNameKanji(s, it.start, it.end)))));
    const looseAt = (start: number) => rosterAfter || ROSTER_BEFORE.test(s.before(start, 12)) || CHILD_BEFORE.test(s.before(start, 12));
    // The words before a comma are no item (アンカーは、蒼真・美桜・湊斗): the list starts after them.
    if (items.length >= 3 && /[、，,]/.test(text.slice(items[0].end, items[1].start)) && shapedIn([items[0]], looseAt(items[0].start)).length === 0 && !fullKanjiName(tokens, text, items[0].start, items[0].end)) items = items.slice(1);
    const listStart = items[0].start;
    const named = items.filter((it) => s.overlaps(it.start, it.end)).length;
    const roster = ROSTER_BEFORE.test(s.before(listStart, 12)) || rosterAfter;
    const staffIntro = STAFF_ROSTER_BEFORE.test(s.before(listStart, 12));
    if (named === 0 && !roster && !staffIntro) continue;
    // All but one item already a name (まなと、ことは、ゆずき、みお、りく): the last is a name too, even an everyday word.
    const mostlyNamed = named >= 2 && named >= items.length - 1;
    let shaped = shapedIn(items, roster || mostlyNamed || CHILD_BEFORE.test(s.before(listStart, 12)));
    // A full name in kanji beside found ones (佐々木結菜、高橋蒼、伊藤紬): a family name kuromoji knows, then a given name.
    // …or a family name kuromoji reads as a place or a body (安田・小川・新井が担当: 新井 is 固有名詞,組織).
    if (mostlyNamed && shaped.length < items.length) shaped = items.filter((it) => shaped.includes(it) || fullKanjiName(tokens, text, it.start, it.end) || properKanjiWord(tokens, text, it.start, it.end));
    // Introduced as people (（敬称略）：, 皆さま：, 方：), a list of names may hold a place-like or word-like surname (渋谷,
    // 御手洗, 東雲) or a foreign one (Ng, 陳): one script, short, no body or facility.
    if (shaped.length < items.length && ROSTER_INTRO.test(s.before(listStart, 12)) && items.every((it) => rosterItem(text.slice(it.start, it.end)))) shaped = items;
    // 保育所の先生たち、中村・岡部・鶴田で…: staff named as a group, then by their family names (each one kuromoji reads as a
    // name, or shaped like a family name: 2–3 kanji ending in 田・村・部…).
    const staffRoster = staffIntro && items.every((it) => familyNameItem(tokens, text, it.start, it.end));
    if (staffRoster) shaped = items;
    else if (named === 0 && !roster) continue;
    if (shaped.length < items.length) continue;
    // A phone tree or officers (連絡網：佐伯 → 大野) are parents; other rosters are children's.
    const adults = staffRoster || /(?:連絡網|役員|委員|代表|出席者|欠席者)[はがの]?[\s\u3000]*[：:は]?[\s\u3000、]*$/.test(s.before(listStart, 12)) || /^[（(]敬称略[）)]/.test(text.slice(listEnd, listEnd + 5)) || ROSTER_INTRO.test(s.before(listStart, 12));
    const kind: Kind = !adults && (items.some((it) => CHILD_HONORIFICS.has(text.slice(it.end, it.end + 2)) || text.slice(it.end, it.end + 2) === '君') || CHILD_BEFORE.test(s.before(listStart, 12)) || roster) ? 'child' : 'person';
    for (const it of shaped) if (!s.overlaps(it.start, it.end)) s.propose({ start: it.start, end: it.end, kind });
    // A list of children makes a name found in it without a sign of age a child's too.
    if (kind === 'child') for (const c of s.found) if (c.kind === 'person' && c.start >= listStart && c.end <= listEnd) c.kind = 'child';
  }
}

/** The item is part of a family word (陽茉莉ちゃんのおばあちゃん、…: ばあ between お and ちゃん). */
function insideKinshipWord(text: string, start: number, end: number): boolean {
  for (const w of KINSHIP) {
    if (w.length <= end - start) continue;
    const from = Math.max(0, end - w.length);
    const at = text.slice(from, start + w.length).indexOf(w);
    if (at >= 0 && from + at <= start && from + at + w.length >= end) return true;
  }
  return false;
}

type Span = { start: number; end: number };

/** Per line, the spans of `re`'s capture groups that took part (offsets in the whole text; `re` has the d flag), for
 * lines with at least `min` of them. */
function itemsByLine(text: string, re: RegExp, min: number): Span[][] {
  const out: Span[][] = [];
  // One test of the whole text first: most texts have no item at all, and matchAll per line copies the pattern each time.
  if (!onSomeLine(text, re)) return out;
  let at = 0;
  for (const line of text.split('\n')) {
    const from = at;
    at += line.length + 1;
    const items: Span[] = [];
    for (const m of matchesOf(line, re)) for (const g of m.indices!.slice(1)) if (g) items.push({ start: from + g[0], end: from + g[1] });
    if (items.length >= min) out.push(items);
  }
  return out;
}

/** The pattern, not global, with ^ and $ at every line's ends: whether it matches on some line of the text. (Each
 * pattern given to itemsByLine reads no line break, so a match on a line is a match in the whole text.) */
const LINE_TESTERS = new WeakMap<RegExp, RegExp>();
function onSomeLine(text: string, re: RegExp): boolean {
  let tester = LINE_TESTERS.get(re);
  if (!tester) LINE_TESTERS.set(re, (tester = new RegExp(re.source, `${re.flags.replace(/[gdym]/g, '')}m`)));
  return tester.test(text);
}

/** Items numbered ①②③ on one line: ①つばさ ②ひなの ③りおん, ①ハルト→②リコ. */
const NUMBERED_ITEM = /[①-⑳❶-❿][ \u3000]*([\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]{1,6})(?=[ \u3000、,→⇒]|$)/dgmu;

/**
 * A numbered list of names (年長さんの卒園制作、ひとりずつ紹介します⏎①つばさ ②ひなの ③りおん): three or more items on a
 * line, every one shaped like a name and at least two of them given names of the lexicon (①朝ごはん ②歯みがき is a
 * list of things).
 */
function byNumberedList(s: Scan): void {
  const { text, tokens } = s;
  if (!/[①-⑳❶-❿]/.test(text)) return;
  for (const items of itemsByLine(text, NUMBERED_ITEM, 3)) {
    const word = (it: Span) => text.slice(it.start, it.end);
    // A given name of the lexicon counts even where kuromoji knows the word (レン).
    const shaped = items.every((it) => (nameShaped(text, tokens, it.start, it.end) || isGivenName(word(it))) && !NOT_NAMES.has(word(it)) && !PLACE_NAMES.has(word(it)));
    // Introduced as a roster (散歩当番：①早瀬 ②松岡 ③ジェームズ), the items need no given name of the lexicon.
    const roster = ROSTER_BEFORE.test(s.before(items[0].start, 14).replace(/[①-⑳❶-❿][ \u3000]*$/u, ''));
    if (!shaped || (!roster && items.filter((it) => isGivenName(word(it))).length < 2)) continue;
    const kind: Kind = CHILD_BEFORE.test(s.before(items[0].start, 40)) || /年長|年中|年少|園児|卒園|組/.test(text) ? 'child' : 'person';
    for (const it of items) if (!s.overlaps(it.start, it.end)) s.propose({ start: it.start, end: it.end, kind });
  }
}

/** A line that opens with a name and what its owner said (けんと「しょうぼうし！」). */
/** A class's heading before the lines (ぱんだ組, 年長クラス, 2歳児). */
const CLASS_HEADING = /(?:組|ぐみ|クラス|歳児|年長|年中|年少)/;
const QUOTE_LINE = /^([\p{Script=Hiragana}]{2,6}|[\p{Script=Katakana}ー]{2,8}|[\p{Script=Han}]{1,4})(?=[「『])/dgmu;

/**
 * Lines that each open with a name and its owner's words (みんなの夢⏎けんと「しょうぼうし！」⏎えま「ケーキやさん」⏎ノア「…」):
 * two or more such lines, every opening shaped like a name and no kin or role word, at least two given names of the
 * lexicon (ママ「…」⏎先生「…」 is a dialogue of roles).
 */
function byQuoteLines(s: Scan): void {
  const { text, tokens } = s;
  if (!/\n[^\n「『]{1,8}[「『]/.test(text)) return;
  const items: Span[] = [];
  for (const m of matchesOf(text, QUOTE_LINE)) {
    const [start, end] = m.indices![1];
    items.push({ start, end });
  }
  const word = (it: Span) => text.slice(it.start, it.end);
  // ぱんだ組 今日のひとこと⏎颯「おれ、…」: one speaker under a class's heading, a given name of the lexicon.
  if (items.length === 1) {
    const it = items[0];
    if (isGivenName(word(it)) && CLASS_HEADING.test(text.slice(0, it.start)) && !s.overlaps(it.start, it.end)) s.propose({ start: it.start, end: it.end, kind: 'child' });
    return;
  }
  if (!items.every((it) => nameShaped(text, tokens, it.start, it.end) && !NOT_NAMES.has(word(it)) && !KINSHIP.has(word(it)) && !STAFF_TITLE.test(word(it)))) return;
  if (items.filter((it) => isGivenName(word(it))).length < 2) return;
  for (const it of items) if (!s.overlaps(it.start, it.end)) s.propose({ start: it.start, end: it.end, kind: 'person' });
}

/**
 * A child speaking of themself by name, in the words quoted (「こはるね、きょう…」, 「ゆあの いもうとは…」, 隼くん「…しゅんの かんじ…」):
 * a kana given name of the lexicon at the start of the quotation or after a space or comma in it, then ね・の・は・も and a
 * comma or a space; an everyday word (そら, はる) only when it is the reading of a name already found just before it.
 */
const SELF_NAMED = /(?<=[「『][ \u3000]*|[「『][^「」『』\n]{0,30}[ \u3000、，,])([\u3041-\u3096]{2,5})(?=[ねのはも][、，, \u3000])/g;
function bySelfNamed(s: Scan): void {
  const { text, tokens } = s;
  if (!text.includes('「') && !text.includes('『')) return;
  for (const m of matchesOf(text, SELF_NAMED)) {
    const start = m.index!;
    const name = m[1];
    if (!KANA_GIVEN_SET.has(name) || s.overlaps(start, start + name.length)) continue;
    if (isCommonWordName(name) && !readingOfNameBefore(s, tokens, start, name)) continue;
    s.propose({ start, end: start + name.length, kind: 'child' });
  }
}
/** A name found before `at` on the same line whose reading is `kana` (隼くん「…しゅんの…」: 隼 is read しゅん). */
function readingOfNameBefore(s: Scan, tokens: Tokens, at: number, kana: string): boolean {
  const lineStart = s.text.lastIndexOf('\n', at) + 1;
  return s.found.some((c) => {
    if (c.end > at || c.start < lineStart) return false;
    let reading = '';
    for (let i = c.start; i < c.end; ) {
      const t = tokens.startingAt.get(i);
      if (!t || t.reading === undefined) return false;
      reading += t.reading;
      i = t.start + t.surface.length;
    }
    return toHiragana(reading) === kana;
  });
}

/** A shift or a weekday heading one person in a roster: 早番：矢島, 月曜 椎名. */
const SHIFT_ITEM = /(?:早番|中番|遅番|日直|宿直|当番|午前|午後|[月火水木金土日]曜(?:日)?)[ \u3000]*[：:]?[ \u3000]*([\p{Script=Han}]{1,4}|[\p{Script=Katakana}ー]{2,8}|[A-Z][a-z]{1,14})(?=[ \u3000、,／/）)]|$)/dgmu;

/**
 * A roster of shifts or weekdays, each with one person (本日の担当 早番：矢島 中番：戸叶 遅番：Kaur; 月曜 椎名、火曜 今井、
 * 水曜 ビクトル): two or more on one line, every one shaped like a name, at least one a family name or a name kuromoji
 * knows (月曜 休館、火曜 開館 is a timetable).
 */
function byShiftRoster(s: Scan): void {
  const { text, tokens } = s;
  if (!/[番直前後]|曜/.test(text)) return;
  for (const items of itemsByLine(text, SHIFT_ITEM, 2)) {
    const word = (it: Span) => text.slice(it.start, it.end);
    const fit = (it: Span) => !NOT_NAMES.has(word(it)) && !PLACE_NAMES.has(word(it)) && (/^[A-Z]/.test(word(it)) || /^[\p{Script=Katakana}ー]+$/u.test(word(it)) || !tokens.isCommonWord(it.start, it.end) || SURNAME_ENDINGS.has(word(it).slice(-1)));
    if (!items.every(fit)) continue;
    if (!items.some((it) => isNameToken(tokens.startingAt.get(it.start)) || SURNAME_ENDINGS.has(word(it).slice(-1)))) continue;
    for (const it of items) if (!s.overlaps(it.start, it.end)) s.propose({ start: it.start, end: it.end, kind: 'adult' });
  }
}

// One person to a slot of a roster line, one kind of slot to a line: after a weekday or a shift (月：, 遅番：), a number
// (①, 2週：), a time (12:30), a hashtag mark (#), an opening quote right after another, or one of several words spaced
// on a line before its particle (けんたろう すみれ りくと みつき が…); ・ joins a second person to the slot (遅番：小島・金子).
/** A name in a slot, up to a space, a list mark, a check mark (あいり○) or a bracket. */
const SLOT_NAME = String.raw`([\p{Script=Han}]{1,4}|[\p{Script=Katakana}ー]{2,8}|[\p{Script=Hiragana}]{2,6}|[A-Z][a-z]{1,14})(?=[ \u3000、,・／/○◯✓✔（(）)」』]|$)`;
/** Each kind of slot with a cheap test for its mark, so a text without the mark is not scanned for it. */
const SLOT_KINDS: { mark: RegExp; re: RegExp }[] = [
  [/[月火水木金土日](?:曜日?)?[ \u3000]*[：:]|[早中遅]番/, String.raw`(?:[月火水木金土日](?:曜日?)?[ \u3000]*[：:]|(?:早|中|遅)番[ \u3000]*[：:]?)`],
  [/[①-⑳❶-❿]/, '[①-⑳❶-❿]'],
  [/[0-9０-９]週[ \u3000]*[：:]/, String.raw`[0-9０-９]{1,2}週[ \u3000]*[：:]`],
  [/[:：][0-9０-９]/, String.raw`[0-9０-９]{1,2}[:：][0-9０-９]{2}`],
  [/[#＃]/, '[#＃]'],
  // 「いぶき」「ゆな」「Taiga」と書いてありました: names written, quoted one after another.
  [/[」』][「『]/, '(?:[「『](?=[^「『」』\\n]{1,14}[」』][「『])|(?<=[」』])[「『])'],
  // はると　ゆな　そうすけ　こころ　りん: kana names spaced on a line, the last one at the line's end too.
  [/[\p{Script=Hiragana}][ \u3000][\p{Script=Hiragana}]/u, String.raw`(?<=^|[ \u3000])(?=[\p{Script=Hiragana}]{2,6}(?:[ \u3000]|$))`],
].map(([mark, label]) => ({ mark: mark as RegExp, re: new RegExp(String.raw`${label}[ \u3000]*${SLOT_NAME}(?:・${SLOT_NAME})?`, 'gmud') }));
/** Not a person in a slot: a numeral (〇九〇・四四二一), a body or a facility (#上尾市, #保育所, #祝卒園). */
const NOT_SLOT_PERSON = /^[〇一二三四五六七八九十百千]+$|[市町村区県都所園館課係室組部会校]$/;

/**
 * The rest of a roster line whose slots already hold names (指導員シフト 月：飯田 火：内藤 水：小野寺 木：白石 金：安藤; ①早瀬
 * ②松岡 ③ジェームズ; #伊織 #一華 #朔): three or more slots of one kind, and either two already found or one found and
 * every other shaped like a name. A slot holds a person, so a place-like surname (飯田) or a word-like given name (すみれ)
 * counts once its neighbours are names; words the project knows are never names (NOT_NAMES) still do not.
 */
function bySlots(s: Scan): void {
  const { text, tokens } = s;
  if (s.found.length === 0) return;
  for (const { mark, re } of SLOT_KINDS) {
    if (!mark.test(text)) continue;
    for (const items of itemsByLine(text, re, 3)) {
      const word = (it: Span) => text.slice(it.start, it.end);
      const found = items.filter((it) => s.overlaps(it.start, it.end));
      // えんていで あそんだよ　かいと　りん: a child's spaced writing before the names; a kana item ending in a particle that is
      // no given name of the lexicon (えんていで, あそんだよ, くつを) is a word of the sentence, not a slot's name.
      // (よんでくれて, かいてくれた: five kana or more ending as a verb does is a word of the sentence too.)
      // (です, でした: particles and auxiliaries only; あそんだ: a verb, unless a given name of the lexicon.)
      const sentenceWord = (it: Span) => {
        const w = word(it);
        if (onlyFunctionWords(tokens, it.start, it.end)) return true;
        if (KANA_GIVEN_SET.has(w)) return false;
        return (/^\p{Script=Hiragana}+$/u.test(w) && ((w.length >= 3 && SENTENCE_WORD_ENDS.includes(w[w.length - 1])) || (w.length >= 5 && /[てたす]$/.test(w)))) || endsInVerb(tokens, it.start, it.end);
      };
      const open = items.filter((it) => !s.overlaps(it.start, it.end) && !NOT_NAMES.has(word(it)) && !KINSHIP.has(word(it)) && !NOT_SLOT_PERSON.test(word(it)) && !sentenceWord(it));
      if (found.length === 0 || open.length === 0) continue;
      if (found.length < 2 && !open.every((it) => nameShaped(text, tokens, it.start, it.end))) continue;
      const kinds = s.found.filter((c) => found.some((it) => c.start < it.end && it.start < c.end)).map((c) => c.kind);
      if (kinds.some((k) => k === 'office' || k === 'public')) continue;
      // The kind its neighbours agree on (all children, all adults), else a person.
      const kind: Kind = kinds.length > 0 && kinds.every((k) => k === kinds[0]) ? kinds[0] : 'person';
      for (const it of open) s.propose({ start: it.start, end: givenAfterSpace(text, it.start, it.end), kind });
    }
  }
}

/** Words in kana that open with a given name and が (しょう|が|くせい): a child's writing of 小学生, 夕方, 朝顔. */
const KANA_GA_WORDS = ['しょうがくせい', 'しょうがっこう', 'しょうがつ', 'ゆうがた', 'ゆうがお', 'あさがお', 'ひるがお', 'よるがお', 'ながぐつ'];

/** Whether kuromoji reads [start, end) as particles only (でも, には). */
function onlyParticles(tokens: Tokens, start: number, end: number, also?: string): boolean {
  let at = start;
  while (at < end) {
    const t = tokens.startingAt.get(at);
    if (!t || (t.pos[0] !== '助詞' && t.pos[0] !== also)) return false;
    at += t.surface.length;
  }
  return at === end;
}

/** A child's spaced line ending in です or でした: auxiliaries and particles, no name (nor あそんだ, a verb). */
function onlyFunctionWords(tokens: Tokens, start: number, end: number): boolean {
  return onlyParticles(tokens, start, end, '助動詞');
}

/** 月：真鍋 柚葵／火：…: a family name in kanji with its given name after a space, up to the item's end. */
function givenAfterSpace(text: string, start: number, end: number): number {
  if (!isKanji(text[start])) return end;
  const m = /^[ \u3000](?:[\p{Script=Han}々]{1,3}|\p{Script=Hiragana}{2,4}|[\p{Script=Katakana}ー]{2,6})(?=[／/、・，,\n]|$)/u.exec(text.slice(end, end + 8));
  return m ? end + m[0].length : end;
}

function splitItems(text: string, from: number, to: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let at = from;
  for (const piece of text.slice(from, to).split(/([、・，,／/][ \u3000]?|[ \u3000]?[→⇒][ \u3000]?)/)) {
    if (/^[ \u3000]?[、・，,／/→⇒]/.test(piece)) {
      at += piece.length;
      continue;
    }
    let start = at;
    let end = at + piece.length;
    at = end;
    const hon = HONORIFIC_AT_END.exec(text.slice(start, end));
    if (hon) end -= hon[0].length;
    parts.push({ start, end });
  }
  if (parts.length === 0) return parts;
  // The first item starts after a particle or marker (主役は陽斗, お当番：蓮); the last ends before one (大地の3人).
  const first = parts[0];
  // A full name of five or six kanji (佐々木結菜) is longer than nameRunStart's run; byList checks its family name.
  const fs = nameRunStart(text, first.end, first.start, true);
  const longKanji = fs < 0 ? kanjiRunBefore(text, first.end, first.start, 6) : -1;
  if (fs >= 0) first.start = fs;
  else if (longKanji >= 0 && first.end - longKanji >= 5) first.start = longKanji;
  else if (parts.length >= 3) parts.shift();
  else return [];
  const last = parts[parts.length - 1];
  const c = text[last.start];
  const same = isKanji(c) ? isKanji : isKatakana(c) ? isKatakana : isHiragana;
  let e = last.start;
  while (e < last.end && same(text[e])) e++;
  if (same === isHiragana) {
    // A given name of the lexicon first (かえで|の3人 is not かえ|での), else the run less its particles.
    const known = KANA_BY_FIRST.get(c)?.find((n) => n.length <= e - last.start && text.startsWith(n, last.start) && (n.length === e - last.start || PARTICLE_CHARS.includes(text[last.start + n.length])));
    if (known) e = last.start + known.length;
    else while (e - last.start > 2 && PARTICLE_CHARS.includes(text[e - 1])) e--;
  }
  last.end = e;
  return parts.filter((p) => p.end > p.start);
}

function itemLooksLikeName(text: string, tokens: Tokens, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (HONORIFIC_AT_START.test(text.slice(end))) return true;
  if (GIVEN_NAMES.has(name) && !COMMON_WORD_NAMES.has(name)) return true;
  if (tokens.isCommonWord(start, end)) return false;
  const t = tokens.startingAt.get(start);
  if (!t) return false;
  const tEnd = t.start + t.surface.length;
  if (isNameToken(t) && (tEnd === end || isNameToken(tokens.startingAt.get(tEnd)))) return true;
  return t.reading === undefined && tEnd === end && !isHiragana(name[0]);
}

function nameShaped(text: string, tokens: Tokens, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (NOT_NAMES.has(name) || PLACE_NAMES.has(name) || KINSHIP.has(name)) return false;
  if (PLACE_AFTER.test(text.slice(end)) || GROUP_AFTER.test(text.slice(end))) return false;
  if (/[組部会課係室園館]$/.test(name)) return false;
  if (isKanji(name[0])) return name.length <= 4;
  if (isKatakana(name[0])) return name.length >= 2 && !tokens.isCommonWord(start, end);
  return name.length >= 2 && name.length <= 5 && (KANA_GIVEN_NAMES.includes(name) || !tokens.isCommonWord(start, end));
}

/** Two to four kanji that kuromoji reads as one proper noun of any kind (新井 as 組織, 吉祥寺 as 地域). */
function properKanjiWord(tokens: Tokens, text: string, start: number, end: number): boolean {
  const t = tokens.startingAt.get(start);
  return !!t && t.pos[1] === '固有名詞' && t.start + t.surface.length === end && /^[\p{Script=Han}々]{2,4}$/u.test(text.slice(start, end)) && nameShaped(text, tokens, start, end);
}

/** 佐々木結菜: 3–6 kanji that open with a family-name token (人名,姓) and end in a one- to three-kanji given name. */
function fullKanjiName(tokens: Tokens, text: string, start: number, end: number): boolean {
  const t = tokens.startingAt.get(start);
  if (!t || t.pos[3] !== '姓' || !/^[\p{Script=Han}々]{3,6}$/u.test(text.slice(start, end))) return false;
  const rest = end - (t.start + t.surface.length);
  return rest >= 1 && rest <= 3;
}

/** A number's last digits, a space, then a name and まで・宛・あて (…４０６５ 佐久間まで). */
const NAME_THEN_MADE = /[0-9０-９][ \u3000]+([\p{Script=Han}々\p{Script=Katakana}ー]{1,6})(?=まで|宛|あて)/gu;

/** A name beside a phone number, e-mail address or address: …@gmail.com（広瀬）, 070-… まゆ, 〒… 高木 結子. */
function byContact(s: Scan): void {
  const { text } = s;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const from = lineStart;
    lineStart += line.length + 1;
    if (!CONTACT_LINE.test(line)) continue;
    // （広瀬）, （大久保 健二）
    // （保護者会・木暮）: the group the person answers for may stand first.
    for (const m of matchesOf(line, /[（(]((?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:会|係|部|委員|担当|事務局)[・･／/])?)([\p{Script=Han}々\p{Script=Katakana}ー\p{Script=Hiragana}]{1,6}(?:[ \u3000][\p{Script=Han}々\p{Script=Katakana}ー\p{Script=Hiragana}]{1,5})?|[A-Z][a-z]+(?:[ \u3000][A-Z][a-z]+)?)[）)]/gu)) {
      const [, group, name] = m;
      const start = from + m.index! + 1 + group.length;
      let end = start + name.length;
      // （正）（誤）（新）（ご自宅）: a label of the value, not its owner.
      if (NOT_OWNER.test(name)) continue;
      // Right after the address, the number or the e-mail it names (…@outlook.jp（平野）, …五番七号（山口方）): the
      // owner's name, even a word kuromoji also knows as a noun.
      const owner = CONTACT_BEFORE.test(text.slice(Math.max(0, start - 25), start - 1));
      const home = owner ? /(?:様方|方|宅)$/.exec(name) : null;
      if (home && name.length - home[0].length >= 2) end -= home[0].length;
      if (!contactName(s, start, end) && !(owner && ownerName(s, start, end))) continue;
      s.propose({ start, end, kind: 'adult' });
    }
    // A name right before an e-mail address or a phone number after a space: お手玉の会 和子 kazuko@…, 会長 東 090-….
    for (const m of matchesOf(line, /([\p{Script=Han}々\p{Script=Katakana}ー\p{Script=Hiragana}]{1,6})[ \u3000]+(?=[A-Za-z0-9][A-Za-z0-9._+-]*(?:@|＠)|[0０][0-9０-９]{1,4}[-‐－ー（(])/gu)) {
      const start = from + m.index!;
      const end = start + m[1].length;
      if (s.overlaps(start, end)) continue;
      const word = text.slice(start, end);
      if (NOT_OWNER.test(word)) continue;
      const marker = PERSON_BEFORE.test(s.before(start, 10)) && /^[\p{Script=Han}々]{1,4}$/u.test(word) && !(end - start >= 2 && s.tokens.isCommonWord(start, end)) && !NOT_NAMES.has(word) && !PLACE_NAMES.has(word);
      if (!marker && !(contactName(s, start, end) && strictContactWord(s, start, end))) continue;
      // 上杉 玲奈 090-…: a family name before it.
      const fam = /[ \u3000]/.test(text[start - 1] ?? '') ? s.tokens.endingAt.get(start - 1) : undefined;
      s.propose({ start: fam && fam.pos[3] === '姓' ? fam.start : start, end, kind: 'adult' });
    }
    // A name after the number and a space, then まで・宛 (…４０６５ 佐久間まで): whom to call.
    for (const m of matchesOf(line, NAME_THEN_MADE)) {
      const start = from + m.index! + m[0].length - m[1].length;
      const end = start + m[1].length;
      if (contactName(s, start, end)) s.propose({ start, end, kind: 'adult' });
    }
    // A name at the end of the line after a space: 070-6639-8820 まゆ, 〒… 上杉 玲奈, 自宅電話 … 野口.
    // …（緊急時のみ）高坂, …com／山吹: after a closing bracket or a slash too.
    const tail = /(?:[ \u3000]|[）)／/](?=[\p{Script=Han}々\p{Script=Katakana}]))([\p{Script=Han}々\p{Script=Katakana}ー\p{Script=Hiragana}]{1,6}(?:[ \u3000][\p{Script=Han}々\p{Script=Katakana}ー\p{Script=Hiragana}]{1,5})?)[ \u3000]*$/u.exec(line);
    if (tail) {
      const start = from + tail.index + 1;
      let end = start + tail[1].length;
      // 佐々木方, 山田様方, 田中宅: a home; the name is what comes before.
      const home = /(?:様方|方|宅)$/.exec(tail[1]);
      if (home && isKanji(text[end - home[0].length - 1]) && end - home[0].length - start >= 2) {
        end -= home[0].length;
        if (!s.overlaps(start, end) && !PLACE_NAMES.has(text.slice(start, end))) s.propose({ start, end, kind: 'adult' });
      } else if (contactName(s, start, end)) s.propose({ start, end, kind: 'adult' });
    }
  }
}

/** What follows the addressee written after an address: an honorific, まで, a closing bracket, the end of the line. */
const ADDRESSEE_AFTER = /^[ \u3000]*(?:様|さま|さん|宛|あて|方|まで|」|[（(、。]|\n|$)/;
const ADDRESSEE_HONORIFIC = /^[ \u3000]*(?:様|さま|さん|宛|あて|まで)/;
/** On an envelope or a form the addressee follows the address (…コーポ岩戸102号室 吉岡まで, …ハイツ猪方202 村雨 様,
 * …3-9-14 内田」様, …7番地の2 三輪 聡子): a family name after a space, with an honorific or looking like a name. */
function byAddressee(s: Scan): void {
  const { text } = s;
  if (!/[0-9０-９]|丁目|番/.test(text)) return;
  for (const a of findAddresses(text)) {
    // A space first: the pattern below is large (costly on its first use) and needs one.
    if (text[a.end] !== ' ' && text[a.end] !== '\u3000') continue;
    const m = /^[ \u3000]+([\p{Script=Han}々]{1,4})(?:[ \u3000]([\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}))?/u.exec(text.slice(a.end, a.end + 14));
    if (!m) continue;
    // 村雨 様: the honorific after the space is no given name.
    const given = m[2] !== undefined && !/^(?:様|さま|さん|宛|あて|方|まで)/.test(m[2]) ? m[2] : undefined;
    const end = a.end + (given ? m[0].length : m[0].length - (m[2] !== undefined ? m[2].length + 1 : 0));
    const start = a.end + m[0].length - m[0].trimStart().length;
    const family = m[1];
    if (!ADDRESSEE_AFTER.test(text.slice(end, end + 4)) || s.overlaps(start, end)) continue;
    if (NOT_NAMES.has(family) || PLACE_NAMES.has(family) || ORG_WORD.test(m[0]) || NOT_OWNER.test(family)) continue;
    const nameLike = readAsName(s.tokens, start, family) || (given !== undefined && (isGivenName(given) || readAsName(s.tokens, end - given.length, given)));
    if (!nameLike && !ADDRESSEE_HONORIFIC.test(text.slice(end, end + 4))) continue;
    s.propose({ start, end, kind: 'adult' });
  }
}

/** 保育課の井上と, 子育て支援センターの鬼頭が: a family name after the office or the unit it works in. Only kuromoji's
 * 人名 counts here (an office's 窓口・担当者 and common nouns stay quiet). */
const UNIT_END = /(?:課|係|室|センター|保育所|保育園|こども園|児童館|支援館|公民館|事務局|市役所|役場)$/;
const AFTER_STAFF_NAME = /^(?:[とがはもにへ、・]|から|より|まで|です|$)/;
function byUnitStaff(s: Scan): void {
  const { text, tokens } = s;
  for (let k = 2; k < tokens.list.length; k++) {
    const t = tokens.list[k];
    if (t.pos[2] !== '人名' || tokens.list[k - 1].surface !== 'の') continue;
    const unit = text.slice(Math.max(0, tokens.list[k - 1].start - 12), tokens.list[k - 1].start);
    if (!UNIT_END.test(unit)) continue;
    // A 姓 and a 名 written together stay one name.
    const next = tokens.list[k + 1];
    const end = next && next.pos[2] === '人名' && next.start === t.start + t.surface.length ? next.start + next.surface.length : t.start + t.surface.length;
    const name = text.slice(t.start, end);
    if (s.overlaps(t.start, end) || NOT_NAMES.has(name) || PLACE_NAMES.has(name) || !AFTER_STAFF_NAME.test(text.slice(end, end + 2))) continue;
    s.propose({ start: t.start, end, kind: 'adult' });
  }
}

/** A staff sign-off: a unit, a space, then family names to the end of the line or a bracket (文責：…政策課　降矢,
 * （担当：保育課保育係　新井・須田）, 担当 保育課 幟立 / 連絡先…); a place-like surname (新井) counts in that slot. */
const SIGN_OFF = /(?:文責|担当|作成|発信|記)[ \u3000]*[：:]?[ \u3000]*[^\n：:]{0,24}?(?:課|係|室|センター|事務局)[ \u3000]+([\p{Script=Han}々]{1,4}(?:[・、][\p{Script=Han}々]{1,4}){0,3})(?=[ \u3000]*(?:[）)/／]|$))/dgmu;
/** A unit's member introduced with the reading of a name (保育課の百目鬼（どうめき）です). */
const UNIT_SELF_INTRO = /(?:課|係|室|センター)の([\p{Script=Han}々]{1,4}[（(][\p{Script=Hiragana}]{2,8}[）)])(?=です|が|と|より|から)/dgu;
/** A role on a record or a notice, then one family name up to a slash, a full stop or the line's end (作成 左右田／確認 砂金,
 * 記録 醍醐, 補助：五月女。). */
const ROLE_WORDS = '記録|作成|確認|補助|撮影|文責|担当|責任者|担当保育士|記入者';
const ROLE_WORD = new RegExp(ROLE_WORDS);
const ROLE_SLOT = new RegExp(String.raw`(?<![\p{Script=Han}々])(?:${ROLE_WORDS})(?!者)[ \u3000]*[：:]?[ \u3000]*([\p{Script=Han}々]{2,4})(?=[ \u3000]*(?:[／/。）)]|$))`, 'dgmu');
/** A unit, then family names and an extension (保育課 入所係　千葉・大西・野口（内線 2314）): the staff who answer. */
const UNIT_WITH_EXTENSION = /(?:課|係|室|センター)[ \u3000]+([\p{Script=Han}々]{1,4}(?:[・、][\p{Script=Han}々]{1,4}){0,4})(?=[ \u3000]*[（(](?:内線|TEL|Tel|電話|☎))/dgu;
/** A form's person label, a colon, then a name up to a bracket, a mark or the line's end (申請者：福島 彩, 児童：石田 湊斗):
 * the slot holds a person even when the family name is a place (福島). */
const PERSON_LABELS = '氏名|お名前|申請者|申込者|請求者|届出人|保護者|児童|ご本人|本人|受取人|代表者|記入者';
const PERSON_LABEL = new RegExp(PERSON_LABELS);
const LABELLED_NAME = new RegExp(String.raw`(?:${PERSON_LABELS})[ \u3000]*[：:][ \u3000]*([\p{Script=Han}々]{1,4}[ \u3000][\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}|[\p{Script=Han}々]{2,4})(?=[ \u3000]*(?:[（(）)、,。／/\n]|$|さん|様|くん|ちゃん))`, 'dgu');
/** Job titles that stand where a name would (課長, 保健師, 担当者). */
const STAFF_TITLE = /(?:長|員|士|師|官|者|担当|主任|主査|主事|一同)$/;
/** A word in a staff or person slot that names no one: a title (課長, 担当者), a unit or a body (保育係), a known non-name. */
const notSlotName = (w: string) => STAFF_TITLE.test(w) || NOT_SLOT_PERSON.test(w) || NOT_NAMES.has(w);
/** The family names of a staff list starting at `from` (新井・須田, 千葉、大西), titles and units left out. */
function proposeStaffList(s: Scan, from: number, list: string): void {
  let at = from;
  for (const part of list.split(/([・、])/)) {
    const start = at;
    at += part.length;
    if (part === '・' || part === '、' || notSlotName(part) || s.overlaps(start, at)) continue;
    s.propose({ start, end: at, kind: 'adult' });
  }
}

/** A child's writing in quotes signed at its end after a space (「きょうは…いきました。　はやと」, 『…しょうぼうしさん　あおば』). */
const SIGNED_QUOTE = /[「『]([^「『」』\n]{4,80}?)[ \u3000]+(\p{Script=Hiragana}{2,5}|[\p{Script=Katakana}ー]{2,6})[」』]/dgu;
/** A quoted letter's last line, after a line break and indentation, of one to four words in hiragana: groups 1 (the
 * letter before it), 2 (the line). */
const SIGNED_LAST_LINE = /[「『]([^「『」』]{4,200}?)\n[ \u3000]*(\p{Script=Hiragana}{2,5}(?:[ \u3000]+\p{Script=Hiragana}{2,5}){0,3})[ \u3000]*[」』]/dgu;
/** A kana family and given name after a closing quotation mark and a space, ending the line: groups 1 (whole), 2, 3. */
const SIGNED_AFTER_QUOTE = /[」』][ \u3000]+((\p{Script=Hiragana}{2,5})[ \u3000](\p{Script=Hiragana}{2,4}))[ \u3000]*(?=\n|$)/dgu;

/** Writing in a child's hand: at least 70 % kana, spaces and punctuation aside. */
function childsHand(writing: string): boolean {
  const body = writing.replace(/[\s\u3000。、！？!?]/g, '');
  return [...body].filter((c) => isHiragana(c) || isKatakana(c)).length >= body.length * 0.7;
}

/**
 * A child's letter, note or card quoted and signed with a given name after a space at its very end: the name is a
 * given name of the lexicon (in kana or katakana), and the writing before it is mostly kana
 * (a child's hand), so a quoted title or an adult's sentence with a word at its end is not read as signed.
 */
function bySignature(s: Scan): void {
  const { text } = s;
  if (!/[」』]/.test(text)) return;
  for (const m of matchesOf(text, SIGNED_QUOTE)) {
    const [start, end] = m.indices![2];
    const name = m[2];
    // (A name that is also a word, あおば or ユウキ, is still a name here: no one signs a letter with a word.)
    if (!isGivenName(name) || NOT_NAMES.has(name) || !childsHand(m[1]) || s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: 'child' });
  }
  // 『ほいくえんの　せんせいへ⏎　いつも　ありがとう⏎　　かわばた　めい』: the letter's last line, indented, holds only its
  // signatures (a full name in kana, or given names side by side: そうた　よしき　みゆ).
  for (const m of matchesOf(text, SIGNED_LAST_LINE)) {
    if (!childsHand(m[1])) continue;
    const [lineStart] = m.indices![2];
    const words = [...m[2].matchAll(/\p{Script=Hiragana}+/gu)].map((w) => ({ start: lineStart + w.index!, end: lineStart + w.index! + w[0].length, word: w[0] }));
    const given = (w: string) => isGivenName(w) && !NOT_NAMES.has(w) && !KINSHIP.has(w);
    // A family name then a given name (かわばた　めい): one name.
    const full = words.length === 2 && !given(words[0].word) && given(words[1].word);
    // Side by side, at least one given name of the lexicon, and no everyday word among them (いつも　ありがとう is none).
    const nameLike = (w: { start: number; end: number; word: string }) => given(w.word) || (!s.tokens.isCommonWord(w.start, w.end) && !NOT_NAMES.has(w.word) && !KINSHIP.has(w.word));
    const spans = full ? [{ start: words[0].start, end: words[1].end }] : words.some((w) => given(w.word)) && words.every(nameLike) ? words : [];
    for (const w of spans) if (!s.overlaps(w.start, w.end)) s.propose({ start: w.start, end: w.end, kind: 'child' });
  }
  // 『ぼくは おおきくなったら パンやさんになりたい』 ひらの しゅん: the full name in kana after the quotation, ending the line.
  for (const m of matchesOf(text, SIGNED_AFTER_QUOTE)) {
    const [start, end] = m.indices![1];
    if (!isGivenName(m[3]) || NOT_NAMES.has(m[2]) || KINSHIP.has(m[2]) || s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: 'child' });
  }
}

/** A given name, a space and an age with no bracket (のぞみ 7さい, ゆい 5歳), as a child writes it on a thing: group 1. */
const NAME_AGE = /(?<=^|[「『\s\u3000、。―—])(\p{Script=Hiragana}{2,5}|[\p{Script=Katakana}ー]{2,6})[ \u3000、，,]?[0-9０-９]{1,2}[ \u3000]?(?:歳|才|さい)(?=[」』、。！!\s\u3000]|$)/dgu;
/**
 * A child's given name with its age after it and no bracket (「のぞみ 7さい」とかいてある, a work signed ――たいち　６さい): a
 * given name of the lexicon;
 * one that is also a word (のぞみ) only when name and age fill a quotation.
 */
function byNameAge(s: Scan): void {
  const { text } = s;
  if (!/[0-9０-９][ \u3000]?(?:歳|才|さい)/.test(text)) return;
  for (const m of matchesOf(text, NAME_AGE)) {
    const [start, end] = m.indices![1];
    const name = m[1];
    const wholeQuote = /[「『]$/.test(text.slice(Math.max(0, start - 1), start)) && /^[」』]/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 1));
    if (!isGivenName(name) || NOT_NAMES.has(name) || (isCommonWordName(name) && !wholeQuote) || s.overlaps(start, end)) continue;
    s.propose({ start, end, kind: 'child' });
  }
}

function bySignOff(s: Scan): void {
  const { text } = s;
  // Each pattern runs only on a text that holds its words (most posts hold none of them).
  const signs = /文責|担当|作成|発信|記録|記入|(?:^|[\s\u3000])記[ \u3000:：]/.test(text);
  const labels = /[：:]/.test(text) && PERSON_LABEL.test(text);
  for (const m of signs ? matchesOf(text, SIGN_OFF) : []) proposeStaffList(s, m.indices![1][0], m[1]);
  // Role slots: with two or more in the text (作成 …／確認 …) a slot holds a name even when it is a word (砂金); one slot
  // alone needs a family name kuromoji knows or no dictionary word.
  const slots = ROLE_WORD.test(text) ? [...matchesOf(text, ROLE_SLOT)] : [];
  for (const m of slots) {
    const [start, end] = m.indices![1];
    const word = m[1];
    if (s.overlaps(start, end) || notSlotName(word) || PLACE_NAMES.has(word)) continue;
    if (slots.length < 2 && s.tokens.isCommonWord(start, end) && !isNameToken(s.tokens.startingAt.get(start))) continue;
    s.propose({ start, end, kind: 'adult' });
  }
  for (const m of /内線|TEL|Tel|電話|☎/.test(text) ? matchesOf(text, UNIT_WITH_EXTENSION) : []) proposeStaffList(s, m.indices![1][0], m[1]);
  for (const m of labels ? matchesOf(text, LABELLED_NAME) : []) {
    const [start, end] = m.indices![1];
    if (s.overlaps(start, end) || notSlotName(m[1])) continue;
    s.propose({ start, end, kind: /^児童/.test(m[0]) ? 'child' : 'person' });
  }
  for (const m of /[（(]/.test(text) ? matchesOf(text, UNIT_SELF_INTRO) : []) {
    const [start, end] = m.indices![1];
    if (!s.overlaps(start, end) && !STAFF_TITLE.test(m[1].replace(/[（(].*$/, ''))) s.propose({ start, end, kind: 'adult' });
  }
}

/** A word of one script that is a name by itself: a given name of the lexicon, kuromoji's 人名, or one unknown kanji word. */
function strictContactWord(s: Scan, start: number, end: number): boolean {
  const { text, tokens } = s;
  const word = text.slice(start, end);
  if (!/^(?:[\p{Script=Han}々]+|[\p{Script=Katakana}ー]+|[\p{Script=Hiragana}]+)$/u.test(word)) return false;
  if (isGivenName(word) || tokens.nameRunEndingAt(end) === start) return true;
  const t = tokens.startingAt.get(start);
  return !!t && t.surface === word && t.reading === undefined && isKanji(word[0]);
}

/** Labels written beside contact data: 正・誤 in a correction, 新・旧 for a changed number, (ご自宅), (携帯). */
const NOT_OWNER = /^(?:.+(?:入り|抜き|なし|無し|あり|有り|町|市|区|村|丁目)|正|誤|新|旧|例|済|可|否|未|有|無|要|同上|上|下|前|後|本|副|主|仮|代|直|内|外|(?:ご|お)?(?:自宅|実家|本人|家族|勤務先|職場|携帯|日中|夜間)|ハイフン(?:なし|無し|あり)|半角|全角|数字のみ|代表|直通|内線)$/;
/** Contact data ending right before a bracket: an e-mail address, a phone number's last digits, a house number. */
const CONTACT_BEFORE = /(?:[A-Za-z0-9._+-]+(?:@|＠)[A-Za-z0-9.-]+\.[A-Za-z]{2,}|[0-9０-９]{3,4}|[0-9０-９一二三四五六七八九十〇]+(?:号|番地?)|号室)[ \u3000]*$/;
/** A bracketed owner's name after contact data: 1–4 kanji, 2–6 katakana or a capitalised Latin word, not an office
 * or a place word. */
function ownerName(s: Scan, start: number, end: number): boolean {
  const name = s.text.slice(start, end);
  if (s.overlaps(start, end) || NOT_NAMES.has(name) || PLACE_NAMES.has(name) || LATIN_OFFICE.test(name)) return false;
  if (ORG_WORD.test(name) || /(?:父|母|祖父|祖母|夫|妻|自宅|携帯|本人|代表|平日|夜間|日中|緊急|連絡先|普通|当座|貯蓄|定期|総合|同上|不在|留守|内線|直通)/.test(name)) return false;
  return /^(?:[\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,6}|[A-Z][a-z]+(?:[ \u3000][A-Z][a-z]+)?)$/u.test(name);
}
const LATIN_OFFICE = /^(?:Office|Center|Centre|City|Home|Mobile|Tel|Fax|Mail|Email|Japan|Tokyo|Saitama)$/i;

function contactName(s: Scan, start: number, end: number): boolean {
  const { text, tokens } = s;
  if (s.overlaps(start, end)) return false;
  const name = text.slice(start, end);
  if (ORG_WORD.test(name)) return false;
  if (NOT_NAMES.has(name) || PLACE_NAMES.has(name) || /(?:課|係|室|園|所|館|センター|市|町|村|区|県|号室|番地|方面|支店|銀行|普通|当座|名義|まで|へ|宛|代表|窓口|担当|内線|平日|土日|FAX|ファクス|携帯|自宅|保護者会|事務局|会計)$/.test(name)) return false;
  if (/^(?:普通|当座|名義|担当|代表|保育|平日|土日|内線|携帯|自宅|個人)/.test(name)) return false;
  const t = tokens.startingAt.get(start);
  if (!t) return false;
  if (/[ \u3000]/.test(name)) return t.pos[1] === '固有名詞' || t.reading === undefined || isKatakana(name[0]);
  const tEnd = t.start + t.surface.length;
  if (isNameToken(t) && tEnd >= end - 1) return true;
  if (GIVEN_NAMES.has(name) || KANA_GIVEN_NAMES.includes(name)) return true;
  if (isKanji(name[0]) && name.length <= 4 && (t.reading === undefined || t.pos[1] === '固有名詞') && tEnd === end) return true;
  if (isKatakana(name[0]) && name.length >= 2 && name.length <= 6 && !tokens.isCommonWord(start, end)) return true;
  if (isHiragana(name[0]) && name.length >= 2 && name.length <= 4 && !tokens.isCommonWord(start, end) && t.pos[0] !== '助詞' && t.pos[0] !== '助動詞') return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Filters and the finding

/** Drops what is not a private person's name; marks public figures and office holders. */
function classify(ctx: RuleContext, s: Scan, c: Candidate): Candidate | undefined {
  const { text } = s;
  const name = text.slice(c.start, c.end);
  const bare = name.replace(/[（(].*$/, '');
  if (isAllowed('names', bare, ctx.config.allow.names) || isAllowed('names', name, ctx.config.allow.names)) return undefined;
  if (NOT_NAMES.has(bare) || /^[〇○◯△×□＿_]+(?:[ \u3000][〇○◯△×□＿_]+)?$/.test(bare)) return undefined;
  // 6月13日（金）: a weekday after a date; 旧 …、新 狛江市…: the old and the new of a change.
  if (/^[月火水木金土日]$/.test(bare) && (/[日0-9０-９][ \u3000]*[（(]$/.test(text.slice(Math.max(0, c.start - 4), c.start)) || /^[ \u3000][\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text.slice(c.end, c.end + 2)) && /(?:^|[：:／/、\s])$/.test(text.slice(Math.max(0, c.start - 1), c.start)))) return undefined;
  // 当番表の「金：お休み」: a weekday heading a roster's entry.
  if (/^[月火水木金土日]$/.test(bare) && /^[：:]/.test(text.slice(c.end, c.end + 1)) && /(?:^|[／/、\s】|｜])$/.test(text.slice(Math.max(0, c.start - 1), c.start))) return undefined;
  // A character of a picture book or an anime named alone (『鬼滅の刃』の炭治郎, マグレガーさんの畑, #アッピー).
  if (CHARACTERS.has(bare)) return undefined;
  // 遠足のしおり: the trip's booklet; 八幡さま: a shrine's god; "…" by Eric Carle: a book's author.
  if (bare === 'しおり' && /(?:遠足|旅行|修学旅行|合宿|キャンプ|行事|入園|入学|卒園|運動会)の$/.test(text.slice(Math.max(0, c.start - 6), c.start))) return undefined;
  if (/^(?:八幡|天神|稲荷|地蔵|お地蔵|観音|弁天|恵比寿|大黒)$/.test(bare) && /^(?:さま|様)/.test(text.slice(c.end, c.end + 2))) return undefined;
  if (/(?:["”」』][ \u3000]*,?[ \u3000]*by|(?:written|illustrated|translated) by)[ \u3000]+$/i.test(text.slice(Math.max(0, c.start - 24), c.start))) return undefined;
  // しょうがくせい, ゆうがた, あさがお: a word in kana that opens with a given name and が.
  if (/^\p{Script=Hiragana}+$/u.test(bare) && KANA_GA_WORDS.some((w) => text.startsWith(w, c.start))) return undefined;
  // だいすきな　せんせいへ: a word of the sentence before a spaced せんせい in a child's letter, not a name.
  if (/^\p{Script=Hiragana}{3,}$/u.test(bare) && SENTENCE_WORD_ENDS.includes(bare[bare.length - 1]) && !KANA_GIVEN_SET.has(bare) && /^[ \u3000]+(?:せんせい|先生)/.test(text.slice(c.end, c.end + 6))) return undefined;
  // 同じ服でもちゃんと: particles before the adverb ちゃんと are no name.
  if (s.tokens.startingAt.get(c.end)?.surface === 'ちゃんと' && onlyParticles(s.tokens, c.start, c.end)) return undefined;
  // 小野寺 奏汰くんです笑: 笑 after a sentence's end is laughter.
  if (bare === '笑' && /(?:です|ます|した|だよ|よね|だ|た|よ|ね|[！!？?）)])$/.test(text.slice(Math.max(0, c.start - 3), c.start))) return undefined;
  // 訂正の（誤）…（正）…, 正：…: the marks of a correction.
  if (/^[正誤]$/.test(bare) && (/[（(]$/.test(text.slice(Math.max(0, c.start - 1), c.start)) || /^[：:）)]/.test(text.slice(c.end, c.end + 1)))) return undefined;
  // 新しい先生: the tail of an adjective (新|しい) is no name.
  if (/^\p{Script=Hiragana}+$/u.test(bare) && insideAdjective(s, c.start)) return undefined;
  if (/^[新旧]$/.test(bare) && /^[ \u3000:：]*(?:[〒0-9０-９]|[\p{Script=Han}]{1,4}[都道府県市区町村])/u.test(text.slice(c.end, c.end + 8))) return undefined;
  // こぐまちゃんのホットケーキ, 森のくまさん: the words are part of a character's name.
  if (insideCharacter(text, c.start, c.end)) return undefined;
  // ゆうき（勇気）を出して, ゆい（結）のまち: a word in kana with its kanji after it, not a name with its reading.
  // (one dictionary word whose reading is the kana: not 穂乃花, a name's kanji, nor （発熱）, a note)
  const kanjiAfter = (text[c.end] === '（' || text[c.end] === '(') && /^[（(]([\p{Script=Han}]{1,4})[）)]/u.exec(text.slice(c.end, c.end + 7));
  const word = kanjiAfter && s.tokens.startingAt.get(c.end + 1);
  if (kanjiAfter && word && word.surface === kanjiAfter[1] && word.pos[1] !== '固有名詞' && word.reading === toKatakana(bare) && !HONORIFIC_AT_START.test(text.slice(c.end + kanjiAfter[0].length))) return undefined;
  // 中川李枝子 さく・大村百合子 え: the words of a picture book's credit line.
  if (/^(?:さく|え|ぶん|やく)$/.test(bare) && /[ \u3000]$/.test(text.slice(Math.max(0, c.start - 1), c.start)) && /^(?:[・／/）)、]|$)/.test(text.slice(c.end, c.end + 1))) return undefined;
  // 花子さん（仮名）: a stand-in name.
  if (/^(?:さん|くん|ちゃん|様)?[（(](?:仮名|仮称|仮)[）)]/.test(text.slice(c.end, c.end + 8))) return undefined;
  const after = text.slice(c.end, c.end + 12);
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  const honorific = HONORIFIC_AT_START.test(after);
  // 子育てサポーター 今泉: after a staff word, a place's name that kuromoji reads as a family name is one (not 中妻・大谷, a
  // list of places).
  // 090-4411-0789（小泉）: in brackets right after a number or an address, its owner.
  const owner = /[0-9０-９A-Za-z][ \u3000]?[（(]$/.test(before) && /^[）)]/.test(after);
  const personRead = (STAFF_BEFORE.test(before) || owner) && readAsName(s.tokens, c.start, bare);
  if (!honorific && ((PLACE_NAMES.has(bare) && !personRead) || PLACE_AFTER.test(after))) return undefined;
  if (GROUP_AFTER.test(after) && c.kind !== 'child' && !TITLE_AFTER.test(after)) return undefined;
  // ひまわりぐみ is a class; めぐみ, a given name ending in the same sounds, is a person.
  if (/^(?:組|ぐみ|グループ|クラス)/.test(after) || (/(?:組|ぐみ|グミ)の?$/.test(bare) && !KANA_GIVEN_SET.has(/[\p{Script=Hiragana}]+$/u.exec(bare)?.[0] ?? ''))) return undefined;
  // A shop or workshop named like a person (ケーキ工房さくらさん), a name in a form's example (記入例：氏名 上尾 太郎).
  if (SHOP_BEFORE.test(before) || exampleLine(lineBefore(text, c.start))) return undefined;
  // 藤波の農園さん: a business named by its place, whose name ends in the business word (SHOP_BEFORE at the name's end).
  if (/の/.test(bare) && SHOP_BEFORE.test(bare)) return undefined;
  // トーマスに乗ってきた: a vehicle, no one a child rides.
  if (!honorific && /^に乗(?:っ|る|り|れ|せ)/.test(after)) return undefined;
  // A pet (うさぎのみみちゃん, 園で飼っているカメのカメキチ), or the next name of a pets' list (金魚のきんちゃんとぎんちゃん).
  if (PET_BEFORE.test(before) || THING_BEFORE.test(before) || PET_IN_SENTENCE.test(text.slice(Math.max(0, c.start - 14), c.start)) || PET_AFTER.test(text.slice(c.end, c.end + 24))) return undefined;
  // しんのすけ役の湊斗くん: a part in a play, played by the child named after it.
  if (!honorific && /^役(?:の|は|を|で|に)/.test(after)) return undefined;
  // 『こんとあき』を読みました…こんがあきを守る: a word of a book's title in the post is its character.
  if (!honorific && titleWords(text).some((t) => t.includes(bare))) return undefined;
  // 名前ランキングで人気の「陽翔」「碧」: names talked about as names, not anyone's.
  if (!honorific && NAMES_AS_NAMES.test(text) && /[「『]$/.test(text.slice(Math.max(0, c.start - 1), c.start))) return undefined;
  // Written beside a character (しずかちゃんとのび太くん, しまじろうとはなちゃん): a character too.
  if (besideCharacter(text, c.start, c.end)) return undefined;
  const figure = s.figures.find(([fs, fe]) => fs <= c.start && c.end <= fe);
  if (figure) return { ...c, start: figure[0], end: figure[1], kind: 'public' };
  // ・『バムとケロのさむいあさ』島田ゆか: a book list's author, after the title on a list line.
  // (（文：森本）, 文責：森本: the byline of the post's own writer, one of the staff, not a book's.)
  const byline = /(?:[（(]|文責)[ \u3000]*(?:文|記|文責)?[：:・][ \u3000]*$/.test(before) && /^[ \u3000]*[）)]|^[ \u3000]*$/.test(after.split('\n')[0]);
  const author = c.kind !== 'child' && !byline && (AUTHOR_BEFORE.test(before) || AUTHOR_AFTER.test(after) || (!honorific && BOOK_LIST_TITLE.test(lineBefore(text, c.start))));
  if (isPublicFigure(name, c.start, c.end, s.figures) || author) return { ...c, kind: 'public' };
  // 子ども議会の議長, 若者会議の副議長: the children's and youths' own posts are no public office.
  const title = OFFICE_TITLE.exec(before.slice(-6))?.[0] ?? OFFICE_AFTER.exec(after)?.[0];
  if (title !== undefined && !(YOUTH_ASSEMBLY.test(text) && /議長|議員$/.test(title) && !/市議会|県議会/.test(title))) return { ...c, kind: 'office' };
  // A child word before or after makes any name a child's (年長の晴くん, 杉本 結（4年）).
  if (c.kind !== 'child' && (CHILD_AFTER.test(after) || (CHILD_BEFORE.test(before) && !PERSON_BEFORE.test(before)))) return { ...c, kind: 'child' };
  return c;
}

/** Titles of books, songs and shows in 『』, known by what is done with them (『こんとあき』を読みました, 絵本『ぐりとぐら』);
 * 『たくみ』と言っています is someone's words, not a title. */
function titleWords(text: string): string[] {
  if (!text.includes('『')) return [];
  return [...matchesOf(text, /(絵本|紙芝居|本|歌|曲|映画|アニメ)?『([^』\n]{1,30})』/g)]
    .filter((m) => m[1] !== undefined || TITLE_USE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6)))
    .map((m) => m[2]);
}
/** What is done with a title right after it: 『…』を読みました, 『…』の読み聞かせ, 『…』という絵本. */
const TITLE_USE = /^(?:を(?:読|見|歌|観)|の(?:絵本|読み聞かせ|本|歌|紙芝居)|という(?:絵本|本|歌))/;
/** Names talked about as names: a ranking, a naming, a name's origin. */
const NAMES_AS_NAMES = /名前ランキング|名前の人気|人気の名前|命名ランキング|名づけ|名付け|名前の由来|読み方ランキング/;

/** Children's and youths' assemblies: their 議長・議員 are pupils. */
const YOUTH_ASSEMBLY = /子ども議会|こども議会|子ども会議|こども会議|子ども若者会議|若者会議|児童会|生徒会|少年議会|ユース議会/;
const PET_WORDS = '(?:雪だるま|ゆきだるま|かかし|てるてる坊主|ぬいぐるみ|うさぎ|ウサギ|兎|ねこ|ネコ|猫|いぬ|イヌ|犬|かめ|カメ|亀|ハムスター|モルモット|金魚|きんぎょ|インコ|メダカ|めだか|にわとり|ニワトリ|鶏|ザリガニ|カブトムシ|クワガタ|ヤギ|やぎ|ひつじ|羊|ポニー|子犬|子猫|ペット|カエル|かえる)';
const PET_BEFORE = new RegExp(`${PET_WORDS}(?:の|[ \\u3000]|[、・]?名前は[「『]?|に[「『]|[「『])$`);
/** A pet named before the animal (「はるちゃん」という名前の園のうさぎ). */
const PET_AFTER = new RegExp(`^(?:ちゃん|くん)?[」』](?:という|って)名前の[^。！!\\n]{0,6}?${PET_WORDS}`);
/** A bus, a robot or a mascot named in brackets (循環バス「ぐるっとくん」, マスコット「アッピー」): a thing, no person. */
const THING_BEFORE = /(?:バス|電車|列車|ロボット|マスコット|キャラクター|ゆるキャラ|着ぐるみ|ぬいぐるみ|人形)[「『]$/;
/** An animal the office keeps, then its name, or the next name of its list (金魚のきんちゃんとぎんちゃん, カブトムシのカブ吉くん);
 * ねこの好きなゆうとくん is a child. */
const PET_IN_SENTENCE = new RegExp(`${PET_WORDS}(?:の(?:[ァ-ヺー一-龥]{0,4}|[^。！!？?\\n]{1,8}?(?:ちゃん|くん|さん)(?:と|、|・))|[「『][^。！!？?\\n」』]{1,8}?(?:ちゃん|くん|さん)[」』](?:と|、|・)[「『])$`);
const SHOP_BEFORE = /(?:工房|商店|書店|ベーカリー|カフェ|食堂|農園|牧場|ファーム|スタジオ|サロン|薬局|医院|菓子店|パン店|洋菓子店|花店)$/;

/** The text of the line before `at`. */
function lineBefore(text: string, at: number): string {
  return text.slice(Math.max(0, text.lastIndexOf('\n', at - 1) + 1, at - 40), at);
}

/** `at` falls inside an adjective token that began before it (新しい cut as 新|しい is still one word to the reader). */
function insideAdjective(s: Scan, at: number): boolean {
  const prev = s.tokens.list.find((t) => t.start < at && at < t.start + t.surface.length);
  if (prev) return prev.pos[0] === '形容詞';
  const before = s.tokens.endingAt.get(at);
  return !!before && /^[\p{Script=Han}]$/u.test(before.surface) && s.tokens.startingAt.get(at)?.pos[0] === '形容詞';
}

/** [start,end) lies inside a character's name written in the text (こぐま in こぐまちゃん). */
function insideCharacter(text: string, start: number, end: number): boolean {
  for (const ch of CHARACTERS) {
    if (ch.length <= end - start) continue;
    for (let at = text.indexOf(ch, Math.max(0, end - ch.length)); at >= 0 && at <= start; at = text.indexOf(ch, at + 1)) if (at + ch.length >= end) return true;
  }
  return false;
}

/** A character's name joined to [start,end) by と・や・「・」: しまじろうとはなちゃん, しずかちゃんとのび太くん. */
function besideCharacter(text: string, start: number, end: number): boolean {
  const before = /(?:くん|ちゃん|さん)?[とや・、]$/.exec(text.slice(Math.max(0, start - 4), start));
  if (before) {
    const upTo = start - before[0].length;
    for (const ch of CHARACTERS) if (upTo >= ch.length && text.startsWith(ch, upTo - ch.length)) return true;
  }
  const after = /^(?:くん|ちゃん|さん)?[とや・、]/.exec(text.slice(end, end + 4));
  if (after) {
    const from = end + after[0].length;
    // 蒼空くん、ピカチュウになった伊織くん: a costume the next child wore, not a character beside the name.
    for (const ch of CHARACTERS) if (text.startsWith(ch, from) && !COSTUME_AFTER.test(text.slice(from + ch.length, from + ch.length + 6))) return true;
  }
  return false;
}
/** After a character's name: a child dressed as it (になった, の仮装, のコスプレ, の格好). */
const COSTUME_AFTER = /^(?:に(?:なった|なって|変身)|の(?:仮装|コスプレ|格好|衣装))/;

/** Extends a name over furigana right after it: 内田（うちだ）. */
function withFurigana(text: string, c: Candidate): Candidate {
  const f = furiganaAfter(text, c.end);
  // アイシャ（パキスタン）: katakana in brackets after a katakana name is a note (a country), not its reading.
  const katakanaNote = isKatakana(text[c.end - 1]) && isKatakana(text[c.end + 1]);
  return f > 0 && !isHiragana(text[c.end - 1]) && !katakanaNote ? { ...c, end: f } : c;
}

const MESSAGES: Record<Kind, string> = {
  child: '子どもの名前と思われる人名が書かれています。本人が特定されないよう「Aくん」「お子さん」などに置き換えてください',
  adult: '人名（保護者・職員など）が書かれています。本人の同意がなければ「Aさん」「担当者」などに置き換えてください',
  person: '人名が書かれています。個人が特定されないよう「Aさん」などに置き換えてください',
  office: '公職者の氏名です。肩書きとともに公表されている氏名であれば問題ありません（チームの許可リストに追加できます）',
  public: '著名人・歴史上の人物の名前と思われます。私人の名前でなければ問題ありません（チームの許可リストに追加できます）',
};

/** A letter per person across the thread: the same name (or its given-name part) keeps its letter. */
class Placeholders {
  private readonly byName = new Map<string, string>();
  private next = 0;
  private readonly seen = new Map<string, string>();
  letterFor(name: string): string {
    const known = this.seen.get(name);
    if (known) return known;
    const key = name.replace(/[（(].*$/, '').replace(/[\s\u3000・]/g, '');
    let letter = this.byName.get(key);
    if (!letter) {
      for (const [k, v] of this.byName) if (k.length >= 2 && key.length >= 2 && (k.endsWith(key) || key.endsWith(k))) letter = v;
    }
    if (!letter) {
      const n = this.next++;
      letter = n < 26 ? String.fromCharCode(65 + n) : `A${n - 25}`;
    }
    this.byName.set(key, letter);
    this.seen.set(name, letter);
    return letter;
  }
}

export const person: Rule = {
  id: 'pii/person',
  description: '子ども・保護者・職員などの人名が書かれていないか（公職者・著名人は情報として示す）',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  needsMorphology: true,
  async check(ctx) {
    const morph = ctx.services.morphology;
    if (!morph) return;
    const letters = new Placeholders();
    for (const post of ctx.doc.posts)
      for (const seg of post.segments)
        for (const piece of piecesOf(seg)) {
          checkText(ctx, piece, morph, letters);
          await ctx.pause?.();
        }
  },
};

const FULL_WIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/;

/** Variant forms (異体字) of kanji in family names that kuromoji's dictionary does not hold, and the form it does. */
const VARIANT_KANJI: Record<string, string> = { 髙: '高', 﨑: '崎', 濵: '浜', 德: '徳', 槗: '橋', 逹: '達' };
const VARIANT_KANJI_ANY = /[髙﨑濵德槗逹]/;
const VARIANT_KANJI_ANY_G = /[髙﨑濵德槗逹]/g;
/** The detectors' proposals on one text (before the filters): what the statistical layer is left with. */
function scanText(original: string, morph: MorphologyLike): Scan {
  // Full-width letters read as Latin ones (Ｓｏｐｈｉａちゃん, 主役は杏奈、Ｒｉｎ): one UTF-16 unit each, so ranges stay.
  // (Tested first: replace() with a callback is slow even where it replaces nothing, as in most texts.)
  const latin = FULL_WIDTH_LETTER.test(original) ? original.replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : original;
  // Variant kanji of family names (髙橋, 山﨑) read as the common ones kuromoji knows: one UTF-16 unit each, so ranges stay.
  const text = VARIANT_KANJI_ANY.test(latin) ? latin.replace(VARIANT_KANJI_ANY_G, (c) => VARIANT_KANJI[c]) : latin;
  const s = new Scan(text, new Tokens(withRareSurnames(morph.tokenize(text), text), text));
  byHonorific(s, morph);
  byDictionary(s);
  byHome(s);
  byKanaChain(s);
  byLetterSignature(s);
  byMarker(s);
  byAge(s, morph);
  byFurigana(s);
  byAnimateSubject(s);
  bySiblings(s);
  byQuotedName(s);
  byHashtagName(s);
  byParentOf(s, morph);
  byGivenName(s);
  bySurnameGiven(s);
  byKanaFullName(s);
  byList(s);
  byNumberedList(s);
  byQuoteLines(s);
  bySelfNamed(s);
  byFileName(s);
  byShiftRoster(s);
  byContact(s);
  byAddressee(s);
  byUnitStaff(s);
  bySignOff(s);
  byLatin(s);
  byLatinFull(s);
  byEnglishIntro(s);
  // A name byConjunct joined to a list may make it mostly names (安田・小川・新井: 小川 joined to 安田): the list's rest.
  if (byConjunct(s)) byList(s);
  byRepeat(s);
  // Last: a name joined to a child's (EmmaとLiam) takes its kind from byConjunct first.
  byLatinGiven(s);
  byLatinList(s);
  byIntroduction(s);
  byVocative(s);
  byNamedAs(s);
  bySignature(s);
  byNameAge(s);
  // Last: the rest of a roster line whose slots the detectors above have filled.
  bySlots(s);
  byBracketedSigners(s);
  return s;
}

/** A line that ends in a kana word in brackets after kana or a closing quote (・ケーキやさん（えま）, 「…ありがとう」（はな）):
 * group 1. After kanji the brackets are a reading (小麦粉（はくりきこ）). */
const BRACKETED_SIGNER = /(?<=[\p{Script=Hiragana}\p{Script=Katakana}ー」』])[（(](\p{Script=Hiragana}{2,5}|[\p{Script=Katakana}ー]{2,6})[）)][ \u3000]*$/dgmu;
/**
 * Lines of children's words or wishes, each signed with a name in brackets at its end (将来の夢⏎・けいさつかん（ゆうま）⏎・
 * ケーキやさん（えま）): once one of two or more such names is found, the others that are given names are names too, even
 * everyday words (そら).
 */
function byBracketedSigners(s: Scan): void {
  const { text } = s;
  if (s.found.length === 0 || !/[）)][ \u3000]*(?:\n|$)/.test(text)) return;
  const signers = [...matchesOf(text, BRACKETED_SIGNER)].map((m) => ({ start: m.indices![1][0], end: m.indices![1][1], name: m[1] }));
  if (signers.length < 2 || !signers.some((x) => s.overlaps(x.start, x.end))) return;
  for (const x of signers) if (!s.overlaps(x.start, x.end) && isGivenName(x.name) && !NOT_NAMES.has(x.name) && !KINSHIP.has(x.name)) s.propose({ start: x.start, end: x.end, kind: 'child' });
}

/** 一ノ瀬紗菜は、…: a family name kuromoji knows, then a given name of the lexicon in kanji, as the subject or standing
 * alone at the start of a sentence or an item. */
function bySurnameGiven(s: Scan): void {
  const { text, tokens } = s;
  for (const t of tokens.list) {
    if (t.pos[3] !== '姓' || !(t.start === 0 || isBoundary(text[t.start - 1]))) continue;
    const from = t.start + t.surface.length;
    const end = kanjiRunEnd(text, from, 3);
    if (end === from || !/^[はがも、]/.test(text[end] ?? '') || s.overlaps(t.start, end)) continue;
    const given = text.slice(from, end);
    if (!isGivenName(given) || isCommonWordName(given) || tokens.isCommonWord(from, end)) continue;
    s.propose({ start: t.start, end, kind: 'person' });
  }
}

/** For training the statistical layer: the tokens of a text and whether the detectors already proposed a range. */
export function detectorCoverage(text: string, morph: MorphologyLike): { tokens: MorphToken[]; taken: (start: number, end: number) => boolean } {
  const s = scanText(text, morph);
  return { tokens: s.tokens.list, taken: (a, b) => s.overlaps(a, b) };
}

/** Names the detectors left, scored by the model (personModel.ts); the filters of classify() still apply. */
/** The writer as owner right before a word (ぼくの ゆめ, わたしの　そら). */
const MY_BEFORE = /(?:ぼく|ボク|わたし|ワタシ|わたくし|おれ|オレ|あたし|うち|私|僕|俺)の[ \u3000]?$/;
/** A group as owner right before a word (みんなの未来, 子どもたちの笑顔): an everyday word, not a child of that name. */
const GROUP_OWNER_BEFORE = /(?:みんな|皆|みなさん|皆さん|子どもたち|子供たち|こどもたち|私たち|わたしたち|僕たち|ぼくたち|地域|まち|市|日本|世界|未来)の[ \u3000]?$/;
function byModel(s: Scan): boolean {
  const model = activeModel();
  // Only candidates at or above the threshold, in the order nameCandidates() gives them (the sort is stable).
  const scored = likelyNames(s.text, s.tokens.list, (a, b) => s.overlaps(a, b), model).sort((x, y) => y.z - x.z || x.c.start - y.c.start);
  // Of overlapping words (さな, さなも), the likeliest.
  let added = false;
  for (const { c } of scored) {
    if (s.overlaps(c.start, c.end)) continue;
    const w = s.text.slice(c.start, c.end);
    // なわ|とび: part of a kana run that is an everyday word is no name either.
    if (isHiragana(w[0]) && NOT_NAMES.has(hiraganaRunAround(s.text, c.start, c.end))) continue;
    // ぼくの ゆめは: what the writer owns is a word (夢), unless it is a given name that is no word.
    const owner = s.text.slice(Math.max(0, c.start - 6), c.start);
    if (MY_BEFORE.test(owner) && !(isGivenName(w) && !isCommonWordName(w))) continue;
    if (GROUP_OWNER_BEFORE.test(owner) && isCommonWordName(w)) continue;
    // すきな　たべものは: a spaced kana word with its particle, where the word is an everyday one (no name ends so).
    if (/^\p{Script=Hiragana}+[はがをにも]$/u.test(w) && !KANA_GIVEN_SET.has(w) && NOT_NAMES.has(w.slice(0, -1))) continue;
    // ゆい|ととあそんだ: the name is ゆいと, whose と the candidate left out (the fix must not leave 「Aととあそんだ」).
    const withTo = s.text[c.end] === 'と' && KANA_GIVEN_SET.has(s.text.slice(c.start, c.end + 1)) && PARTICLE_CHARS.includes(s.text[c.end + 1] ?? '');
    const end = withTo ? c.end + 1 : c.end;
    if (withTo && s.overlaps(c.start, end)) continue;
    // 「ゆい」の会: a group named in quotes; 俳句「…そらのほう」: the words of a work, quoted (the model's evidence is weaker
    // than a detector's: an honorific or a child word would have found a name there).
    if (inQuotedWorkOrGroupName(s.text, c.start, end)) continue;
    // 杏（あんず）のジャム: an everyday word with its reading, not standing as a subject or before an honorific.
    const reading = /^[（(][\u3041-\u3096ー]{2,8}[）)]/.exec(s.text.slice(end))?.[0];
    if (reading && everydayWordWithReading(s, c.start, end, end + reading.length)) continue;
    // 宮下・西宮下方面: an item of a list of places (the other item a place of the lexicon, or the list ends in 方面・地区).
    if (/^・/.test(s.text.slice(end)) && placeListAfter(s.text, end + 1)) continue;
    s.propose({ start: c.start, end, kind: 'person', cues: personCues(c.features, model) });
    added = true;
  }
  return added;
}

/** The next item of a list at `at` is a place (西宮下, 春日方面, 緑丘地区). */
function placeListAfter(text: string, at: number): boolean {
  const item = /^[\p{Script=Han}\p{Script=Katakana}ー々ヶ]{1,8}/u.exec(text.slice(at))?.[0] ?? '';
  return item !== '' && (PLACE_NAMES.has(item) || /(?:方面|地区|地域|駅|町|丁目)$/.test(item));
}

/** A work whose words are quoted (俳句「…」, 作文「…」) and the names groups go by (「ゆい」の会, 「ひまわり」サークル). */
const WORK_BEFORE = /(?:俳句|短歌|川柳|詩|標語|作文|歌詞|題名|タイトル|絵本|スローガン|キャッチフレーズ)(?:の)?$/;
const GROUP_AFTER_QUOTE = /^(?:の会|会|サークル|クラブ|教室|ひろば|広場|の集い|グループ|プロジェクト|隊)/;
/** [start,end) lies inside a quotation that holds the words of a work or names a group. */
function inQuotedWorkOrGroupName(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('「', start - 1), text.lastIndexOf('『', start - 1));
  if (open < 0) return false;
  const closeAt = text.slice(open + 1).search(/[」』\n]/);
  if (closeAt < 0) return false;
  const close = open + 1 + closeAt;
  if (close < end || text[close] === '\n') return false;
  return WORK_BEFORE.test(text.slice(Math.max(0, open - 8), open)) || GROUP_AFTER_QUOTE.test(text.slice(close + 1, close + 6));
}

/** The whole run of hiragana that [start,end) lies in. */
function hiraganaRunAround(text: string, start: number, end: number): string {
  while (start > 0 && isHiragana(text[start - 1])) start--;
  while (end < text.length && isHiragana(text[end])) end++;
  return text.slice(start, end);
}

/** A unit of an office inside a candidate (…保育課 保育係, 子育て支援課): names do not end in these. */
const UNIT_IN_NAME = /[課係室局](?:[ \u3000]|$)/;
/** Words a message in half-width katakana spells out (ﾃﾞﾝﾜ ｱﾘ, ﾏﾏ ﾖﾘ, ｵｶｱｻﾝ: 有り, より, お母さん): no names there. */
const KANA_FORM_WORDS = /^(?:アリ|ナシ|ヨリ|カラ|マデ|ママ|パパ|オカア|オトウ|オバア|オジイ|オニイ|オネエ|オバ|オジ)$/;
function checkText(ctx: RuleContext, seg: TextSegment, morph: MorphologyLike, letters: Placeholders): void {
  // Half-width katakana (ｿｳﾀくん, ﾏﾘｱ ｺﾞﾝｻﾞﾚｽ 様) are read as full-width; the ranges go back to the text as written.
  const folded = foldHalfWidthKana(seg.text);
  // …and an honorific spelt in katakana there (ﾕｲﾁｬﾝ, ｱﾚｯｸｽ ｸﾝ) as the honorific, letter for letter (offsets stay).
  const text = folded ? folded.text.replace(/(?<=[ァ-ヺー][ \u3000]?)(?:チャン|クン|サン|サマ)(?![ァ-ヺー])/g, (h) => String.fromCharCode(...[...h].map((c) => c.charCodeAt(0) - 0x60))) : seg.text;
  const back = (c: Candidate): Candidate => (folded ? { ...c, start: folded.toOriginal[c.start], end: folded.toOriginal[c.end] } : c);
  // Text with neither Japanese nor a capitalised word names no one (Thank you, Emma Johnson is read too).
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[A-ZＡ-Ｚ][a-zａ-ｚ]|[A-ZＡ-Ｚ]{2}/u.test(text)) return;
  const s = scanText(text, morph);
  // The statistical layer knows Japanese sentences only.
  const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
  if (japanese && personModel.enabled && byModel(s)) {
    // A name the layer found may hold a list, a roster or a pair together: the other items (みのり、こうき、あんず).
    byList(s);
    bySlots(s);
    byConjunct(s);
    byBracketedSigners(s);
  }
  const kept: Candidate[] = [];
  for (const raw of s.found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const c = classify(ctx, s, withFurigana(text, raw));
    if (!c) continue;
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) {
      // Overlaps keep the first and longest, unless it only says "public" and this one is a private name.
      const info = (k: Kind) => k === 'office' || k === 'public';
      if (info(prev.kind) && !info(c.kind)) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  for (const c of wholeNames(s, kept)) {
    const name = text.slice(c.start, c.end);
    // An office's unit (上尾市保育課 保育係) is no one's name, whatever proposed it; nor a word a half-width message spells.
    // (Checked on whole names: the unit is two candidates until wholeNames joins them.)
    if ((folded && KANA_FORM_WORDS.test(name)) || UNIT_IN_NAME.test(name)) continue;
    report(ctx, seg, back(c), letters);
  }
}

const privateKind = (k: Kind) => k !== 'office' && k !== 'public';
/** A word that may sit before a name as its family name: not a date, a number, a pronoun or a suffix (今日 ゆうとくん). */
const NOT_FAMILY_POS = new Set(['副詞可能', '数', '代名詞', '非自立', '接尾', 'サ変接続', '形容動詞語幹']);
/** A place in a photo or a row, a weekday heading a roster (左 ゆいちゃん, 後列 ダニエル, 月 ゆうとくん): never a family name. */
const POSITION_WORD = /^(?:[左右前後上下奥横隣中月火水木金土日朝昼夜]|中央|.*(?:列|段|側|端|目))$/;
/** What may come before a family name: a boundary, a particle or an auxiliary's end (振込先は山下 浩二さん, いただいた長尾 由紀様). */
const BEFORE_FAMILY = /^(?:[\n。！？!?「」『』（）()：:、，,\u3000 ・…]|[のはがをにとでもへたや])$/;

/** A family name of 1–3 kanji and one space before [start: a private name's given part (山下 浩二, 西 悠里); its start or -1. */
function familyJustBefore(s: Scan, start: number, nameEnd: number): number {
  const text = s.text;
  if (!/[ \u3000]/.test(text[start - 1] ?? '') || !isKanji(text[start - 2] ?? '')) return -1;
  const fam = kanjiRunBefore(text, start - 1, Math.max(0, start - 5), 3);
  if (fam < 0 || !(fam === 0 || BEFORE_FAMILY.test(text[fam - 1]))) return -1;
  const name = text.slice(fam, start - 1);
  if (NOT_NAMES.has(name) || PERSON_BEFORE.test(text.slice(fam, start)) || CHILD_BEFORE.test(text.slice(fam, start)) || OFFICE_TITLE.test(name)) return -1;
  // One noun token, not a date, a count or a pronoun (今日, 全員, 私), and not a given name of its own (陽斗 拓也).
  const t = s.tokens.startingAt.get(fam);
  if (!t || t.start + t.surface.length !== start - 1 || t.pos[0] !== '名詞' || NOT_FAMILY_POS.has(t.pos[1]) || t.pos[3] === '名') return -1;
  // A proper noun (石井, 上野) or a word ending as family names do (長尾); another noun (山下, 春日) only before a given name
  // and its honorific (山下 浩二さん), and never a place in a photo or a row (左 ゆいちゃん, 後列 ダニエル) or a role (委員 藤井).
  if (t.pos[1] === '固有名詞' || SURNAME_ENDINGS.has(name[name.length - 1])) return fam;
  if (POSITION_WORD.test(name)) return -1;
  const given = s.tokens.startingAt.get(start);
  const givenName = (given?.pos[3] === '名' && given.start + given.surface.length === nameEnd) || isGivenName(text.slice(start, nameEnd));
  return givenName && HONORIFIC_AT_START.test(text.slice(nameEnd)) ? fam : -1;
}

/**
 * A name's span is the whole name: a family name found apart from its given name (石井 | 美咲), or left out before it
 * (山下 浩二 found as 浩二), is joined to it, so the fix replaces the whole name and the family name never stays behind.
 */
function wholeNames(s: Scan, kept: Candidate[]): Candidate[] {
  const text = s.text;
  const out: Candidate[] = [];
  for (const [i, c] of kept.entries()) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, c.start) : '';
    const katakanaPair = gap === '・' && isKatakana(text[prev?.end - 1] ?? '') && isKatakana(text[c.start] ?? '');
    // なかじま ふみえ, キム ミンジュン: a family name in kana, not a given name of a list (ゆい はると; けんたろう すみれ
    // りくと, where a third name follows after a space).
    const next = kept[i + 1];
    const listGoesOn = !!next && /^[ \u3000]$/.test(text.slice(c.end, next.start));
    const kanaPair = /^[ \u3000]$/.test(gap) && !!prev && !listGoesOn && /^[\u3041-\u3096ー]+$|^[\u30A1-\u30FAー]+$/.test(text.slice(prev.start, prev.end)) && !isGivenName(text.slice(prev.start, prev.end));
    if (prev && privateKind(prev.kind) && privateKind(c.kind) && ((/^[ \u3000]$/.test(gap) && familyJustBefore(s, c.start, c.end) === prev.start) || katakanaPair || kanaPair)) {
      out[out.length - 1] = { ...prev, end: c.end, kind: prev.kind === 'child' || c.kind === 'child' ? 'child' : c.kind, cues: prev.cues ?? c.cues };
      continue;
    }
    const fam = privateKind(c.kind) && !(prev && prev.end >= c.start - 1) ? familyJustBefore(s, c.start, c.end) : -1;
    out.push(fam >= 0 ? { ...c, start: fam } : c);
  }
  return out;
}

function report(ctx: RuleContext, seg: TextSegment, c: Candidate, letters: Placeholders): void {
  const name = seg.text.slice(c.start, c.end);
  const info = c.kind === 'office' || c.kind === 'public';
  const letter = letters.letterFor(name);
  const fixes = [replaceFix(seg, c.start, c.end, letter, `名前を「${letter}」に置き換える`, !info)];
  if (c.kind !== 'child') fixes.push({ ...allowFix('names', name.replace(/[（(].*$/, ''), 'この名前をチームの許可リストに追加する（公表済みの氏名）'), isPreferred: info });
  const severity = info ? 'info' : c.kind === 'child' ? ctx.severity : atMost(ctx.severity, 'warning');
  const message = c.cues?.length && !info ? `${MESSAGES[c.kind]}（手がかり：${c.cues.join('、')}）` : MESSAGES[c.kind];
  ctx.report({ message, range: seg.toDocumentRange(c.start, c.end), severity, fixes });
}
