// Inline disable directives: what they suppress, and the findings about directives themselves.
import { strict as assert } from 'node:assert';
import { DISABLE_FIX_TITLE } from '../../server/src/engine/directives';
import type { Rule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';
import type { RawConfig } from '../../server/src/config/schema';
import { applyFix, covered, lintText } from './helpers';

/** Test rules: each reports every occurrence of its word in the post text. */
function wordRule(id: string, word: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    description: word,
    defaultSeverity: 'error',
    ...extra,
    check(ctx) {
      for (const post of ctx.doc.posts) {
        for (let i = post.text.indexOf(word); i !== -1; i = post.text.indexOf(word, i + 1))
          ctx.report({ message: `${word} があります`, range: post.toDocumentRange(i, i + word.length) });
      }
    },
  };
}
const rules = [wordRule('pii/phone', '090'), wordRule('pii/person', '山田')];

async function lintWith(text: string, config?: RawConfig, r: Rule[] = rules) {
  return (await lintText(text, { rules: r, config })).findings;
}
/** [rule, covered text] pairs, in document order. */
const show = (text: string, fs: Finding[]) => fs.map((f) => [f.rule, covered(text, f)]);

describe('disable directives', () => {
  it('disable-next-line with a reason suppresses that rule on the next line only', async () => {
    const text = '<!-- post-policy-disable-next-line pii/phone -- 公式の連絡先 -->\n電話 090 山田\n090';
    assert.deepEqual(show(text, await lintWith(text)), [
      ['pii/person', '山田'],
      ['pii/phone', '090'],
    ]);
    assert.equal((await lintWith(text))[1].range.start, text.lastIndexOf('090'));
  });

  it('names several rules separated by commas or spaces', async () => {
    const text = '<!-- post-policy-disable-next-line pii/phone, pii/person -- 広報担当の了承済み -->\n090 山田';
    assert.deepEqual(await lintWith(text), []);
  });

  it('stacked directive lines all apply to the next line of text', async () => {
    const text = '<!-- post-policy-disable-next-line pii/phone -- 代表番号 -->\n<!-- post-policy-disable-next-line pii/person -- 市長 -->\n090 山田';
    assert.deepEqual(await lintWith(text), []);
  });

  it('disable-line covers the line the comment is on', async () => {
    const text = '090 <!-- post-policy-disable-line pii/phone -- 代表番号 -->\n090';
    assert.deepEqual(show(text, await lintWith(text)), [['pii/phone', '090']]);
    assert.equal((await lintWith(text))[0].range.start, text.lastIndexOf('090'));
  });

  it('disable … enable covers a block, across thread posts', async () => {
    const text = '<!-- post-policy-disable pii/person -- 登壇者の紹介 -->\n山田\n---\n山田\n<!-- post-policy-enable -->\n山田';
    const fs = await lintWith(text);
    assert.deepEqual(show(text, fs), [['pii/person', '山田']]);
    assert.equal(fs[0].range.start, text.lastIndexOf('山田'));
  });

  it('disable without enable lasts to the end of the file', async () => {
    const text = '山田\n<!-- post-policy-disable pii/person -- 登壇者 -->\n山田\n山田';
    assert.deepEqual((await lintWith(text)).map((f) => f.range.start), [0]);
  });

  it('enable with a rule id closes only that rule', async () => {
    const text = '<!-- post-policy-disable pii/person pii/phone -- 理由あり -->\n山田 090\n<!-- post-policy-enable pii/phone -->\n山田 090';
    assert.deepEqual(show(text, await lintWith(text)), [['pii/phone', '090']]);
  });

  describe('reason required', () => {
    it('a directive without a reason suppresses nothing and is reported at the directive name', async () => {
      const text = '<!-- post-policy-disable-next-line pii/phone -->\n090';
      const fs = await lintWith(text);
      assert.deepEqual(show(text, fs), [
        ['directives/missing-reason', 'post-policy-disable-next-line'],
        ['pii/phone', '090'],
      ]);
      assert.equal(fs[0].message, '無効化には理由が必要です（例: <!-- post-policy-disable-next-line pii/phone -- 公式の連絡先 -->）。理由が書かれるまで、この無効化は効きません。');
      assert.equal(fs[0].severity, 'warning');
    });
    it('an empty reason after -- is no reason', async () => {
      const text = '<!-- post-policy-disable-next-line pii/phone --   -->\n090';
      assert.deepEqual((await lintWith(text)).map((f) => f.rule), ['directives/missing-reason', 'pii/phone']);
    });
    it('the quick fix placeholder 「理由を記入」 does not count as a reason', async () => {
      const text = '<!-- post-policy-disable-next-line pii/phone -- 理由を記入 -->\n090';
      const fs = await lintWith(text);
      assert.deepEqual(show(text, fs), [
        ['directives/missing-reason', '理由を記入'],
        ['pii/phone', '090'],
      ]);
      assert.equal(fs[0].message, '無効化の理由を「理由を記入」の代わりに書いてください。理由が書かれるまで、この無効化は効きません。');
    });
  });

  describe('unused, unknown and malformed directives', () => {
    it('a directive that suppresses nothing is reported on the comment, with a fix removing its line', async () => {
      const text = '本文\n<!-- post-policy-disable-next-line pii/phone -- 代表番号 -->\n電話はありません';
      const fs = await lintWith(text);
      assert.deepEqual(show(text, fs), [['directives/unused', '<!-- post-policy-disable-next-line pii/phone -- 代表番号 -->']]);
      assert.equal(fs[0].message, '次の行に 「pii/phone」 の指摘はないため、この無効化コメントは不要です。');
      assert.equal(applyFix(text, fs[0].fixes[0]), '本文\n電話はありません');
    });
    it('only the unused rule id is reported when others are used', async () => {
      const text = '<!-- post-policy-disable-next-line pii/phone pii/person -- 市長の紹介 -->\n山田';
      const fs = await lintWith(text);
      assert.deepEqual(show(text, fs), [['directives/unused', 'pii/phone']]);
      assert.equal(fs[0].message, '次の行に「pii/phone」の指摘はないため、このルール ID の無効化は不要です。');
    });
    it('an unused block directive', async () => {
      const text = '<!-- post-policy-disable pii/person -- 理由 -->\n本文\n<!-- post-policy-enable -->';
      assert.deepEqual((await lintWith(text)).map((f) => [f.rule, f.message]), [['directives/unused', 'この範囲に 「pii/person」 の指摘はないため、この無効化コメントは不要です。']]);
    });
    it('an enable without a disable', async () => {
      const text = '本文\n<!-- post-policy-enable -->';
      assert.deepEqual(show(text, await lintWith(text)), [['directives/unused', '<!-- post-policy-enable -->']]);
    });
    it('an unknown rule id is reported at the id, with a suggestion', async () => {
      const text = '<!-- post-policy-disable-next-line phone -- 理由 -->\n090';
      const fs = await lintWith(text);
      assert.deepEqual(show(text, fs), [
        ['directives/unknown-rule', 'phone'],
        ['pii/phone', '090'],
      ]);
      assert.equal(fs[0].message, '不明なルール ID「phone」です。「pii/phone」のことですか？');
    });
    it('a directive without rule ids', async () => {
      const text = '<!-- post-policy-disable -- 全部 -->\n090';
      const fs = await lintWith(text);
      assert.deepEqual(fs.map((f) => f.rule), ['directives/malformed', 'pii/phone']);
      assert.equal(fs[0].message, '無効化するルール ID を書いてください（例: <!-- post-policy-disable pii/phone -- 理由 -->）。');
    });
    it('is not reported as unused while the rule waits for morphology', async () => {
      const slow = wordRule('policy/slow', 'x', { needsMorphology: true });
      const text = '<!-- post-policy-disable-next-line policy/slow -- 理由 -->\nx';
      assert.deepEqual(await lintWith(text, undefined, [slow]), []);
    });
    it('severity of directive findings comes from the config; off hides them', async () => {
      const text = '<!-- post-policy-disable-next-line pii/phone -->\n090';
      assert.equal((await lintWith(text, { rules: { 'directives/missing-reason': 'error' } }))[0].severity, 'error');
      assert.deepEqual((await lintWith(text, { rules: { 'directives/missing-reason': 'off' } })).map((f) => f.rule), ['pii/phone']);
    });
    it('ordinary comments and unclosed comments are not directives', async () => {
      const text = '<!-- メモ: post-policy-disable-next-line pii/phone -- x -->\n090\n<!-- post-policy-disable pii/phone -- x';
      assert.deepEqual((await lintWith(text)).map((f) => f.rule), ['pii/phone']);
    });
  });

  describe('quick fix 「この行で無効化（理由を記入）」', () => {
    it('inserts a directive with the placeholder above the line; the finding stays until a reason is written', async () => {
      const text = '---\naccount: a\n---\n一行目\n  山田 090\n';
      const f = (await lintWith(text)).find((x) => x.rule === 'pii/phone')!;
      const fix = f.fixes.find((x) => x.title === DISABLE_FIX_TITLE)!;
      const fixed = applyFix(text, fix);
      assert.equal(fixed, '---\naccount: a\n---\n一行目\n  <!-- post-policy-disable-next-line pii/phone -- 理由を記入 -->\n  山田 090\n');
      assert.deepEqual((await lintWith(fixed)).map((x) => x.rule), ['directives/missing-reason', 'pii/person', 'pii/phone']);
      const reasoned = fixed.replace('理由を記入', '代表番号');
      assert.deepEqual((await lintWith(reasoned)).map((x) => x.rule), ['pii/person']);
    });
    it('keeps CRLF line endings', async () => {
      const text = '山田\r\n090';
      const f = (await lintWith(text)).find((x) => x.rule === 'pii/phone')!;
      assert.equal(applyFix(text, f.fixes.at(-1)!), '山田\r\n<!-- post-policy-disable-next-line pii/phone -- 理由を記入 -->\r\n090');
    });
    it('keeps CR-only line endings', async () => {
      const text = '---\raccount: a\r---\r山田\r  090\r';
      const f = (await lintWith(text)).find((x) => x.rule === 'pii/phone')!;
      const fixed = applyFix(text, f.fixes.find((x) => x.title === DISABLE_FIX_TITLE)!);
      assert.equal(fixed, '---\raccount: a\r---\r山田\r  <!-- post-policy-disable-next-line pii/phone -- 理由を記入 -->\r  090\r');
      assert.deepEqual((await lintWith(fixed.replace('理由を記入', '代表番号'))).map((x) => x.rule), ['pii/person']);
    });
    it('is not offered for findings in front matter or for directive findings', async () => {
      const fm = wordRule('format/x', 'account');
      const text = '---\naccount: a\n---\n<!-- post-policy-disable pii/phone -->\n本文';
      const fs = (await lintText(text, { rules: [fm, ...rules] })).findings;
      assert.ok(fs.length >= 1);
      for (const f of fs) assert.ok(!f.fixes.some((x) => x.title === DISABLE_FIX_TITLE), f.rule);
    });
  });
});
