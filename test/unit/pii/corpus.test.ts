// Precision and recall per category over the development set: test/fixtures/pii/corpus.jsonl (written with the
// detectors) and dev-extra.jsonl (its first 430 lines written by someone who never read the detector code; the
// lines after them by the detector's developer for the issue-10 classes, with hard negatives), linted under the
// ageo-hoiku preset and scored as `npm run eval` does (test/unit/pii/evaluate.ts: a detection is a finding at
// warning or error; info findings — office numbers, facility addresses, public figures — count as silence).
// The blind set (blind.jsonl) is never scored here: it is for `npm run eval` only, and never tuned on.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CATEGORIES, evaluate, formatTable, loadSet, precisionOf, recallOf, type EvalResult, type Labelled } from './evaluate';
import { morphology, repoRoot } from './util';

/**
 * What the development set must reach, per category (the issue asks ≥ 0.95 everywhere; reached for all, and
 * raised after the second round of issue 10: names and identifiers ≥ 0.98 on the enlarged set).
 */
const MIN: Record<string, { precision: number; recall: number }> = Object.fromEntries(CATEGORIES.map((c) => [c, { precision: 0.98, recall: 0.98 }]));

describe('pii development set: precision and recall per category', function () {
  this.timeout(120000);
  const corpus: Labelled[] = loadSet(join(repoRoot(), 'test/fixtures/pii/corpus.jsonl'));
  const extra: Labelled[] = loadSet(join(repoRoot(), 'test/fixtures/pii/dev-extra.jsonl'));
  let result: EvalResult;

  before(async () => {
    result = await evaluate([...corpus, ...extra], await morphology());
    const notes = CATEGORIES.flatMap((c) => [...result.stats[c].misses.map((m) => `  missed (${c}): ${m}`), ...result.stats[c].falseAlarms.map((m) => `  false alarm (${c}): ${m}`)]);
    console.log(`\n${formatTable('  pii development set', result)}${notes.length ? `\n${notes.join('\n')}` : ''}`);
  });

  it('has at least 500 sentences with positives and ≥ 40 % hard negatives', () => {
    const all = [...corpus, ...extra];
    assert.ok(all.length >= 500, `${all.length} sentences`);
    for (const c of CATEGORIES) assert.ok(all.some((i) => i.spans.some((s) => s.category === c)), `no positive for ${c}`);
    assert.ok(all.filter((i) => i.spans.length === 0).length >= 0.4 * all.length, "hard negatives");
  });

  for (const c of CATEGORIES) {
    it(`${c}: precision ≥ ${MIN[c].precision} and recall ≥ ${MIN[c].recall}`, () => {
      const s = result.stats[c];
      assert.ok(s.tp > 0, `${c}: no true positives`);
      assert.ok(precisionOf(s) >= MIN[c].precision, `${c}: precision ${precisionOf(s).toFixed(3)}\nfalse alarms:\n${s.falseAlarms.join('\n')}`);
      assert.ok(recallOf(s) >= MIN[c].recall, `${c}: recall ${recallOf(s).toFixed(3)}\nmissed:\n${s.misses.join('\n')}`);
    });
  }
});
