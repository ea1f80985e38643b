// Every reported range is clamped to the text, to code-point boundaries (never between surrogate halves) and
// to the line (never between \r and \n), whatever a rule or a library computed: editors and the CLI's
// line:column output would otherwise show a half character or a position past the line end.
import type { OffsetRange } from './types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function splitsCrlf(text: string, at: number): boolean {
  return at > 0 && at < text.length && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
}

export function clampRange(text: string, range: OffsetRange): OffsetRange {
  let start = Math.max(0, Math.min(text.length, Math.floor(range.start) || 0));
  let end = Math.max(start, Math.min(text.length, Math.floor(range.end) || 0));
  if (splitsPair(text, start) || splitsCrlf(text, start)) start--;
  if (end === start || range.end <= range.start) return { start, end: start }; // an empty range stays empty
  if (splitsPair(text, end)) end++;
  else if (splitsCrlf(text, end)) end--;
  return { start, end: Math.max(start, end) };
}
