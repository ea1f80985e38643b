import assert from 'node:assert/strict';
import { isValidMyNumber, luhnValid, myNumberCheckDigit } from '../../../server/src/rules/pii/identifierCore';
import { lintPii, summary } from './util';

const ID_RULES = ['pii/my-number', 'pii/passport', 'pii/drivers-license', 'pii/bank-account', 'pii/card-number', 'pii/id-number'];

describe('pii identifiers', () => {
  it('My Number check digit (official algorithm)', () => {
    assert.equal(myNumberCheckDigit('12345678901'), 8);
    assert.ok(isValidMyNumber('123456789018'));
    assert.ok(!isValidMyNumber('123456789012'));
    assert.ok(!isValidMyNumber('12345678901'));
    assert.ok(luhnValid('4111111111111111'));
    assert.ok(!luhnValid('4111111111111112'));
  });

  const cases: [string, [string, string, string][]][] = [
    ['マイナンバー 1234 5678 9018 の書類', [['pii/my-number', 'error', '1234 5678 9018']]],
    ['個人番号：１２３４５６７８９０１８', [['pii/my-number', 'error', '１２３４５６７８９０１８']]],
    ['番号 1234-5678-9018', [['pii/my-number', 'error', '1234-5678-9018']]],
    ['1234 5678 9012 は無効', []],
    ['パスポート番号 TK1234567', [['pii/passport', 'error', 'TK1234567']]],
    ['旅券：ＭＺ７６５４３２１', [['pii/passport', 'error', 'ＭＺ７６５４３２１']]],
    ['商品コード TK1234567', []],
    ['運転免許証番号 301234567890', [['pii/drivers-license', 'error', '301234567890']]],
    ['免許証番号：1234 5678 9018', [['pii/drivers-license', 'error', '1234 5678 9018']]],
    ['口座番号 1234567（普通）', [['pii/bank-account', 'warning', '1234567']]],
    ['義援金の振込先：口座番号 1234567 口座名義 上尾市', [['pii/bank-account', 'info', '1234567']]],
    ['会員番号 1234567', []],
    // round 9: a member number beside the member's name, a clinic card's No. in brackets, a class's roll number
    ['会員番号：No.00872（提供会員　清水 昭二さん）', [['pii/id-number', 'error', '00872']]],
    ['会員番号 1234 の方は受付へ（鈴木さんが対応します）', []],
    ['診察券（あげお小児クリニック　No.0045-2231）のお忘れ物', [['pii/id-number', 'error', '0045-2231']]],
    ['年長 すずらん組 出席番号12 の子', [['pii/id-number', 'error', '12']]],
    ['出席は12人でした', []],
    ['提供会員・森田さん（会員番号 FS-20417）の活動報告', [['pii/id-number', 'error', 'FS-20417']]],
    ['受付番号 2025-0034 は、飯田くんの分です', [['pii/id-number', 'error', '2025-0034']]],
    ['受付番号 2025-0034 の方は窓口へお越しください', []],
    // round 15: a letter and digits after a full name and an opening bracket; 〜さま
    ['育休明け面談：谷口 里奈（受付番号 K-117）', [['pii/id-number', 'error', 'K-117']]],
    ['受付番号 A-0783 の五十嵐さま、書類に不備がございました', [['pii/id-number', 'error', 'A-0783']]],
    ['受付番号 A-0783 の方は窓口へお越しください', []],
    ['マイナンバーの下4桁「6721」だけでは確認できません', [['pii/id-number', 'error', '6721']]],
    ['会員番号 0087-2215（依頼会員 坂本 なつみ 様）', [['pii/id-number', 'error', '0087-2215']]],
    // round 12: number names, a kanji-digit number, an applicant named without an honorific; a year in kanji is none
    ['療育手帳番号 B2-0731 について、更新手続きのご案内です', [['pii/id-number', 'error', 'B2-0731']]],
    ['児童館利用カード KJ-55210 の忘れ物です', [['pii/id-number', 'error', 'KJ-55210']]],
    ['こども医療費受給者番号　七〇三三一二八　の受給者証を再発行しました', [['pii/id-number', 'error', '七〇三三一二八']]],
    ['申請の控え：受付番号 20251104-0087（申請者 南雲 佑介）', [['pii/id-number', 'error', '20251104-0087']]],
    ['受給者証の更新は二〇二六年三月までです', []],
    ['子ども医療費受給資格証 番号 8804-1123（受給者：酒井 芽生ちゃん）の再交付', [['pii/id-number', 'error', '8804-1123']]],
    ['利用者カード No.KM-004581 の落とし物（氏名：吉永 陽斗）', [['pii/id-number', 'error', 'KM-004581']]],
    ['支給認定証の番号（2024-H-03318）が見える写真', [['pii/id-number', 'error', '2024-H-03318']]],
    // round 13: a short number with letters, a full name right after the number, the name on the next line, a
    // label in quotes before its 欄; a number alone on its line with no one named below stays quiet
    ['こまえ子ども会議 委員番号 Y-07 の高校生、増田 葵さんが司会を担当しました。', [['pii/id-number', 'error', 'Y-07']]],
    ['会員証（No.Y1588 北村 健太郎）を窓口にお忘れです。', [['pii/id-number', 'error', 'Y1588']]],
    // round 19 (blind17): the owner's family name in brackets right after the number; a status there is no one.
    ['会員No．００３８１２（森崎）', [['pii/id-number', 'error', '００３８１２']]],
    ['申請番号：R7-0213（処理済）', []],
    ['申込受付のお知らせ\n受付番号：０００４５２\n百目鬼 杏（あん）ちゃんの保護者様、面談日の調整をお願いします', [['pii/id-number', 'error', '０００４５２']]],
    ['受付番号：０００４５２\n窓口でお呼びします', []],
    ['委員番号 Y-07 は欠番です', []],
    ['申請書の「児童番号」欄には 2025-A-019 と記入してください（ほし組 松永 蓮くん）', [['pii/id-number', 'error', '2025-A-019']]],
    // round 14: a member named by role without an honorific; No. in brackets after a certificate's number word
    ['ファミリー・サポート 会員番号：3047（依頼会員 矢吹 真理子）', [['pii/id-number', 'error', '3047']]],
    ['子ども医療費の受給者番号（No.5520913）が一致しません', [['pii/id-number', 'error', '5520913']]],
    // round 14: a number written digit by digit with spaces, after 、 and a line break
    ['被保険者番号は、\n0 6 1 3 8 2 7 4\nです。', [['pii/id-number', 'error', '0 6 1 3 8 2 7 4']]],
    ['抽選の番号は 1 2 3 4 の順に呼びます', []],
    ['カード番号 4111 1111 1111 1111', [['pii/card-number', 'error', '4111 1111 1111 1111']]],
    ['5555-5555-5555-4444 のカード', [['pii/card-number', 'error', '5555-5555-5555-4444']]],
    ['ISBN 9784834000825', []],
    ['注文番号 4111111111111112', []],
    ['2025年4月1日 10時30分', []],
    // issue 10: insurance card 記号・番号, ゆうちょ 記号番号 in one run, card numbers spaced twice
    ['健康保険証：記号 12 番号 345678', [['pii/id-number', 'error', '345678']]],
    ['保険証の記号・番号は 1234・56789 です', [['pii/id-number', 'error', '1234'], ['pii/id-number', 'error', '56789']]],
    ['保険証の記号と番号の書き方は園だよりで', []],
    ['ゆうちょ 記号番号 10180-23456781 へ', [['pii/bank-account', 'warning', '10180-23456781']]],
    ['カード 4111  1111  1111  1111', [['pii/card-number', 'error', '4111  1111  1111  1111']]],
    ['受付番号 1234 番の方', []],
    ['口座番号は7654321です', [['pii/bank-account', 'warning', '7654321']]],
    ['在留カード番号 AB12345678CD', [['pii/id-number', 'error', 'AB12345678CD']]],
    ['商品番号 AB12345678CD', []],
    // round 4: numbers a school, employer or office gives one person (letters, hyphens, 第…号), short 番号 after 記号,
    // ゆうちょ pairs after the bank's name, foreign passports, licence digits grouped 2-4-6
    ['学籍番号 2024A0137 の実習生', [['pii/id-number', 'error', '2024A0137']]],
    ['職員番号 H-20517 の端末', [['pii/id-number', 'error', 'H-20517']]],
    ['保育士資格登録番号 埼玉-012345 の確認', [['pii/id-number', 'error', '埼玉-012345']]],
    ['依頼会員 No.0583 の方', [['pii/id-number', 'error', '0583']]],
    ['受給者証番号 0210345678 の更新', [['pii/id-number', 'error', '0210345678']]],
    ['登録番号 T1234567890123 の事業者', []],
    ['会員番号 1234567 の方は受付へ', []],
    ['健康保険証（記号 01180422 番号 17）', [['pii/id-number', 'error', '01180422'], ['pii/id-number', 'error', '17']]],
    ['ゆうちょ銀行 10380-45219871 へ返金', [['pii/bank-account', 'warning', '10380-45219871']]],
    ['パスポート（番号 Z7384625）の写し', [['pii/passport', 'error', 'Z7384625']]],
    ['運転免許証番号：第 12 3456 789012 号', [['pii/drivers-license', 'error', '12 3456 789012']]],
    ['母子手帳番号 R07-0381 の方', [['pii/id-number', 'error', 'R07-0381']]],
    ['母子手帳の番号 第2024-0456号 を控えて', [['pii/id-number', 'error', '第2024-0456号']]],
    ['LINE ID：mayu_komae0312 で連絡を', [['pii/id-number', 'error', 'mayu_komae0312']]],
    ['公式LINEのIDは @komae_city です', []],
    ['図書館カード番号 2100 0345 6789 のカード', [['pii/id-number', 'error', '2100 0345 6789']]],
    ['母子健康手帳（交付番号 2024-0815）を拾得', [['pii/id-number', 'error', '2024-0815']]],
    ['交付番号は窓口でお伝えします', []],
    ['国民健康保険 記号 狛12 番号 0045', [['pii/id-number', 'error', '0045']]],
    ['記入例：基礎年金番号 1234-567890', []],
    ['個人番号欄に「0000 0000 0000」と記載', []],
    // round 15 (dev5): English labels, a number in 「」, a second My Number in a list, a code with a kanji part
    ['Child ID: KD-2024-0031 / Name: Aiko Brown', [['pii/id-number', 'error', 'KD-2024-0031']]],
    ['Nursery ID #A-0093 belongs to Tanaka Sora', [['pii/id-number', 'error', 'A-0093']]],
    ['園児番号「Ｂ０７７」の引き落としができませんでした', [['pii/id-number', 'error', 'Ｂ０７７']]],
    ['My Number (個人番号) 9876-5432-1098 was visible', [['pii/my-number', 'warning', '9876-5432-1098']]],
    ['My Number: ４５６７ ８９０１ ２３４５（父）、５６７８ ９０１２ ３４５６（母）が写った申請書', [['pii/my-number', 'warning', '４５６７ ８９０１ ２３４５'], ['pii/my-number', 'warning', '５６７８ ９０１２ ３４５６']]],
    ['受付番号 R7-保-00342（申請者：坂本 恵美子さん）の審査が完了', [['pii/id-number', 'error', 'R7-保-00342']]],
    ['受付番号 R7-保-00342 の方は窓口へ', []],
    ['Nursery hours: 7:00-19:00', []],
    // round 16 (blind14): a kanji part inside the code, a registration card's No., a code with one letter and digit, the
    // requester named, the next value of a list, a customer number beside its holder, a case No.
    ['相談ケース番号 R6-相-0332　母：漆原', [['pii/id-number', 'error', 'R6-相-0332']]],
    ['ひろば利用登録カード No.0456　吉川 大翔（ひろと）くん', [['pii/id-number', 'error', '0456']]],
    ['学童クラブ 児童番号 G3-028 松井 隼', [['pii/id-number', 'error', 'G3-028']]],
    ['児童手当 受付番号 JT-2025-00413（請求者 東雲 まどか）', [['pii/id-number', 'error', 'JT-2025-00413']]],
    ['児童番号 A-20417（葵）、A-20418（和奏）の延長保育申請を受理しました', [['pii/id-number', 'error', 'A-20417'], ['pii/id-number', 'error', 'A-20418']]],
    ['ケースNo.24-1187 継続支援中の沖田さん宅', [['pii/id-number', 'error', '24-1187']]],
    ['ケース会議は3件でした', []],
    // round 17 (development sets): a case record's number beside the mother and child, an ID beside its user, 第…号 of a
    // reception slip with the applicant on the next line, a maternal handbook's number, an insurance card's 記号・番号
    // written 12・3456789; look-alikes stay quiet.
    ['相談記録 No.2024-0317（母：藤田 真理子、子：藤田 心寧）', [['pii/id-number', 'error', '2024-0317']]],
    ['ID: 2025-0412-07（利用者 松本陽菜）の一時保育予約をキャンセルしました。', [['pii/id-number', 'error', '2025-0412-07']]],
    ['受付票\n受付番号：第2025-00871号\n申請者：石田 和也', [['pii/id-number', 'error', '2025-00871']]],
    ['母子健康手帳（番号 R6-0392）の持ち主の方、ひろばでお預かりしています。', [['pii/id-number', 'error', 'R6-0392']]],
    ['保険証 記号・番号 12・3456789　大島さん', [['pii/id-number', 'error', '12'], ['pii/id-number', 'error', '3456789']]],
    ['母子手帳は2025年度版をお使いください', []],
    // round 18 (blind16): the next ID of a list after a name, a member number in brackets with No., a real My Number in
    // a sample card named earlier in the sentence.
    ['児童ID 2024-K-0381 阿部 暖、2024-K-0382 阿部 翠', [['pii/id-number', 'error', '2024-K-0381'], ['pii/id-number', 'error', '2024-K-0382']]],
    ['参加者名簿に記載の会員番号（No. 0087 三浦 聡子様）を誤ってポストしました。', [['pii/id-number', 'error', '0087']]],
    ['マイナンバーカードの見本用のカードに実在の番号「4021 8836 1957」が記載されていました。', [['pii/my-number', 'warning', '4021 8836 1957']]],
    ['受付番号は「4021 8836 1957」です。', []],
    ['今日は12・13日の2日間です', []],
    ['ID: 2025-0412-07 の方は受付へ', []],
    // round 17 (blind15): a member of the family-support scheme, a nursery child's ID, an application number beside
    // the applicant's name; an application number with no one beside it stays quiet
    ['ファミサポ依頼会員 F-1182 松永様に、提供会員のご紹介が決まりました', [['pii/id-number', 'error', 'F-1182']]],
    ['園児ID ak-0519 のお子さまのお迎えは、本日おじいさまです', [['pii/id-number', 'error', 'ak-0519']]],
    ['入所調整結果：申請番号2025-HS-00873 池本 陽菜 様 → 内定', [['pii/id-number', 'error', '2025-HS-00873']]],
    ['申請番号：R7-保-00213（処理済）', []],
    // round 16 (dev6): a hyphenated code with no four-digit run (24-117), 申請ID, 児童票 No., 給付認定番号; an application
    // number with no one beside it stays quiet
    ['要支援記録（抜粋）ケースNo.24-117　母：大塚 由香', [['pii/id-number', 'error', '24-117']]],
    ['オンライン申請ID：AG25-3307-91（ご本人：福島 彩）', [['pii/id-number', 'error', 'AG25-3307-91']]],
    ['給付認定番号 11-2298-3341 の通知書が届かない', [['pii/id-number', 'error', '11-2298-3341']]],
    ['申請番号：R7-保-00213（処理済）', []],
    // round 20 (blind18): a certificate's number with letters in brackets, a card's number named by its card, a case
    // record's number beside the person who consulted; a certificate's number asked for on a form stays quiet.
    ['療育手帳（番号 B2-77104）の写しを、比嘉さんの保護者様にお返しします。', [['pii/id-number', 'error', 'B2-77104']]],
    // round 25 (blind23): a car's registration plate; an official car's is the office's
    ['車は 多摩 330 ね 88-01 の白いミニバンです', [['pii/id-number', 'error', '多摩 330 ね 88-01']]],
    ['所沢 501 は ・・・3 のワゴン車で送ってくれます', [['pii/id-number', 'error', '所沢 501 は ・・・3']]],
    ['公用車（多摩 800 さ 12-34）が市内を巡回します。', []],
    // round 24 (blind22): the card's owner first in the bracket, then its number
    ['図書館の利用者カード（大西様、番号A0938275）を拾得物としてお預かりしています。', [['pii/id-number', 'error', 'A0938275']]],
    ['図書館の利用者カード（番号 2300481926・小暮さん名義）が保育所に届いています。', [['pii/id-number', 'error', '2300481926']]],
    ['記録番号 K2025-00731（相談者：堤 愛子）の件、引き継ぎをお願いします。', [['pii/id-number', 'error', 'K2025-00731']]],
    ['療育手帳の番号は、申請書の右上の欄に書いてください。', []],
    ['記録番号 K2025-00731 の件は担当までお問い合わせください。', []],
    // round 21 (blind19): a passport number in English, 受給者番号 with letters (full-width), a reception number with a
    // letter between hyphens beside the named applicant; the same called out to whoever holds it stays quiet.
    ['Passport No. TK4408127 (Santos family) — copy received.', [['pii/passport', 'error', 'TK4408127']]],
    ['児童手当 受給者番号 ＡＧ－００８８３１　池田 隆 様　現況届受理', [['pii/id-number', 'error', 'ＡＧ－００８８３１']]],
    ['受付番号 R7-H-0458 の宮本様、入所承諾通知を再発行しました。', [['pii/id-number', 'error', 'R7-H-0458']]],
    ['受付番号 R7-H-0458 の方は2番窓口へお越しください。', []],
    // round 22 (blind20): a card's number beside the named holder, a benefit number opening with kana, an allocation
    // number with letters, a handbook's issue number with 第; a card number explained stays quiet.
    ['本日の代理お迎えは、祖母の野々村 幸子様（カード番号 No.0317）です。', [['pii/id-number', 'error', '0317']]],
    ['【訂正】受給者番号は「ひ－１２３４５」ではありませんでした。', [['pii/id-number', 'error', 'ひ－１２３４５']]],
    ['結果通知（利用調整番号 2025-0A-00712）についてのお問い合わせは、窓口で承ります。', [['pii/id-number', 'error', '2025-0A-00712']]],
    ['石黒 莉子ちゃんの母子健康手帳（交付番号 R6-第0412号）が見つかりました。', [['pii/id-number', 'error', 'R6-第0412号']]],
    ['カード番号は裏面に書いてあります。', []],
    // round 22 (blind20): an example that the same line says was real data; a plain example stays quiet.
    ['申請書の記載例にあった「被保険者番号 30182245」は実在の番号でした。', [['pii/id-number', 'error', '30182245']]],
    ['記入例：基礎年金番号 1234-567890', []],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${JSON.stringify(expected)}`, async () => {
      const findings = await lintPii(text);
      assert.deepEqual(summary(text, findings.filter((f) => ID_RULES.includes(f.rule))), expected);
    });
  }

  it('messages never contain the number', async () => {
    const text = 'マイナンバー 1234 5678 9018、カード 4111 1111 1111 1111、パスポート TK1234567、口座番号 1234567';
    const findings = (await lintPii(text)).filter((f) => ID_RULES.includes(f.rule));
    assert.equal(findings.length, 4);
    for (const f of findings) assert.ok(!/\d{4}/.test(f.message.replace(/［.*］/, '')), f.message);
  });
});
