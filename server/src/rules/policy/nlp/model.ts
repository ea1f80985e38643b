// The statistical layer of the semantic policy rules (issue 9): one linear model per category over the features of
// nlp/features.ts, trained by `npm run train` (test/eval/train.ts) and shipped as data in model/<category>.json
// (weights over feature strings, a bias and a threshold chosen by cross-validation).
//
// A rule asks for the model only in sentences where its own detector found nothing; a score at or above the
// threshold becomes a finding that names the words that weighed most (explain()). Scoring a sentence is one walk
// over its tokens with Map look-ups into one tree holding the weights of all five models, cached per sentence.
import type { Post } from '../../../engine/document';
import { LruCache } from '../../../engine/lru';
import type { Morphology, MorphToken } from '../../../engine/morphology';
import type { PostAnalysis, Sentence } from '../../../engine/postAnalysis';
import CITATION from '../model/citation.json';
import DISCRIMINATION from '../model/discrimination.json';
import OPINION from '../model/opinion.json';
import SECRET from '../model/secret.json';
import UNDECIDED from '../model/undecided.json';
import type { Cue } from './common';
import { sentenceFeatureFlags, sentenceFeatures, type Sink } from './features';
import { sameWords, wordClassVersion } from './lexicon';
import { compileWordClasses } from './wordClasses';

export const MODEL_CATEGORIES = ['opinion', 'discrimination', 'undecided', 'citation', 'secret'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** A model file (model/<category>.json). */
export interface ModelFile {
  category: string;
  /** Logit added to every sentence. */
  bias: number;
  /** A sentence scoring at or above this logit is flagged. */
  threshold: number;
  /** Weight of each feature string (nlp/features.ts: `family:key1|key2`). */
  weights: Record<string, number>;
  [meta: string]: unknown;
}

/** A feature's node: its weights per category, deeper keys, and the last scoring pass that counted it (a feature
 * counts once per sentence, as in training). A class, so every node has the same shape. */
class Node {
  w: Float64Array | null = null;
  next: Map<string, Node> | null = null;
  seen = 0;
}

/** The families of nlp/features.ts, by index. */
const FAMILIES = ['w', 'b', 'q', 'u', 'e1', 'e2', 'e3', 'ec', 'ea', 'l', 'le', 'lq', 'lk', 'f', 'pol', 'pe'] as const;
const FAMILY_ID = new Map<string, number>(FAMILIES.map((f, i) => [f, i]));
/** The family's index (the families features.ts emits most come first). */
function familyId(family: string): number {
  switch (family) {
    case 'w':
      return 0;
    case 'b':
      return 1;
    default:
      return FAMILY_ID.get(family) ?? -1;
  }
}

/**
 * The weights of every model as one tree, first key first: one look-up of a word gives its node in every family
 * (w:思う, b:思う|ます, ec:思う|ます …), so a token costs about one Map look-up per feature.
 */
interface Compiled {
  files: readonly ModelFile[];
  /** First key → node per family (index in FAMILIES). */
  first: Map<string, (Node | null)[]>;
  bias: number[];
  threshold: number[];
}

const N = MODEL_CATEGORIES.length;

function compile(files: readonly ModelFile[]): Compiled {
  const first = new Map<string, (Node | null)[]>();
  const bias: number[] = new Array<number>(N).fill(0);
  const threshold: number[] = new Array<number>(N).fill(Infinity);
  for (const file of files) {
    const c = MODEL_CATEGORIES.indexOf(file.category as ModelCategory);
    if (c < 0) continue;
    bias[c] = file.bias;
    threshold[c] = file.threshold;
    for (const [feature, weight] of Object.entries(file.weights)) {
      const colon = feature.indexOf(':');
      const family = FAMILY_ID.get(feature.slice(0, colon));
      if (family === undefined) continue;
      const keys = feature.slice(colon + 1).split('|');
      let byFamily = first.get(keys[0]);
      if (!byFamily) first.set(keys[0], (byFamily = FAMILIES.map(() => null)));
      let node = (byFamily[family] ??= new Node());
      for (const key of keys.slice(1)) {
        node.next ??= new Map();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = new Node()));
        node = child;
      }
      (node.w ??= new Float64Array(N))[c] += weight;
    }
  }
  return { files, first, bias, threshold };
}

const SHIPPED: readonly ModelFile[] = [OPINION, DISCRIMINATION, UNDECIDED, CITATION, SECRET] as ModelFile[];
let compiled: Compiled | undefined;

/** Switch and override, for training (rules alone, or the models of a cross-validation fold) and tests. */
export const statisticalLayer = {
  enabled: true,
  /** Replaces the shipped models (undefined: back to the shipped ones). */
  use(files: readonly ModelFile[] | undefined): void {
    // Scores kept with sentences name the compiled models they came from: a new set is scored anew.
    compiled = files ? compile(files) : undefined;
  },
  /** Called for every sentence a rule asks the model about (training records where the rules leave it a say). */
  asked: undefined as ((category: ModelCategory, post: Post, s: Sentence) => void) | undefined,
};

