import assert from 'node:assert/strict';
import { covered, lintText } from '../helpers';
import { lintPii, rule, summary } from './util';

const person = rule('pii/person');

describe('pii/person', () => {
  const cases: [string, [string, string][]][] = [
    // kuromoji's 人名 with an honorific or context
    ['保護者の高橋さんから', [['warning', '高橋']]],
    ['田中太郎さん', [['warning', '田中太郎']]],
    ['担任の佐藤先生が', [['warning', '佐藤']]],
    ['山田花子が参加しました', [['warning', '山田花子']]],
    // names kuromoji misses: kana before an honorific
    ['ひまわり組のゆうとくん（5歳）が', [['warning', 'ゆうと']]],
    ['さくらちゃんとはるとくん', [['warning', 'さくら'], ['warning', 'はると']]],
    ['きょうはゆうまくんがお休み', [['warning', 'ゆうま']]],
    ['保育士のみさき先生と', [['warning', 'みさき']]],
    ['ソウタくんが書きました', [['warning', 'ソウタ']]],
    ['田中ゆいちゃん（4歳）', [['warning', '田中ゆい']]],
    ['陽翔くんがゴール', [['warning', '陽翔']]],
    ['年長のさくら（5歳）', [['warning', 'さくら']]],
    ['ゆうとくんもちゃんと手を洗えました', [['warning', 'ゆうと']]],
    // public office-holders: info
    ['市長の畠山稔が挨拶しました', [['info', '畠山稔']]],
    // not names
    ['サンタさんからのプレゼント', []],
    ['くまさんとうさぎさん', []],
    ['たくさんのご参加', []],
    ['みなさん、ちゃんと手を洗おう', []],
    ['おまわりさんが来ました', []],
    ['パンやさんごっこ', []],
    ['おほしさまがきれい', []],
    ['宮沢賢治の童話を読みました', [['info', '宮沢賢治']]],
    ['お医者さんごっこ', []],
    ['コックさんの帽子', []],
    ['赤ちゃん向けの教室', []],
    ['上尾駅西口から徒歩5分', []],
    ['お散歩に行きました', []],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${JSON.stringify(expected)}`, async () => {
      const findings = await lintPii(text, { rules: [person] });
      assert.deepEqual(summary(text, findings).map(([, s, c]) => [s, c]), expected);
    });
  }

  it('covers the name, not the honorific, after emoji and in a CRLF thread with front matter', async () => {
    const text = '---\r\ncategory: event\r\n---\r\n1投稿目\r\n---\r\n👨‍👩‍👧‍👦🎉 りこちゃんのお誕生日\r\n';
    const [f] = await lintPii(text, { rules: [person] });
    assert.equal(covered(text, f), 'りこ');
    assert.equal(f.range.start, text.indexOf('りこ'));
  });

  it('never repeats the name in the message', async () => {
    const [f] = await lintPii('ゆうとくん', { rules: [person] });
    assert.ok(!f.message.includes('ゆうと'), f.message);
    assert.match(f.message, /5\(2\)カ］$/);
  });

  it('is silent for allowlisted names (staff who agreed, public figures)', async () => {
    assert.deepEqual(await lintPii('担任の佐藤先生が', { rules: [person], config: { allow: { names: ['佐藤'] } } }), []);
  });

  it('offers the allowlist only for adults, never for children', async () => {
    const [adult] = await lintPii('担任の佐藤先生', { rules: [person] });
    const [child] = await lintPii('ゆうとくん', { rules: [person] });
    assert.deepEqual(adult.fixes.find((f) => f.configChange)?.configChange, { path: ['allow', 'names'], append: '佐藤' });
    assert.equal(child.fixes.find((f) => f.configChange), undefined);
  });

  it('does nothing until the tokenizer is ready (needsMorphology)', async () => {
    assert.equal(person.needsMorphology, true);
    const result = await lintText('ゆうとくん', { rules: [person] });
    assert.deepEqual(result.findings, []);
    assert.equal(result.partial, true);
  });
});
