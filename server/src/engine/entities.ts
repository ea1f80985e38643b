// One entity scan per post text (issue 13): the URLs, mentions, hashtags and cashtags twitter-text finds, extracted
// once and shared by the count (parseTweet's weighting, restated below over the same URLs) and by every rule.
//
// twitter-text's URL pattern is its costliest part, and parseTweet, extractEntitiesWithIndices and the rules each ran
// it again on the same text. Here the URLs of a text are found once (extractUrlsWithIndices, X's own function) and
// the rest is composed from them exactly as twitter-text composes it, so every result is the library's own.
import type * as twitterTextModule from 'twitter-text';
import { parse as parseEmoji } from 'twemoji-parser';
import { twitter, type CountConfig } from './twitterText';


export type UrlEntity = twitterTextModule.UrlWithIndices;
export type MentionEntity = twitterTextModule.MentionWithIndices;
export type Entity = twitterTextModule.EntityWithIndices;

interface TextEntities {
  /** extractUrlsWithIndices(text). */
  extracted: readonly UrlEntity[];
  entities?: readonly Entity[];
  /** The URLs among `entities`. */
  urls?: readonly UrlEntity[];
  mentionsOrLists?: readonly { screenName: string; listSlug: string; indices: [number, number] }[];
  mentions?: readonly MentionEntity[];
}

/** Texts remembered: the posts of the documents being linted (an edit re-scans only the changed post). */
const CACHE_SIZE = 256;
const cache = new Map<string, TextEntities>();

/**
 * A dot before a letter (ASCII or not): every URL twitter-text extracts has one, before its top-level domain (no TLD of
 * its lists starts with a digit or a symbol). A text without one (No.12, 3.5時間) has no URL, and its pattern, the
 * costliest of the library, need not run.
 */
const DOT_BEFORE_TLD = /\.[A-Za-z\u0080-\uffff]/;
const NO_URLS: readonly UrlEntity[] = Object.freeze([]);

