// Precision and recall per category over a labelled corpus of realistic post sentences (written by hand,
// positives and hard negatives). A detection is a finding at warning or error: info findings (office phone
// numbers, facility addresses, public office-holders) say "this is not personal data" and count as silence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { piiRules } from '../../../server/src/rules/pii';
import { lintPii, repoRoot } from './util';

interface Labelled {
  text: string;
  spans: { category: string; text: string }[];
}

const CATEGORY: Record<string, string> = {
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
};
const CATEGORIES = ['person', 'phone', 'email', 'postal', 'address', 'identifier'];
const MIN = 0.95;

function loadCorpus(): Labelled[] {
  const file = join(repoRoot(), 'test/fixtures/pii/corpus.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

describe('pii corpus: precision and recall per category', function () {
  this.timeout(60000);
  const corpus = loadCorpus();
  const textRules = piiRules.filter((r) => CATEGORY[r.id]);
  const stats = new Map(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, misses: [] as string[], falseAlarms: [] as string[] }]));

  before(async () => {
    for (const item of corpus) {
      const findings = (await lintPii(item.text, { rules: textRules })).filter((f) => f.severity === 'warning' || f.severity === 'error');
      const predicted = findings.map((f) => `${CATEGORY[f.rule]}\u0000${item.text.slice(f.range.start, f.range.end)}`);
      const expected = item.spans.map((s) => `${s.category}\u0000${s.text}`);
      const left = [...expected];
      for (const p of predicted) {
        const [cat, span] = p.split('\u0000');
        const i = left.indexOf(p);
        const s = stats.get(cat)!;
        if (i >= 0) {
          s.tp++;
          left.splice(i, 1);
        } else {
          s.fp++;
          s.falseAlarms.push(`「${span}」 in ${item.text}`);
        }
      }
      for (const e of left) {
        const [cat, span] = e.split('\u0000');
        const s = stats.get(cat)!;
        s.fn++;
        s.misses.push(`「${span}」 in ${item.text}`);
      }
    }
    const rows = CATEGORIES.map((c) => {
      const s = stats.get(c)!;
      const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
      const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
      return `  ${c.padEnd(11)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    });
    const notes = CATEGORIES.flatMap((c) => [...stats.get(c)!.misses.map((m) => `  missed (${c}): ${m}`), ...stats.get(c)!.falseAlarms.map((m) => `  false alarm (${c}): ${m}`)]);
    console.log(`\n  pii corpus: ${corpus.length} sentences, ${corpus.filter((c) => c.spans.length === 0).length} without personal data\n${rows.join('\n')}${notes.length ? `\n${notes.join('\n')}` : ''}`);
  });

  it('has at least 200 sentences with positives and hard negatives', () => {
    assert.ok(corpus.length >= 200, `${corpus.length} sentences`);
    for (const c of CATEGORIES) assert.ok(corpus.some((i) => i.spans.some((s) => s.category === c)), `no positive for ${c}`);
    assert.ok(corpus.filter((i) => i.spans.length === 0).length >= 80, 'hard negatives');
  });

  for (const c of CATEGORIES) {
    it(`${c}: precision and recall ≥ ${MIN}`, () => {
      const s = stats.get(c)!;
      const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
      const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
      assert.ok(s.tp > 0, `${c}: no true positives`);
      assert.ok(precision >= MIN, `${c}: precision ${precision.toFixed(3)} < ${MIN}\nfalse alarms:\n${s.falseAlarms.join('\n')}`);
      assert.ok(recall >= MIN, `${c}: recall ${recall.toFixed(3)} < ${MIN}\nmissed:\n${s.misses.join('\n')}`);
    });
  }
});
