import { strict as assert } from 'node:assert';
import { presets } from '../../../server/src/config/presets';
import { parsePostDocument } from '../../../server/src/engine/document';
import { frontMatterCompletions } from '../../../server/src/rules/policy/completions';
import { configOf } from '../helpers';

const at = (text: string, marker = '|') => {
  const offset = text.indexOf(marker);
  return { doc: parsePostDocument(text.replace(marker, '')), offset };
};

describe('frontMatterCompletions', () => {
  const ageo = configOf(presets['ageo-hoiku']);

  it('offers the preset categories with what each covers', () => {
    const { doc, offset } = at('---\ncategory: ev|\n---\n本文');
    const items = frontMatterCompletions(doc, offset, ageo);
    assert.deepEqual(items.map((i) => i.label), ['emergency', 'damage', 'event', 'notice', 'other']);
    assert.equal(items[2].detail, '保育課・所管施設が実施する公開行事等（4(2)ウ）');
    assert.deepEqual(items[2].range, { start: offset - 2, end: offset });
    assert.ok(items[2].documentation?.includes('上尾市保育課 X 運用基準 4(2)'));
  });
  it('offers Komae categories under the Komae preset (CRLF)', () => {
    const { doc, offset } = at('---\r\ncategory: |\r\n---\r\n本文');
    assert.deepEqual(frontMatterCompletions(doc, offset, configOf(presets['komae-kodomo'])).map((i) => i.label), ['event', 'policy', 'info', 'other']);
  });
  it('offers status and account values', () => {
    const s = at('---\nstatus: |\n---\n');
    assert.deepEqual(frontMatterCompletions(s.doc, s.offset, ageo).map((i) => i.label), ['draft', 'approved', 'posted']);
    const a = at('---\naccount: |\n---\n');
    assert.deepEqual(frontMatterCompletions(a.doc, a.offset, ageo).map((i) => i.label), ['ageo_hoiku']);
  });
  it('offers keys that are not there yet at the start of a line', () => {
    const { doc, offset } = at('---\ncategory: event\nsch|\n---\n');
    const labels = frontMatterCompletions(doc, offset, ageo).map((i) => i.label);
    assert.ok(labels.includes('scheduled') && !labels.includes('category'));
  });
  it('offers nothing in the body or without front matter', () => {
    const b = at('---\ncategory: event\n---\ncategory: |');
    assert.deepEqual(frontMatterCompletions(b.doc, b.offset, ageo), []);
    const n = at('category: |');
    assert.deepEqual(frontMatterCompletions(n.doc, n.offset, ageo), []);
  });
});
