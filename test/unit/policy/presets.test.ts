import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { presets } from '../../../server/src/config/presets';
import type { RawConfig } from '../../../server/src/config/schema';
import { policyRules } from '../../../server/src/rules/policy';
import { lintText } from '../helpers';
import { repoRoot } from '../repoRoot';
import { morphologyServices } from './table';

const examples = join(repoRoot(), 'examples', 'policy');
const example = (ruleId: string, kind: 'ng' | 'ok') => readFileSync(join(examples, `${ruleId.replace('policy/', '')}-${kind}.post.md`), 'utf8');

function enabled(preset: RawConfig): string[] {
  return Object.entries(preset.rules ?? {})
    .filter(([id, s]) => id.startsWith('policy/') && (typeof s === 'string' ? s : s[0]) !== 'off')
    .map(([id]) => id);
}

/** Team data a config adds to the recommended preset (it has no accounts, categories or hours of its own). */
const team: RawConfig = { accounts: { own: ['ageo_hoiku'] }, categories: ['event', 'notice', 'other'], businessHours: { start: '08:30', end: '17:15' } };

const cases: [string, RawConfig, string][] = [
  ['ageo-hoiku', presets['ageo-hoiku'], '上尾市保育課 X 運用基準'],
  ['komae-kodomo', presets['komae-kodomo'], '狛江市 運用ポリシー'],
  ['recommended', { ...presets.recommended, ...team }, '推奨設定'],
];

describe('presets', () => {
  it('are registered under their names', () => {
    assert.deepEqual(Object.keys(presets).sort(), ['ageo-hoiku', 'komae-kodomo', 'recommended']);
  });

  for (const [name, config, policy] of cases) {
    describe(`preset ${name}`, () => {
      it('names a clause of its own policy for every policy rule it enables', () => {
        for (const id of enabled(config)) {
          assert.ok(policyRules.some((r) => r.id === id), `${id} is a rule`);
          assert.ok(config.clauses?.[id]?.includes(policy), `${name}: clause for ${id}`);
        }
      });
      for (const id of enabled(config)) {
        it(`${id} fires on its example and cites 「${config.clauses?.[id]}」`, async () => {
          const { findings } = await lintText(example(id, 'ng'), { rules: policyRules, config, services: await morphologyServices() });
          const mine = findings.filter((f) => f.rule === id);
          assert.ok(mine.length > 0, `${id} fires on ${id}-ng: ${JSON.stringify(findings.map((f) => f.message))}`);
          for (const f of mine) {
            assert.equal(f.clause, config.clauses![id]);
            assert.ok(f.message.endsWith(`［${config.clauses![id]}］`), f.message);
          }
        });
      }
    });
  }

  it('ageo-hoiku: every *-ok example passes every policy rule', async () => {
    const config: RawConfig = { ...presets['ageo-hoiku'], accounts: { own: ['ageo_hoiku'], repostable: ['ageo_city'] } };
    for (const file of readdirSync(examples).filter((f) => f.endsWith('-ok.post.md'))) {
      const { findings } = await lintText(readFileSync(join(examples, file), 'utf8'), { rules: policyRules, config, services: await morphologyServices() });
      assert.deepEqual(findings.map((f) => `${file}: ${f.rule}: ${f.message}`), []);
    }
  });

  it('ageo-hoiku: every *-ng example breaks exactly its own rule', async () => {
    const config: RawConfig = { ...presets['ageo-hoiku'], accounts: { own: ['ageo_hoiku'], repostable: ['ageo_city'] } };
    for (const file of readdirSync(examples).filter((f) => f.endsWith('-ng.post.md'))) {
      const { findings } = await lintText(readFileSync(join(examples, file), 'utf8'), { rules: policyRules, config, services: await morphologyServices() });
      const rules = [...new Set(findings.map((f) => f.rule))];
      assert.deepEqual(rules, [`policy/${file.replace('-ng.post.md', '')}`], file);
    }
  });

  it('timing: Ageo treats its disaster categories as emergencies', async () => {
    const text = '---\ncategory: damage\nscheduled: 2026-12-05T22:00+09:00\n---\n園舎の被害状況です。';
    const { findings } = await lintText(text, { rules: policyRules, config: presets['ageo-hoiku'], services: await morphologyServices() });
    assert.ok(!findings.some((f) => f.rule === 'policy/timing'));
  });
});
