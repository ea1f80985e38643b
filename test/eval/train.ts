// `npm run train` (scripts/train.mjs): trains the statistical layer of the semantic policy rules — one logistic
// regression per category (opinion, discrimination, undecided, citation, secret) over the sentence features of
// server/src/rules/policy/nlp/features.ts — on the development sets only, chooses each threshold by k-fold
// cross-validation, prints the cross-validated figures and writes server/src/rules/policy/model/<category>.json.
//
// Labels are per sentence: a sentence overlapping a post's evidence for a category (the jsonl "evidence", an exact
// substring of the text) is a positive; the sentences of posts without that label are negatives; the other
// sentences of a post with that label are left out of that category's training (the post may say it twice); for
// opinion, so are sentences labelled discrimination only (writers differ on labelling those opinion too).
//
// Deterministic: no randomness (folds by post order, features in order of first occurrence, full-batch L-BFGS for
// a fixed number of iterations), so the same data gives the same weights (the files carry a hash of them).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostDocument } from '../../server/src/engine/document';
import { lint } from '../../server/src/engine/lint';
import type { Morphology } from '../../server/src/engine/morphology';
import { analyseCached } from '../../server/src/engine/postAnalysis';
import type { LintServices } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';
import { featureString, sentenceFeatures } from '../../server/src/rules/policy/nlp/features';
import { MODEL_CATEGORIES, SILENT_MODELS, statisticalLayer, type ModelCategory, type ModelFile } from '../../server/src/rules/policy/nlp/model';
import { configFor, postFile, readCorpus, RULES_OF, type LabelledPost } from './policyEval';

/** One sentence of a labelled post. */
export interface Example {
  /** Index of the post in the training data. */
  post: number;
  /** Feature strings, each once (the model counts a feature once per sentence). */
  features: string[];
  /** Per category: 1 positive, 0 negative, -1 left out. */
  label: Record<ModelCategory, 1 | 0 | -1>;
  /** The category's rule does not ask the model about this sentence (it found something there, or its own logic
   * keeps it quiet: the office's voice, a decision taken, …). */
  covered: Record<ModelCategory, boolean>;
}

/** A labelled post; `file` when it is a whole .post.md (the realistic corpus) rather than a jsonl line. */
export type TrainingInput = LabelledPost & { file?: string };
export interface TrainingSet {
  name: string;
  posts: TrainingInput[];
}

export interface TrainingPost {
  post: TrainingInput;
  set: string;
  /** The category's rule gives a warning or error on the post (rules alone, the statistical layer off). */
  ruleAlarm: Record<ModelCategory, boolean>;
}

export interface TrainingData {
  posts: TrainingPost[];
  examples: Example[];
}

const RULE_OF: Record<ModelCategory, string[]> = {
  opinion: RULES_OF.opinion,
  discrimination: RULES_OF.discrimination,
  undecided: RULES_OF.undecided,
  citation: RULES_OF.citation,
  secret: RULES_OF.secret,
};

const byCategory = <T>(f: (c: ModelCategory) => T) => Object.fromEntries(MODEL_CATEGORIES.map((c) => [c, f(c)])) as Record<ModelCategory, T>;

/** Sentences, features and labels of the labelled posts; the rules are run with models that never flag. */
export async function buildData(sets: TrainingSet[], services: LintServices): Promise<TrainingData> {
  const morphology = services.morphology as Morphology;
  const posts: TrainingPost[] = [];
  const examples: Example[] = [];
  // The rules alone (models that never flag), noting the sentences where a rule would ask the model.
  const asked = new Set<string>();
  statisticalLayer.use(SILENT_MODELS);
  statisticalLayer.asked = (c, post, s) => asked.add(`${c}\u0000${post.text}\u0000${s.start}`);
  try {
    for (const set of sets) {
      for (const p of set.posts) {
        const file = p.file ?? postFile(p);
        const { findings, doc } = await lint(file, { rules: allRules, config: configFor(p.office), services });
        const index = posts.length;
        posts.push({ post: p, set: set.name, ruleAlarm: byCategory((c) => findings.some((f) => RULE_OF[c].includes(f.rule) && (f.severity === 'warning' || f.severity === 'error'))) });
        const docParsed = doc ?? parsePostDocument(file);
        for (const post of docParsed.posts) {
          const a = analyseCached(morphology, post.text);
          const evidence = byCategory((c) => {
            const e = p.labels.includes(c) ? p.evidence[c] : undefined;
            const at = e ? post.text.indexOf(e) : -1;
            return at >= 0 ? { start: at, end: at + e!.length } : undefined;
          });
          for (const s of a.sentences) {
            const seen = new Set<string>();
            const features: string[] = [];
            sentenceFeatures(morphology, post.text, a, s, (family, k1, k2, k3, k4) => {
              const f = featureString(family, k1, k2, k3, k4);
              if (f !== undefined && !seen.has(f)) {
                seen.add(f);
                features.push(f);
              }
            });
            const overlapsEvidence = (c: ModelCategory) => {
              const e = p.labels.includes(c) ? evidence[c] : undefined;
              return !!e && s.start < e.end && e.start < s.end;
            };
            examples.push({
              post: index,
              features,
              label: byCategory((c) => {
                // A prejudiced generalisation is the writer's view too; writers differ on also labelling it opinion, so
                // for opinion such a sentence is left out rather than taught as a negative.
                if (c === 'opinion' && !p.labels.includes(c) && overlapsEvidence('discrimination')) return -1;
                if (!p.labels.includes(c)) return 0;
                const e = evidence[c];
                return e && s.start < e.end && e.start < s.end ? 1 : -1;
              }),
              covered: byCategory((c) => !asked.has(`${c}\u0000${post.text}\u0000${s.start}`)),
            });
          }
        }
      }
    }
  } finally {
    statisticalLayer.use(undefined);
    statisticalLayer.asked = undefined;
  }
  return { posts, examples };
}

