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
