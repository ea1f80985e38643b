// Issue 14 (medium): YAML config edits are insertions in place, like the JSONC path: CRLF, spacing, comments
// and everything else in the file stay byte for byte.
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { applyEditsToText, configEdits } from '../../../server/src/config/edit';

const edit = (text: string, path: string[], append: unknown) => applyEditsToText(text, configEdits(text, { path, append }, '/t/.postpolicy.yaml'));

describe('YAML config edits in place', () => {
  it('appends to a block list keeping CRLF, odd spacing and comments', () => {
    const text = '# チーム\r\nlimit:   200\r\nallow:\r\n   phones:\r\n     -   048-775-5111   # 代表\r\n\r\n# 終わり\r\n';
    const out = edit(text, ['allow', 'phones'], '048-775-1111');
    assert.equal(out, '# チーム\r\nlimit:   200\r\nallow:\r\n   phones:\r\n     -   048-775-5111   # 代表\r\n     - 048-775-1111\r\n\r\n# 終わり\r\n');
    assert.equal(configEdits(out, { path: ['allow', 'phones'], append: '048-775-1111' }, '/t/.postpolicy.yaml').length, 0, 'already present');
  });

  it('appends to a flow list on its line', () => {
    assert.equal(edit('allow:\n  emails: [a@b.jp]  # x\n', ['allow', 'emails'], 'c@d.jp'), 'allow:\n  emails: [a@b.jp, c@d.jp]  # x\n');
  });

  it('adds a missing key under the deepest existing mapping, or at the end', () => {
    assert.equal(edit('limit: 200\r\nallow:\r\n    names: [x]\r\n', ['allow', 'phones'], '1'), 'limit: 200\r\nallow:\r\n    names: [x]\r\n    phones:\r\n      - "1"\r\n');
    assert.equal(edit('limit: 200\n', ['allow', 'phones'], '048'), 'limit: 200\nallow:\n  phones:\n    - "048"\n');
    assert.deepEqual(parse(edit('', ['terms'], { pattern: '子供', expected: '子ども' })), { terms: [{ pattern: '子供', expected: '子ども' }] });
  });

  it('appends an object (terms) as one flow item that parses back', () => {
    const out = edit('terms:\n  - pattern: a\n    expected: b\n', ['terms'], { pattern: '子供', expected: '子ども' });
    assert.ok(out.startsWith('terms:\n  - pattern: a\n    expected: b\n'));
    assert.deepEqual(parse(out).terms[1], { pattern: '子供', expected: '子ども' });
  });
});