// --- logistic regression ---------------------------------------------------------------------------------------

export interface TrainOptions {
  /** L2 penalty on the weights (the loss is the weighted mean log-loss). */
  l2: number;
  /** Weight of a positive sentence relative to a negative one. */
  positiveWeight: number;
  /** L-BFGS iterations (fixed). */
  iterations: number;
  /** A feature seen in fewer training sentences keeps weight 0. */
  minCount: number;
  /** Weights smaller than this (in absolute value) are dropped from the model, in cross-validation as in the files. */
  prune: number;
}

/** l2 0.0005: with eleven writers' sets, lighter regularisation raised cross-validated recall at the same precision
 * (0.002 → 0.0005: discrimination 0.83 → 0.86, undecided 0.88 → 0.90, citation 0.84 → 0.85, secret 0.79 → 0.82). */
export const DEFAULTS: TrainOptions = { l2: 0.0005, positiveWeight: 3, iterations: 120, minCount: 2, prune: 0.05 };

export interface Matrix {
  dim: number;
  rows: Int32Array[];
}

/** Feature ids in order of first occurrence (deterministic), one row per example. */
export function matrixOf(examples: readonly { features: readonly string[] }[]): { matrix: Matrix; names: string[] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const rows = examples.map((e) => {
    const row = new Int32Array(e.features.length);
    e.features.forEach((f, k) => {
      let id = ids.get(f);
      if (id === undefined) {
        ids.set(f, (id = names.length));
        names.push(f);
      }
      row[k] = id;
    });
    return row;
  });
  return { matrix: { dim: names.length, rows }, names };
}

const log1pExp = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Weighted logistic regression with L2 (bias not penalised), by L-BFGS. Returns weights with the bias last. */
export function fitLogistic(matrix: Matrix, rows: number[], y: Uint8Array, opts: TrainOptions): Float64Array {
  const dim = matrix.dim;
  // Features below the minimum count in these rows stay at 0.
  const count = new Int32Array(dim);
  for (const r of rows) for (const j of matrix.rows[r]) count[j]++;
  const active = new Uint8Array(dim);
  for (let j = 0; j < dim; j++) active[j] = count[j] >= opts.minCount ? 1 : 0;
  let total = 0;
  for (const r of rows) total += y[r] ? opts.positiveWeight : 1;
  const n = dim + 1;
  const evaluate = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    const b = w[dim];
    for (const r of rows) {
      const row = matrix.rows[r];
      let z = b;
      for (const j of row) if (active[j]) z += w[j];
      const c = (y[r] ? opts.positiveWeight : 1) / total;
      loss += c * (y[r] ? log1pExp(-z) : log1pExp(z));
      const d = c * (sigmoid(z) - y[r]);
      for (const j of row) if (active[j]) g[j] += d;
      g[dim] += d;
    }
    for (let j = 0; j < dim; j++) {
      loss += 0.5 * opts.l2 * w[j] * w[j];
      g[j] += opts.l2 * w[j];
    }
    return loss;
  };
  const w = lbfgs(evaluate, n, opts.iterations);
  // What ships: small weights dropped, the rest rounded as in the files.
  for (let j = 0; j < dim; j++) w[j] = Math.abs(w[j]) >= opts.prune ? round(w[j]) : 0;
  w[dim] = round(w[dim]);
  return w;
}

