import { strict as assert } from 'node:assert';
import { formatRules } from '../../../server/src/rules/format';
import { applyFix, covered, lintText } from '../helpers';

const rules = formatRules;

async function findings(text: string) {
  return (await lintText(text, { rules })).findings;
}

describe('format rules', () => {
  describe('format/front-matter', () => {
    it('passes valid front matter and files without it', async () => {
      assert.deepEqual(await findings('---\naccount: a\n---\n本文'), []);
      assert.deepEqual(await findings('本文だけ'), []);
    });
    it('reports broken YAML inside the block, and the body is still checked', async () => {
      const text = '---\naccount: "ageo\n---\n\n---\n';
      const fs = await findings(text);
      const fm = fs.filter((f) => f.rule === 'format/front-matter');
      assert.ok(fm.length >= 1);
      assert.ok(fm[0].range.start >= 4 && fm[0].range.start <= text.indexOf('\n---\n') + 1);
      assert.equal(fm[0].severity, 'error');
      assert.ok(fs.some((f) => f.rule === 'format/empty-post'), 'body still linted');
    });
    it('reports an unclosed block on its first line', async () => {
      const text = '---\naccount: a\n本文';
      const f = (await findings(text)).find((x) => x.rule === 'format/front-matter')!;
      assert.equal(covered(text, f), '---');
      assert.match(f.message, /閉じられていません/);
    });
  });

  describe('format/empty-post', () => {
    it('passes image-only posts', async () => {
      assert.deepEqual(await findings('本文\n---\n![写真](a.jpg)'), []);
    });
    it('flags an empty file', async () => {
      const fs = await findings('');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].rule, 'format/empty-post');
    });
    it('flags an empty thread part at its separator', async () => {
      const text = '一つ目\n---\n---\n三つ目';
      const fs = await findings(text);
      assert.equal(fs.length, 1);
      assert.equal(fs[0].range.start, text.lastIndexOf('---'), 'at the separator that opened the empty part');
      assert.match(fs[0].message, /2 投稿目が空です/);
    });
    it('flags a part holding only a comment', async () => {
      const text = '一つ目\n---\n<!-- メモ -->\n';
      const fs = await findings(text);
      assert.equal(fs.length, 1);
      assert.equal(covered(text, fs[0]), '<!-- メモ -->\n');
    });
  });

  describe('format/max-images', () => {
    it('allows 4 images', async () => {
      assert.deepEqual(await findings('写真\n![1](1.jpg)\n![2](2.jpg)\n![3](3.jpg)\n![4](4.jpg)'), []);
    });
    it('flags the 5th image exactly', async () => {
      const text = '写真\n![1](1.jpg)\n![2](2.jpg)\n![3](3.jpg)\n![4](4.jpg)\n![五枚目](5.jpg)';
      const fs = await findings(text);
      assert.equal(fs.length, 1);
      assert.equal(covered(text, fs[0]), '![五枚目](5.jpg)');
    });
  });

  describe('format/unclosed-comment', () => {
    it('flags <!-- without --> and the fix closes it', async () => {
      const text = '本文<!-- メモ\n続き';
      const fs = await findings(text);
      assert.equal(fs.length, 1);
      assert.equal(covered(text, fs[0]), '<!--');
      const fixed = applyFix(text, fs[0].fixes[0]);
      assert.equal(fixed, '本文<!-- メモ -->\n続き');
      assert.deepEqual(await findings(fixed), []);
    });
  });
});
