// Small text helpers shared by rules.

/** Full-width ASCII (Ｕ+FF01..FF5E) to its half-width twin. */
export function toHalfWidthAscii(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Full-width digits, letters, hyphens and spaces to ASCII, for matching numbers and allowlists. */
export function normalizeWidth(s: string): string {
  return toHalfWidthAscii(s)
    .replace(/[\u2010-\u2015\u2212\u30FC\uFF70]/g, '-')
    .replace(/\u3000/g, ' ');
}

/** The line-break style of a document, so inserted lines match it: CRLF, LF, or lone CR (old Mac files, no LF at all). */
export function eolOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** The yaml library does not break lines at a lone CR (old Mac files); LF in its place keeps every offset. */
export function loneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Per global pattern: the same pattern without g, asked first by matchesOf(). */
const TESTERS = new WeakMap<RegExp, RegExp>();
const NO_MATCHES: readonly RegExpMatchArray[] = [];

/**
 * text.matchAll(re), after a test for any match at all: matchAll copies the pattern and builds an iterator on every
 * call, which costs more than the search itself on a post where the pattern matches nothing (most patterns, most posts).
 */
export function matchesOf(text: string, re: RegExp): Iterable<RegExpMatchArray> {
  // matchAll starts where the pattern's lastIndex stands (and throws without g): only the plain case is tested first.
  if (!re.global || re.sticky || re.lastIndex !== 0) return text.matchAll(re);
  let tester = TESTERS.get(re);
  if (!tester) TESTERS.set(re, (tester = new RegExp(re.source, re.flags.replace('g', ''))));
  return tester.test(text) ? text.matchAll(re) : NO_MATCHES;
}

/** Half-width katakana (ｲｹﾀﾞ ﾏﾅﾄ, written on forms and old systems): a text with them read as full-width katakana, a voiced
 * mark folded into its letter (ﾀﾞ → ダ), and for each index of the folded text the index of the original it came from
 * (one more entry for the end). Undefined when the text has none. */
export function foldHalfWidthKana(text: string): { text: string; toOriginal: number[] } | undefined {
  if (!/[\uFF61-\uFF9F]/.test(text)) return undefined;
  let out = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c < '\uFF61' || c > '\uFF9F') {
      out += c;
      toOriginal.push(i);
      continue;
    }
    // A letter and its voiced mark (ｶﾞ, ﾊﾟ) make one full-width letter when Unicode has it (ガ, パ).
    const pair = /[\uFF9E\uFF9F]/.test(text[i + 1] ?? '') ? (c + text[i + 1]).normalize('NFKC') : '';
    const folded = pair.length === 1 ? pair : c.normalize('NFKC');
    for (const f of folded) {
      out += f;
      toOriginal.push(i);
    }
    if (pair.length === 1) i++;
  }
  toOriginal.push(text.length);
  return { text: out, toOriginal };
}
