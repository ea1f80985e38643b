// X's own counting cases (twitter-text conformance/validate.yml), read from the copy in test/fixtures/conformance/.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COUNT_CONFIGS, countWeighted, type CountConfig } from '../../../server/src/engine/count';
import { conformanceDir } from '../repoRoot';

interface WeightedCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; permillage: number; validRangeEnd: number; validRangeStart: number; displayRangeStart: number; displayRangeEnd: number };
}
interface ValidityCase {
  description: string;
  text: string;
  expected: boolean;
}

const file = join(conformanceDir(), 'twitter-text-validate.yml');
const tests = parse(readFileSync(file, 'utf8')).tests as Record<string, unknown[]>;

// Which counting configuration each section was written for (see shared/conformance/README.md).
const SECTIONS: [string, CountConfig][] = [
  ['WeightedTweetsCounterTest', COUNT_CONFIGS.version2],
  ['WeightedTweetsWithDiscountedEmojiCounterTest', COUNT_CONFIGS.version3],
  ['UnicodeDirectionalMarkerCounterTest', COUNT_CONFIGS.version3],
];

describe('X conformance: counting (twitter-text validate.yml)', () => {
  let total = 0;
  after(() => assert.equal(total, 52, 'the four counting sections hold 52 cases'));

  describe('tweets (config v1, validity)', () => {
    for (const c of tests.tweets as ValidityCase[]) {
      it(c.description, () => {
        total++;
        const r = countWeighted(c.text, COUNT_CONFIGS.version1.maxWeightedTweetLength, COUNT_CONFIGS.version1);
        assert.equal(r.valid, c.expected);
      });
    }
  });

  for (const [section, config] of SECTIONS) {
    describe(`${section} (config v${config.version})`, () => {
      for (const c of tests[section] as WeightedCase[]) {
        it(c.description, () => {
          total++;
          const r = countWeighted(c.text, config.maxWeightedTweetLength, config);
          assert.equal(r.weightedLength, c.expected.weightedLength, 'weightedLength');
          assert.equal(r.valid, c.expected.valid, 'valid');
          assert.equal(r.permillage, c.expected.permillage, 'permillage');
          // Our overflow offset is X's valid range end + 1 whenever the text is too long.
          if (r.weightedLength > config.maxWeightedTweetLength) assert.equal(r.overflowStart, c.expected.validRangeEnd + 1, 'overflowStart');
          else assert.equal(r.overflowStart, undefined);
        });
      }
    });
  }
});
