// Shared pieces of the personal-data rules: clauses, context windows around a finding, masks and fixes.
import type { TextSegment } from '../../engine/document';
import { matchesOf } from '../../engine/text';
import type { RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { AllowKind } from './allowlist';

/** 上尾市保育課 X 運用基準 5(2)カ: 職務上知り得た秘密や個人情報、日時・場所の特定が可能となる情報や写真等の画像の発信。 */
export const CLAUSE_PERSONAL = '上尾市保育課 X 運用基準 5(2)カ';
/** 上尾市保育課 X 運用基準 5(2)ウ: …肖像権その他権利侵害行為に当たる発信。 */
export const CLAUSE_PORTRAIT = '上尾市保育課 X 運用基準 5(2)ウ';

/** The words of an organisation's contact: a number or address next to them belongs to an office. */
export const ORG_WORDS =
  /(?:課|係|室|センター|窓口|代表|問い?合わ?せ|問合せ|事務局|市役所|区役所|役所|役場|庁舎|保育所|保育園|こども園|幼稚園|小学校|中学校|学校|公民館|図書館|児童館|支援館|会館|体育館|受付|本部|協会|事業団|ダイヤル|ホットライン|電話相談|(?:110|119|１１０|１１９)番|専用|コールセンター|施設|会場|所在地|市民|ホール|病院|診療所|クリニック|小児科|内科|外科|歯科|医院|当番医|薬局|協議会|社協|保健所|消防署|警察署|交番|[Ii]nquir|Division|Section|City Hall|Office)/g;
/** Words that tie a value to a person (or a private home). */
export const PERSON_WORDS =
  /(?:さん|くん|ちゃん|様|さま|先生|氏|君|自宅|自宅|携帯|個人|保護者|ママ|パパ|お母さん|お父さん|祖母|祖父|宅|様方|方\b)/g;

/** Per pattern and flags, the same pattern with those flags (built once, not on every call). */
const VARIANTS = new WeakMap<RegExp, Map<string, RegExp>>();
function withFlags(re: RegExp, flags: string): RegExp {
  let byFlags = VARIANTS.get(re);
  if (!byFlags) VARIANTS.set(re, (byFlags = new Map()));
  let v = byFlags.get(flags);
  if (!v) byFlags.set(flags, (v = new RegExp(re.source, flags)));
  return v;
}

/** The offset in `text` of the nearest match of `re` ending at or before `at` within `window` characters, as a distance. */
export function distanceBefore(text: string, at: number, re: RegExp, window: number): number {
  const from = Math.max(0, at - window);
  const slice = text.slice(from, at);
  let best = Infinity;
  re.lastIndex = 0;
  for (const m of matchesOf(slice, withFlags(re, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
    const d = slice.length - (m.index! + m[0].length);
    if (d < best) best = d;
  }
  return best;
}

/** Distance from `at` to the start of the nearest match of `re` within `window` characters after it. */
export function distanceAfter(text: string, at: number, re: RegExp, window: number): number {
  // The pattern without g or y (a shared global pattern keeps its lastIndex), with its other flags (u for \p{…}).
  const m = withFlags(re, re.flags.replace(/[gy]/g, '')).exec(text.slice(at, at + window));
  return m ? m.index : Infinity;
}

export { maskDigits } from '../../engine/mask';

/** A fix adding `value` to the team allowlist in .postpolicy.json (no edit to the post). */
export function allowFix(kind: AllowKind, value: string, title: string): Fix {
  return { title, edits: [], configChange: { path: ['allow', kind], append: value } };
}

/** A fix replacing the finding's text (post offsets) with `newText`. */
export function replaceFix(post: Pick<TextSegment, 'toDocumentRange'>, start: number, end: number, newText: string, title: string, isPreferred = true): Fix {
  return { title, edits: [{ range: post.toDocumentRange(start, end), newText }], isPreferred };
}

/** Every published text of the thread: each post's body, then its images' alt texts (see TextSegment). */
export function publishedTexts(ctx: RuleContext): TextSegment[] {
  // A loop, not flatMap: V8's flatMap cost more than the rules' work on a short post (ten rules ask on every lint).
  const out: TextSegment[] = [];
  for (const p of ctx.doc.posts) for (const seg of p.segments) out.push(seg);
  return out;
}

/**
 * Full-width ASCII to half-width, dash variants to '-', and ー to '-' only between digits (so センター keeps its
 * long vowel). One UTF-16 unit to one: offsets in the result are offsets in the input.
 */
export function normalizeNumbers(text: string): string {
  // 080の2974の6631 (a number read out) needs the last replacement too.
  if (!/[\uFF01-\uFF5E‐‑‒–—―−ｰー\u3000・〇]|\dの\d/.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // A number written in kanji digits the way a phone number is (〇九〇・八八二一・四〇七三): digit for digit.
    .replace(KANJI_PHONE, kanjiDigitsToAscii)
    .replace(/[‐‑‒–—―−ｰ]/g, '-')
    .replace(/(?<=\d)[ー・の](?=\d)/g, '-')
    .replace(/\u3000/g, ' ');
}
const KANJI_DIGITS = '〇一二三四五六七八九';
/** Kanji digits to ASCII digits, one for one (〇九〇 → 090); other characters are kept. */
export function kanjiDigitsToAscii(s: string): string {
  return s.replace(/[〇一二三四五六七八九]/g, (c) => String(KANJI_DIGITS.indexOf(c)));
}

/** The line of `text` holding [start, end) (without its line breaks). */
export function lineAround(text: string, start: number, end: number): string {
  const next = text.indexOf('\n', end);
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, next < 0 ? text.length : next);
}

/** ORG_WORDS without its g flag, for test() (a global pattern's test() moves its lastIndex). */
export const ORG_WORD = new RegExp(ORG_WORDS.source);
// 〇八〇の四四一二の七七〇九: read aloud, the groups are joined by の.
const KANJI_PHONE = /〇[〇一二三四五六七八九]{1,4}[・\-ー－‐‑‒–—―−ｰの][〇一二三四五六七八九]{1,4}[・\-ー－‐‑‒–—―−ｰの][〇一二三四五六七八九]{3,4}/g;

export const DIGIT = '[0-9０-９]';
export const SEP = '[ \\u3000\\-‐‑‒–—―−ー－]';

/** A line that gives a form's example (記入例：…, 例）…, 見本): what follows on it is no one's data. */
export const EXAMPLE_LINE = /記入例|入力例|記載例|例[：:）)]|[（(]例[）)]|見本|サンプル/;
/** Words telling that what stands in an example is someone's real data (入力例に実データを掲載, 記入例に誤って実在の方の…, 記入例画像に実際の保護者のお名前). */
const REAL_DATA = /実データ|実在の|実際の|本物の|ご本人の情報|誤って/;
/** A line (or its start) that marks what follows as an example, unless it says the data in the example is real. */
export function exampleLine(line: string): boolean {
  return EXAMPLE_LINE.test(line) && !REAL_DATA.test(line);
}
/** Placeholder characters or an all-zero code (上尾市○○町1-2-3, 〒000-0000): a template, not an address. 〇 is also the
 * kanji zero of 三六二－〇〇一一, so it counts only as 〇〇 before 町・市・区・丁目 and after no kanji digit. */
const PLACEHOLDER = /[○●◯×△□]{2}|○(?:町|丁目|番地)|(?<![一二三四五六七八九十〇])〇〇(?:町|市|区|丁目)|(?<![一二三四五六七八九十〇])〇(?:丁目|番地?)〇(?![一二三四五六七八九十〇])|〒?(?<![0-9])0{3}[-‐－ー]?0{4}(?![0-9])/;
/** An example written as a label (記入例：, 例）, （例）): 入力例に実データを掲載 tells of real data, not an example. */
const EXAMPLE_LABEL = /(?:記入例|入力例|記載例|見本|サンプル)[ \u3000]*[：:）)]|例[：:）)]|[（(]例[）)]/;
/** The value at [start,end) is an example or a template: an example label before it on its line, or placeholders in it. */
export function exampleValue(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // The placeholder may stand just before the value found (○○|町1-2-3).
  return EXAMPLE_LABEL.test(text.slice(lineStart, start)) || PLACEHOLDER.test(text.slice(Math.max(lineStart, start - 3), end));
}
