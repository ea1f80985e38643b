// Post-level precision and recall of the semantic policy rules on the labelled corpora in test/fixtures/policy/
// (issue 9). Each line is a post: it is written as a .post.md (front matter: the office's account and the line's
// frontMatter fields) and linted with the office's preset, every rule, the tokenizer loaded — as the CLI does.
// A post labelled X is a true positive when the rule(s) of X give at least one finding at warning or error; a
// post not labelled X with such a finding is a false positive.
//
// The blind corpus is never used for tuning: `npm run eval` prints only its figures; `--blind-details` (once,
// at the end of a piece of work, for the report) also lists its misses and false alarms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presets } from '../../server/src/config/presets';
import { emptyConfig, mergeConfig, type ResolvedConfig } from '../../server/src/config/resolved';
import { lint } from '../../server/src/engine/lint';
import type { LintServices } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';

export const CATEGORIES = ['opinion', 'discrimination', 'secret', 'undecided', 'citation', 'mention'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The rules whose findings stand for each label. */
export const RULES_OF: Record<Category, string[]> = {
  opinion: ['policy/personal-opinion'],
  discrimination: ['policy/discrimination'],
  secret: ['policy/secret'],
  undecided: ['policy/undecided'],
  citation: ['policy/citation'],
  mention: ['policy/mention', 'policy/reply'],
};

export interface LabelledPost {
  id: string;
  office: 'ageo' | 'komae';
  text: string;
  labels: Category[];
  evidence: Partial<Record<Category, string>>;
  frontMatter?: Record<string, unknown>;
  officialHandles?: string[];
  note?: string;
}

const OFFICE: Record<LabelledPost['office'], { preset: string; account: string }> = {
  ageo: { preset: 'ageo-hoiku', account: 'ageo_hoiku' },
  komae: { preset: 'komae-kodomo', account: 'komae_kosodate' },
};

export function readCorpus(path: string): LabelledPost[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledPost);
}

