// Finding identifier numbers (My Number, licences, accounts, cards) in post text: digit runs and check digits.
import { normalizeDigits } from './addressCore';
import { matchesOf } from '../../engine/text';

export interface DigitRun {
  /** Offsets in the post text. */
  start: number;
  end: number;
  digits: string;
  /** Lengths of the digit groups, e.g. [4,4,4]. */
  groups: number[];
}

/** Runs of digits joined by one or two spaces or a hyphen ("1234 5678 9012", "１２３４－５６７８", "4111  1111"), not part of a longer token. */
const RUN = /(?<![\dA-Za-z])\d+(?:(?:[ \u3000]{1,2}|-)\d+)*(?![\dA-Za-z])/g;

/** The last few texts' answers: several rules ask for the same post body and image descriptions in turn. */
const cache = new Map<string, DigitRun[]>();

/** Digit runs of a post text; the five identifier rules ask for the same post in turn, so the last answer is kept. */
export function digitRuns(text: string): DigitRun[] {
  let hit = cache.get(text);
  if (!hit) {
    hit = computeDigitRuns(text);
    if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
    cache.set(text, hit);
  }
  return hit;
}

function computeDigitRuns(text: string): DigitRun[] {
  if (!/[0-9０-９]/.test(text)) return [];
  const norm = normalizeDigits(text);
  const out: DigitRun[] = [];
  for (const m of matchesOf(norm, RUN)) {
    const groups = m[0].split(/[ \u3000]{1,2}|-/).map((g) => g.length);
    out.push({ start: m.index!, end: m.index! + m[0].length, digits: m[0].replace(/\D/g, ''), groups });
  }
  return out;
}

/** Check digit of the individual number (マイナンバー) per 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条. */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

export function isValidMyNumber(digits: string): boolean {
  // 0000 0000 0000 passes the check digit but is a form's blank, never anyone's number.
  return /^\d{12}$/.test(digits) && !/^0+$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

/** Luhn check used by payment cards. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** True when `re` matches within `window` characters before `at` (same post). */
export function near(text: string, at: number, re: RegExp, window = 20): boolean {
  return re.test(text.slice(Math.max(0, at - window), at));
}

/** Groupings people use for a 12-digit number: 123456789012, 1234 5678 9012, 1234-5678-9012. */
export function groupedAs(run: DigitRun, ...shapes: number[][]): boolean {
  return shapes.some((s) => s.length === run.groups.length && s.every((n, i) => n === run.groups[i]));
}

export const LICENCE_WORDS = /(?:運転)?免許(?:証)?(?:番号|No\.?|の番号)?/;
export const PASSPORT_WORDS = /(?:パスポート|旅券|[Pp]assport)/;
export const CARD_WORDS = /(?:カード|クレジット|クレカ|card)/i;