function scanOf(text: string): TextEntities {
  let e = cache.get(text);
  if (e === undefined) {
    e = { extracted: DOT_BEFORE_TLD.test(text) ? Object.freeze(twitter.extractUrlsWithIndices(text)) : NO_URLS };
    cache.set(text, e);
    // First in, first out: the oldest text goes.
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return e;
}

/** twitter-text's extractUrlsWithIndices(text): the URLs X links (what the count weighs), scanned once per text. */
export function extractedUrlsOf(text: string): readonly UrlEntity[] {
  return scanOf(text).extracted;
}

/** The URLs among entitiesOf(text) (a URL overlapped by a list mention that starts before it is not one). */
export function urlsOf(text: string): readonly UrlEntity[] {
  const e = scanOf(text);
  return (e.urls ??= Object.freeze(entitiesOf(text).filter((x): x is UrlEntity => 'url' in x)));
}

function mentionsOrListsOf(e: TextEntities, text: string) {
  return (e.mentionsOrLists ??= Object.freeze(twitter.extractMentionsOrListsWithIndices(text)));
}

/** twitter-text's extractEntitiesWithIndices(text) (URLs, mentions and lists, hashtags, cashtags), over the shared URLs. */
export function entitiesOf(text: string): readonly Entity[] {
  const e = scanOf(text);
  if (e.entities) return e.entities;
  // As extractEntitiesWithIndices: the four lists in this order, sorted by start (stable) and overlaps removed.
  const all: Entity[] = [...e.extracted, ...mentionsOrListsOf(e, text), ...twitter.extractHashtagsWithIndices(text, { checkUrlOverlap: false }), ...twitter.extractCashtagsWithIndices(text)];
  if (all.length > 0) removeOverlappingEntities(all);
  return (e.entities = Object.freeze(all));
}

/** twitter-text's extractMentionsWithIndices(text): the mentions among mentionsOrLists (no list slug). */
export function mentionsOf(text: string): readonly MentionEntity[] {
  const e = scanOf(text);
  if (e.mentions) return e.mentions;
  const mentions: MentionEntity[] = [];
  for (const m of mentionsOrListsOf(e, text)) if (m.listSlug === '') mentions.push({ screenName: m.screenName, indices: m.indices });
  return (e.mentions = Object.freeze(mentions));
}

/** twitter-text's removeOverlappingEntities: sorted by start, an entity overlapping the one kept before it is dropped. */
function removeOverlappingEntities(entities: Entity[]): void {
  entities.sort((a, b) => a.indices[0] - b.indices[0]);
  let prev = entities[0];
  for (let i = 1; i < entities.length; i++) {
    if (prev.indices[1] > entities[i].indices[0]) {
      entities.splice(i, 1);
      i--;
    } else prev = entities[i];
  }
}

export interface ParsedTweet {
  weightedLength: number;
  valid: boolean;
  permillage: number;
  validRangeStart: number;
  validRangeEnd: number;
  displayRangeStart: number;
  displayRangeEnd: number;
}

/**
 * twitter-text's parseTweet(text, config), step for step, with the URLs of the NFC text taken from the shared scan
 * (the same text's URLs the rules use, unless normalizing changed it). Same weights, same validity, same ranges.
 */
export function parseTweet(text: string, config: CountConfig): ParsedTweet {
  const { defaultWeight, emojiParsingEnabled, scale, maxWeightedTweetLength, transformedURLLength, ranges } = config;
  const normalized = text.normalize();
  // Entities by start offset; of two starting at the same offset the later one counts (as parseTweet's hash).
  const urlAt = new Map<number, UrlEntity>();
  for (const u of extractedUrlsOf(normalized)) urlAt.set(u.indices[0], u);
  const emojiAt = new Map<number, { text: string }>();
  if (emojiParsingEnabled) for (const e of parseEmoji(normalized)) emojiAt.set(e.indices[0], e);
  const length = normalized.length;
  const maxUnits = maxWeightedTweetLength * scale;
  let weighted = 0;
  let validDisplayIndex = 0;
  let valid = true;
  for (let i = 0; i < length; i++) {
    const url = urlAt.size > 0 ? urlAt.get(i) : undefined;
    const emoji = url === undefined && emojiParsingEnabled && emojiAt.size > 0 ? emojiAt.get(i) : undefined;
    if (url !== undefined) {
      weighted += transformedURLLength * scale;
      i += url.url.length - 1;
    } else if (emoji !== undefined) {
      weighted += defaultWeight;
      i += emoji.text.length - 1;
    } else {
      // A surrogate pair is weighed by its second half, as getCharacterWeight(text.charAt(i)) after the skip.
      if (i < length - 1) {
        const c = normalized.charCodeAt(i);
        const next = normalized.charCodeAt(i + 1);
        if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      }
      weighted += characterWeight(normalized.charCodeAt(i), defaultWeight, ranges);
    }
    // hasInvalidCharacters of the one code unit at i (twitter-text's invalid characters: U+FFFE, U+FEFF, U+FFFF).
    if (valid) {
      const c = normalized.charCodeAt(i);
      valid = !(c === 0xfffe || c === 0xfeff || c === 0xffff);
    }
    if (valid && weighted <= maxUnits) validDisplayIndex = i;
  }
  const weightedLength = weighted / scale;
  return {
    weightedLength,
    valid: valid && weightedLength > 0 && weightedLength <= maxWeightedTweetLength,
    permillage: Math.floor((weightedLength / maxWeightedTweetLength) * 1000),
    validRangeStart: 0,
    validRangeEnd: validDisplayIndex + (text.length - normalized.length),
    displayRangeStart: 0,
    displayRangeEnd: text.length > 0 ? text.length - 1 : 0,
  };
}

/** getCharacterWeight: the weight of the first range holding the code unit, else the default. */
function characterWeight(code: number, defaultWeight: number, ranges: CountConfig['ranges']): number {
  if (Array.isArray(ranges)) {
    for (let r = 0; r < ranges.length; r++) {
      const range = ranges[r];
      if (code >= range.start && code <= range.end) return range.weight;
    }
  }
  return defaultWeight;
}