/** Models that never flag anything (threshold +∞): the rules alone, with `asked` still called. */
export const SILENT_MODELS: readonly ModelFile[] = MODEL_CATEGORIES.map((category) => ({ category, bias: 0, threshold: Infinity, weights: {} }));

function models(): Compiled {
  return (compiled ??= compile(SHIPPED));
}

// The last two first keys looked up (a word's unigram is followed by its bigram with the next word).
let memoKey1: string | undefined;
let memoNodes1: (Node | null)[] | undefined;
let memoKey2: string | undefined;
let memoNodes2: (Node | null)[] | undefined;
let memoModel: Compiled | undefined;

function nodeOf(m: Compiled, family: string, k1: string, k2: string | undefined, k3: string | undefined, k4: string | undefined): Node | undefined {
  let byFamily: (Node | null)[] | undefined;
  if (memoModel === m && k1 === memoKey1) byFamily = memoNodes1;
  else if (memoModel === m && k1 === memoKey2) byFamily = memoNodes2;
  else {
    byFamily = m.first.get(k1);
    memoModel = m;
    memoKey2 = memoKey1;
    memoNodes2 = memoNodes1;
    memoKey1 = k1;
    memoNodes1 = byFamily;
  }
  if (!byFamily) return undefined;
  let node: Node | null | undefined = byFamily[familyId(family)];
  if (k2 !== undefined && node) node = node.next?.get(k2);
  if (k3 !== undefined && node) node = node.next?.get(k3);
  if (k4 !== undefined && node) node = node.next?.get(k4);
  return node ?? undefined;
}

// Scratch state of sentenceScores(): scoring is synchronous and never nested.
let acc: number[] = [];
let accModel: Compiled;
let pass = 0;
const accumulate: Sink = (family, k1, k2, k3, k4) => {
  const node = nodeOf(accModel, family, k1, k2, k3, k4);
  if (node === undefined || node.w === null || node.seen === pass) return;
  node.seen = pass;
  const w = node.w;
  for (let c = 0; c < N; c++) acc[c] += w[c];
};

/** Logits kept by sentence text for sentences with the same words elsewhere (see keptFor). */
interface KeptScores {
  model: Compiled;
  morphology: Morphology;
  /** wordClassVersion when scored: the word classes a sentence's features name. */
  version: number;
  own: readonly MorphToken[];
  logits: readonly number[];
}
/** Per sentenceFeatureFlags value (the post's link, source and mention flags: 0–7), by sentence text. 4,096 each: with
 * 1,024, a stream of one-off sentences (each post's own line) pushed out the repeated ones before they came back. */
const keptScores = Array.from({ length: 8 }, () => new LruCache<KeptScores>(4096));

/** The logits kept for a sentence with the same words, text and post flags as `s`, scored by the same models. */
function keptFor(flags: number | undefined, m: Compiled, morphology: Morphology, s: Sentence): readonly number[] | undefined {
  const kept = flags === undefined ? undefined : keptScores[flags].get(s.text);
  if (!kept || kept.model !== m || kept.morphology !== morphology || kept.version !== wordClassVersion(morphology)) return undefined;
  return sameWords(kept.own, s.own) ? kept.logits : undefined;
}

/**
 * The logits of every category for sentence `s` (kept with the sentence, which the post analysis caches, and by its
 * words: the other sentences of an edited post, or a line every post repeats, are not scored again).
 */
export function sentenceScores(morphology: Morphology, text: string, a: PostAnalysis, s: Sentence): readonly number[] {
  const m = models();
  if (s.scores?.model === m) return s.scores.logits;
  compileWordClasses(morphology);
  const flags = sentenceFeatureFlags(text, a, s);
  const kept = keptFor(flags, m, morphology, s);
  if (kept) {
    s.scores = { model: m, logits: kept.slice() };
    return s.scores.logits;
  }
  acc = m.bias.slice();
  accModel = m;
  pass++;
  sentenceFeatures(morphology, text, a, s, accumulate);
  s.scores = { model: m, logits: acc };
  if (flags !== undefined) keptScores[flags].set(s.text, { model: m, morphology, version: wordClassVersion(morphology), own: s.own, logits: acc.slice() });
  return acc;
}

export interface ModelVerdict {
  score: number;
  threshold: number;
  /** The words that weighed most for the category, strongest first (at most three). */
  cues: Cue[];
  /** Offsets in the post text covering the cues. */
  start: number;
  end: number;
}

/**
 * The model's finding for `category` in sentence `s`, or undefined when it scores below the threshold, when
 * `quiet(s)` holds (the rule's own logic says the words are fine there: the office's voice, a decision already
 * taken, …; asked only of sentences that score high enough) or when the layer is off. Its cues are the words whose
 * features added most to the score.
 */
