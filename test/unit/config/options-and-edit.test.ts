// Rule options validated against a rule's optionsSchema (positioned), and config edits that keep comments.
import { strict as assert } from 'node:assert';
import { z } from 'zod';
import { checkSemantics } from '../../../server/src/config/semantics';
import { readConfigSource } from '../../../server/src/config/source';
import { configSchema } from '../../../server/src/config/schema';
import { applyEditsToText, configEdits, newConfigText } from '../../../server/src/config/edit';
import type { Rule } from '../../../server/src/engine/rule';

const withOptions: Rule = {
  id: 'test/limited',
  description: 'テスト',
  defaultSeverity: 'warning',
  optionsSchema: z.object({ max: z.number().int().positive(), words: z.array(z.string()).optional() }).strict(),
  check() {},
};

function problems(text: string, yaml = false): [string, string][] {
  const source = readConfigSource(text, yaml);
  const raw = configSchema.parse(source.value);
  return checkSemantics(raw, source, [withOptions]).map((p) => [text.slice(p.range.start, p.range.end), p.message]);
}

describe('rule options (optionsSchema)', () => {
  it('accepts valid options', () => {
    assert.deepEqual(problems('{"rules": {"test/limited": ["error", {"max": 3}]}}'), []);
  });
  it('a wrong value is reported at that option', () => {
    const [[covered, message]] = problems('{"rules": {"test/limited": ["error", {"max": -1}]}}');
    assert.equal(covered, '-1');
    assert.match(message, /^ルール「test\/limited」のオプションが正しくありません: 「max」: /);
  });
  it('an unknown option is reported at its key (YAML)', () => {
    assert.deepEqual(problems('rules:\n  test/limited:\n    - error\n    - max: 2\n      maxx: 3\n', true), [['maxx', 'ルール「test/limited」に不明なオプション「maxx」があります。']]);
  });
  it('a missing required option is reported at the options object', () => {
    const [[covered, message]] = problems('{"rules": {"test/limited": ["error", {}]}}');
    assert.equal(covered, '{}');
    assert.match(message, /「max」/);
  });
});

describe('config edits from quick fixes keep comments and formatting', () => {
  it('JSONC: appends to an existing list', () => {
    const text = '{\n  // 連絡先\n  "allow": {\n    "phones": ["048-775-5111"] // 代表\n  }\n}\n';
    const out = applyEditsToText(text, configEdits(text, { path: ['allow', 'phones'], append: '048-775-1111' }, '/t/.postpolicy.json'));
    assert.equal(out, '{\n  // 連絡先\n  "allow": {\n    "phones": ["048-775-5111", "048-775-1111"] // 代表\n  }\n}\n');
  });
  it('JSONC: creates a missing list; an existing value is not added twice', () => {
    const text = '// チーム\n{\n  "limit": 280\n}\n';
    const out = applyEditsToText(text, configEdits(text, { path: ['allow', 'emails'], append: 'a@b.jp' }, '/t/.postpolicy.json'));
    assert.match(out, /^\/\/ チーム\n/);
    assert.deepEqual(JSON.parse(out.replace(/^\/\/.*\n/, '')), { limit: 280, allow: { emails: ['a@b.jp'] } });
    assert.deepEqual(configEdits(out, { path: ['allow', 'emails'], append: 'a@b.jp' }, '/t/.postpolicy.json'), []);
  });
  it('YAML: keeps comments', () => {
    const text = '# チーム設定\nallow:\n  phones:\n    - 048-775-5111 # 代表\n';
    const out = applyEditsToText(text, configEdits(text, { path: ['allow', 'phones'], append: '048-775-1111' }, '/t/.postpolicy.yaml'));
    assert.equal(out, '# チーム設定\nallow:\n  phones:\n    - 048-775-5111 # 代表\n    - 048-775-1111\n');
  });
  it('a new file holding just the change', () => {
    assert.deepEqual(JSON.parse(newConfigText({ path: ['terms'], append: { pattern: '子供', expected: '子ども' } }, '/t/.postpolicy.json')), { terms: [{ pattern: '子供', expected: '子ども' }] });
  });
});

describe('config edits: array layouts', () => {
  it('one element per line stays one per line, with comments kept', () => {
    const text = '{\n  "allow": {\n    "names": [\n      "上尾 太郎", // 市長\n      "上尾 花子"\n    ]\n  }\n}';
    const out = applyEditsToText(text, configEdits(text, { path: ['allow', 'names'], append: '上尾 次郎' }, '/t/.postpolicy.json'));
    assert.equal(out, '{\n  "allow": {\n    "names": [\n      "上尾 太郎", // 市長\n      "上尾 花子",\n      "上尾 次郎"\n    ]\n  }\n}');
  });
  it('an empty array', () => {
    const text = '{ "allow": { "phones": [] } } // 末尾';
    const out = applyEditsToText(text, configEdits(text, { path: ['allow', 'phones'], append: '1' }, '/t/.postpolicy.json'));
    assert.match(out, /"phones": \[\s*"1"\s*\]/);
    assert.match(out, /\/\/ 末尾$/);
  });
});
