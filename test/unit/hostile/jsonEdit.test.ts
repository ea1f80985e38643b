// Issue 14 (low): JSONC config edits are insertions in place, like the YAML path: the file's newline (CRLF, CR),
// indentation (tabs, width), one-line objects and arrays and trailing comments stay as the file has them.
import { strict as assert } from 'node:assert';
import { parse } from 'jsonc-parser';
import { applyEditsToText, configEdits } from '../../../server/src/config/edit';

const edit = (text: string, path: string[], append: unknown) => applyEditsToText(text, configEdits(text, { path, append }, '/t/.postpolicy.jsonc'));

describe('JSONC config edits in place', () => {
  it('appends to a one-per-line list keeping CRLF; the last element keeps its comment', () => {
    const text = '{\r\n  "allow": {\r\n    "phones": [\r\n      "048-775-5111" // 代表\r\n    ]\r\n  }\r\n}\r\n';
    const out = edit(text, ['allow', 'phones'], '048-775-1111');
    assert.equal(out, '{\r\n  "allow": {\r\n    "phones": [\r\n      "048-775-5111", // 代表\r\n      "048-775-1111"\r\n    ]\r\n  }\r\n}\r\n');
    assert.equal(configEdits(out, { path: ['allow', 'phones'], append: '048-775-1111' }, '/t/.postpolicy.jsonc').length, 0, 'already present');
  });

  it('adds a missing key with the file\'s tabs; a one-line sibling list stays on its line', () => {
    const text = '{\n\t"limit": 280,\n\t"allow": {\n\t\t"names": ["上尾 太郎"]\n\t}\n}\n';
    assert.equal(edit(text, ['allow', 'phones'], '1'), '{\n\t"limit": 280,\n\t"allow": {\n\t\t"names": ["上尾 太郎"],\n\t\t"phones": [\n\t\t\t"1"\n\t\t]\n\t}\n}\n');
  });

  it('uses the indentation width of the file; a comment on the last property stays on its line', () => {
    const text = '{\n    "limit": 280 // 上限\n}\n';
    assert.equal(edit(text, ['allow', 'phones'], '1'), '{\n    "limit": 280, // 上限\n    "allow": {\n        "phones": [\n            "1"\n        ]\n    }\n}\n');
  });

  it('keeps a one-line object on one line', () => {
    assert.equal(edit('{"allow": {"phones": ["1"]}}', ['allow', 'emails'], 'a@b.jp'), '{"allow": {"phones": ["1"], "emails": ["a@b.jp"]}}');
    const out = edit('{"allow": {"phones": ["1"]}} // チーム\n', ['terms'], { pattern: '子供', expected: '子ども' });
    assert.equal(out, '{"allow": {"phones": ["1"]}, "terms": [{"pattern": "子供", "expected": "子ども"}]} // チーム\n');
    assert.deepEqual(parse(out).terms, [{ pattern: '子供', expected: '子ども' }]);
  });

  it('keeps CR-only line breaks', () => {
    assert.equal(edit('{\r  "limit": 280\r}\r', ['allow', 'phones'], '1'), '{\r  "limit": 280,\r  "allow": {\r    "phones": [\r      "1"\r    ]\r  }\r}\r');
    assert.equal(edit('{\r  "names": [\r    "a" /* 先頭 */\r  ]\r}\r', ['names'], 'b'), '{\r  "names": [\r    "a", /* 先頭 */\r    "b"\r  ]\r}\r');
  });

  it('follows a trailing-comma style, a bracket on the last line and an empty multi-line list', () => {
    assert.equal(edit('{\n  "names": [\n    "a",\n    "b", // x\n  ],\n}', ['names'], 'c'), '{\n  "names": [\n    "a",\n    "b", // x\n    "c",\n  ],\n}');
    assert.equal(edit('{\n  "names": ["a",\n            "b"]\n}', ['names'], 'c'), '{\n  "names": ["a",\n            "b",\n            "c"]\n}');
    assert.equal(edit('{\n  "phones": [\n  ]\n}', ['phones'], '1'), '{\n  "phones": [\n    "1"\n  ]\n}');
    assert.equal(edit('{\n  "allow": {\n  }\n}', ['allow', 'phones'], '1'), '{\n  "allow": {\n    "phones": [\n      "1"\n    ]\n  }\n}');
  });

  it('an object appended to a list of one-line objects is one line too', () => {
    const text = '{\n  "terms": [\n    { "pattern": "a", "expected": "b" }\n  ]\n}';
    assert.equal(edit(text, ['terms'], { pattern: '子供', expected: '子ども' }), '{\n  "terms": [\n    { "pattern": "a", "expected": "b" },\n    {"pattern": "子供", "expected": "子ども"}\n  ]\n}');
  });

  it('a shape no edit can take (a scalar where a mapping belongs, an array at the root) gives no edit, never a throw', () => {
    for (const text of ['{ "allow": "x" }\n', '[1, 2]\n']) {
      assert.deepEqual(configEdits(text, { path: ['allow', 'phones'], append: '1' }, '/t/.postpolicy.json'), [], text);
    }
  });
});
