// Each preset cites its own policy for every rule it runs: no Komae post is told about Ageo's rules, or vice versa.
import { strict as assert } from 'node:assert';
import { emptyConfig, mergeConfig } from '../../server/src/config/resolved';
import { presets } from '../../server/src/config/presets';
import { PII_RULE_IDS } from '../../server/src/config/presets/piiClauses';
import { allRules } from '../../server/src/rules';

const OTHER_CITY: Record<string, RegExp> = {
  'ageo-hoiku': /狛江/,
  'komae-kodomo': /上尾/,
  recommended: /上尾|狛江/,
};

describe('preset clauses', () => {
  it('PII_RULE_IDS lists exactly the pii rules', () => {
    assert.deepEqual([...PII_RULE_IDS].sort(), allRules.map((r) => r.id).filter((id) => id.startsWith('pii/')).sort());
  });

  for (const [name, pattern] of Object.entries(OTHER_CITY)) {
    it(`${name}: every enabled rule cites a clause of its own policy`, () => {
      const config = mergeConfig(emptyConfig(), presets[name], name);
      const wrong = allRules
        .filter((r) => (config.rules[r.id]?.severity ?? r.defaultSeverity) !== 'off')
        .map((r) => [r.id, config.clauses[r.id] ?? r.clause ?? ''] as const)
        .filter(([, clause]) => pattern.test(clause));
      assert.deepEqual(wrong, []);
    });
  }
});