/** Limited-memory BFGS (m = 8) with a backtracking line search; a fixed number of iterations at most. */
function lbfgs(f: (w: Float64Array, g: Float64Array) => number, n: number, iterations: number): Float64Array {
  const m = 8;
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  let fx = f(w, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  };
  const d = new Float64Array(n);
  const alpha = new Float64Array(m);
  const wNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    // Two-loop recursion: d = -H g.
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], d);
      for (let i = 0; i < n; i++) d[i] -= alpha[k] * Y[k][i];
    }
    if (S.length > 0) {
      const k = S.length - 1;
      const gamma = dot(S[k], Y[k]) / dot(Y[k], Y[k]);
      for (let i = 0; i < n; i++) d[i] *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < n; i++) d[i] /= norm;
    }
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], d);
      for (let i = 0; i < n; i++) d[i] += S[k][i] * (alpha[k] - beta);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: restart from the gradient.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i];
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < n; i++) wNew[i] = w[i] + step * d[i];
      fNew = f(wNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = wNew[i] - w[i];
      yv[i] = gNew[i] - g[i];
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const converged = fx - fNew < 1e-10 * Math.max(1, Math.abs(fx));
    [w, g] = [Float64Array.from(wNew), Float64Array.from(gNew)];
    fx = fNew;
    if (converged) break;
  }
  return w;
}

// --- cross-validation and thresholds ---------------------------------------------------------------------------

export interface Figures {
  threshold: number;
  sentence: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** The model's findings as the rules report them: sentences where the rule asks the model (found nothing there
   * and is not kept quiet by its own logic). */
  findings: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** The model alone, post level (a post is flagged when one of its sentences scores at or above the threshold). */
  post: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Rules alone, post level (warning or error). */
  rules: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Rules, and the model where the rule found nothing in the sentence: what the linter does. */
  combined: { tp: number; fp: number; fn: number; precision: number; recall: number };
}

const prf = (tp: number, fp: number, fn: number) => ({ tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) });

export function figuresAt(data: TrainingData, c: ModelCategory, scores: Float64Array, threshold: number, rows?: Set<number>): Figures {
  let stp = 0;
  let sfp = 0;
  let sfn = 0;
  let atp = 0;
  let afp = 0;
  let afn = 0;
  const model = new Uint8Array(data.posts.length);
  const combined = new Uint8Array(data.posts.length);
  data.examples.forEach((e, i) => {
    if (rows && !rows.has(e.post)) return;
    const hit = scores[i] >= threshold;
    if (e.label[c] === 1) hit ? stp++ : sfn++;
    else if (e.label[c] === 0 && hit) sfp++;
    if (!e.covered[c]) {
      if (e.label[c] === 1) hit ? atp++ : afn++;
      else if (e.label[c] === 0 && hit) afp++;
    }
    if (hit) model[e.post] = 1;
    if (hit && !e.covered[c]) combined[e.post] = 1;
  });
  const post = [0, 0, 0];
  const rules = [0, 0, 0];
  const both = [0, 0, 0];
  const count = (acc: number[], labelled: boolean, flagged: boolean) => {
    if (labelled && flagged) acc[0]++;
    else if (flagged) acc[1]++;
    else if (labelled) acc[2]++;
  };
  data.posts.forEach((p, i) => {
    if (rows && !rows.has(i)) return;
    const labelled = p.post.labels.includes(c);
    count(post, labelled, model[i] === 1);
    count(rules, labelled, p.ruleAlarm[c]);
    count(both, labelled, p.ruleAlarm[c] || combined[i] === 1);
  });
  return { threshold, sentence: prf(stp, sfp, sfn), findings: prf(atp, afp, afn), post: prf(post[0], post[1], post[2]), rules: prf(rules[0], rules[1], rules[2]), combined: prf(both[0], both[1], both[2]) };
}

/**
 * The lowest threshold at which the model alone keeps `target` precision at sentence and post level, and so do the
 * rules with the model at post level (or, where the rules alone are below the target, the posts the model adds to
 * them), at that threshold and at every higher one that flags at least `minFlagged`
 * sentences (so one lucky point does not decide). The precision of the model's findings in the sentences the rules
 * leave to it is printed too, but rests on few sentences of the development sets (the rules find most of them).
 */
