// Precision and recall of the personal-data rules over labelled sentence sets (test/fixtures/pii/*.jsonl), shared by
// `npm run eval` (scripts/eval.mjs) and the corpus test. Each sentence is linted as a whole .post.md under the
// ageo-hoiku preset. Detections are findings of the category's rules at warning or error (info findings say "this
// is not personal data" and count as silence). Recall: labelled spans that some detection of the category
// overlaps. Precision: detections that overlap some labelled span of their category (one detection may cover two
// labels, e.g. 陽翔（はると）); a detection overlapping none is a false alarm.
import { readFileSync } from 'node:fs';
import { mergeConfig, emptyConfig } from '../../../server/src/config/resolved';
import { presets } from '../../../server/src/config/presets';
import { lint } from '../../../server/src/engine/lint';
import type { Morphology } from '../../../server/src/engine/morphology';
import type { Finding } from '../../../server/src/engine/types';
import { piiRules } from '../../../server/src/rules/pii';

export interface LabelledSpan {
  category: string;
  text: string;
  child?: boolean;
}
export interface Labelled {
  text: string;
  spans: LabelledSpan[];
}

export const CATEGORY_OF_RULE: Record<string, string> = {
  'pii/person': 'person',
  'pii/phone': 'phone',
  'pii/email': 'email',
  'pii/postal-code': 'postal',
  'pii/address': 'address',
  'pii/my-number': 'identifier',
  'pii/passport': 'identifier',
  'pii/drivers-license': 'identifier',
  'pii/bank-account': 'identifier',
  'pii/card-number': 'identifier',
  'pii/id-number': 'identifier',
};
export const CATEGORIES = ['person', 'phone', 'email', 'postal', 'address', 'identifier'] as const;

export interface CategoryStats {
  /** Labelled spans some detection overlaps. */
  tp: number;
  /** Detections that overlap a labelled span of their category. */
  tpFindings: number;
  /** Detections that overlap none. */
  fp: number;
  fn: number;
  misses: string[];
  falseAlarms: string[];
}
export interface EvalResult {
  sentences: number;
  stats: Record<string, CategoryStats>;
}

export function loadSet(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

export const precisionOf = (s: CategoryStats) => (s.tpFindings + s.fp === 0 ? 1 : s.tpFindings / (s.tpFindings + s.fp));
export const recallOf = (s: CategoryStats) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

const textRules = piiRules.filter((r) => CATEGORY_OF_RULE[r.id]);
const config = mergeConfig(emptyConfig(), presets['ageo-hoiku'], 'preset:ageo-hoiku');

/** Detections (warning/error) of the text rules on one sentence, linted as a whole post file. */
export async function detect(text: string, morphology: Morphology): Promise<Finding[]> {
  const { findings } = await lint(text, { rules: textRules, config, services: { morphology } });
  return findings.filter((f) => CATEGORY_OF_RULE[f.rule] && (f.severity === 'warning' || f.severity === 'error'));
}

/** Every occurrence of each labelled span in the sentence. */
export function labelRanges(item: Labelled): { category: string; text: string; ranges: [number, number][] }[] {
  const seen = new Map<string, number>();
  return item.spans.map((s) => {
    const ranges: [number, number][] = [];
    let at = item.text.indexOf(s.text);
    while (at >= 0 && s.text.length > 0) {
      ranges.push([at, at + s.text.length]);
      at = item.text.indexOf(s.text, at + 1);
    }
    // The same span text labelled twice (two mentions) claims the occurrences in order.
    const k = `${s.category}\u0000${s.text}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    const own = ranges.length > n && item.spans.filter((x) => x.category === s.category && x.text === s.text).length > 1 ? [ranges[n]] : ranges;
    return { category: s.category, text: s.text, ranges: own };
  });
}

export async function evaluate(items: Labelled[], morphology: Morphology): Promise<EvalResult> {
  const stats: Record<string, CategoryStats> = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, tpFindings: 0, fp: 0, fn: 0, misses: [], falseAlarms: [] }]));
  for (const item of items) {
    const findings = await detect(item.text, morphology);
    const labels = labelRanges(item);
    const matched = labels.map(() => false);
    for (const f of findings) {
      const cat = CATEGORY_OF_RULE[f.rule];
      let hit = false;
      labels.forEach((l, i) => {
        if (l.category === cat && l.ranges.some(([s, e]) => s < f.range.end && f.range.start < e)) {
          matched[i] = true;
          hit = true;
        }
      });
      if (hit) stats[cat].tpFindings++;
      else {
        stats[cat].fp++;
        stats[cat].falseAlarms.push(`「${item.text.slice(f.range.start, f.range.end)}」 (${f.rule}) in ${item.text}`);
      }
    }
    labels.forEach((l, i) => {
      if (!stats[l.category]) return;
      if (matched[i]) stats[l.category].tp++;
      else {
        stats[l.category].fn++;
        stats[l.category].misses.push(`「${l.text}」 in ${item.text}`);
      }
    });
  }
  return { sentences: items.length, stats };
}

export function formatTable(name: string, r: EvalResult): string {
  const rows = CATEGORIES.map((c) => {
    const s = r.stats[c];
    return `  ${c.padEnd(11)} precision ${precisionOf(s).toFixed(3)}  recall ${recallOf(s).toFixed(3)}  (spans ${s.tp + s.fn}: found ${s.tp}, missed ${s.fn}; detections ${s.tpFindings + s.fp}: false ${s.fp})`;
  });
  return `${name}: ${r.sentences} sentences\n${rows.join('\n')}`;
}
