import assert from 'node:assert/strict';
import { covered } from '../helpers';
import { lintPii, rule, summary } from './util';

const address = rule('pii/address');
const postal = rule('pii/postal-code');

describe('pii/address and pii/postal-code', () => {
  const cases: [string, [string, string, string][]][] = [
    ['自宅は上尾市小泉三丁目12番5号です', [['pii/address', 'warning', '上尾市小泉三丁目12番5号']]],
    // round 24 (blind22): から after the house number is where someone comes from, not a count (3か月)
    ['上尾市原市中2-6-33から毎日お迎えに来てくださっています。', [['pii/address', 'warning', '上尾市原市中2-6-33']]],
    ['本町1-2か月健診', []],
    // round 24 (blind22): a housing estate's block, building and flat is a home; a building alone is a place
    ['柚葉ちゃん、原市団地2街区7号棟104のおうちから毎朝歩いて通っています', [['pii/address', 'warning', '原市団地2街区7号棟104']]],
    ['県営住宅3号棟の集会所でひろばを開きます', []],
    // round 25 (blind23): a house number read out with の (2の15の3)
    ['姉妹が、狛江市西野川2の15の3 から引っ越していきました', [['pii/address', 'warning', '狛江市西野川2の15の3']]],
    ['1年1の2組の発表', []],
    // round 16 (blind14): a form's example (記入例：, placeholders, 000-0000) is no one's address; real data put in an
    // example (入力例に実データを掲載) and kanji zeros (三六二－〇〇一一) still count.
    ['記入例：〒000-0000 上尾市○○町1-2-3', []],
    // round 18 (blind16): a template's kanji-zero placeholders (〇丁目〇番〇号); real kanji numbers still count.
    ['入所申込書の記入例\n住所：上尾市本町〇丁目〇番〇号', []],
    ['自宅は上尾市本町三丁目十番二号です', [['pii/address', 'warning', '上尾市本町三丁目十番二号']]],
    // round 17: a code after an address in romaji, in brackets after an address, and with 郵便番号 earlier on the line.
    ['Mail to: 17-3 Nakaizumi 5-chome, Komae-shi, Tokyo 201-0012 (the Hoshino family)', [['pii/address', 'warning', '17-3 Nakaizumi 5-chome, Komae-shi, Tokyo'], ['pii/postal-code', 'warning', '201-0012']]],
    // round 20 (blind18): a spaced full name with 様方 after the address, or a family's home (坂巻さん宅), makes it a home
    // even in a post that names an office or a venue; a bus bound for a place (田中方面) does not.
    ['正しくは保育課です。（誤）〒362-0021 上尾市原市2丁目8-15 鳴海 健吾 様方', [['pii/postal-code', 'warning', '〒362-0021'], ['pii/address', 'warning', '上尾市原市2丁目8-15']]],
    ['新会場：上尾市大字領家345番地 坂巻さん宅の離れ（駐車場はありません）', [['pii/address', 'warning', '上尾市大字領家345番地']]],
    ['会場：上尾市本町3-1-1 上尾市役所', [['pii/address', 'info', '上尾市本町3-1-1']]],
    // round 19 (dev): one person's address to the 丁目, in brackets after their name; a venue's 丁目 is no one's.
    ['先日ご相談のあった八木さん（上尾市西宮下二丁目）へは、保育課から個別にご連絡いたします。', [['pii/address', 'warning', '上尾市西宮下二丁目']]],
    ['会場は上尾市本町三丁目の公民館です', []],
    // round 23 (dev): a town's reading in brackets before the number, after a municipality only.
    ['田中さんのお宅は上尾市西門前（にしもんぜん）621-4です', [['pii/address', 'warning', '上尾市西門前（にしもんぜん）621-4']]],
    ['会場は上尾市西門前（にしもんぜん）621-4の公民館です', [['pii/address', 'info', '上尾市西門前（にしもんぜん）621-4']]],
    ['集合は公園（こうえん）1-2', []],
    // round 23 (blind21): a code naming an area (〒…の地域で断水) is no one's; an area where a named person lives is.
    ['断水のお知らせ：〒362-0075の地域（柏座一丁目〜四丁目）で、本日13時から16時まで断水します。', []],
    ['〒362-0066 の地域にお住まいの吉村様、申込書に番地の記入漏れがありました。', [['pii/postal-code', 'warning', '〒362-0066']]],
    // round 23 (blind21): a quoted address then a person's name (「…15番3号」の鵜川様宛) is a home, whatever the office words before.
    ['お問い合わせいただいた方へ：折り返しは「狛江市東和泉二丁目15番3号」の鵜川様宛にお送りしてよろしいでしょうか。', [['pii/address', 'warning', '狛江市東和泉二丁目15番3号']]],
    // round 18 (dev): the address itself in romaji, in Japanese or Western order; a city hall's stays info.
    ['Change of address: 362-0047 Ageo-shi Imaizumi 2-4-9', [['pii/postal-code', 'warning', '362-0047'], ['pii/address', 'warning', 'Ageo-shi Imaizumi 2-4-9']]],
    ['Mail to: Komae-shi Higashi-Izumi 2-19-7', [['pii/address', 'warning', 'Komae-shi Higashi-Izumi 2-19-7']]],
    ['Komae City Hall, 1-1-5 Izumihoncho, Komae-shi', [['pii/address', 'info', '1-1-5 Izumihoncho, Komae-shi']]],
    ['Ageo-shi has 2-3 parks', []],
    ['名札：上尾市菅谷4-88-2（362-0059）', [['pii/address', 'warning', '上尾市菅谷4-88-2'], ['pii/postal-code', 'warning', '362-0059']]],
    ['名簿の郵便番号に誤りがありました。201-0014 → 201-0004', [['pii/postal-code', 'warning', '201-0014'], ['pii/postal-code', 'warning', '201-0004']]],
    ['受付番号 201-0014 の方はお越しください', []],
    // round 17: an address with its postal code is judged with it; a family's name and 方 after the address (小林方).
    ['児童館の利用登録：和田さん、201-0012 狛江市中和泉3-21-4', [['pii/postal-code', 'warning', '201-0012'], ['pii/address', 'warning', '狛江市中和泉3-21-4']]],
    ['受付した世帯：狛江市猪方二丁目十番地の三　小林方（4人）', [['pii/address', 'warning', '狛江市猪方二丁目十番地の三']]],
    ['会場：上尾市本町3-1-1　上尾市役所方面へお進みください', [['pii/address', 'info', '上尾市本町3-1-1']]],
    ['第3会議室（201-0014）で', []],
    // round 16 (dev6): a postal code after ゆうびんばんごう, 〒は, Postal code, zip, and with spaces around its hyphen
    ['ゆうびんばんごう 362-0061 が おうちだよ', [['pii/postal-code', 'warning', '362-0061']]],
    ['〒 362 - 0021 （片山さん宅）', [['pii/postal-code', 'warning', '〒 362 - 0021']]],
    ['ご実家の〒は 019-2411、秋田のおばあちゃん宛てです', [['pii/postal-code', 'warning', '019-2411']]],
    ['zip: 362-0036 / name: Hoang Minh Duc', [['pii/postal-code', 'warning', '362-0036']]],
    ['電話 048 - 7751 - 1234', []],
    ['住所：上尾市〇〇町１－２－３', []],
    ['入力例に実データを掲載してしまいました。住所：上尾市柏座2-14-3', [['pii/address', 'warning', '上尾市柏座2-14-3']]],
    // A bare lot number after a town, at a home; not at a venue, not before a year.
    ['渡辺さん宅（上尾市上平1238）の畑で', [['pii/address', 'warning', '上尾市上平1238']]],
    ['自宅は上尾市平方2891です', [['pii/address', 'warning', '上尾市平方2891']]],
    ['会場は上尾市平方2891の公民館です', []],
    ['上尾市平方2891で2025年に', []],
    ['田中様方 上尾市柏座一丁目3-12', [['pii/address', 'warning', '上尾市柏座一丁目3-12']]],
    ['集合は伊藤さん宅（上尾市瓦葺2-3-4）', [['pii/address', 'warning', '上尾市瓦葺2-3-4']]],
    ['上尾市上町１－２－３付近', [['pii/address', 'warning', '上尾市上町１－２－３']]],
    ['送り先：上尾市春日二丁目十番三号', [['pii/address', 'warning', '上尾市春日二丁目十番三号']]],
    ['住所：上尾市大谷本郷 567番地', [['pii/address', 'warning', '上尾市大谷本郷 567番地']]],
    ['上尾市本町三丁目1番1号（上尾市役所）', [['pii/address', 'info', '上尾市本町三丁目1番1号']]],
    [
      '〒362-0011 上尾市平塚1234番地 山田様方',
      [
        ['pii/postal-code', 'warning', '〒362-0011'],
        ['pii/address', 'warning', '上尾市平塚1234番地'],
      ],
    ],
    [
      '〒362-8501 上尾市本町三丁目1番1号 上尾市役所',
      [
        ['pii/postal-code', 'info', '〒362-8501'],
        ['pii/address', 'info', '上尾市本町三丁目1番1号'],
      ],
    ],
    ['返送先 362-0042 上尾市谷津 鈴木さん', [['pii/postal-code', 'warning', '362-0042']]],
    // Round 16: a long office name right after the address.
    [
      '郵送先：〒201-8585 狛江市和泉本町1-1-5 狛江市子ども家庭部子ども若者政策課',
      [
        ['pii/postal-code', 'info', '〒201-8585'],
        ['pii/address', 'info', '狛江市和泉本町1-1-5'],
      ],
    ],
    // spaces between the municipality, the town and the number; a 7-digit code before a municipality (issue 10)
    ['お手紙は 上尾市 春日 1-23-4 の大野さん宅まで', [['pii/address', 'warning', '上尾市 春日 1-23-4']]],
    ['返送先は 3620045 上尾市 藤波 3丁目', [['pii/postal-code', 'warning', '3620045']]],
    ['口座番号 1234567 上尾市保育課', []],
    // round 12: after 郵便番号 the halves may stand apart, or be kanji digits joined by ―
    ['郵便番号 201 0014 と記入された応募はがきの黒田様', [['pii/postal-code', 'warning', '201 0014']]],
    ['郵便番号三六二―〇〇七五 にお住まいの方', [['pii/postal-code', 'warning', '三六二―〇〇七五']]],
    ['受付は 201 0014 番まで', []],
    // round 9: a postal code in kanji digits
    ['〒三六二－〇〇四二　上尾市谷津二丁目五番七号（山口方）', [['pii/postal-code', 'warning', '〒三六二－〇〇四二'], ['pii/address', 'warning', '上尾市谷津二丁目五番七号']]],
    ['令和三六二年', []],
    // a bare lot number of a named resident; a postal code after 郵便番号は
    ['〒362-0017 上尾市二ツ宮750の安田さん、還付のご案内', [['pii/postal-code', 'warning', '〒362-0017'], ['pii/address', 'warning', '上尾市二ツ宮750']]],
    ['上尾市平方2891の公民館で', []],
    ['狛江市中和泉3丁目12番地の4 ハイツ和泉102号室にお住まいの方', [['pii/address', 'warning', '狛江市中和泉3丁目12番地の4 ハイツ和泉102号室']]],
    ['郵便番号は 362-0011、住所は上尾市平塚2201-6 です', [['pii/postal-code', 'warning', '362-0011'], ['pii/address', 'warning', '上尾市平塚2201-6']]],
    ['会議室 1-2-3', []],
    ['上尾市本町三丁目の交差点', []],
    ['上尾市子育て支援センター 多目的室', []],
    ['上尾駅東口に集合', []],
    ['4-6月生まれのお誕生会', []],
    ['対象は3-5歳', []],
    ['時間：10:00-11:30', []],
    ['受付番号 362-0011', []],
    ['スコアは3-2で勝ち', []],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${JSON.stringify(expected)}`, async () => {
      const findings = await lintPii(text, { rules: [postal, address] });
      assert.deepEqual(summary(text, findings), expected);
    });
  }

  it('the mask keeps only the town', async () => {
    const text = '自宅は上尾市小泉三丁目12番5号です';
    const [f] = await lintPii(text, { rules: [address] });
    const mask = f.fixes.find((x) => x.isPreferred)!;
    assert.deepEqual(mask.edits, [{ range: f.range, newText: '上尾市小泉' }]);
  });

  it('allowlisted facility addresses are silent, compared without width or dash differences', async () => {
    const text = '会場 上尾市本町３丁目１－１';
    const findings = await lintPii(text, { rules: [address], config: { allow: { addresses: ['上尾市本町3丁目1-1'] } } });
    assert.deepEqual(findings, []);
  });

  it('exact ranges with CRLF and emoji in a thread', async () => {
    const text = '一投稿目🌸\r\n---\r\n🏠自宅：上尾市小泉1-2-3\r\n';
    const [f] = await lintPii(text, { rules: [address] });
    assert.equal(covered(text, f), '上尾市小泉1-2-3');
  });
});
