import { strict as assert } from 'node:assert';
import { parsePostDocument } from '../../../server/src/engine/document';
import { maxLength } from '../../../server/src/rules/count/maxLength';
import { applyFix, covered, lintText } from '../helpers';

const rules = [maxLength];
const kanji = (n: number) => '漢'.repeat(n);

describe('rule count/max-length', () => {
  const valid: [string, string][] = [
    ['140 kanji exactly (280 units)', kanji(140)],
    ['280 ASCII characters', 'a'.repeat(280)],
    ['a long URL counts 23', `${kanji(128)} https://www.city.ageo.lg.jp/page/${'x'.repeat(200)}.html`],
    ['comments and images are not counted', `${kanji(140)}\n<!-- ${kanji(200)} -->\n![写真](a.jpg)`],
    ['each post of a thread has its own limit', `${kanji(140)}\n---\n${kanji(140)}`],
    ['front matter is not counted', `---\nnote: ${kanji(300)}\n---\n${kanji(10)}`],
  ];
  for (const [name, text] of valid) {
    it(`passes: ${name}`, async () => {
      const { findings } = await lintText(text, { rules });
      assert.deepEqual(findings, []);
    });
  }

  const invalid: { name: string; text: string; overflow: string; figures: string }[] = [
    { name: '141 kanji: the last one overflows', text: kanji(141), overflow: '漢', figures: '282/280、全角換算141/140字' },
    { name: 'emoji straddling the limit', text: `${'a'.repeat(279)}🎄🎄`, overflow: '🎄🎄', figures: '283/280' },
    { name: 'a URL that does not fit overflows as a whole', text: `${'a'.repeat(270)} https://example.com/a`, overflow: 'https://example.com/a', figures: '294/280' },
    { name: 'full-width text after front matter with CRLF', text: `---\r\na: 1\r\n---\r\n${kanji(139)}\r\nＡＢ`, overflow: 'ＡＢ', figures: '283/280' },
    { name: 'overflow spans a comment in the middle', text: `${kanji(139)}い<!-- x -->ろ`, overflow: 'ろ', figures: '282/280' },
    { name: 'second post of a thread', text: `短い\n---\n${kanji(140)}追加`, overflow: '追加', figures: '284/280' },
  ];
  for (const c of invalid) {
    it(`fails: ${c.name}`, async () => {
      const { findings } = await lintText(c.text, { rules });
      assert.equal(findings.length, 1);
      const f = findings[0];
      assert.equal(f.rule, 'count/max-length');
      assert.equal(f.severity, 'error');
      assert.equal(covered(c.text, f), c.overflow);
      assert.ok(f.message.includes(c.figures), f.message);
      assert.match(f.message, /^X の文字数上限を超えています/);
    });
  }

  it('respects the configured limit', async () => {
    const { findings } = await lintText(kanji(60), { rules, config: { limit: 100 } });
    assert.equal(findings.length, 1);
    assert.ok(findings[0].message.includes('120/100、全角換算60/50字'));
  });

  it('half-width fix converts full-width ASCII and clears the finding', async () => {
    const text = `${kanji(136)}ＦＡＱとＡＢＣ`; // 136*2 + 3*2 + 2 + 3*2 = 286
    const { findings } = await lintText(text, { rules });
    const fix = findings[0].fixes.find((f) => f.title.includes('半角'))!;
    assert.ok(fix, 'offered');
    assert.equal(fix.isPreferred, true);
    const fixed = applyFix(text, fix);
    assert.equal(fixed, `${kanji(136)}FAQとABC`);
    assert.deepEqual((await lintText(fixed, { rules })).findings, []);
  });

  it('half-width fix title counts again: letters that join a URL do not save what they seem to', async () => {
    // 287 units; the old title said −11 and "fits". ＦＡＱ saves 3; ａｇｅｏ．ｌｇ．ｊｐ becomes part of the URL city.ageo.lg.jp (23), saving nothing.
    const text = `${kanji(126)}ＦＡＱは city.ａｇｅｏ.ｌｇ.ｊｐ へ`;
    const { findings } = await lintText(text, { rules });
    const fix = findings[0].fixes.find((f) => f.title.includes('半角'))!;
    assert.ok(fix, 'offered');
    const fixed = applyFix(text, fix);
    const before = Number(/（(\d+)\//.exec(findings[0].message)![1]);
    const after = (await lintText(fixed, { rules })).findings;
    const afterCount = after.length ? Number(/（(\d+)\//.exec(after[0].message)![1]) : undefined;
    assert.ok(afterCount !== undefined && afterCount > 280, 'the converted post is still over');
    assert.match(fix.title, new RegExp(`（−${before - afterCount}、まだ上限を超えます）`));
    assert.equal(fix.isPreferred, false);
  });

  it('no half-width fix when nothing is full-width ASCII', async () => {
    const { findings } = await lintText(kanji(150), { rules });
    assert.equal(findings[0].fixes.find((f) => f.title.includes('半角')), undefined);
  });

  it('split fix breaks the thread at the last sentence end before the overflow', async () => {
    const first = `${kanji(100)}。`;
    const text = `${first}${kanji(60)}！`;
    const { findings } = await lintText(text, { rules });
    const fix = findings[0].fixes.find((f) => f.title.includes('スレッド'))!;
    const fixed = applyFix(text, fix);
    assert.equal(fixed, `${first}\n---\n${kanji(60)}！`);
    const after = await lintText(fixed, { rules });
    assert.deepEqual(after.findings, []);
    assert.deepEqual(after.posts.map((p) => p.weightedLength), [202, 122]);
  });

  it('split fix at a CRLF line break keeps CRLF', async () => {
    const text = `${kanji(100)}\r\n${kanji(60)}`;
    const { findings } = await lintText(text, { rules });
    const fixed = applyFix(text, findings[0].fixes.find((f) => f.title.includes('スレッド'))!);
    assert.equal(fixed, `${kanji(100)}\r\n---\r\n${kanji(60)}`);
    assert.deepEqual((await lintText(fixed, { rules })).findings, []);
  });

  // Issue 14 (low): the separator never lands where X text does not come from (comments, front matter, image syntax).
  it('split fix does not cut inside a multi-line comment: the separator goes after the comment', async () => {
    const comment = '<!-- メモ:\n--- ここは下書き\n-->';
    const text = `---\nstatus: draft\n---\n${kanji(100)}。${comment}\n${kanji(60)}。${kanji(10)}\n`;
    const { findings } = await lintText(text, { rules });
    const fixed = applyFix(text, findings[0].fixes.find((f) => f.title.includes('スレッド'))!);
    assert.equal(fixed, `---\nstatus: draft\n---\n${kanji(100)}。${comment}\n---\n${kanji(60)}。${kanji(10)}\n`);
    const doc = parsePostDocument(fixed);
    assert.deepEqual(doc.posts.map((p) => p.text), [`${kanji(100)}。`, `${kanji(60)}。${kanji(10)}`]);
    assert.deepEqual(doc.posts[0].comments.map((c) => fixed.slice(c.range.start, c.range.end)), [comment]);
    assert.deepEqual((await lintText(fixed, { rules })).findings, []);
  });

  it('split fix at a break inside a comment with text after it on the same line', async () => {
    const text = `${kanji(100)}。<!-- a\nb -->${kanji(60)}。${kanji(30)}`;
    const { findings } = await lintText(text, { rules });
    const fixed = applyFix(text, findings[0].fixes.find((f) => f.title.includes('スレッド'))!);
    assert.equal(fixed, `${kanji(100)}。<!-- a\nb -->\n---\n${kanji(60)}。${kanji(30)}`);
    assert.deepEqual(parsePostDocument(fixed).posts.map((p) => p.text), [`${kanji(100)}。`, `${kanji(60)}。${kanji(30)}`]);
    assert.deepEqual((await lintText(fixed, { rules })).findings, []);
  });

  it('split fix does not cut at the ! of an image or the ? of a URL', async () => {
    for (const inner of ['![図](a.png?x=1)', '![会場。](a.png)', 'https://example.jp/a?q=1&b=2']) {
      const text = `${kanji(100)}。${kanji(20)} ${inner} ${kanji(70)}`;
      const { findings } = await lintText(text, { rules });
      const fixed = applyFix(text, findings[0].fixes.find((f) => f.title.includes('スレッド'))!);
      assert.equal(fixed, `${kanji(100)}。\n---\n${kanji(20)} ${inner} ${kanji(70)}`, inner);
      assert.deepEqual((await lintText(fixed, { rules })).findings, [], inner);
    }
  });

  it('split fix keeps CR-only line breaks', async () => {
    const text = `${kanji(100)}\r${kanji(60)}。${kanji(30)}`;
    const { findings } = await lintText(text, { rules });
    const fixed = applyFix(text, findings[0].fixes.find((f) => f.title.includes('スレッド'))!);
    assert.equal(fixed, `${kanji(100)}\r---\r${kanji(60)}。${kanji(30)}`);
    assert.deepEqual((await lintText(fixed, { rules })).findings, []);
  });
});
