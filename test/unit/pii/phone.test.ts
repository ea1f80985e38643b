import assert from 'node:assert/strict';
import { covered } from '../helpers';
import { lintPii, rule, summary } from './util';

const phone = rule('pii/phone');

describe('pii/phone', () => {
  const cases: [string, [string, string][]][] = [
    // round 19 (blind17, read after round 18): a number read out in katakana; a date before a time; a poison hotline.
    ['直接、野々村さん（ゼロキューゼロ、ロクヨンサンニの、イチハチゴーナナ）へどうぞ。', [['warning', 'ゼロキューゼロ、ロクヨンサンニの、イチハチゴーナナ']]],
    ['ゼロから始めるイチゴ狩り、サンドイッチも', []],
    // round 25 (blind23): a bracketed number a date follows right after the bracket
    ['予約変更：原田 恵（090ー6612ー4098）7/22→7/24', [['warning', '090ー6612ー4098']]],
    ['(03)1234-5678', [['warning', '(03)1234-5678']]],
    ['2025.04.18　10:00-11:30　定員15組', []],
    ['困ったときは中毒110番（072-727-2499）へ。', [['info', '072-727-2499']]],
    ['住所：上尾市大字畔吉８７６番地の２\n電話：０４８－７８１－３３９０', [['warning', '０４８－７８１－３３９０']]],
    // round 17: real data put in a form's example is real (入力例に実データを掲載, 記入例に誤って実在の方の…); an example
    // labelled as one stays quiet.
    ['申込フォームの入力例に実データを掲載してしまいました。氏名：林 典子 電話：048-772-3091', [['warning', '048-772-3091']]],
    ['記入例に誤って実在の方の電話番号「080-3030-4141」を載せていました。', [['warning', '080-3030-4141']]],
    ['記入例：電話 048-772-3091', []],
    // round 23 (blind21): 実際の says the example holds real data too (記入例画像に、実際の保護者の…携帯番号).
    ['記入例画像に、実際の保護者の携帯番号（080-3321-7746）が写り込んでいました。', [['warning', '080-3321-7746']]],
    // round 23 (blind21): a city hall named right after the number (03-… 狛江市役所代表) is the office's.
    ['こちらの番号（03-3430-1111 狛江市役所代表）から職員がお電話することがあります。', [['info', '03-3430-1111']]],
    // round 6: kanji digits and 中黒 separators, as people write them
    ['ご連絡は携帯（〇九〇・八八二一・四〇七三）まで', [['warning', '〇九〇・八八二一・四〇七三']]],
    ['二〇二五年・三月・一日に開催', []],
    ['緊急連絡先：〇九〇―四四五五―六六七七（父）', [['warning', '〇九〇―四四五五―六六七七']]],
    ['電話番号のメモ：〇八〇の四四一二の七七〇九', [['warning', '〇八〇の四四一二の七七〇九']]],
    ['担当 090-1234-5678 まで', [['warning', '090-1234-5678']]],
    ['携帯09012345678です', [['warning', '09012345678']]],
    ['連絡先：０９０－１２３４－５６７８', [['warning', '０９０－１２３４－５６７８']]],
    ['連絡先（080-1111-2222）', [['warning', '080-1111-2222']]],
    ['緊急 070 1234 5678', [['warning', '070 1234 5678']]],
    ['自宅 048-111-2222 へ', [['warning', '048-111-2222']]],
    ['高橋さん 048-222-3333', [['warning', '048-222-3333']]],
    ['電話 03-1234-5678', [['warning', '03-1234-5678']]],
    ['お問い合わせ：上尾市保育課 048-775-5111', [['info', '048-775-5111']]],
    ['上尾市子育て支援センター（電話 048-773-8451）', [['info', '048-773-8451']]],
    ['TEL(048)775-5111（代表）', [['info', '(048)775-5111']]],
    // round 15: the office's number in an English notice (For inquiries, Division, ext.)
    ['For inquiries, please call 03-3430-1111.', [['info', '03-3430-1111']]],
    ['Ageo City Childcare Division: call 048-775-5111 (ext. 425)', [['info', '048-775-5111']]],
    ['Call me at 048-111-2222, thanks!', [['warning', '048-111-2222']]],
    // round 14: the office's direct line named after the number
    ['電話番号：048-775-5632（保育課直通）', [['info', '048-775-5632']]],
    // round 16 (blind14): the rest of a lettered code and a customer number are no phones
    ['児童手当 受付番号 JT-2025-00413（請求者 東雲 まどか）', []],
    ['保育料 口座振替 お客様番号 7730-112-45（名義 宮沢 隆）', []],
    ['相談ダイヤル 0120-123-456', [['info', '0120-123-456']]],
    // Round 16: an office named in English after its number; a facility's number changing, named further back.
    ['Office hours: Mon–Fri. Tel: 03-3430-1111 (Komae City Hall).', [['info', '03-3430-1111']]],
    ['上尾市立平方保育所の電話番号が変わります（旧 048-781-0000 → 新 048-781-0011）', [['info', '048-781-0000'], ['info', '048-781-0011']]],
    ['健康保険証 記号・番号 12-3456789', []],
    // Round 17 (blind15): a number read out on an answering machine (の between the groups).
    ['留守電に『080の2974の6631、瀬戸口です』と入っていました', [['warning', '080の2974の6631']]],
    ['日時：12月20日（土）10時～12時', []],
    ['令和7年4月1日 受付 8:30-17:15', []],
    ['救急は 119、迷ったら #7119', []],
    ['〒362-0011 上尾市', []],
    // a form's example is no one's number (issue 10)
    ['記入例：氏名 上尾 太郎／電話 048-000-0000', []],
    ['記入例：電話 090-1234-5678', []],
    // round 20 (blind18): ten digits with no 0 in front are a card's number, not a phone
    ['図書館の利用者カード（番号 2300481926）が届いています。', []],
    // round 21 (blind19): a landline under ☎ or TEL in a post about a facility, the facility a sentence back, is the
    // facility's; with someone named in the post it is not
    ['狛江市子ども家庭支援センター（狛江市元和泉2丁目35番1号）の開所時間は平日9時〜18時です。☎03-3430-1182', [['info', '03-3430-1182']]],
    ['狛江市子ども家庭部 子ども若者政策課\n〒201-8585 狛江市和泉本町一丁目1番5号\nTEL 03-3430-1111', [['info', '03-3430-1111']]],
    ['保育所の見学に来た田中さんのお宅、☎048-775-1234', [['warning', '048-775-1234']]],
    // round 22 (blind20): a council of social welfare and a doctor on holiday duty are offices too
    ['ボランティア保険の加入は、上尾市社会福祉協議会（048-770-2390）で手続きできます。', [['info', '048-770-2390']]],
    ['休日当番医：いしかわ小児科（上尾市緑丘1丁目）TEL 048-776-2213', [['info', '048-776-2213']]],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${JSON.stringify(expected)}`, async () => {
      const findings = await lintPii(text, { rules: [phone] });
      assert.deepEqual(summary(text, findings).map(([, s, c]) => [s, c]), expected);
    });
  }

  it('maps ranges through emoji, CRLF, front matter and threads', async () => {
    const text = '---\r\naccount: ageo_hoiku\r\n---\r\n🎉👨‍👩‍👧お知らせ\r\n---\r\n2投稿目😀 担当 090-1234-5678\r\n';
    const [f] = await lintPii(text, { rules: [phone] });
    assert.equal(covered(text, f), '090-1234-5678');
    assert.equal(f.range.start, text.indexOf('090'));
    assert.equal(f.range.end, text.indexOf('090') + 13);
  });

  it('never repeats the full number in the message', async () => {
    const [f] = await lintPii('担当 090-1234-5678', { rules: [phone] });
    assert.ok(!f.message.includes('1234'), f.message);
    assert.ok(f.message.includes('090-****-5678'), f.message);
    assert.match(f.message, /［上尾市保育課 X 運用基準 5\(2\)カ］$/);
  });

  it('is silent for an allowlisted number, whatever its width or hyphens', async () => {
    for (const allowed of ['048-775-5111', '０４８７７５５１１１', '/^048-?775/']) {
      const findings = await lintPii('代表 048-775-5111 / 自宅 048-111-2222', { rules: [phone], config: { allow: { phones: [allowed] } } });
      assert.deepEqual(findings.map((f) => f.severity), ['warning'], allowed);
    }
  });

  it('offers removal and an allowlist config change with the exact value', async () => {
    const text = 'お問い合わせ：保育課 ０４８-775-5111';
    const [f] = await lintPii(text, { rules: [phone] });
    const allow = f.fixes.find((x) => x.configChange);
    assert.deepEqual(allow?.configChange, { path: ['allow', 'phones'], append: '０４８-775-5111' });
    assert.equal(allow?.edits.length, 0);
    assert.equal(allow?.isPreferred, true);
    const remove = f.fixes.find((x) => x.edits.length === 1)!;
    assert.deepEqual(remove.edits[0].range, f.range);
  });
});