export function chooseThreshold(data: TrainingData, c: ModelCategory, scores: Float64Array, target: number, minFlagged = 8): number {
  const candidates = [...new Set(data.examples.map((e, i) => (e.label[c] === -1 ? NaN : scores[i])).filter((s) => !Number.isNaN(s)))].sort((a, b) => b - a);
  let chosen = Infinity;
  for (const t of candidates) {
    const f = figuresAt(data, c, scores, t);
    if (f.sentence.tp + f.sentence.fp < minFlagged) continue;
    // The rules with the model keep the target; where the rules alone are already below it (citation and opinion
    // on other writers' posts), the posts the model adds must keep it themselves, so the model never dilutes the
    // rules (and is not switched off because of them).
    const addedTp = f.combined.tp - f.rules.tp;
    const addedFp = f.combined.fp - f.rules.fp;
    const added = addedTp + addedFp === 0 ? 1 : addedTp / (addedTp + addedFp);
    const combinedOk = f.combined.precision >= target || (f.rules.precision < target && added >= target);
    if (f.sentence.precision < target || f.post.precision < target || !combinedOk) break;
    chosen = t;
  }
  return chosen;
}

export interface CategoryResult {
  category: ModelCategory;
  threshold: number;
  cv: Figures;
  weights: Map<string, number>;
  bias: number;
}

function labelsOf(data: TrainingData, c: ModelCategory): { y: Uint8Array; usable: number[] } {
  const y = new Uint8Array(data.examples.length);
  const usable: number[] = [];
  data.examples.forEach((e, i) => {
    if (e.label[c] === -1) return;
    y[i] = e.label[c];
    usable.push(i);
  });
  return { y, usable };
}

/** Out-of-fold scores: posts in k folds by their order (post i in fold i mod k). */
export function crossValidate(data: TrainingData, c: ModelCategory, k: number, opts: TrainOptions): Float64Array {
  const { matrix } = matrixOf(data.examples);
  const { y, usable } = labelsOf(data, c);
  const scores = new Float64Array(data.examples.length);
  for (let fold = 0; fold < k; fold++) {
    const train = usable.filter((i) => data.examples[i].post % k !== fold);
    const w = fitLogistic(matrix, train, y, opts);
    data.examples.forEach((e, i) => {
      if (e.post % k !== fold) return;
      let z = w[matrix.dim];
      for (const j of matrix.rows[i]) z += w[j];
      scores[i] = z;
    });
  }
  return scores;
}

/** Scores of every sentence by a model trained on the posts of set `train` only (a writer the model has not seen). */
export function crossSet(data: TrainingData, c: ModelCategory, train: string, opts: TrainOptions): Float64Array {
  const { matrix } = matrixOf(data.examples);
  const { y, usable } = labelsOf(data, c);
  const w = fitLogistic(matrix, usable.filter((i) => data.posts[data.examples[i].post].set === train), y, opts);
  return Float64Array.from(matrix.rows, (row) => row.reduce((z, j) => z + w[j], w[matrix.dim]));
}

/** Trains on every usable sentence; returns the weights by feature string (pruned) and the bias. */
export function trainFinal(data: TrainingData, c: ModelCategory, opts: TrainOptions): { weights: Map<string, number>; bias: number } {
  const { matrix, names } = matrixOf(data.examples);
  const { y, usable } = labelsOf(data, c);
  const w = fitLogistic(matrix, usable, y, opts);
  const weights = new Map<string, number>();
  for (let j = 0; j < matrix.dim; j++) if (w[j] !== 0) weights.set(names[j], w[j]);
  return { weights, bias: w[matrix.dim] };
}

export const round = (x: number) => Math.round(x * 10000) / 10000;

export function weightsHash(weights: Map<string, number>, bias: number): string {
  const sorted = [...weights.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([bias, sorted])).digest('hex').slice(0, 16);
}

export function modelFile(r: CategoryResult, meta: Record<string, unknown>): ModelFile {
  const sorted = [...r.weights.entries()].sort(([a, x], [b, y]) => Math.abs(y) - Math.abs(x) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    category: r.category,
    ...meta,
    cv: {
      sentence: pick(r.cv.sentence),
      modelFindings: pick(r.cv.findings),
      modelAlonePosts: pick(r.cv.post),
      rulesAlonePosts: pick(r.cv.rules),
      rulesAndModelPosts: pick(r.cv.combined),
    },
    hash: weightsHash(r.weights, r.bias),
    bias: r.bias,
    threshold: round(r.threshold),
    weights: Object.fromEntries(sorted),
  };
}

const pick = (s: { tp: number; fp: number; fn: number; precision: number; recall: number }) => ({ ...s, precision: round(s.precision), recall: round(s.recall) });

