// The JSON Schema generated from zod (schemas/postpolicy.schema.json): what editors validate and complete with.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { buildJsonSchema } from '../../../server/src/config/jsonSchema';
import { configSchema } from '../../../server/src/config/schema';
import { allRules } from '../../../server/src/rules';
import { STARTER_TEXT } from '../../../server/src/cli/init';
import { repoRoot } from '../repoRoot';
import { validate } from './miniJsonSchema';

const schema = buildJsonSchema();
const readJsonc = (path: string) => parse(readFileSync(path, 'utf8'), [], { allowTrailingComma: true });

/** Both the generated JSON Schema and zod must agree on every sample. */
function verdicts(value: unknown): { json: string[]; zod: boolean } {
  return { json: validate(schema, value), zod: configSchema.safeParse(value).success };
}

describe('generated JSON Schema', () => {
  it('is draft-07, allows comments, and carries Japanese descriptions from zod .describe()', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.allowComments, true);
    const props = schema.properties as Record<string, { description?: string }>;
    assert.equal(props.limit.description, 'X の文字数上限（重み付き。既定 280）');
    assert.match(props.extends.description!, /プリセット/);
    assert.match(props.terms.description!, /prh/);
  });

  it('lists every rule id with its description for completion and hover', () => {
    const rules = (schema.properties as any).rules.properties as Record<string, { description: string }>;
    for (const rule of allRules) assert.equal(rules[rule.id]?.description, rule.description, rule.id);
    assert.ok(rules['directives/missing-reason']);
  });

  it('accepts the shipped example config and the init starter', () => {
    for (const value of [readJsonc(join(repoRoot(), 'examples/.postpolicy.json')), parse(STARTER_TEXT)]) assert.deepEqual(verdicts(value), { json: [], zod: true });
  });

  it('accepts a YAML config', () => {
    const value = parseYaml('extends: [recommended]\nrules:\n  count/max-length: [error, {}]\nallow:\n  phones: ["048-775-5111"]\n');
    assert.deepEqual(verdicts(value), { json: [], zod: true });
  });

  const broken: [string, unknown, string][] = [
    ['unknown key', { rule: {} }, '$.rule: unknown key'],
    ['bad severity', { rules: { 'count/max-length': 'fatal' } }, '$.rules.count/max-length: matches none of anyOf'],
    ['limit not positive', { limit: 0 }, '$.limit: <= exclusiveMinimum'],
    ['extends not an array', { extends: 'recommended' }, '$.extends: expected array'],
    ['term without pattern', { terms: [{ expected: 'x' }] }, '$.terms[0].pattern: required'],
    ['spec with extra key', { terms: [{ pattern: 'a', specs: [{ from: 'a', to: 'b', note: 1 }] }] }, '$.terms[0].specs[0].note: unknown key'],
    ['bad time', { businessHours: { start: '8:30', end: '17:15' } }, '$.businessHours.start: pattern'],
    ['empty allow entry', { allow: { phones: [''] } }, '$.allow.phones[0]: too short'],
    ['unknown allow kind', { allow: { faxes: ['1'] } }, '$.allow.faxes: unknown key'],
  ];
  for (const [name, value, error] of broken) {
    it(`rejects ${name} (JSON Schema and zod agree)`, () => {
      const v = verdicts(value);
      assert.equal(v.zod, false);
      assert.ok(v.json.includes(error), `${error} not in ${JSON.stringify(v.json)}`);
    });
  }

  it('the built file has the same shape as the generator output (run npm run build to refresh)', function () {
    const file = join(repoRoot(), 'schemas/postpolicy.schema.json');
    if (!existsSync(file)) this.skip();
    const built = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(built.properties), Object.keys(schema.properties as object));
    assert.equal(built.$id, schema.$id);
  });
});
