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

const NO_MATCHES: readonly RegExpMatchArray[] = [];

/**
 * The matches of text.matchAll(re), found with re.exec on the pattern itself. matchAll copies the pattern on every call
 * (and a copy made after the engine's pattern cache was cleared is compiled again), and a separate pattern without g,
 * tested first, was a second compiled copy of every pattern (a large one costs milliseconds on its first use).
 */
export function matchesOf(text: string, re: RegExp): Iterable<RegExpMatchArray> {
  // matchAll starts where the pattern's lastIndex stands (and throws without g): only the plain case is run here.
  if (!re.global || re.sticky || re.lastIndex !== 0) return text.matchAll(re);
  let out: RegExpMatchArray[] | undefined;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      (out ??= []).push(m);
      // As matchAll does after an empty match: on by one character (a surrogate pair whole under u or v).
      if (m[0] === '') re.lastIndex = advanceIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = 0;
  }
  return out ?? NO_MATCHES;
}

/** The spec's AdvanceStringIndex: the index after the character at `i`. */
function advanceIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? i + 2 : i + 1;
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