export function modelVerdict(morphology: Morphology, post: Post, a: PostAnalysis, s: Sentence, category: ModelCategory, quiet?: (s: Sentence) => boolean): ModelVerdict | undefined {
  if (!statisticalLayer.enabled) return undefined;
  if (statisticalLayer.asked && !quiet?.(s)) statisticalLayer.asked(category, post, s);
  const c = MODEL_CATEGORIES.indexOf(category);
  const m = models();
  const score = sentenceScores(morphology, post.text, a, s)[c];
  if (!(score >= m.threshold[c]) || quiet?.(s)) return undefined;
  const cues = explain(morphology, post, a, s, c);
  if (cues.length === 0) return undefined;
  return { score, threshold: m.threshold[c], cues, start: Math.min(...cues.map((x) => x.start)), end: Math.max(...cues.map((x) => x.end)) };
}

/** Whether category's model scores sentence s at or above its threshold (no cues, no training hook): a rule asks
 * what another clause's layer would say. */
export function modelScoresAbove(morphology: Morphology, post: Post, a: PostAnalysis, s: Sentence, category: ModelCategory): boolean {
  if (!statisticalLayer.enabled) return false;
  const c = MODEL_CATEGORIES.indexOf(category);
  return sentenceScores(morphology, post.text, a, s)[c] >= models().threshold[c];
}

/** A copula, a polite ending or a case particle alone names nothing a writer could change: not shown as a cue (its
 * weight still counts in the score). */
const BARE = new Set(['です', 'でし', 'ます', 'まし', 'だ', 'だっ', 'た', 'は', 'が', 'の', 'を', 'に', 'と', 'て', 'で', 'も', 'し', 'な', 'ん']);

const LEADING = /^[\s\p{P}\p{S}\uFE0F\u200D]+/u;
const TRAILING = /[\s\p{P}\p{S}\uFE0F\u200D]+$/u;

/** Words whose features add most to category c's score: contributions summed per span, the top three spans that do not overlap. */
function explain(morphology: Morphology, post: Post, a: PostAnalysis, s: Sentence, c: number): Cue[] {
  const m = models();
  const bySpan = new Map<number, { start: number; end: number; weight: number }>();
  // A feature counts once per sentence (at its first occurrence), as in scoring.
  const counted = new Set<Node>();
  sentenceFeatures(morphology, post.text, a, s, (family, k1, k2, k3, k4, start, end) => {
    const node = nodeOf(m, family, k1, k2, k3, k4);
    if (!node?.w || counted.has(node)) return;
    counted.add(node);
    const w = node.w[c];
    if (start < 0 || !w) return;
    const key = start * 4096 + end;
    const e = bySpan.get(key);
    if (e) e.weight += w;
    else bySpan.set(key, { start, end, weight: w });
  });
  // Symbols and emoji at the edges of a span are not words (です！ → です).
  const spans = [...bySpan.values()].map((e) => {
    const text = post.text.slice(e.start, e.end);
    const lead = LEADING.exec(text)?.[0].length ?? 0;
    const trail = lead === text.length ? 0 : (TRAILING.exec(text)?.[0].length ?? 0);
    return { start: e.start + lead, end: e.end - trail, weight: e.weight };
  });
  const ranked = spans.filter((e) => e.weight > 0 && e.end > e.start && !BARE.has(post.text.slice(e.start, e.end))).sort((x, y) => y.weight - x.weight || x.start - y.start || x.end - y.end);
  const out: Cue[] = [];
  for (const e of ranked) {
    if (out.some((o) => e.start < o.end && o.start < e.end)) continue;
    out.push({ text: post.text.slice(e.start, e.end), start: e.start, end: e.end });
    if (out.length === 3) break;
  }
  return out;
}

/** 「手がかり: 『…』『…』」 for a message. */
export function cueList(v: ModelVerdict): string {
  return v.cues.map((x) => `『${x.text}』`).join('');
}

/**
 * Runs `report` for every sentence of the post where the rule found nothing (`covered(s)` false) and the category's
 * model scores at or above its threshold, unless `quiet(s)` (see modelVerdict).
 */
export function eachModelFinding(
  morphology: Morphology | undefined,
  post: Post,
  a: PostAnalysis | undefined,
  category: ModelCategory,
  covered: (s: Sentence) => boolean,
  quiet: ((s: Sentence) => boolean) | undefined,
  report: (s: Sentence, v: ModelVerdict) => void,
): void {
  if (!morphology || !a || !statisticalLayer.enabled) return;
  for (const s of a.sentences) {
    if (covered(s)) continue;
    const v = modelVerdict(morphology, post, a, s, category, quiet);
    if (v) report(s, v);
  }
}
