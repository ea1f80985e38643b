// X's weighted character count, delegated to twitter-text (X's own library) with config v3: parseTweet as restated in
// entities.ts, over the post's URLs found once for the count and the rules.
import { twitter, type CountConfig } from './twitterText';
import { extractedUrlsOf, parseTweet } from './entities';

export type { CountConfig };

export const COUNT_CONFIGS = twitter.configs;

export const X_CONFIG: CountConfig = COUNT_CONFIGS.version3;

export interface WeightedCount {
  /** Units as X counts them (a CJK character is 2, a URL 23). */
  weightedLength: number;
  /** Limit in units (280 unless configured). */
  limit: number;
  /** X would accept it: not empty, within the limit, no invalid characters. */
  valid: boolean;
  /** Per mille of the limit, as X's counter shows it. */
  permillage: number;
  /** Offset in the counted text of the first character past the limit; undefined when within it. */
  overflowStart?: number;
}

/** Counts `text` exactly as X does; `limit` overrides maxWeightedTweetLength. */
export function countWeighted(text: string, limit: number = X_CONFIG.maxWeightedTweetLength, base: CountConfig = X_CONFIG): WeightedCount {
  const config = { ...base, maxWeightedTweetLength: limit };
  const parsed = parseTweet(text, config);
  const result: WeightedCount = { weightedLength: parsed.weightedLength, limit, valid: parsed.valid, permillage: parsed.permillage };
  if (parsed.weightedLength > limit) result.overflowStart = overflowOffset(text, config, parsed.validRangeEnd);
  return result;
}

/** countWeighted(text, limit).weightedLength, without looking for where the text runs over (one parse, not three). */
export function weightedLength(text: string, limit: number = X_CONFIG.maxWeightedTweetLength, base: CountConfig = X_CONFIG): number {
  return parseTweet(text, { ...base, maxWeightedTweetLength: limit }).weightedLength;
}

const cache = new WeakMap<object, Map<number, WeightedCount>>();

/** countWeighted memoised per post object, so rules and the count display share one computation. */
export function countPost(post: { text: string }, limit: number): WeightedCount {
  let byLimit = cache.get(post);
  if (!byLimit) cache.set(post, (byLimit = new Map()));
  let c = byLimit.get(limit);
  if (!c) byLimit.set(limit, (c = countWeighted(post.text, limit)));
  return c;
}

/** [start, end) of each URL X links in `text` (splitting a thread must not cut one). */
export function urlRanges(text: string): [number, number][] {
  return extractedUrlsOf(text).map((u) => u.indices);
}

/** 全角換算: the count in "full-width characters", as Japanese staff think of the limit (140). */
export function fullWidthUnits(weightedLength: number): number {
  return Math.ceil(weightedLength / 2);
}

/** `validRangeEnd`: parseTweet's of `text` under `config` (when the text is already NFC, that parse is the one needed). */
function overflowOffset(text: string, config: CountConfig, validRangeEnd: number): number {
  const normalized = text.normalize('NFC');
  // validRangeEnd is inclusive and refers to the NFC text; parse the normalized text to stay exact.
  const fits = (normalized === text ? validRangeEnd : parseTweet(normalized, config).validRangeEnd) + 1;
  const firstOver = validPrefixEnd(normalized, fits, config);
  if (normalized === text) return firstOver;
  // Map back: the longest original prefix whose NFC form still fits (keeps combining marks with their base).
  let i = Math.min(firstOver, text.length);
  while (i < text.length && text.slice(0, i + 1).normalize('NFC').length <= firstOver) i++;
  return i;
}

/** validRangeEnd starts at 0, so it cannot say "nothing fits" (a 1-unit limit and a kanji): check that case. */
function validPrefixEnd(text: string, fits: number, config: CountConfig): number {
  if (parseTweet(text.slice(0, fits), config).weightedLength > config.maxWeightedTweetLength) return 0;
  return fits;
}
