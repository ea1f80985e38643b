// Precision and recall per category of the semantic policy rules over the development corpus
// (test/fixtures/policy/dev.jsonl, written by someone who never read the rule code), scored as `npm run eval`
// does (test/eval/policyEval.ts: a post is flagged when a rule of its category gives a warning or error).
// The blind corpus (blind.jsonl) is never scored here: `npm run eval` prints it, and it is never tuned on.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CATEGORIES, DEV, formatDetails, formatScores, lintCorpus, readCorpus, score, scoreAny, type PostResult, type Score } from '../../eval/policyEval';
import { morphologyServices } from './table';

const root = join(__dirname, '..', '..', '..', '..');
/**
 * What the first development set must keep reaching, per category (issue 9). Precision 0.93, not 0.95: the
 * statistical layer's thresholds aim at 0.90 in cross-validation over five writers' sets (scripts/train.mjs), and
 * trades a little precision on this set for recall on everyone else's wording.
 */
const MIN = { precision: 0.93, recall: 0.95 };

describe('policy development set: precision and recall per category', function () {
  this.timeout(180000);
  const posts = readCorpus(join(root, DEV));
  let scores: Record<string, Score>;
  let details = '';

  before(async () => {
    const results = await lintCorpus(posts, await morphologyServices());
    scores = score(results);
    details = formatDetails(results);
    console.log(`\n${formatScores('  policy development set', posts.length, scores as never, scoreAny(results))}`);
  });

  it('has at least 600 posts, ≥ 40 % of them clean', () => {
    assert.ok(posts.length >= 600, `${posts.length} posts`);
    const clean = posts.filter((p) => p.labels.length === 0).length;
    assert.ok(clean >= 0.4 * posts.length, `${clean} clean of ${posts.length}`);
    for (const c of CATEGORIES) assert.ok(posts.some((p) => p.labels.includes(c)), `no post labelled ${c}`);
  });

  for (const c of CATEGORIES) {
    it(`${c}: precision ≥ ${MIN.precision} and recall ≥ ${MIN.recall}`, () => {
      const s = scores[c];
      const mine = details.split('\n').filter((l) => l.split(' ')[1] === c).join('\n');
      assert.ok(s.tp > 0, `${c}: no true positives`);
      assert.ok(s.precision >= MIN.precision, `${c}: precision ${s.precision.toFixed(3)}\n${mine}`);
      assert.ok(s.recall >= MIN.recall, `${c}: recall ${s.recall.toFixed(3)}\n${mine}`);
    });
  }
});

describe('policy eval: the any-clause score counts posts, not categories', () => {
  const none = Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as PostResult['alarms'];
  const result = (labels: string[], alarmed: string[]): PostResult =>
    ({ post: { id: 'x', office: 'ageo', text: '', labels, evidence: {} }, file: '', alarms: { ...none, ...Object.fromEntries(alarmed.map((c) => [c, [{}]])) } }) as unknown as PostResult;

  it('a labelled post flagged under another clause is a hit; a clean post flagged under any is a false alarm', () => {
    const s = scoreAny([result(['opinion'], ['discrimination']), result(['secret'], []), result([], ['citation']), result([], [])]);
    assert.deepEqual({ tp: s.tp, fp: s.fp, fn: s.fn }, { tp: 1, fp: 1, fn: 1 });
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 0.5);
  });
});
