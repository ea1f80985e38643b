// Severity follows the policy (issue 11): in every preset, what the policies prohibit is an error when the evidence
// is strong and a warning when it is uncertain; docs/policies.md states the same mapping.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presets } from '../../../server/src/config/presets';
import { PII_RULE_IDS } from '../../../server/src/config/presets/piiClauses';
import type { LintServices } from '../../../server/src/engine/rule';
import { allRules } from '../../../server/src/rules';
import { createNodeServicesWithMorphology } from '../../../server/src/services';
import { lintText } from '../helpers';
import { repoRoot } from '../repoRoot';

/** [text, rule, expected severity]: strong evidence → error, uncertain → warning, the office's own → info. */
const CASES: [string, string, 'error' | 'warning' | 'info'][] = [
  ['ひまわり組のゆうとくん（5歳）が一等賞になりました。', 'pii/person', 'error'],
  ['保護者の高橋さんから雑巾をいただきました。', 'pii/person', 'warning'],
  ['連絡は携帯 090-1234-5678 まで。', 'pii/phone', 'error'],
  ['詳しくは 048-771-2345 へ。', 'pii/phone', 'warning'],
  ['保育課（電話 048-775-5111）までお問い合わせください。', 'pii/phone', 'info'],
  ['申込は sakura.mama@gmail.com へ。', 'pii/email', 'error'],
  ['代表者宅（上尾市平塚1234-5）に集合です。', 'pii/address', 'error'],
  ['マイナンバー 1234 5678 9018 を記入してください。', 'pii/my-number', 'error'],
];

describe('gate severities per preset', function () {
  this.timeout(60000);
  let services: LintServices;
  before(async () => {
    services = await createNodeServicesWithMorphology();
  });

  for (const name of ['ageo-hoiku', 'komae-kodomo', 'recommended']) {
    describe(name, () => {
      it('sets every personal-data rule but the photo reminder to error (a ceiling)', () => {
        const rules = presets[name].rules ?? {};
        for (const id of PII_RULE_IDS) assert.equal(rules[id], id === 'pii/photo' ? undefined : 'error', `${name}: ${id}`);
      });
      for (const [text, rule, severity] of CASES) {
        it(`${rule} is ${severity}: 「${text}」`, async () => {
          const { findings } = await lintText(text, { rules: allRules, config: presets[name], services });
          const mine = findings.filter((f) => f.rule === rule);
          assert.ok(mine.length > 0, `${rule} fires: ${JSON.stringify(findings.map((f) => [f.rule, f.severity]))}`);
          assert.deepEqual([...new Set(mine.map((f) => f.severity))], [severity]);
        });
      }
    });
  }

  it('docs/policies.md documents the mapping for every prohibited personal-data rule', () => {
    const doc = readFileSync(join(repoRoot(), 'docs/policies.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## 禁止事項はエラー'), doc.indexOf('## ルール一覧'));
    for (const id of PII_RULE_IDS) assert.ok(section.includes(`\`${id}\``), `${id} is in the gate table`);
    for (const id of ['policy/secret', 'policy/discrimination', 'policy/mention', 'policy/reply']) assert.ok(section.includes(`\`${id}\``), id);
  });
});