export function formatFigures(c: string, f: Figures): string {
  const x = (s: { precision: number; recall: number; tp: number; fp: number; fn: number }) => `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  return [
    `  ${c.padEnd(15)} threshold ${f.threshold.toFixed(2)}`,
    `    model alone, sentences   ${x(f.sentence)}`,
    `    model findings (sentences the rules leave to it) ${x(f.findings)}`,
    `    model alone, posts       ${x(f.post)}`,
    `    rules alone, posts       ${x(f.rules)}`,
    `    rules + model, posts     ${x(f.combined)}`,
  ].join('\n');
}

export const DEV_SETS = [
  { name: 'dev', path: 'test/fixtures/policy/dev.jsonl' },
  { name: 'dev2', path: 'test/fixtures/policy/dev2.jsonl' },
  { name: 'dev3', path: 'test/fixtures/policy/dev3.jsonl' },
  { name: 'dev4', path: 'test/fixtures/policy/dev4.jsonl' },
  // Round 9: three more writers, each set weighted to the categories fresh writers get past the detectors most.
  { name: 'dev5a', path: 'test/fixtures/policy/dev5a.jsonl' },
  { name: 'dev5b', path: 'test/fixtures/policy/dev5b.jsonl' },
  { name: 'dev5c', path: 'test/fixtures/policy/dev5c.jsonl' },
  // Round 14: a sixth writer, weighted to secret, opinion and citation (dev6 before any tuning: secret R 0.52, opinion 0.60).
  { name: 'dev6', path: 'test/fixtures/policy/dev6.jsonl' },
  // Round 14: a seventh writer, many voices and dialects.
  { name: 'dev7', path: 'test/fixtures/policy/dev7.jsonl' },
  // dev8 (round 14) is read but not trained on: with it, citation's threshold rose from 0.00 to 1.25 and the recall of
  // citation and secret fell on every other set (its writer labels unsourced statistics and casework differently).
  // dev9 (round 15) is read but not trained on either: with it, opinion gained 9 true positives on the development sets
  // but secret lost 14 and citation 11 (thresholds moved), the same trade as dev8's.
  // Hard negatives written by the project (フリーパス, キャンパス, パスポート, warnings that name パスワード…).
  { name: 'hard', path: 'test/fixtures/policy/dev-hard.jsonl' },
  // The first two blind sets, once their misses had been read (rounds 1 and 2), train too: they are other writers'
  // wording. Only blind sets nobody has read (blind3.jsonl, blind4.jsonl) measure the result.
  { name: 'blind1', path: 'test/fixtures/policy/blind.jsonl' },
  { name: 'blind2', path: 'test/fixtures/policy/blind2.jsonl' },
  // Blind sets 4–14, read at the end of rounds 4–14: eleven more writers' wording. blind3 (totals looked at, lines never
  // read) and the newest blind set stay out.
  { name: 'blind4', path: 'test/fixtures/policy/blind4.jsonl' },
  { name: 'blind5', path: 'test/fixtures/policy/blind5.jsonl' },
  { name: 'blind6', path: 'test/fixtures/policy/blind6.jsonl' },
  { name: 'blind7', path: 'test/fixtures/policy/blind7.jsonl' },
  { name: 'blind8', path: 'test/fixtures/policy/blind8.jsonl' },
  { name: 'blind9', path: 'test/fixtures/policy/blind9.jsonl' },
  { name: 'blind10', path: 'test/fixtures/policy/blind10.jsonl' },
  { name: 'blind11', path: 'test/fixtures/policy/blind11.jsonl' },
  { name: 'blind12', path: 'test/fixtures/policy/blind12.jsonl' },
  { name: 'blind13', path: 'test/fixtures/policy/blind13.jsonl' },
  { name: 'blind14', path: 'test/fixtures/policy/blind14.jsonl' },
];
/** Clean posts as an office writes them (test/fixtures/realistic/, outside ng/): negatives for every category. */
export const REALISTIC = 'test/fixtures/realistic';

export function loadDevSets(root: string): TrainingSet[] {
  const sets: TrainingSet[] = DEV_SETS.filter((s) => existsSync(join(root, s.path))).map((s) => ({ name: s.name, posts: readCorpus(join(root, s.path)) }));
  const posts: TrainingInput[] = [];
  for (const office of ['ageo', 'komae'] as const) {
    const dir = join(root, REALISTIC, office);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.post.md')) continue;
      const file = readFileSync(join(dir, name), 'utf8');
      posts.push({ id: `${office}/${name}`, office, text: file, labels: [], evidence: {}, file });
    }
  }
  if (posts.length > 0) sets.push({ name: 'realistic', posts });
  return sets;
}
