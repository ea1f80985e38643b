// The post text as X shows it: entities found by twitter-text (X's own library), URLs in their display form, and
// the counter X draws under the compose box. Pure functions; no vscode imports.
import { entitiesOf } from '../engine/entities';

export type EntityKind = 'url' | 'hashtag' | 'mention' | 'cashtag';

export interface XEntity {
  kind: EntityKind;
  /** UTF-16 offsets into the post text, [start, end). */
  start: number;
  end: number;
  /** What X shows for it (URLs shortened, the rest as written). */
  display: string;
}

/** URLs, #hashtags, @mentions (and lists) and $cashtags, as X links them, in text order. */
export function xEntities(text: string): XEntity[] {
  // The post's one entity scan, shared with the count and the rules (engine/entities.ts).
  const raw = entitiesOf(text);
  return raw.map((e) => {
    const [start, end] = e.indices;
    const written = text.slice(start, end);
    if ('url' in e) return { kind: 'url' as const, start, end, display: displayUrl(e.url) };
    if ('hashtag' in e) return { kind: 'hashtag' as const, start, end, display: written };
    if ('cashtag' in e) return { kind: 'cashtag' as const, start, end, display: written };
    return { kind: 'mention' as const, start, end, display: written };
  });
}

/** Characters of a URL X shows before cutting it with an ellipsis (X's documented example: `dev.twitter.com/terms/api-…`). */
export const DISPLAY_URL_KEEP = 26;

/**
 * A URL as X displays it in a post: without `http://`/`https://` and `www.`, cut after 26 characters with `…`.
 * X still counts every URL as 23 (t.co); only the display is shortened.
 */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return bare.length > DISPLAY_URL_KEEP ? `${bare.slice(0, DISPLAY_URL_KEEP)}…` : bare;
}

/** Remaining units at or below which X's counter shows the number in the warning colour. */
export const COUNTER_WARN_AT = 20;

export type CounterState = 'ok' | 'warn' | 'over';

export interface CounterView {
  weightedLength: number;
  limit: number;
  /** Units left (negative when over). */
  remaining: number;
  /** ok: ring only; warn: 0–20 left, number shown in the warning colour; over: negative number in the error colour. */
  state: CounterState;
  /** The number X prints beside the ring ('' while more than 20 are left). */
  label: string;
  /** Fraction of the ring filled (0–1). */
  fill: number;
}

/** X's circular counter for a post's weighted length. */
export function counterView(weightedLength: number, limit: number): CounterView {
  const remaining = limit - weightedLength;
  const state: CounterState = remaining < 0 ? 'over' : remaining <= COUNTER_WARN_AT ? 'warn' : 'ok';
  return {
    weightedLength,
    limit,
    remaining,
    state,
    label: state === 'ok' ? '' : String(remaining),
    fill: limit > 0 ? Math.max(0, Math.min(1, weightedLength / limit)) : 1,
  };
}

/** X's web intent for a post (https://x.com/intent/tweet?text=…), as in X's Web Intent guide. */
export function intentUrl(text: string): string {
  return `https://x.com/intent/tweet?text=${encodeURIComponent(text)}`;
}