/** The .post.md a staff member would write for this line. */
export function postFile(p: LabelledPost): string {
  const fm: Record<string, unknown> = { account: OFFICE[p.office].account, ...(p.frontMatter ?? {}) };
  const lines = Object.entries(fm).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n${p.text}\n`;
}

const configs = new Map<string, ResolvedConfig>();
/** The office's preset, resolved once. */
export function configFor(office: LabelledPost['office']): ResolvedConfig {
  const name = OFFICE[office].preset;
  let c = configs.get(name);
  if (!c) configs.set(name, (c = mergeConfig(emptyConfig(), presets[name], name)));
  return c;
}

export interface PostResult {
  post: LabelledPost;
  /** Alarming findings (warning or error) of each category's rules. */
  alarms: Record<Category, Finding[]>;
  file: string;
}

export async function lintCorpus(posts: LabelledPost[], services: LintServices): Promise<PostResult[]> {
  const out: PostResult[] = [];
  for (const post of posts) {
    const file = postFile(post);
    const { findings } = await lint(file, { rules: allRules, config: configFor(post.office), services });
    const alarming = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
    const alarms = Object.fromEntries(CATEGORIES.map((c) => [c, alarming.filter((f) => RULES_OF[c].includes(f.rule))])) as Record<Category, Finding[]>;
    out.push({ post, alarms, file });
  }
  return out;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function score(results: PostResult[]): Record<Category, Score> {
  const out = {} as Record<Category, Score>;
  for (const c of CATEGORIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of results) {
      const labelled = r.post.labels.includes(c);
      const hit = r.alarms[c].length > 0;
      if (labelled && hit) tp++;
      else if (labelled) fn++;
      else if (hit) fp++;
    }
    out[c] = { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  }
  return out;
}

/**
 * What a user sees: a post that breaks any clause raises at least one policy warning (whichever rule), and a clean
 * post raises none. A post labelled opinion that only policy/discrimination flags is a hit here.
 */
export function scoreAny(results: PostResult[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of results) {
    const hit = CATEGORIES.some((c) => r.alarms[c].length > 0);
    if (r.post.labels.length > 0 && hit) tp++;
    else if (r.post.labels.length > 0) fn++;
    else if (hit) fp++;
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

export function formatScores(name: string, n: number, s: Record<Category, Score>, any?: Score): string {
  const row = (label: string, x: Score) => `  ${label.padEnd(15)} P ${x.precision.toFixed(2)}  R ${x.recall.toFixed(2)}   (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  const rows = CATEGORIES.map((c) => row(c, s[c]));
  // Posts, not categories: a labelled post with any warning, a clean post with none.
  if (any) rows.push(row('(any clause)', any));
  return [`${name} (${n} posts)`, ...rows].join('\n');
}

/** Misses and false alarms, for reading (dev while developing; blind only for the final report). */
export function formatDetails(results: PostResult[], only?: Category): string {
  const lines: string[] = [];
  for (const c of CATEGORIES) {
    if (only && c !== only) continue;
    for (const r of results) {
      const labelled = r.post.labels.includes(c);
      const hit = r.alarms[c].length > 0;
      if (labelled && !hit) lines.push(`MISS ${c} ${r.post.id} [${r.post.evidence[c] ?? ''}] ${JSON.stringify(r.post.text)}${r.post.frontMatter ? ' fm=' + JSON.stringify(r.post.frontMatter) : ''}`);
      if (!labelled && hit)
        lines.push(`FALSE ${c} ${r.post.id} ${r.alarms[c].map((f) => `«${r.file.slice(f.range.start, f.range.end)}»`).join(' ')} ${JSON.stringify(r.post.text)} labels=${r.post.labels.join(',')}`);
    }
  }
  return lines.join('\n');
}

export const DEV = 'test/fixtures/policy/dev.jsonl';
/** A second development set (666 posts by another writer), training data of the statistical layer (`npm run train`). */
export const DEV2 = 'test/fixtures/policy/dev2.jsonl';
/** Development sets of round 9 (320 posts each by three more writers: the boundary of opinion and the office's voice;
 * secrets; discrimination, citation and undecided), training data of the statistical layer. */
export const DEV5 = ['test/fixtures/policy/dev5a.jsonl', 'test/fixtures/policy/dev5b.jsonl', 'test/fixtures/policy/dev5c.jsonl'];
/** A sixth development set (400 posts, round 14, weighted towards secret, opinion and citation), written by a helper
 * that read only the two policies; training data of the statistical layer. */
export const DEV6 = 'test/fixtures/policy/dev6.jsonl';
/** A seventh development set (400 posts, round 14, 160 clean, many voices and dialects), written by a helper that read
 * only the two policies; training data of the statistical layer. */
export const DEV7 = 'test/fixtures/policy/dev7.jsonl';
/** An eighth development set (400 posts, round 14, 160 clean; secret and opinion 70 each, many kinds of secret), written
 * by a helper that read only the two policies; read for misses, not trained on (test/eval/train.ts says why). */
export const DEV8 = 'test/fixtures/policy/dev8.jsonl';
/** A ninth development set (400 posts, round 15, 180 clean; opinion and secret 60 each), written by a helper that read
 * only the two policies; scored first with the detectors of round 15's start, then read for misses. */
export const DEV9 = 'test/fixtures/policy/dev9.jsonl';
/** A tenth development set (400 posts, round 16, 200 clean and hard: corrections, advice with worried words, feelings
 * attributed to children), written by a helper that read only the two policies; scored first, then read for misses. */
export const DEV10 = 'test/fixtures/policy/dev10.jsonl';
export const BLIND = 'test/fixtures/policy/blind.jsonl';
/** A second blind set (422 posts by another writer), committed before the second round of work on the detectors. */
export const BLIND2 = 'test/fixtures/policy/blind2.jsonl';
export const DEV3 = 'test/fixtures/policy/dev3.jsonl';
/** Scored (totals only) at the start and the end of round 3; never tuned on, never read line by line. */
export const BLIND3 = 'test/fixtures/policy/blind3.jsonl';
/** A fourth development set (795 posts by another writer, weighted towards secret, citation and opinion). */
export const DEV4 = 'test/fixtures/policy/dev4.jsonl';
/** The blind set of round 4: committed before any tuning, scored at the end of round 4 and its misses read then. */
export const BLIND4 = 'test/fixtures/policy/blind4.jsonl';
/** The blind set of round 5: committed before any tuning on it, scored at the end of round 5 and its misses read then. */
export const BLIND5 = 'test/fixtures/policy/blind5.jsonl';
/** The blind set of round 6: committed before any tuning on it, scored at the end of round 6 and its misses read then. */
export const BLIND6 = 'test/fixtures/policy/blind6.jsonl';
/** The blind set of round 7: committed before any tuning on it, scored at the end of round 7 and its misses read then;
 * a training set since (test/eval/train.ts). */
export const BLIND7 = 'test/fixtures/policy/blind7.jsonl';
/** The blind set of round 8: committed before any tuning on it, scored at the end of round 8 and its misses read then;
 * a training set since. */
export const BLIND8 = 'test/fixtures/policy/blind8.jsonl';
/** The blind set of round 9: committed before any tuning on it, scored at the end of round 9 and its misses read then;
 * a training set since. */
export const BLIND9 = 'test/fixtures/policy/blind9.jsonl';
/** The blind set of round 10: committed before any tuning on it, scored once at the end of round 10 (the README's
 * figures), its misses read only then; a training set since. */
export const BLIND10 = 'test/fixtures/policy/blind10.jsonl';
/** The blind set of round 11: committed before any tuning on it, scored once at the end of round 11, its misses read
 * only then; a training set since. */
export const BLIND11 = 'test/fixtures/policy/blind11.jsonl';
/** The blind set of round 12: committed before any tuning on it, scored once at the end of round 12, its misses read
 * only then; a training set since. */
export const BLIND12 = 'test/fixtures/policy/blind12.jsonl';
/** The blind set of round 13: committed before any tuning on it, scored once at the end of round 13 (the README's
 * figures), its misses read only then. */
export const BLIND13 = 'test/fixtures/policy/blind13.jsonl';
/** The blind set of round 14: committed before any tuning on it, scored once at the end of round 14 (the README's
 * figures), its misses read only then. */
export const BLIND14 = 'test/fixtures/policy/blind14.jsonl';
/** The blind set of round 15: committed before any tuning on it, scored once at the end of round 15 (the README's
 * figures), its misses read only then. */
export const BLIND15 = 'test/fixtures/policy/blind15.jsonl';
/** The blind set of round 16: committed before any tuning on it (a789524), scored once at the end of round 16 (89a057a;
 * the README's figures), its misses read only then. */
export const BLIND16 = 'test/fixtures/policy/blind16.jsonl';
/** The blind set of round 17: committed before round 16 was scored (2d10865), scored once at the end of round 17
 * (6f5ca38; the README's figures), its misses read only then. */
export const BLIND17 = 'test/fixtures/policy/blind17.jsonl';
/** The blind set of round 18: committed before round 17 was scored (4ab1bbd), scored once at the end of round 18
 * (5d0f292; the README's figures), its misses read only then. */
export const BLIND18 = 'test/fixtures/policy/blind18.jsonl';
/** The blind set of round 19: committed before round 18 was scored (fbbfe29), scored once at the end of round 19
 * (52aa449; the README's figures), its misses read only then. */
export const BLIND19 = 'test/fixtures/policy/blind19.jsonl';
/** The blind set of round 20: committed before round 19 was scored (91e9532), scored once at the end of round 20
 * (b75b310; the README's figures), its misses read only then. */
export const BLIND20 = 'test/fixtures/policy/blind20.jsonl';
/** The blind set of round 21: committed before round 20 was scored (4fee9bf), scored once at the end of round 21
 * (46efb72; the README's figures), its misses read only then. */
export const BLIND21 = 'test/fixtures/policy/blind21.jsonl';
/** The blind set of round 22: committed before round 21 was scored (3b93d27), scored once at the end of round 22
 * (3c8d016; the README's figures), its misses read only then. */
export const BLIND22 = 'test/fixtures/policy/blind22.jsonl';
/** The blind set of round 23: committed before round 22 was scored (3c8d016), scored once at the end of round 23
 * (f26155e; the README's figures), its misses read only then. */
export const BLIND23 = 'test/fixtures/policy/blind23.jsonl';
/** The blind set of round 24: committed before round 23 was scored (b227963), scored once at the end of round 24
 * (f4bad39; the README's figures), its misses read only then. */
export const BLIND24 = 'test/fixtures/policy/blind24.jsonl';
/** The blind set of round 25: committed before round 24 was scored (0a6d2df), scored once at the end of round 25. */
export const BLIND25 = 'test/fixtures/policy/blind25.jsonl';

export function corpusPath(root: string, name: string): string {
  return join(root, name);
}
