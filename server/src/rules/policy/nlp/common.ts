// Small helpers the semantic policy rules share: the post's analysis, tokens outside quotations, excerpts.
import type { Post } from '../../../engine/document';
import { analysePost, type PostAnalysis, type Sentence } from '../../../engine/postAnalysis';
import type { MorphToken } from '../../../engine/morphology';
import type { RuleContext } from '../../../engine/rule';
import type { Hit } from './lexicon';
import { compileWordClasses } from './wordClasses';

/** The analysis of a post, or undefined when the tokenizer is not loaded (the engine then skips the rule). */
export function analysis(ctx: RuleContext, post: Post): PostAnalysis | undefined {
  const m = ctx.services.morphology;
  if (!m) return undefined;
  compileWordClasses(m);
  return analysePost(m, post);
}

/** The sentence's tokens that are the writer's own words (outside 「…」 and 『…』). */
export function ownTokens(_a: PostAnalysis, s: Sentence): MorphToken[] {
  return s.own;
}

/** A sentence excerpt for a message: at most `max` characters, cut with …. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Distinct entry texts of hits, for「手がかり: …」. */
export function cueWords(hits: { text: string }[]): string {
  return [...new Set(hits.map((h) => h.text))].join('・');
}

export interface Cue {
  text: string;
  start: number;
  end: number;
}

export function cueOf(post: Post, hit: Hit): Cue {
  return { text: post.text.slice(hit.start, hit.end), start: hit.start, end: hit.end };
}

/** [start, end) covering all cues. */
export function spanOf(cues: Cue[]): { start: number; end: number } {
  return { start: Math.min(...cues.map((c) => c.start)), end: Math.max(...cues.map((c) => c.end)) };
}
