import { strict as assert } from 'node:assert';
import { presets } from '../../../server/src/config/presets';
import { secret } from '../../../server/src/rules/policy/secret';
import { undecided } from '../../../server/src/rules/policy/undecided';
import { findingsOf, table } from './table';

const ageo = presets['ageo-hoiku'];
const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';

describe('rule policy/secret', () => {
  table(secret, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 5(2)ケ',
    fail: [
      // Round 19 (dev): whatever it is, the post asks readers to keep it quiet; the sentence before the request is covered.
      { name: 'an incident the post says is not public (まだ公表してないので拡散しないでね)', text: '今朝、児童館の窓ガラスが割られていました。警察には連絡済みだけど、まだ公表してないので拡散しないでね。', covers: ['今朝、児童館の窓ガラスが割られていました。警察には連絡済みだけど、まだ公表してないので拡散しないでね。'], message: 'まだ公表していない・広めないでほしい' },
      { name: 'a resignation only a few know of (一部の人しか知らない)', text: '館長が今月末で退職されます。まだ館内でも一部の人しか知らないので、お別れ会はサプライズで！', covers: ['館長が今月末で退職されます。まだ館内でも一部の人しか知らないので、お別れ会はサプライズで！'] },
      { name: 'one password shared by all (全員同じものを使っています)', text: '課のパスワードは、全員同じものを使っています。', covers: ['課のパスワードは、全員同じものを使っています。'] },
      // Round 21 (blind20, read after round 20): a named helper's discipline (学童支援員: 支援 of the role is no staff policy),
      // named people's results, a family's record told in a reply, a resource on LGWAN, a case-record system's accounts.
      { name: '学童支援員の西田さん、…懲戒処分の方向で調整中', text: '学童支援員の西田さん、先週の件で懲戒処分の方向で調整中です。', covers: ['学童支援員の西田さん、先週の件で懲戒処分の方向で調整中です。'], message: '職員の健康・処分・人事' },
      { name: 'named people\'s results (佐々木さん合格、山本さん不合格)', text: 'プール監視員アルバイトの面接結果：佐々木さん合格、山本さん不合格です。', covers: ['プール監視員アルバイトの面接結果：佐々木さん合格、山本さん不合格です。'], message: '選考や試験の結果' },
      { name: 'a family\'s record told in a reply (ご家族の… 。児相への通告歴が1件)', text: '@sota_komae_dad さん、ご家族の相談記録を確認しました。児相への通告歴が1件ありますので、担当からお電話します。', covers: ['児相への通告歴が1件ありますので、担当からお電話します。'] },
      { name: 'a resource on LGWAN (LGWANのhoiku-portal)', text: '内部用メモ：苦情対応マニュアルv3はLGWANのhoiku-portalに掲載済みです。', covers: ['内部用メモ：苦情対応マニュアルv3はLGWANのhoiku-portalに掲載済みです。'], message: '庁内で使うシステム' },
      { name: 'a confidential document handed round (社外秘／取扱注意：…一覧を添付します)', text: '社外秘／取扱注意：令和8年度 予算要求額一覧を添付します。', covers: ['社外秘／取扱注意：令和8年度 予算要求額一覧を添付します。'], message: '添付・共有する職員向けの文面' },
      { name: '【内部限り】…課内会議資料を共有します', text: '【内部限り】来週の課内会議資料を共有します。各自確認しておいてください。', covers: ['【内部限り】来週の課内会議資料を共有します。'] },
      { name: 'what an inspection found at a named facility (立入調査で、…「ひよこベビールーム」に重大な指摘)', text: '認可外保育施設の立入調査で、上尾駅東口の「ひよこベビールーム」に重大な指摘がありました。改善勧告を出す方向で検討中です。', covers: ['認可外保育施設の立入調査で、上尾駅東口の「ひよこベビールーム」に重大な指摘がありました。'], message: '検査・監査で特定の施設' },
      // Round 23 (blind22): one task of this year's exam let slip (今年は「…」が出るらしい).
      { name: 'one task of this year\'s exam let slip', text: '保育士採用試験の面接、今年は「保護者対応のロールプレイ」が出るらしいですよ😉', covers: ['保育士採用試験の面接、今年は「保護者対応のロールプレイ」が出るらしいですよ😉'], message: '試験や面接の問題・質問' },
      { name: 'an interview\'s questions yet to come (面接では「保育観」「危機管理」「協調性」の3問)', text: '明日の保育士採用試験の面接では、「保育観」「危機管理」「協調性」の3問を聞く予定です。', covers: ['明日の保育士採用試験の面接では、「保育観」「危機管理」「協調性」の3問を聞く予定です。'], message: '試験や面接の問題・質問' },
      { name: 'a named staff member\'s leave (担当のEさんは来月から育休に入ります)', text: '担当のEさんは来月から育休に入ります。不在中のご連絡は課長までお願いします。', covers: ['担当のEさんは来月から育休に入ります。'], message: '職員の健康・処分・人事' },
      { name: 'a named child\'s emergency visit (はるとくん、…救急受診)', text: '2歳児クラスのはるとくん、昨日の転倒で救急受診しましたが軽いけがで済みました。', covers: ['2歳児クラスのはるとくん、昨日の転倒で救急受診しましたが軽いけがで済みました。'], message: '特定の子どもや家庭の事情' },
      { name: 'a system said to be internal in its brackets (「こども相談システムVer.3（庁内LAN専用）」に入力済み)', text: '相談記録は「こども相談システムVer.3（庁内LAN専用）」に入力済み。', covers: ['相談記録は「こども相談システムVer.3（庁内LAN専用）」に入力済み。'], message: '庁内で使うシステム' },
      { name: 'a named new staff member back from leave (伊藤さん（育休明け）)', text: '新しい保育士さんが着任しました！伊藤さん（育休明け）です。', covers: ['伊藤さん（育休明け）です。'] },
      { name: 'a case-record system\'s accounts (相談記録システム「ケースノート」のアカウント)', text: '相談記録システム「ケースノート」のアカウント発行は係長決裁が必要です。', covers: ['相談記録システム「ケースノート」のアカウント発行は係長決裁が必要です。'] },
      // Round 20 (blind19): an office-internal system named, with how staff use it or how it fails.
      { name: 'an internal system by name (入所管理システム『HOIKU-NAVI』のログイン画面)', text: '保育所入所管理システム『HOIKU-NAVI』のログイン画面、今日は重いですね…', covers: ['保育所入所管理システム『HOIKU-NAVI』のログイン画面、今日は重いですね…'], message: '庁内で使うシステム' },
      { name: 'an internal system by name (庁内の「…システム」で入力エラー)', text: '庁内の「子ども家庭総合システム」でまた入力エラー。担当さん見ておいてください', covers: ['庁内の「子ども家庭総合システム」でまた入力エラー。'] },
      // Round 20 (blind19): a one-time code; the other side's offer in talks (先方は… is the other side, not a reader).
      { name: 'a one-time code (ワンタイムコード 482913)', text: '管理画面のワンタイムコード 482913 です、誰か入力お願いします！', covers: ['482913'] },
      { name: 'both sides\' figures in talks (先方は年1,200万円を提示)', text: '事業者との委託料交渉、先方は年1,200万円を提示、市は900万円で粘ってます💪', covers: ['事業者との委託料交渉、先方は年1,200万円を提示、市は900万円で粘ってます💪'], message: '交渉・見積・審査の途中' },
      // Round 19 (dev): a system flaw still open that shows other people's records, and how to set it off.
      { name: 'a flaw by which others\' applications show (URLの末尾の数字を変えると…見えてしまう)', text: '申込フォームの完了画面、URLの末尾の数字を変えると他の人の申込内容が見えてしまう不具合が見つかりました。修正までお待ちください。', covers: ['申込フォームの完了画面、URLの末尾の数字を変えると他の人の申込内容が見えてしまう不具合が見つかりました。'], message: '修正前のシステムの不具合' },
      { name: 'a flaw by which another applicant\'s record shows (5MBを超えると別の方の…表示される)', text: '電子申請で、添付ファイルが5MBを超えると別の方の申請内容が一瞬表示される現象を確認しています。', covers: ['電子申請で、添付ファイルが5MBを超えると別の方の申請内容が一瞬表示される現象を確認しています。'] },
      // Round 15 (dev5b, dev6, dev8, dev9): terms still being settled, an estimate or the designated bidders before the
      // tender, what an internal memo says, a staff-only channel, one consultation's words, a family at a named school,
      // a resignation wish, a refusal told in a reply, where a family in hiding stays.
      // Round 16 (dev10): a named child's routine with its time, what the other side asks (上乗せしてほしいと要望), a child
      // picked out by grade with her circumstance.
      { name: 'a child\'s routine (Kくん…いつも19時ちょうどに)', text: '延長保育のお迎えが毎日一番遅い年中のKくんは、いつも19時ちょうどにお父さんが来ます。', covers: ['延長保育のお迎えが毎日一番遅い年中のKくんは、いつも19時ちょうどにお父さんが来ます。'], message: 'いつ・どこにいるか' },
      { name: '上乗せしてほしいと要望', text: '運営法人と協議しています。先方からは補助金を年1,200万円上乗せしてほしいと要望が来ています。', covers: ['先方からは補助金を年1,200万円上乗せしてほしいと要望が来ています。'] },
      { name: '5年生の女の子が家に帰りたくない', text: '市内のある小学校で、5年生の女の子が家に帰りたくないと話していて、子ども家庭支援センターが対応しています。', covers: ['市内のある小学校で、5年生の女の子が家に帰りたくないと話していて、子ども家庭支援センターが対応しています。'] },
      { name: 'a rent negotiation with its figure', text: '駅前ビルの子育てひろば賃料、オーナーさんと月5万円の値下げで交渉しています。', covers: ['駅前ビルの子育てひろば賃料、オーナーさんと月5万円の値下げで交渉しています。'], message: '交渉・見積・審査の途中' },
      { name: 'what the other side asks (2割上げてほしいと言ってきています)', text: '病児保育の委託先の医療法人さんが、来年度の委託料を2割上げてほしいと言ってきています。', covers: ['病児保育の委託先の医療法人さんが、来年度の委託料を2割上げてほしいと言ってきています。'] },
      { name: 'a firm\'s estimate before the tender', text: '新しい保育所の給食室改修、業者さんからの見積額は税込3,480万円。来月の入札に向けて準備中です。', covers: ['新しい保育所の給食室改修、業者さんからの見積額は税込3,480万円。'] },
      { name: 'the designated bidders as a list', text: '遊具更新工事の指名業者は\n・A建設\n・B工務店\n・C造園\nの3社。入札は来週火曜です。', covers: ['遊具更新工事の指名業者は'] },
      { name: 'an internal memo read out', text: '内部の引継ぎメモによると、給食室の改修が遅れていて施工業者と揉めているとのこと。', covers: ['内部の引継ぎメモによると、給食室の改修が遅れていて施工業者と揉めているとのこと。'], message: '内部資料' },
      { name: 'a staff-only Teams channel', text: 'まつり当日の連絡はTeamsの「#kodomo-matsuri-staff」チャンネルで！招待リンクは別途送ります🙌', covers: ['まつり当日の連絡はTeamsの「#kodomo-matsuri-staff」チャンネルで！'], message: '職員用の連絡グループ' },
      { name: 'one consultation\'s own words', text: '昨日の子育て相談は「夫が生活費を入れてくれない」というご相談でした。', covers: ['昨日の子育て相談は「夫が生活費を入れてくれない」というご相談でした。'], message: '特定の子どもや家庭' },
      { name: 'a family at a named nursery in arrears', text: '東保育所に通う兄妹のご家庭、保育料が5か月分未納で、分納の相談を受けています。', covers: ['東保育所に通う兄妹のご家庭、保育料が5か月分未納で、分納の相談を受けています。'] },
      { name: 'a member of staff wishing to resign', text: 'ユースセンター担当の嘱託さんから、年度末で辞めたいと申し出がありました。', covers: ['ユースセンター担当の嘱託さんから、年度末で辞めたいと申し出がありました。'], message: '職員の健康・処分・人事' },
      { name: 'a refusal told in a reply (不承認)', text: '@tsubasa_papa88 保育料の減免申請、所得が基準を超えていたため不承認となりました。', covers: ['@tsubasa_papa88 保育料の減免申請、所得が基準を超えていたため不承認となりました。'] },
      { name: 'where a family in hiding stays', text: 'DV避難中のお母さんとお子さん、今は東野川のアパートに身を寄せています。', covers: ['DV避難中のお母さんとお子さん、今は東野川のアパートに身を寄せています。'] },
      // Round 15 (dev8): security left off (警備員が不在, 機械警備…解除, ダミーのカメラ) and a firm's estimate.
      { name: '警備員が不在', text: '年末年始の6日間、南保育所は警備員が不在になります。', covers: ['年末年始の6日間、南保育所は警備員が不在になります。'] },
      { name: 'a dummy camera', text: '子ども家庭支援センター前のカメラ、実はダミーなんです。', covers: ['子ども家庭支援センター前のカメラ、実はダミーなんです。'] },
      { name: 'D社の見積', text: 'ユースイベントの会場設営、D社の見積は1,280,000円でした。もう1社待ちです。', covers: ['ユースイベントの会場設営、D社の見積は1,280,000円でした。'] },
      // Round 15 (blind14): a file named with the personal data it holds; an internal rule's figures.
      { name: 'a CSV file (個人情報含む)', text: 'ファイル名：jidouteate_R7_all.csv（個人情報含む）', covers: ['jidouteate_R7_all.csv（個人情報含む）'] },
      { name: 'an internal rule told (内部ルール（非公開）…1点加点)', text: '入所選考で同点になったときの内部ルール（非公開）を、こっそり教えちゃいます。実は、勤務先が市内だと1点加点されるんです😉', covers: ['入所選考で同点になったときの内部ルール（非公開', '実は、勤務先が市内だと1点加点されるんです😉'] },
      // Round 15: figures read from an internal document.
      { name: 'an internal estimate sheet (見積比較表（内部資料）…212円)', text: '給食食材の見積比較表（内部資料）を見ると、一番安いのは丸花商店で1食あたり212円でした。', covers: ['給食食材の見積比較表（内部資料）を見ると、一番安いのは丸花商店で1食あたり212円でした。'], message: '内部資料に書かれた数字' },
      // Round 15: a tender's lowest price before its publication (結果公表は来月 says it is not public yet).
      { name: '最低価格 with 結果公表は来月', text: '保育所建設工事の入札、参加業者は3社で最低価格は2億1,300万円でした。（結果公表は来月）', covers: ['保育所建設工事の入札、参加業者は3社で最低価格は2億1,300万円でした。'] },
      // Round 15 (dev6): a new code told in the sentence after the one naming it; a gate left open.
      { name: '暗証番号が変わりました。新しい番号は「4721」', text: 'ひろば室の入口の暗証番号が変わりました。新しい番号は「4721」です。', covers: ['4721'], severity: 'error' },
      { name: 'an auto-lock switched off, the gate left open', text: '保育所の通用門、夕方はオートロックを切って開けっぱなしにしています。', covers: ['保育所の通用門、夕方はオートロックを切って開けっぱなしにしています。'] },
      // Round 14: a preliminary figure before its publication (速報値…正式な公表は…).
      { name: 'a preliminary figure (速報値)', text: '子育て世帯アンケート、速報値で満足度62.4%！正式な公表は3月の予定です。', covers: ['子育て世帯アンケート、速報値で満足度62.4%！'], message: 'まだ公表されていない' },
      // Round 24 (blind23): a family placed in a district of the city, its circumstances in the same or the next sentence.
      { name: 'a district\'s family (東野川の生活保護世帯の子)', text: '東野川の生活保護世帯の子、学習支援教室に来ても集中できないみたい。', covers: ['東野川の生活保護世帯の子、学習支援教室に来ても集中できないみたい。'], message: '特定の子どもや家庭' },
      { name: 'families counted in a district, the reason next', text: '東野川で児童手当の支給を止めている家庭が2件あります。理由は所得ではなく、離婚協議中のためです。', covers: ['理由は所得ではなく、離婚協議中のためです。'], message: '特定の子どもや家庭' },
      // Round 25 (blind24): the new value on a line of its own after a password's change.
      { name: 'パスワードを変更しました。⏎新：…', text: '【課内連絡】アカウントのパスワードを変更しました。\n新：Hoiku#2025ageo\n各自控えておいてください。', covers: ['Hoiku#2025ageo'] },
      // Round 24 (blind23): a site's administration pages, on a public host too (admin.…, /wp-admin, /cms/login).
      { name: 'an administration host', text: '子育てねっとの管理用ページはこちら→ https://admin.komae-kosodate.jp/login 外からもアクセスできます。', covers: ['https://admin.komae-kosodate.jp/login'], message: '管理画面' },
      { name: 'an administration path', text: '更新は https://www.komae-kosodate.jp/wp-admin/ からお願いします', covers: ['https://www.komae-kosodate.jp/wp-admin/'], message: '管理画面' },
      // Round 14: a mailbox on an internal host, a link the post says is for staff only.
      { name: 'a mailbox on an internal host', text: 'スキャンデータは kodomo-scan@komae-lg.local 宛てに送るよう設定変更しました。', covers: ['kodomo-scan@komae-lg.local'], message: '庁内のメールアドレス' },
      { name: 'a staff-only link (職員のみ閲覧可)', text: '相談記録アプリはこちら👉 https://komae-kodomo.cybozu.com/k/42/ （職員のみ閲覧可）', covers: ['https://komae-kodomo.cybozu.com/k/42/'], message: '職員向け' },
      { name: 'パスワード：value; fix masks it', text: '管理画面のパスワード：Hoiku2026!', covers: ['Hoiku2026!'], severity: 'error', fix: true, fixInRange: true, fixed: '管理画面のパスワード：********' },
      { name: '暗証番号は1234', text: '暗証番号は1234です', covers: ['1234'] },
      { name: 'login ID and PW', text: 'ログインID: hoiku_admin PW: abc12345', covers: ['hoiku_admin', 'abc12345'] },
      { name: 'full-width ＰＷ', text: 'ＰＷ：ａｂｃ１２３', covers: ['ａｂｃ１２３'] },
      { name: 'GitHub token', text: `🔑 ${token} を使ってください`, covers: [token] },
      { name: 'random-looking string in a CRLF document', text: '---\r\ncategory: notice\r\n---\r\nキー\r\naZ3kP9qL2mX7vB4nR8tY6wE', covers: ['aZ3kP9qL2mX7vB4nR8tY6wE'] },
      { name: 'API キー = known format is reported once', text: 'APIキー = AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q', covers: ['AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'] },
      // Realistic corpus (test/fixtures/realistic/ng): パス as short for パスワード.
      // Round 12: a payment-service key, a changed password, an id/password pair after パスワード, a remote-access ID in
      // groups, an invitation link to a private group, a share link, a host on the closed LGWAN.
      { name: 'a payment-service key', text: '保育課システムのAPIキーです（テスト用）\nsk_live_4f9a2c81e7b0ageo', covers: ['sk_live_4f9a2c81e7b0ageo'] },
      { name: 'a changed password, the new one', text: '🔐 PW変更しました → 旧: Kodomo2023 新: Kodomo2024', covers: ['Kodomo2024'] },
      // Round 23 (blind22): the new value before what it became (パスワード、… に変わった).
      { name: 'a password and what it changed to', text: 'Wi-Fiパスワード、kodomo#2024 に変わったので皆さん再設定を！', covers: ['kodomo#2024'] },
      { name: 'an id / password pair after パスワード', text: '管理画面のパスワード忘れた人いたら→ komae_kosodate / Kosodate#0401 ね！', covers: ['Kosodate#0401'] },
      { name: 'a remote-access ID in groups', text: 'サポートセンターのリモート接続ID：482 119 730 を伝えてあります。', covers: ['482 119 730'] },
      { name: 'a LINE group invitation', text: 'メンバーのLINEグループ招待リンク：https://line.me/R/ti/g/KomaeFakeGroup7', covers: ['https://line.me/R/ti/g/KomaeFakeGroup7'] },
      { name: 'a Slack webhook', text: 'Slack通知用のWebhook、https://hooks.slack.com/services/T04KOMAE/B05FAKE/xYz12FakeToken34 に設定しました', covers: ['https://hooks.slack.com/services/T04KOMAE/B05FAKE/xYz12FakeToken34'] },
      { name: 'a host on the LGWAN', text: 'ポータル http://lgportal.komae.lgwan.jp/kosodate/ から様式をダウンロードしてください', covers: ['lgportal.komae.lgwan.jp'] },
      { name: 'パス： (short for パスワード)', text: 'ネットワーク名：ageo-kosodate　パス：Ageo2026hoiku', covers: ['Ageo2026hoiku'] },
    ],
    pass: [
      { name: 'a password rule, no value', text: 'パスワードは、8文字以上に変更してください' },
      // Round 24: a consultation day for a district's families is for everyone there.
      { name: '東野川地区の家庭向けの発達相談会', text: '東野川地区の家庭向けの発達相談会を、10日に開催します。' },
      { name: 'an exhibition right now (今、…展示しています)', text: '今、年長さんの作品を中央公園の管理棟に展示しています。' },
      { name: 'a visit announced with its day (not secret)', text: '10月14日午前、市長が大谷保育所を視察しました。' },
      { name: 'a wedding venue (no one\'s)', text: '結婚式の会場で使える子ども用のいすを貸し出しています。' },
      { name: 'a fee told to everyone (not a reply)', text: '3歳児クラスの保育料は、月額32,400円が上限です。' },
      { name: 'a new phone number (not a credential)', text: '電話番号を変更しました。\n新：048-775-1234' },
      { name: 'an exam\'s day and place', text: '採用試験の日程と会場は、市HPでご確認ください。' },
      // Round 24: pages whose names only contain the letters (administration.html) or a host whose later label is cms.
      { name: 'administration.html, www.cms.…', text: '詳しくは https://www.city.ageo.lg.jp/page/administration.html と https://www.cms.go.jp/ へ' },
      // Round 23 (blind22): a file's name made of words (R7_jidouteate_shinseisho.pdf) is no random key.
      { name: 'a file name with letters, digits and _', text: 'ファイル名「R7_jidouteate_shinseisho.pdf」が最新版です📄' },
      // Round 23 (blind22): a fee set for a class of households is a published rule (the statistical layer stays quiet).
      { name: 'a fee for a class of households', text: '生活保護を受給している世帯の保育料は0円です。手続きについては保育課入所係までお問い合わせください。' },
      // Round 21 (blind20): a training on discipline, congratulations on a result, LGWAN explained, results announced.
      { name: '相談員の研修で、懲戒処分の事例を学びました', text: '相談員の研修で、懲戒処分の事例を学びました。' },
      { name: '佐藤さん、保育士試験合格おめでとうございます', text: '職場体験に来てくれた佐藤さん、保育士試験合格おめでとうございます！' },
      { name: 'LGWANの仕組み', text: 'LGWANの仕組みについて説明します。' },
      { name: '転倒による骨折に注意しましょう', text: '転倒による骨折に注意しましょう。' },
      { name: '市では職員の育休取得を推進しています', text: '市では職員の育休取得を推進しています。' },
      { name: '職員の育休明けの復帰を応援しています', text: '職員の育休明けの復帰を応援しています。' },
      { name: '育休明けの保護者の方へ', text: '育休明けの保護者の方へ、慣らし保育のご案内です。' },
      { name: '男性が育休を取る時代です', text: '市の職員も、男性が育休を取る時代です。' },
      { name: 'inspection results published (…結果を市ホームページで公表しました)', text: '市内の認可保育所の指導監査結果を市ホームページで公表しました。「ひまわり保育園」で指摘がありましたが改善済みです。' },
      { name: '監査では指摘事項はありませんでした', text: '監査では指摘事項はありませんでした。' },
      { name: 'one item an interview asks, as a fact (「志望動機」を聞きます)', text: '面接では「志望動機」を聞きます。' },
      { name: 'what an interview asks in general (志望動機などをお聞きします)', text: '採用試験の面接では、志望動機などをお聞きします。詳しくは募集要項をご覧ください。' },
      { name: 'a draft handed round (【取扱注意】…試算資料を共有します) is policy/undecided\'s', text: '【取扱注意】保育料改定の試算資料を共有します。' },
      { name: '合格者は市HPで発表します', text: '保育士採用試験の合格者は、市HPで発表します。' },
      // Round 20 (dev): advice on passwords and phones (…使わないのが鉄則, 紛失に備えて対策を).
      { name: 'パスワードは他のサービスと同じものを使わないのが鉄則', text: 'パスワードは他のサービスと同じものを使わないのが鉄則！市民の皆さんも、お子さんのゲームアカウントのパスワード管理に気をつけて🔑' },
      { name: '…スマホ、紛失に備えて対策を', text: 'スマートフォンの画面ロックは設定していますか？お子さんの写真がたくさん入ったスマホ、紛失に備えて対策を🔒' },
      // Round 20 (blind19): systems residents use, named with how to use them or their maintenance.
      { name: '電子申請システム「e-こまえ」からお申し込みください', text: '電子申請システム「e-こまえ」からお申し込みください。' },
      { name: 'a residents\' system down for maintenance', text: '予約管理システム「あげおネット」は、メンテナンスのため明日は利用できません。ご利用の皆さまにはご迷惑をおかけします。' },
      // Round 20 (blind19): a one-time code described, no value; an advice to readers (…の方は) stays general.
      { name: 'ワンタイムパスワードは毎回変わります', text: '認証アプリのワンタイムパスワードは毎回変わります。6桁の数字を入力してください。' },
      { name: 'advice to applicants in talks (交渉中の方は)', text: '家賃の減額を大家さんと交渉中の方は、年50万円までの補助の対象になる場合があります。' },
      // Round 20 (blind19): a warning about a rumour is no request to keep anything quiet.
      { name: '誤った情報を拡散しないでください', text: '@nekonoko_mama いいえ、待機児童ゼロは本当です。誤った情報を拡散しないでください。' },
      // Round 19 (dev): a surprise kept from the children; a notice not to spread photos; a plan kept quiet (policy/undecided's).
      { name: 'a surprise party (主役のみんなには内緒にしてね)', text: 'サプライズの誕生日会です。主役のみんなには内緒にしてね！' },
      { name: '写真の無断転載・拡散はしないでください', text: '掲載した写真の無断転載・拡散はしないでください。' },
      { name: 'a plan asked to be kept quiet is policy/undecided\'s (…方向です。まだ公表していないので拡散しないでね)', text: '来年度から保育料が上がる方向です。まだ公表していないので拡散しないでね。' },
      // Round 19 (dev): a flaw fixed and apologised for; others' records said not to show.
      { name: 'a closed incident (…表示される不具合がありましたが、本日修正しました)', text: '電子申請で、別の方の申請内容が表示される不具合がありましたが、本日修正しました。ご迷惑をおかけし、お詫び申し上げます。' },
      { name: '他の人の予約状況は見えません', text: 'マイページでは他の人の予約状況は見えませんので、安心してご利用ください。' },
      // Round 15: our own proposal in talks with the budget office is a plan (policy/undecided's); a published result, an
      // estimate asked of the public, a common consultation, a public channel, an internal document's unsettled date.
      { name: 'an internal document read out in a post about a plan (候補)', text: '新しい保育園の開設について、現在検討中です。内部資料では、駅の東側が候補です。' },
      { name: 'a routine asked of every family (毎日16時にお迎えに来てください)', text: '毎日16時にお迎えに来てください。' },
      { name: 'our own proposal in budget talks', text: '来年度の処遇改善は、課としては月1万円上乗せの線で財政と交渉しています。' },
      { name: 'a tender result already published', text: '遊具更新工事の入札結果を公表しました。落札額は980万円（A建設）です。' },
      { name: 'estimates asked of each provider', text: 'ベビーシッター利用料の見積もりは各事業者にお問い合わせください。' },
      { name: 'a common consultation (よくいただきます)', text: '「夜泣きがひどい」というご相談をよくいただきます。' },
      { name: 'a channel open to everyone', text: 'Teamsの「子育て講座」チャンネルでオンライン配信します。どなたでも参加できます。' },
      { name: 'an internal document\'s date that is not settled (policy/undecided\'s)', text: '内部資料では令和10年度と書かれていますが、まだ確定ではありません。' },
      { name: 'a camera installed (its name alone is no weak spot)', text: '防犯カメラを設置しました。不審者対策にご協力ください。' },
      // A plan in the making behind 関係者外秘 is policy/undecided's, not a second finding here.
      { name: 'an internal plan with a figure (…減額の方向です)', text: '関係者外秘：来年度の子育て応援券は、1人1万円から5千円に減額の方向です。' },
      { name: 'a lowest price already published', text: '保育所建設工事の入札結果です。最低価格は2億1,300万円でした。詳しくは市ホームページで公表しています。' },
      { name: 'a new number given only at the desk', text: 'Wi-Fiのパスワードを変更しました。新しい番号は窓口でお伝えします。' },
      { name: 'a gate locked outside drop-off hours', text: '園の門は防犯のため、登降園時間以外は施錠しています。インターホンでお声がけください。' },
      { name: 'フリーパス and キャンパス are not パス', text: 'フリーパス：500円\nキャンパス：Komae campus' },
      { name: 'how to set a password', text: 'パスワードは各自で設定してください。' },
      { name: 'masked', text: 'パスワード：********' },
      { name: 'a random-looking path inside a URL', text: '詳しくは https://www.city.ageo.lg.jp/page/aZ3kP9qL2mX7vB4nR8tY6wE.html' },
      { name: 'a hashtag', text: '#上尾市保育課2026 #保育士募集' },
      { name: 'PIN length', text: 'PINは4桁の数字です' },
      { name: 'a pass in a game', text: '「そうま、パス！」「ナイス、けんと！」年長さんのサッカー、白熱しています' },
      { name: 'delivery by mail', text: 'ID・パスワードは郵送でお知らせします' },
      { name: 'a long lower-case word', text: 'internationalization-and-localization' },
    ],
  });

  describe('what staff know from their work (上尾 5(2)カ, secretKnowledge.ts)', () => {
    const cases: [string, string, string][] = [
      ['whereabouts', 'たんぽぽ組さんは毎週水曜の10時ごろ、中央公園の噴水のまわりをお散歩しています。', '子どもたちがいつ・どこにいるか'],
      ['casework', '年中クラスのMくん、先週から父親が入院中で、祖母宅から登所しています。', '特定の子どもや家庭の事情'],
      // Round 23 (blind22): a family named by a placeholder (××さんち, △△くん) and what happened to them.
      ['casework', '△△町の××さんちの赤ちゃん、まだ予防接種を一度も受けてないんだって。', '特定の子どもや家庭の事情'],
      ['casework', '△△くんのお父さん、最近会社をクビになったらしい。', '特定の子どもや家庭の事情'],
      ['early', '保育士採用試験の合格者、まだ非公表ですが今年は15名です。', 'まだ公表されていない結果'],
      ['weakSpot', '課のタブレットのパスワードは、全員で同じものを使い回しています。', '弱い運用'],
      // Round 23 (blind22): a password left unchanged for years.
      ['weakSpot', 'CMSの管理者パスワード、何年も変わってないとか…大丈夫？', '弱い運用'],
      ['weakSpot', '事務用PCのウイルス対策ソフトが重いので止めています。', '弱い運用'],
      ['weakSpot', 'すぐ入れるように、モニターの横にIDも貼ってあります。', '弱い運用'],
      ['casework', '中学生のBくん、うつ傾向で通院中なので配慮をお願いします。', '特定の子どもや家庭の事情'],
      ['whereabouts', '学習支援の中学生たち、毎週水曜の20時に駅前から歩いて帰ってます。', '子どもたちがいつ・どこにいるか'],
      ['weakSpot', 'USBで持ち帰って作業してもOKです。', '弱い運用'],
      ['weakSpot', '共用パソコンはパスワードなしでログインできるようにしています。', '弱い運用'],
      ['casework', '若者会議に参加してくれた高校生の1人は、不登校で通信制高校に転校したばかりです。', '特定の子どもや家庭の事情'],
      ['early', 'まだ公表前ですが、和泉小は定員オーバーで12人が入れない見込みです。', 'まだ公表されていない結果'],
      ['early', '保育所の給食食材の入札、予定価格は1,280万円です。', 'まだ公表されていない結果'],
      ['early', '指導員採用の筆記試験、合格ラインは60点でした。', 'まだ公表されていない結果'],
      ['weakSpot', 'Chatworkの課内ルームのパスワードは課名のローマ字です。', '弱い運用'],
      ['weakSpot', '保育課のX、パスワードはデスクの付箋に書いてあるので各自確認してください。', '弱い運用'],
      ['weakSpot', '勤怠システムの初期PINは全員誕生日4桁です。', '弱い運用'],
      ['weakSpot', '相談記録システムは、庁外からでもVPNなしでログインできる設定です。', '弱い運用'],
      ['whereabouts', '駅西保育所の年長さんは、毎週金曜15時にバスで小学校見学に出かけています。', '子どもたちがいつ・どこにいるか'],
      ['casework', '家庭訪問したお宅、お子さんの体にあざがありました。', '特定の子どもや家庭の事情'],
      ['personnel', '保育課の係長、来月から病気休職に入ります。', '職員の健康・処分・人事'],
      ['weakSpot', '児童館は毎週水曜の12時〜13時、職員が全員お昼休みで受付が無人になります。', '弱い運用'],
      ['weakSpot', '今週金曜の午後は職員研修のため、学生ボランティアさんだけで運営し、職員はいません。', '弱い運用'],
      ['early', '待機児童の実数、本当は公表値より30人多いんですよね…', 'まだ公表されていない結果'],
      ['weakSpot', '在宅勤務のVPN、ワンタイムコードは毎朝係長が紙で配ってるアナログ運用です。', '弱い運用'],
      ['early', '給食調理の委託、今回はA社が最安の見積もり（税込4,380万円）で、ほぼ決まりそうです。', 'まだ公表されていない結果'],
      ['whereabouts', '中央保育所の4・5歳児は、14時〜15時に市民プールを貸し切って泳ぎます。', '子どもたちがいつ・どこにいるか'],
      // Round 25 (blind24): an exam's theme or a numbered question quoted, before or after the exam.
      ['exam', '明日の保育士採用試験、作文のテーマは「地域とつながる保育所のあり方」です。', '試験'],
      ['exam', '会計年度任用職員（保育士）の筆記試験、問3は「保育所保育指針の5領域をすべて書きなさい」でした。', '試験'],
      // Round 24 (blind23): a visit's day and place, which the post says is not public yet.
      ['unpublished', '来週の市長の保育所視察は、10月14日午前に大谷保育所です（まだ非公表）。', 'まだ公表していない'],
      // Round 24 (blind23): where a group is right now, said as it happens.
      ['whereabouts', '今、市立ひがし保育所の年長さん15人が丸山公園でお散歩中です🌸', '子どもたちがいつ・どこにいるか'],
      ['weakSpot', '認証コードは課長の私物スマホに届く設定なので、ログインするときは課長に声かけてください。', '弱い運用'],
      ['personnel', '職員の懲戒処分の件、うちの部の人なんですよね…', '職員の健康・処分・人事'],
      // Round 24 (blind23): a reply telling the person their own fee.
      ['casework', '@ryo_ageo_papa 様 お問い合わせの保育料ですが、世帯の住民税額から算定すると月額32,400円になります。', '特定の子どもや家庭の事情'],
      // Round 24 (blind23): a named member of staff's wedding.
      ['personnel', '保育士の山下さんの結婚式に課長が呼ばれたらしいです💒', '職員の健康・処分・人事'],
      // Round 23 (blind22): a member of staff made subject to discipline.
      ['personnel', '市立保育所の職員が昨日付で処分対象になりました。', '職員の健康・処分・人事'],
      ['casework', '@tmk_komae0909 さん、先日お電話いただいた件です。', '特定の子どもや家庭の事情'],
      ['casework', '待機になっているAさんのご家族、これで3回目の不承諾です。', '特定の子どもや家庭の事情'],
      ['weakSpot', '入館カードがなくても、警備室で名前を言えば通れます。', '弱い運用'],
      ['weakSpot', '子ども子育て支援システムは、いまだにIEモードじゃないと動きません。', '弱い運用'],
      // Round 17 (blind16): a staff manual's rule read out, the real figure against the published one said the other way
      // round, an inspection's finding before it is published, a weak spot a drill found.
      ['internalDoc', '職員用の対応マニュアルでは、クレーム電話は30分で切り上げるルールになっています。', '内部'],
      ['early', '待機児童の公表値は0人ですが、実際には隠れ待機が142人います。', 'まだ公表されていない結果'],
      ['early', '認可外施設への立入調査で、ベビールームぽかぽかに改善指導が入りました（公表前）。', 'まだ公表されていない結果'],
      ['weakSpot', '本日の防犯訓練の結果、児童館2階の非常口は外から簡単に開けられることが判明しました。', '弱い運用'],
      // Round 18 (blind17, dev8): what one person said or how they stood in an internal meeting.
      ['meeting', '本日の庁議で、市長から「児童館の統廃合はもっと早く進めろ」と指示がありました', '内部の会議での個人の発言'],
      ['meeting', '昨日の園長会議で、来月からの人員配置案に西保育所長が強く反対していました。', '内部の会議での個人の発言'],
      ['internalDoc', '本日の職員研修資料（内部限り）から一部ご紹介📄', '内部資料'],
      ['weakSpot', '職員みんなで同じパスワードを使っています。', '弱い運用'],
      ['contact', '夜間・休日の緊急連絡は、保育課の担当・小林の携帯 090-4821-7730 までどうぞ。', '個人の携帯電話の番号'],
      ['contact', '児童館職員向けの緊急連絡網（内部）：館長 090-1234-5678、副館長 080-8765-4321', '個人の携帯電話の番号'],
      ['weakSpot', '公式アカウントのパスワードを付箋に書いて貼っています。', '弱い運用'],
      ['casework', 'お問い合わせの件、お隣の△△さん宅も同じ保育所に申請されてますので、一緒に送迎できるかもですね！', '特定の子どもや家庭の事情'],
      ['negotiation', '子ども食堂の運営団体との補助金交渉、向こうは年120万を希望、市は80万で押してます💦', '交渉・見積・審査の途中'],
      // Round 17: the circumstances of a child or adult named with an honorific.
      ['casework', '上町の田中様、ご兄弟の障害者手帳の等級を確認のうえ入所指数に加点しました。', '特定の子どもや家庭の事情'],
      ['casework', '参加予定の小2のはるとくん（卵アレルギーあり）用に別メニューを用意しました。', '特定の子どもや家庭の事情'],
      // Round 19 (blind18, read after round 18): a young person the office supports; a reply telling one applicant they are
      // out of the selection.
      ['casework', '@yuuta_papa_ageo 奥さまの就労証明書が未提出のため、現在選考の対象外になっています。', '特定の子どもや家庭の事情'],
      ['casework', 'ヤングケアラーとして支援している高校生、弟さんの保育園のお迎えもしていて、今日も学校に遅刻してしまったそうです。', '特定の子どもや家庭の事情'],
      ['personnel', '公立保育所のA園の園長先生、体調を崩されて長期のお休みに入られました。', '職員の健康・処分・人事'],
      ['internalDoc', '監査用の内部チェックリストをそのまま載せます👉 https://www.city.ageo.lg.jp/internal/hoiku/checklist_r7.pdf', '内部資料'],
      ['early', '子育て応援アプリの開発委託プロポーザル、2社の提案価格はA社980万円、B社1,150万円でした。', 'まだ公表されていない結果'],
      ['weakSpot', '門の鍵は事務室前の消火器の下に置いてあります🔑', '弱い運用'],
      ['casework', '要保護児童対策地域協議会の個別ケース検討会議の資料、写真で共有しますね📸', '特定の子どもや家庭の事情'],
      ['casework', '昨日の個別ケース検討会議で話し合った件、結論は一時保護見送りになりました。', '特定の子どもや家庭の事情'],
      ['inspection', '認可外保育施設への立入調査、次回は抜き打ちで来週水曜に行きます。', '抜き打ちの検査'],
      ['weakSpot', 'シュレッダーが壊れていたので、入所申込書のコピーは今日、普通の資源ごみに出しました♻️', '弱い運用'],
      // Round 16: a transfer told before its announcement (writers since round 10 label it secret).
      ['personnel', 'まだ内示の段階ですが、4月から東保育所の園長が本庁へ異動になります。', '職員の健康・処分・人事'],
    ];
    for (const [kind, text, phrase] of cases) {
      it(`${kind}: one warning over the sentence that names the risk`, async () => {
        const findings = (await findingsOf(secret, text, ageo)).filter((f) => f.message.includes(phrase));
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        assert.equal(findings[0].severity, 'warning');
        assert.equal(text.slice(findings[0].range.start, findings[0].range.end), text.replace(/。$/, '。'));
      });
    }
    for (const text of [
      'たんぽぽ組の親子遠足は10時に中央公園に集合です。どなたでもご参加ください。',
      '食物アレルギーのあるお子さんは、入所前にご相談ください。',
      // A proposal that came up in a meeting with no one named is policy/undecided's; the writer's own view is opinion's.
      '今日の課内会議で、土曜保育を午前中だけにしてはどうかという意見が出ました。',
      '庁内会議で学童の民間委託案が出ていますが、個人的には大反対です。',
      '市長は記者会見で、待機児童対策を指示したと発言しました。',
      '賃上げ交渉の結果、保育士の処遇改善加算が月9,000円になりました（国の制度）。',
      'お隣のお子さんも一緒に参加できます。',
      '市では、ヤングケアラーとして支援している高校生向けに学習支援を行っています。',
      '講師の先生の体調不良により、本日の講座は中止します。',
      // Round 19 (dev): a place open to anyone, a safeguard told, a failure told with what was done about it.
      '不登校の中学生・高校生の居場所「こまえルーム」は平日10時〜16時オープン。出入り自由、予約不要です。',
      'お預かりした入所申込書などの書類は、鍵のかかる書庫で保管し、保存期間が過ぎたものは溶解処理しています。',
      '【お詫び】先日お知らせした保育所での書類紛失について、本日、調査結果と再発防止策を公表しました。',
      // A plan's internal papers shared inside the office are policy/undecided's.
      '【取扱注意】保育料改定の試算資料を共有します。',
      '抜き打ちの避難訓練を行いました。',
      '個別ケース検討会議の進め方について研修を行いました。',
      '@user 所得が基準を超える方は選考の対象外となります。詳しくはHPをご覧ください。',
      // A mobile phone talked about with no number (携帯電話の持ち込み), and an office number.
      '保育室への携帯電話の持ち込みはご遠慮ください。お問い合わせは保育課 048-775-5111 まで。',
      // 同じ of a form, not of a credential.
      'お隣の保育所に申請される方も、同じ書類で大丈夫です。',
      // English prose: the statistical layer learned Japanese.
      'Information for parents: Applications for nursery school (hoikusho) in Ageo City for April 2026 open on Nov 4.',
      // An official account is public, no login (上尾市公式アカウントでもお知らせ).
      '同じ内容を上尾市公式アカウント（@ageo_city_pr）でもお知らせしています。',
      '上尾市公式アカウントからのお知らせを共有します。',
      // A service's maintenance or outage told to everyone (not an internal system's).
      '本日18時からシステムメンテナンスのため、電子申請サービスが一時停止します。',
      '既報の子育てねっと一時停止について、本日12時に復旧しました。ご不便をおかけしました。',
      // A family word that ends in an honorific names no one (赤ちゃん, お客様).
      '妊娠中の方・赤ちゃんのいるご家庭へ🤰 出産・子育て応援ギフトの申請受付中です。',
      'アレルギー対応のメニューは、お客様の声から生まれました。',
      '一次選考の結果通知は2月上旬に発送予定です。',
      'まだ非公表ですが、開所時間を朝7時からにする案が出ています。',
      'パスワードは他のサービスと使い回さないようにしましょう。',
      'IDやパスワードを書いた紙を端末に貼らないでください。',
      '通院中のお子さんの登所については、園にご相談ください。',
      '@ren_komae 抽選の結果は来週お知らせします。当選された方にはメールをお送りします。',
      '不登校でお悩みの方は、相談窓口へどうぞ。',
      'USBメモリの持ち帰りは禁止です。',
      'まだオフレコですが、来年度は3歳児クラスの保育士を1人ずつ増やせそうです！',
      '入札の予定価格は1,280万円です（事前公表）。',
      'パスワードは誕生日など推測されやすいものにしないでください。',
      'パスワードは英数字8桁以上で設定してください。',
      '保育所の見学は、毎週火曜の10時から受け付けています。どなたでもどうぞ。',
      '講師の先生の体調不良により、本日の講座は中止します。',
      '職員のハラスメント防止研修を実施しました。',
      '保育士の処遇改善に取り組んでいます。',
      '@tmk_komae0909 お電話でのご相談は、平日9時から受け付けています。',
      '連絡帳アプリのパスワードは、誕生日や電話番号など推測されやすいものを避けてください。',
      '若者会議の委員名簿（氏名・所属）は、ご本人の同意を得て市HPに掲載しています。',
      // Round 16: advice to readers in a casual voice.
      'パスワードは使い回さないでね🔐 中高生向け「ネットの安全教室」を開催します。',
      'SNSのパスワード、使い回してない？🔐 今日はセキュリティの日、見直してみよう',
      '当アカウントは、パスワードの定期変更と二段階認証で安全に運用しています。',
      // An official account's public handle, told so readers can check it.
      '子ども若者政策課の公式アカウントのユーザー名は komae_kosodate です。よく似た名前のアカウントにご注意ください。',
      // Round 16: an announced transfer, and a transfer with no word that it is still unannounced.
      '4月1日付の人事異動で保育課長が交代しました。新課長のごあいさつを市HPに掲載しています。',
      '4月から東保育所の園長が本庁へ異動になります。',
    ]) {
      it(`quiet: ${text}`, async () => {
        const findings = await findingsOf(secret, text, ageo);
        assert.deepEqual(findings.map((f) => f.message), []);
      });
    }
  });

  // Round 16: the sentence beside a result or a transfer that says it is not public yet goes with policy/secret's finding
  // (reported over the result's own sentence), and policy/undecided leaves those words alone.
  for (const [kind, text, phrase, covers] of [
    ['early', '児童館の利用者満足度、速報値では58%でした。正式発表はまだ先です🤫', 'まだ公表されていない結果', '児童館の利用者満足度、速報値では58%でした。'],
    ['early', 'まだ正式な発表前ですが、今年4月の学童クラブ待機児童は87人でした。', 'まだ公表されていない結果', 'まだ正式な発表前ですが、今年4月の学童クラブ待機児童は87人でした。'],
    ['personnel', '課長、来月1日付けで福祉部に異動です。内示が出たばかりなので、まだオフレコで🤫', '職員の健康・処分・人事', '課長、来月1日付けで福祉部に異動です。'],
    // Round 23 (blind22): a move the next sentence says the families have not been told yet.
    ['personnel', '若葉保育園の園長先生、来月で退職されるそうです。まだ保護者には言ってないみたいですが…', '職員の健康・処分・人事', '若葉保育園の園長先生、来月で退職されるそうです。'],
  ]) {
    it(`${kind}: one finding over 「${covers}」, none from policy/undecided (${text})`, async () => {
      const found = (await findingsOf(secret, text, ageo)).filter((f) => f.message.includes(phrase));
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [covers]);
      assert.deepEqual((await findingsOf(undecided, text, ageo)).map((f) => f.message), []);
    });
  }

  it('personnel: the staff word may stand in the sentence before the matter; the finding covers the matter\'s sentence', async () => {
    const text = '〇〇保育所の保育士1名が来月退職します。退職理由は体調不良です。';
    const found = (await findingsOf(secret, text, ageo)).filter((f) => f.message.includes('職員の健康・処分・人事'));
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '退職理由は体調不良です。');
  });

  it('casework: a reply that tells the reader\'s own child\'s condition (お子さんの… in a post opening with @handle)', async () => {
    const text = '@aoi_mama 先日はお子さんの食物アレルギー（卵・小麦）のご相談ありがとうございました。';
    const findings = (await findingsOf(secret, text, ageo)).filter((f) => f.message.includes('特定の子どもや家庭の事情'));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /食物アレルギー/);
    // The same words in a post to everyone are advice, not a case.
    assert.deepEqual(await findingsOf(secret, '先日はお子さんの食物アレルギーのご相談ありがとうございました。', ageo), []);
  });

  it('casework: one person\'s result told in a reply; a few families placed where they live', async () => {
    const result = await findingsOf(secret, '@ren_komae_hs 応募ありがとう！当選してるよ🎉', ageo);
    assert.equal(result.filter((f) => f.message.includes('特定の子どもや家庭の事情')).length, 1);
    const text = '市内で里親登録をしているご家庭は今年3軒。そのうち1軒は和泉本町にお住まいです。';
    const few = (await findingsOf(secret, text, ageo)).filter((f) => f.message.includes('特定の子どもや家庭の事情'));
    assert.equal(few.length, 1);
    assert.equal(text.slice(few[0].range.start, few[0].range.end), 'そのうち1軒は和泉本町にお住まいです。');
  });

  it('early: a counted result, with the not-yet-public words in the next sentence; the finding covers the result', async () => {
    const text = '延長の希望者を課内で集計したら87人でした。公表はまだです。';
    const found = (await findingsOf(secret, text, ageo)).filter((f) => f.message.includes('まだ公表されていない結果'));
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['延長の希望者を課内で集計したら87人でした。']);
  });

    it('never repeats the secret in the message', async () => {
    for (const text of ['パスワード：Hoiku2026!', `token: ${token}`, 'aZ3kP9qL2mX7vB4nR8tY6wE']) {
      const findings = await findingsOf(secret, text, ageo);
      assert.equal(findings.length, 1, text);
      const value = text.slice(findings[0].range.start, findings[0].range.end);
      assert.ok(!findings[0].message.includes(value), findings[0].message);
      for (const fix of findings[0].fixes) assert.ok(!fix.title.includes(value));
    }
  });
});
