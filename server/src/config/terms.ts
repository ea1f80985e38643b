// The team word list (`terms`), with prh semantics: a pattern (literal or /regex/) and the expected wording.
// Shared by the `team/terms` rule and the config check that runs each term's specs.
import { compileEntryCached, expandReplacement, findMatches, isRegexEntry, type PatternResult } from './patterns';
import type { Term } from './schema';

export interface TermHit {
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  matched: string;
  /** The expected wording for this occurrence; undefined when the term has no `expected`. */
  replacement?: string;
  /** The expected wording expanded past MAX_EXPANSION and was dropped. */
  tooLong?: boolean;
}

export function compileTerm(term: Term): PatternResult {
  return compileEntryCached(term.pattern);
}

/**
 * Occurrences of a term in `text`. An occurrence whose replacement equals the matched text is already
 * correct and is skipped, so `/サーバー?/` → `サーバー` flags only 「サーバ」 (no lookahead needed).
 */
export function findTermHits(term: Term, text: string): TermHit[] {
  const compiled = compileTerm(term);
  if (!compiled.ok) return [];
  const regex = isRegexEntry(term.pattern);
  const hits: TermHit[] = [];
  for (const m of findMatches(compiled.pattern, text)) {
    const replacement = term.expected === undefined ? undefined : regex ? expandReplacement(term.expected, m, text) : term.expected;
    if (replacement === m.text) continue;
    // An expansion over MAX_EXPANSION is reported without a replacement (no fix, no giant message).
    hits.push({ start: m.start, end: m.end, matched: m.text, replacement, tooLong: term.expected !== undefined && replacement === undefined });
  }
  return hits;
}

/** `text` with every occurrence replaced by its expected wording (what a spec's `to` must equal). */
export function applyTerm(term: Term, text: string): string {
  let out = '';
  let at = 0;
  for (const hit of findTermHits(term, text)) {
    if (hit.replacement === undefined) continue;
    out += text.slice(at, hit.start) + hit.replacement;
    at = hit.end;
  }
  return out + text.slice(at);
}

/** The message shown for an occurrence: the term's own, or one naming the expected wording. */
export function termMessage(term: Term, hit: TermHit): string {
  // Function replacers: a string one would expand `$&`, `` $` ``… found in the post's own text.
  if (term.message) return term.message.replaceAll('{{matched}}', () => hit.matched).replaceAll('{{expected}}', () => hit.replacement ?? '');
  if (hit.tooLong) return `「${hit.matched}」はチームの用語リストで直すことになっていますが、expected の展開結果が長すぎるため置き換え候補を示せません。`;
  return hit.replacement !== undefined
    ? `「${hit.matched}」ではなく「${hit.replacement}」と書きます（チームの用語リスト）。`
    : `「${hit.matched}」はチームの用語リストで使わないことになっています。`;
}
