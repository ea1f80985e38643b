import { strict as assert } from 'node:assert';
import { parsePostDocument } from '../../../server/src/engine/document';
import { LineIndex } from '../../../server/src/engine/lineIndex';

/** Document text covered by a post-text range, via the post's offset map. */
function docSlice(src: string, postIndex: number, start: number, end: number): string {
  const p = parsePostDocument(src).posts[postIndex];
  const r = p.toDocumentRange(start, end);
  return src.slice(r.start, r.end);
}

describe('engine: .post.md parsing', () => {
  const cases: { name: string; src: string; texts: string[]; data?: Record<string, unknown> }[] = [
    { name: 'a file without front matter is one post', src: 'お知らせです。\n', texts: ['お知らせです。'] },
    {
      name: 'front matter is parsed and unknown keys are kept',
      src: '---\naccount: ageo_hoiku\nfoo: bar\n---\n本文\n',
      texts: ['本文'],
      data: { account: 'ageo_hoiku', foo: 'bar' },
    },
    { name: 'a thread splits on lines that are exactly ---', src: '一つ目\n---\n二つ目\n---\n三つ目', texts: ['一つ目', '二つ目', '三つ目'] },
    { name: '--- inside a line does not split', src: '前 --- 後\n----\n続き', texts: ['前 --- 後\n----\n続き'] },
    { name: 'HTML comments are not sent', src: '本文<!-- メモ -->です\n<!-- 行全体のメモ -->\n次の行', texts: ['本文です\n次の行'] },
    { name: 'multi-line comments vanish with their lines', src: '上\n<!--\n複数行\n---\nメモ\n-->\n下', texts: ['上\n下'] },
    { name: 'image lines are attachments, not text', src: '写真です\n![会場（多目的室）](images/room.jpg)\n以上', texts: ['写真です\n以上'] },
    { name: 'leading and trailing blank lines are dropped, inner ones kept', src: '\n\n  \n一段落目\n\n二段落目\n\n\n', texts: ['一段落目\n\n二段落目'] },
    { name: 'CRLF line breaks count as one \\n', src: '---\r\na: 1\r\n---\r\n一行目\r\n二行目\r\n---\r\n次\r\n', texts: ['一行目\n二行目', '次'], data: { a: 1 } },
    { name: 'CR-only line breaks (old Mac) too, in the front matter as well', src: '---\ra: 1\rb: x\r---\r一行目\r二行目\r---\r次\r', texts: ['一行目\n二行目', '次'], data: { a: 1, b: 'x' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const doc = parsePostDocument(c.src);
      assert.deepEqual(doc.posts.map((p) => p.text), c.texts);
      assert.deepEqual(doc.frontMatter.errors, []);
      if (c.data) assert.deepEqual(doc.frontMatter.data, c.data);
    });
  }

  it('records images with their path ranges', () => {
    const src = '本文\n![写真A](a.jpg) ![写真B](dir/b.png)\n';
    const [post] = parsePostDocument(src).posts;
    assert.deepEqual(post.images.map((i) => [i.alt, i.path, src.slice(i.pathRange.start, i.pathRange.end)]), [
      ['写真A', 'a.jpg', 'a.jpg'],
      ['写真B', 'dir/b.png', 'dir/b.png'],
    ]);
  });

  it('maps post-text offsets back across comments, emoji and CRLF', () => {
    const src = '---\r\nx: 1\r\n---\r\n🎄クリスマス<!-- c -->会\r\n日時'; // surrogate pair first
    const post = parsePostDocument(src).posts[0];
    assert.equal(post.text, '🎄クリスマス会\n日時');
    assert.equal(docSlice(src, 0, 0, 2), '🎄');
    assert.equal(docSlice(src, 0, 2, 8), 'クリスマス<!-- c -->会');
    assert.equal(docSlice(src, 0, 7, 8), '会');
    assert.equal(docSlice(src, 0, 8, 9), '\r\n', 'a \\n in the text maps to the whole CRLF');
    assert.equal(docSlice(src, 0, 9, 11), '日時');
  });

  it('maps the end of a post to the end of its last visible character', () => {
    const src = '本文です\n<!-- メモ -->\n\n';
    const post = parsePostDocument(src).posts[0];
    const r = post.toDocumentRange(0, post.text.length);
    assert.equal(src.slice(r.start, r.end), '本文です');
  });

  it('reports broken YAML at its position and still parses the body', () => {
    const src = '---\naccount: [ageo\n---\n本文';
    const doc = parsePostDocument(src);
    assert.equal(doc.posts[0].text, '本文');
    assert.ok(doc.frontMatter.errors.length > 0);
    const e = doc.frontMatter.errors[0];
    assert.ok(e.range.start >= 4 && e.range.start <= src.indexOf('\n---\n') + 1, `error at the YAML block: ${JSON.stringify(e.range)}`);
    assert.match(e.message, /YAML/);
  });

  it('an unclosed front matter is reported on its opening line and the rest is linted', () => {
    const src = '---\naccount: x\n本文';
    const doc = parsePostDocument(src);
    assert.deepEqual(doc.frontMatter.errors.map((e) => e.range), [{ start: 0, end: 3 }]);
    assert.equal(doc.posts[0].text, 'account: x\n本文');
  });

  it('front matter that is not a mapping is an error', () => {
    const doc = parsePostDocument('---\n- a\n- b\n---\n本文');
    assert.equal(doc.frontMatter.errors.length, 1);
    assert.match(doc.frontMatter.errors[0].message, /キー: 値/);
  });

  it('gives the range of a front-matter value', () => {
    const src = '---\naccount: ageo_hoiku\ncategory: event\n---\n本文';
    const fm = parsePostDocument(src).frontMatter;
    const r = fm.valueRange('category')!;
    assert.equal(src.slice(r.start, r.end), 'event');
    const k = fm.keyRange('account')!;
    assert.equal(src.slice(k.start, k.end), 'account');
    assert.equal(fm.valueRange('missing'), undefined);
  });

  it('a separator inside a comment does not split the thread', () => {
    const doc = parsePostDocument('上<!--\n---\n-->\n下');
    assert.equal(doc.posts.length, 1);
  });
});

describe('engine: LineIndex', () => {
  it('converts offsets with LF, CRLF and CR line breaks', () => {
    const text = 'あ\r\nい\nう\rえ🎄';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(text.indexOf('い')), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(text.indexOf('え') + 1), { line: 3, character: 1 });
    assert.deepEqual(idx.positionAt(text.length), { line: 3, character: 3 }, 'surrogate pair is 2 UTF-16 units');
    assert.equal(idx.offsetAt({ line: 1, character: 0 }), text.indexOf('い'));
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 3, 'clamped to the line');
  });
});
