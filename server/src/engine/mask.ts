// Masking numbers in messages and titles, so findings can say which number without repeating it (no imports:
// the quick first stage of the server uses it too).

/**
 * Masks the middle digits of a number so a message can say which one without repeating it:
 * 090-1234-5678 → 090-****-5678, 09012345678 → 090****5678. Keeps the first group (or 3 digits) and the last 4.
 */
export function maskDigits(value: string, keepTail = 4): string {
  const chars = [...value];
  const digitIdx = chars.map((c, i) => (/[0-9０-９]/.test(c) ? i : -1)).filter((i) => i >= 0);
  const tailFrom = digitIdx.length - keepTail;
  // Digits before the first separator that follows a digit form the first group.
  let firstGroup = 0;
  for (const i of digitIdx) {
    if (i > 0 && digitIdx.includes(i - 1) === false && firstGroup > 0) break;
    firstGroup++;
  }
  const headKeep = firstGroup < digitIdx.length - keepTail && firstGroup <= 5 ? firstGroup : Math.min(3, Math.max(0, tailFrom));
  return chars.map((c, i) => {
    const k = digitIdx.indexOf(i);
    return k < 0 || k < headKeep || k >= tailFrom ? c : '*';
  }).join('');
}
