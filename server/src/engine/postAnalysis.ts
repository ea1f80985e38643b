// analysePost(morphology, post): one analysis per post text (tokens, sentences, quotations, the writer's own tokens), kept in an LRU per analyser and shared by every rule and lint run.
import type { Post } from './document';
import { LruCache } from './lru';
import type { Morphology, MorphToken } from './morphology';

/** A quotation 「…」 or 『…』 in a post (offsets in post.text; `start`/`end` include the brackets). */
export interface Quote {
  start: number;
  end: number;
  /** The quoted words, without brackets. */
  inner: string;
  open: '「' | '『';
}

export interface Sentence {
  /** Offsets in post.text, [start, end), trimmed. */
  start: number;
  end: number;
  text: string;
  /** Tokens inside the sentence (offsets in post.text). */
  tokens: MorphToken[];
  /** Quotations that start in this sentence. */
  quotes: Quote[];
  /** The writer's own words: the sentence's tokens outside 「…」 and 『…』, brackets excluded. */
  own: MorphToken[];
  /** Kept with the sentence by the statistical layer of the policy rules (rules/policy/nlp/model.ts): its scores. */
  scores?: { model: object; logits: number[] };
}

export interface PostAnalysis {
  tokens: MorphToken[];
  sentences: Sentence[];
  quotes: Quote[];
  /** True when `offset` lies inside a quotation (between its brackets). */
  inQuote(offset: number): Quote | undefined;
}

/** Analyses kept per analyser and post text: an edit re-analyses only the changed post, and the word-class scans
 * (rules/policy/nlp/lexicon.ts) stay attached to the same sentence token lists. */
const CACHE_SIZE = 512;
const caches = new WeakMap<Morphology, LruCache<PostAnalysis>>();

/** The post's analysis, computed once per post text and analyser. */
export function analysePost(morphology: Morphology, post: Post): PostAnalysis {
  return analyseCached(morphology, post.text);
}

export function analyseCached(morphology: Morphology, text: string): PostAnalysis {
  let cache = caches.get(morphology);
  // Least recently used first out.
  if (!cache) caches.set(morphology, (cache = new LruCache(CACHE_SIZE)));
  let a = cache.get(text);
  if (a) return a;
  a = analyseText(morphology, text);
  cache.set(text, a);
  return a;
}

const BRACKET = new Set(['「', '」', '『', '』']);
const PAIRS: Record<string, string> = { '「': '」', '『': '』' };

/** Quotations, outermost first; an unclosed bracket runs to the end of its line. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const stack: { open: '「' | '『'; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '「' || c === '『') stack.push({ open: c, at: i });
    else if ((c === '」' || c === '』') && stack.length > 0) {
      // Close the nearest matching opener (tolerates 「…』 mistakes by closing the innermost).
      let k = stack.length - 1;
      while (k > 0 && PAIRS[stack[k].open] !== c) k--;
      const o = stack[k];
      stack.length = k;
      out.push({ start: o.at, end: i + 1, inner: text.slice(o.at + 1, i), open: o.open });
    } else if (c === '\n' && stack.length > 0) {
      for (const o of stack) out.push({ start: o.at, end: i, inner: text.slice(o.at + 1, i), open: o.open });
      stack.length = 0;
    }
  }
  for (const o of stack) out.push({ start: o.at, end: text.length, inner: text.slice(o.at + 1), open: o.open });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const END = /[。！？!?\n]/;
const TRAIL = /[」』）)\]】!！?？。\u3000 \p{Extended_Pictographic}\uFE0F\u200D]/u;

/** Sentences: cut after 。！？ and at line breaks, never inside a quotation. */
export function splitSentences(text: string, quotes: Quote[]): { start: number; end: number }[] {
  const inside = (i: number) => quotes.some((q) => q.start < i && i < q.end - 1);
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i]) || (text[i] !== '\n' && inside(i))) continue;
    let e = i + 1;
    if (text[i] !== '\n') while (e < text.length && text[e] !== '\n' && TRAIL.test(text[e])) e++;
    push(start, e);
    start = e;
    i = e - 1;
  }
  push(start, text.length);
  return out;
}

export function analyseText(morphology: Morphology, text: string): PostAnalysis {
  const tokens = morphology.tokenize(text);
  const quotes = findQuotes(text);
  const sentences: Sentence[] = [];
  const inQuote = (offset: number) => quotes.find((q) => q.start < offset && offset < q.end);
  let k = 0;
  for (const { start, end } of splitSentences(text, quotes)) {
    while (k < tokens.length && tokens[k].start < start) k++;
    const from = k;
    while (k < tokens.length && tokens[k].start < end) k++;
    const words = tokens.slice(from, k);
    sentences.push({
      start,
      end,
      text: text.slice(start, end),
      tokens: words,
      quotes: quotes.filter((q) => q.start >= start && q.start < end),
      own: quotes.length === 0 ? words : words.filter((t) => !BRACKET.has(t.surface) && !inQuote(t.start)),
    });
  }
  return { tokens, sentences, quotes, inQuote };
}

/** Per-sentence work the rules will ask for anyway (word-class scans), registered by the rule families that do it. */
const warmUps: ((morphology: Morphology, sentence: Sentence) => void)[] = [];

export function registerSentenceWarmUp(fn: (morphology: Morphology, sentence: Sentence) => void): void {
  warmUps.push(fn);
}

/**
 * The server's slice-by-slice version of what the first rule would do in one go: the post's analysis and every
 * sentence's word-class scans, awaiting `pause` between sentences (a huge post must not block the editor).
 */
export async function prepareAnalysis(morphology: Morphology, text: string, pause: () => Promise<void>): Promise<void> {
  const a = analyseCached(morphology, text);
  for (const s of a.sentences) {
    for (const w of warmUps) w(morphology, s);
    await pause();
  }
}

