// What staff know from their work and a post must not tell (上尾 5(2)カ: 職務上知り得た秘密, 日時・場所の特定が可能と
// なる情報), composed from word classes (lexicon/secret.json) over one sentence's own words:
//   whereabouts  a group of children, a clock time and a place or a going-somewhere word, in a post that invites no one
//   casework     a circumstance of a specific child or family (an initial, 〇〇組の子, 〇〇地区のご家庭, お子さん in a reply)
//   early        a result or a figure said to be not yet public (まだ非公表ですが…80人); a plan is policy/undecided's
//   unpublished  anything the post itself asks readers to keep quiet (まだ公表してないので拡散しないでね), not a plan
//   system       an office-internal system named, with how staff use it or how it fails (庁内の「…システム」で入力エラー)
//   flaw         a system flaw, still open, by which other people's records show (…を変えると他の人の申込内容が見える)
//   weakSpot     an account, a device or a key with a weak practice (パスワードを全員で使い回す), or what a password is
//                made of or where it is kept, told in words (パスワードは課名のローマ字＋年です, 付箋に書いてある)
//   exam         the questions of an exam or an interview yet to come, listed (面接では「保育観」「危機管理」…の3問)
//   audit        what an inspection found at a facility it names, before the results are published
//   circular     a confidential document handed round in the post itself (社外秘：…一覧を添付します), no draft in it
//   results      named people's results of a selection or an exam (佐々木さん合格、山本さん不合格)
//   personnel    a member of staff's health, discipline or evaluation (前の課長は体調不良で, 係長が病気休職), or a transfer
//                or resignation told before its announcement (内示前ですが…異動; writers since round 10 label it secret)
import type { Post } from '../../engine/document';
import type { PostAnalysis, Sentence } from '../../engine/postAnalysis';
import type { Morphology } from '../../engine/morphology';
import PLACES from '../pii/lexicon/placeNames.json';
import LEX from './lexicon/secret.json';
import { classNames, find, lexicon, negationAt, type Hit } from './nlp/lexicon';
import { CLOCK } from './util';

export type KnowledgeKind = 'whereabouts' | 'casework' | 'results' | 'early' | 'unpublished' | 'weakSpot' | 'flaw' | 'system' | 'personnel' | 'internalDoc' | 'circular' | 'audit' | 'exam' | 'negotiation' | 'channel' | 'meeting' | 'contact' | 'inspection';

export interface KnowledgeFinding {
  kind: KnowledgeKind;
  start: number;
  end: number;
  /** The words that made it (for the message). */
  cues: string[];
  /** Sentences beside it that say it is not public yet (…87人でした。公表はまだです): not reported, but policy/undecided
   * leaves their words to this finding. */
  around?: [number, number][];
}

/** A specific child or family: an initial with an honorific, or one picked out by class, area or count. */
const SPECIFIC_PERSON = /個別ケース|[△▲○〇×□]{1,3}(?:さん|くん|君|ちゃん|様)|[0-9０-９一二三四五六]年生の(?:女の子|男の子|児童|生徒|子)|[0-9０-９]+代の(?:方|女性|男性|お母さん|お父さん|母親|父親)|(?:アパート|マンション|実家|親戚の家|シェルター)に(?:身を寄せ|住んで|避難)|(?:ご相談|相談|お問い合わせ)のあった|(?:保育所|保育園|園|小学校|中学校|学校|児童館|学童)に通う[^。、\n]{0,8}(?:ご家庭|家庭|お子さん|兄妹|姉妹|兄弟|きょうだい)|例の[^。、\n]{0,12}(?:ご家庭|家庭|お子さん|ご家族|ちゃん|くん)|(?:家庭訪問|お宅を(?:[^。]{0,8})?訪問|のお宅へ)|(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ](?:さん|くん|君|ちゃん|様)|(?:お問い合わせいただいた|ご相談いただいた|相談に来(?:られ)?た|相談に見えた)|の[1-3１-３一二三]人は|(?:先週|昨日|先日|今朝|今日)の[^。]{0,10}件|(?:組|クラス|年長|年中|年少|歳児|地区|町|丁目)(?:さん)?の[^。、\n]{0,14}?(?:ご家庭|家庭|お子さん|お友だち|子|世帯|きょうだい|ちゃん|くん|お母さん|お父さん|保護者|妊婦)(?!向け|を対象|の皆|たち)|[0-9０-９一二三四五六七八九]人きょうだい/;
/** A family placed in a district of the city (東野川の生活保護世帯の子, 東野川で…止めている家庭が2件): the district names of
 * pii/person's place list, not the cities themselves (上尾の子育て世帯 is everyone). */
const DISTRICTS = PLACES.names.filter((n) => !/^(?:上尾|狛江)$/.test(n) && !/[都道府県市]$/.test(n));
const PLACED_FAMILY = new RegExp(`(?:^|[、。\\s「（(])(?:${DISTRICTS.join('|')})(?:町|地区|[0-9０-９一二三四五六七八九]丁目)?(?:の(?:[^。、\\n]{0,12}?(?:ご家庭|家庭|お子さん|ご家族|家族|世帯|世帯の子|保護者)(?!向け|を対象|の皆|たち))|で[^。\\n]{0,24}?(?:家庭|世帯|ご家族)が[0-9０-９一二三四五六七八九]+(?:件|世帯|家庭))`);
/** Someone's visit (視察, 来園, 訪問): where they will be. */
const VISIT = /視察|来園|来所|来館|来庁|来訪|ご訪問|訪問/;
/** A day or a part of it (10月14日, 水曜, 午前). */
const VISIT_DAY = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日[（(][月火水木金土日][)）]|[月火水木金土日]曜|午前|午後/;
/** Said as it happens: 今 or ただいま opening the sentence, and something going on (お散歩中です, 遊んでいます). */
const RIGHT_NOW = /^[\s\p{Extended_Pictographic}【】]*(?:今|いま|ただいま|現在)(?:、|まさに|ちょうど)[^。！\n]*(?:中です|中！|中〜|しています|ています|ているところ)/u;
/** Someone the office supports, picked out (支援している高校生, 関わってきた子): their circumstances are casework. */
const SUPPORTED_PERSON = /(?:支援して(?:いる|きた)|関わって(?:いる|きた)|担当している|見守っている)[^。、\n]{0,4}(?:高校生|中学生|小学生|子|お子さん|若者|ご家庭|家庭|世帯)(?!向け|を対象|の皆|たち)/;
const YOUNG_CARER = /ヤングケアラー|遅刻|欠席が続/;
/** A child or adult named with an honorific (はるとくん, 田中様): the circumstances told are theirs. Family and
 * collective words that end in an honorific (赤ちゃん, お子さん, 皆様) name no one. */
/** An adult named with さん or 氏, or by an initial (西田さん, 佐藤氏, Eさん; not 皆さん, お子さん, 奥さん). */
const NAMED_ADULT = /(?<=^|[、，,\s「『（(]|の)(?!皆|子さん|奥さん|娘さん|息子さん|お客)(?:[\p{Script=Han}々]{1,4}|[A-ZＡ-Ｚ])(?:さん|氏)(?![方宛])/u;
const NAMED_PERSON = /(?<![ぁ-ゖ])(?!赤ちゃん|お子ちゃん|お姉ちゃん|お兄ちゃん|おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|母ちゃん|父ちゃん)[ぁ-ゖ]{2,5}(?:くん|ちゃん)|(?<=^|[^\p{Script=Han}々ぁ-ゖ]|の)(?!赤ちゃん|皆|お客|保護者|利用者|関係者|職員|先生|担当|申請者|会員|ご家族|ご本人)[\p{Script=Han}々]{1,4}(?:くん|君|ちゃん|様)(?![方宛])/u;
/** A consultation's own words, told as what it was about (「…」というご相談でした). */
const CONSULTATION = /[「『][^」』\n]{4,40}[」』](?:という|との)(?:ご)?相談(?:でした|がありました|を受けました|をいただきました)/;
/** Said of many (よくいただく, 多く寄せられる): a common question, no one's case. */
const OFTEN = /よく|多く|たくさん|増えて|寄せられ|いつも/;
/** Said to happen every time (いつも, 毎日, 毎朝, 毎週). */
const ROUTINE = /いつも|毎日|毎朝|毎夕|毎週/;
/** A reply (the post opens with @handle) talks to one person: their child, their family. */
const REPLY = /^\s*[@＠][A-Za-z0-9_]/;
const THEIR_FAMILY = /お子さん|お子様|ご家族|ご主人|奥様|奥さま|息子さん|娘さん|お母様|お父様|お母さま|お父さま/;
/** 携帯 or 私用, or a staff title right before it (館長 090-…), then a mobile number (090-4821-7730, 080 1234 5678). */
const STAFF_MOBILE = /(私用携帯|携帯|(?:副)?(?:館長|課長|園長|所長|係長|部長)(?=[ \u3000:：]*0[789]0))[^。\n]{0,8}?(?<![0-9０-９])0[789]0[-‐ー－ ]?[0-9]{4}[-‐ー－ ]?[0-9]{4}(?![0-9])/;
/** Objects that are credentials or log-ins (パスワード, 暗証番号, ID, アカウント). */
const CREDENTIAL_OBJECT = /パスワード|暗証番号|ID|アカウント|ログイン|PIN/;
/** A neighbour or classmate's family and what they applied for or consulted about. */
const NEIGHBOUR_DEALINGS = /(?:お隣|隣|近所|同じ(?:クラス|組|園|マンション|団地))の[^。、\n]{0,8}(?:さん|様)(?:宅|の家|のお宅|ち)?[もは][^。\n]{0,16}(?:申請され|申し込まれ|申込され|入所され|相談され|利用され)/;
/** One person's result, told in a reply (@… 当選してるよ): their own business, not the public's. */
/** Someone named, then their result (佐々木さん合格, 山本さんは不合格, A様：不採用). */
const NAMED_RESULT = /[\p{Script=Han}々ぁ-ゖァ-ヺーA-Z]{1,6}(?:さん|くん|ちゃん|様|氏)[はがも]?[、：:\s\u3000]*(?:不合格|合格|落選|不採用|採用|内定|不承諾)/u;
const CONGRATULATED = /おめでと|祝/;
const PERSONAL_RESULT = /当選|落選|不合格|合格|内定|不承諾|承諾|不承認|却下|選ばれ|受賞|入賞|最優秀|優秀賞|(?:選考|審査|入所|利用)の?対象外/;
/** A few families or children with a circumstance, placed where they live (そのうち1軒は和泉本町にお住まい). */
const FEW_PLACED = /[1-3１-３一二三](?:軒|世帯|家族|家庭|人|名)(?:は|が|とも)[^。\n]{0,14}(?:にお住まい|に在住|に住んで|から通って)/;
/** A reply that tells the person's own dealings with the office (先日お電話いただいた件, この前の面談でお話しした): theirs, not the public's. */
const THEIR_DEALINGS = /(?:この前|この間|先日|先週|昨日|前回|今朝|今日)の?(?:面談|お電話|ご相談|お問い合わせ|ご来庁|窓口)|お電話(?:を)?いただいた件|(?:面談|窓口|お電話)でお話しした/;
/** A household's own figure: a fee, a charge or selection points with the amount (保育料…月額32,400円, 点数は38点). */
const THEIR_FIGURE = /(?:保育料|利用料|負担額|副食費|点数|ボーダー)[^。\n]{0,30}?[0-9０-９][0-9０-９,，]*(?:円|点)/;
/** A notice that a session is called off or covered (講師の体調不良により中止): the public needs it, and it names no matter beyond that. */
const CALLED_OFF = /中止|延期|休講|休止|取りやめ|取り止め|代理|代わりに|変更/;
const LONG_ABSENCE = /長期|休職|療養|入院/;
/** A key and the place it is left (鍵は…消火器の下に置いてあります, 合鍵はポストの中). */
const KEY_LEFT = /(?:鍵|カギ|かぎ|合鍵|合いかぎ|スペアキー)(?:は|を)[^。\n]{0,20}?の(?:下|中|裏|上|横|奥|後ろ)に(?:置いて|隠して|入れて|貼って|掛けて|かけて)/;
/** An unannounced inspection and its day (抜き打ちで来週水曜に). */
const SURPRISE_VISIT = /抜き打ち[^。\n]{0,12}?(?:[月火水木金土日]曜|[0-9０-９]+日|来週|明日|今週|明後日)|(?:[月火水木金土日]曜|[0-9０-９]+日|来週|明日|明後日)[^。\n]{0,12}?抜き打ち/;
/** Advice and notices to everyone (…の場合はご相談ください): no one's case. */
const GENERAL = /場合|(?<![先双両一相])方(?:は|へ|の|に|が|も)|皆さ[んま]|皆様|ください|ご相談(?:は|を受け|窓口)|お知らせします|予定です。?$|でしょう/;
/** Saying that a result will come, or is withheld: nothing told yet. */
const WITHHELD = /お答えでき|控え|お知らせします|お待ちください|公表します|発表します|公表予定|発表予定/;
/** The questions of an exam listed or counted (「保育観」「危機管理」, ①, 3問, この3つ), or one quoted as the theme or a numbered
 * question (作文のテーマは「…」, 問3は「…」, 質問、今年は「…」). */
const EXAM_LISTED = /(?:テーマ|課題|お題|質問|問[0-9０-９一二三四五六七八九十]+)[、は][^「『\n]{0,8}[「『][^」』\n]{2,40}[」』]|[「『][^」』\n]{1,12}[」』][「『、・][^」』\n]{0,12}[「『]?[^」』\n]{1,12}[」』]|①|[0-9０-９一二三四五六七八九]問|この[0-9０-９一二三四五]つ|[0-9０-９一二三四五]つです|[「『][^」』\n]{2,20}[」』](?:が|を)(?:出る|出ます|出題|聞く|聞きます|課す)[^。\n]{0,4}?(?:らしい|みたい|そう|予定)/;
/** What an inspection found (指摘がありました, 改善勧告): not 指摘事項はありませんでした. */
const AUDIT_FINDING = /(?:重大な|重い)?指摘(?:事項)?(?:が|を受け|され)|違反が|改善指導|改善勧告|勧告を/;
/** A facility named: in brackets, or a name ending in ルーム, ハウス, 保育園 (「ひよこベビールーム」, キッズハウスまめのき). */
const FACILITY_NAMED = /[「『][^」』\n]{2,20}[」』]|[\p{Script=Katakana}ー]{2,12}(?:ルーム|ハウス)|[\p{Script=Han}\p{Script=Katakana}ぁ-ゖ○〇A-Z]{1,8}(?:保育園|保育所|こども園|園)(?:さん)?(?:で|に|の|は|が)/u;
const AUDIT_PUBLISHED = /公表しました|公表しています|掲載しました|掲載しています|公開しました/;
/** A plan not yet decided (案, 予定, 見込み, 方向で): policy/undecided's business, not a result. */
const PLAN = /案|予定|見込み|方向|かも|らしい|調整|検討|になりそう|そうです|たたき台|骨子/;
/** Advice about security (使い回さないようにしましょう, 2段階認証の設定をおすすめします): no weak spot of ours. */
// Not any ください: 課長に声かけてください, ログアウトしないでおいてください tell staff to work around the weak spot.
// 使い回さないでね, 使い回してない？, 設定していますか？, 見直してみよう, 貼るのは危険, …のが鉄則: advice to readers too;
// 二段階認証で安全に運用しています: a safeguard told.
const ADVICE = /(?:ないで|ように|注意して|設定して|確認して|有効にして|見直して|変更して|気をつけて|控えて|管理して|使って|避けて|しておいて)(?:ください|くださいね)|しないで(?!おいて)|ないでね|ないように|やめ|注意|禁止|ましょう|おすすめ|ませんか|設定する|守る|防ぐ|確認|てない[？?]|ていますか[？?]|見直して?みよう|のは危険|鉄則|で安全に運用|に備えて|対策を/;
/** A count or an all-or-none in a result (内定2名, 12人が入れない, 全員が内定): a result, even when said as a forecast. */
const COUNTED_RESULT = /[0-9０-９]+(?:人|名|件|団体|法人|世帯|枠|点|[%％])|(?:定員|申込|応募)[にがは]?[0-9０-９]+|全員|満点/;
/** A decision still being made or a change to come (案, 予定, 方向で, 検討, 来年度は…増やせそう): policy/undecided's, even with a figure. */
const DECIDING = /案|予定|方向|調整|検討|来年度|増え|増や|減ら|減る|拡大|縮小/;
/** A day or a part of the day (金曜の午後, 毎週水曜, 夜間): when a weak spot is open. */
const WHEN = /[月火水木金土日]曜|午前|午後|夜間|休日|毎週|毎朝|毎晩/;
/** The real figure against the published one (待機児童の実数、本当は公表値より30人多い). */
// 公表値は0人ですが、実際には隠れ待機が142人います: the same, the published figure first.
const REAL_FIGURE = /(?:実数|本当の数|実際の数|本当は)[^。\n]{0,16}(?:公表|発表)(?:値|数|した数|の数)?(?:より|と(?:は|違))|(?:公表|発表)(?:値|数|した数|の数)は[^。\n]{0,12}(?:ですが|だけど|ですけど)、?(?:実際|本当|実)(?:に)?は[^。\n]{0,20}[0-9０-９]+/;
/** A figure of a closed process: a tender's price, an exam's pass mark or top score (予定価格は1,280万円, 合格ラインは60点). */
const CLOSED_FIGURE = /(?:(?:最安|最低|一番安い|[A-ZＡ-Ｚ]社)の?見積(?:もり|り)?(?:額)?[^。\n]{0,6}?|提案価格|提案額|応札額|予定価格|最低制限価格|最低価格|調査基準価格|合格ライン|合格最低点|最低点|最高点|ボーダー(?:ライン)?|足切り(?:ライン)?)(?:は|が|を)?[^。\n]{0,10}?[0-9０-９][0-9０-９,，.]*(?:万|億)?(?:円|点)/;
/** The figure already public (事前公表, 公告, ホームページに掲載). */
const FIGURE_PUBLISHED = /公表|公告|掲載|ホームページ|HP|閲覧/;
/** An internal document named as such (内部資料, 庁内資料, 非公開資料, 部外秘, 内部の引継ぎメモ, 課内の検討資料, 部内会議資料,
 * 係のSlackより転記): its contents are not for the public. */
const INTERNAL_DOC = /内部資料|内部用|内部ルール|内部限り|職員用の?[^。、\n]{0,6}?(?:マニュアル|手引き|資料)|内部の?[^。、\n]{0,4}?(?:メモ|資料|文書|記録|チェックリスト|マニュアル)|引き?継ぎメモ|(?:庁内|部内|課内|係内)(?:の?(?:会議|ミーティング|検討))?の?資料|庁内限り|非公開資料|[（(]非公開[）)]|部外秘|関係者外秘|取扱注意|取り扱い注意|(?:Slack|Teams|チャット|LINE)[^。、\n]{0,6}?(?:より|から)(?:転記|転載|抜粋)/;
/** An office-internal system by name: in brackets after 庁内・管理・業務・基幹…システム, a bracketed システム said to be
 * internal in the brackets (「こども相談システムVer.3（庁内LAN専用）」), or a bracketed name ending in システム after 庁内・課内・職員用. */
const INTERNAL_SYSTEM_NAMED = /(?:管理|業務|基幹|庁内|内部|記録|台帳)システム[ \u3000]*[「『]([^」』\n]{2,30})[」』]|[「『]([^」』\n]{1,20}システム[^」』\n]{0,20}(?:庁内|LAN|職員用|内部)[^」』\n]{0,10})[」』]|(?:庁内|課内|職員用|内部)の?[ \u3000]*[「『]([^」』\n]{2,30}システム)[」』]/;
/** Staff using it or it failing: logging in, entering data, an error, slowness. */
const STAFF_USE = /ログイン|入力|エラー|重い|重くて|落ち|不具合|止ま|動かな|固ま|障害|メンテ|アカウント|権限|決裁/;
/** A resource named on the municipalities' closed network (LGWANのhoiku-portal): its name alone is internal. */
const LGWAN_RESOURCE = /LGWAN[ \u3000]*(?:上|内)?の[ \u3000]*[「『]?[A-Za-z][\w.-]{2,30}/;
/** A system residents use (…からお申し込みください, ご利用の皆さま): public, not internal. */
const RESIDENTS_USE = /ご利用|皆さ[まん]|皆様|申し込み|申込み|お申込|予約でき|お手続き|ご覧/;
/** The flaw is fixed or the service stopped (修正しました, 対応済み, お詫び): the office reporting an incident it has closed. */
const FLAW_CLOSED = /修正しました|修正済|対応済|解消しました|復旧しました|停止しました|お詫び|おわび/;
/** Another body's document (国の会議資料（非公開）, 県の資料): closed or not, a source to name. */
const OTHER_BODYS_DOC = /(?:国|県|都|府|省|庁|他市|他の自治体|よそ)の[^。\n]{0,8}(?:資料|文書|メモ)/;
/** The text names our own internal document (内部資料, 取扱注意の資料, 非公開の会議資料, 課内の検討資料…): what it says is
 * policy/secret's or policy/undecided's to report, not a source policy/citation asks to be named. */
export function namesOwnInternalDoc(text: string): boolean {
  return (INTERNAL_DOC.test(text) || /非公開の(?:会議)?資料/.test(text)) && !OTHER_BODYS_DOC.test(text);
}
/** The post reads from the document (…によると, …では, を見ると, …と書かれて, が回ってきました): it tells what is inside. */
// (…をそのまま載せます, …を参考までに公開します: the document itself put out.)
const READS_DOC = /によると|によれば|では|より[：:]|を見(?:ると|たら|ちゃ)|見ちゃ|に(?:は|も)?書(?:か|い)|転記|回ってき|とのこと|から(?:一部)?(?:ご)?紹介|(?:一部)?抜粋|を(?:そのまま|参考までに|参考に)?(?:載せます|公開します|アップします|貼ります)/;
/** A figure or a rate in terms being settled (月5万円, 1割増, 2割, 800万円から500万円). */
const TERMS_FIGURE = /[0-9０-９一二三四五六七八九十][0-9０-９,，.]*(?:(?:万|億|千)?(?:円|%|％|割)|万|億)/;
/** Talks inside the office, over our own budget (財政課と, 人事課と). */
const OWN_BUDGET_TALKS = /財政|人事課|庁内/;
/** Right after 交渉: the talks are over (の結果, がまとまり, が成立). */
const TALKS_OVER = /^(?:の結果|がまとま|が成立|が妥結|を経て|は終わ|が終わ)/;
/** Said to be not settled yet (まだ確定ではありません, 未定, 決まっていない). */
const NOT_SETTLED = /確定では|決定では|未定|決まって(?:い)?ない|白紙/;
/** A firm or a firm's figure beside an estimate (業者さん, A社, 他社, B工務店). */
const FIRM = /業者|事業者|[A-ZＡ-Ｚ](?:社|建設|工務店|造園|商店|工業)|他社|各社|法人|一番安い|比べ|比較/;
/** A chat channel or group named (Slackの #kodomo-naibu, Teamsの「#…-staff」, LINEグループ「…連絡網」). */
const CHANNEL = /(?:Slack|Teams|LINE ?WORKS|LINE ?グループ|Discord|Chatwork|チャットワーク|Googleチャット)[^。\n]{0,10}?(?:[「『]#?[^」』\n]{2,30}[」』]|#[A-Za-z0-9_-]{2,})/i;
/** …that only staff may join: an invitation, or a name that says so (staff, naibu, 職員, 連絡網). */
const STAFF_CHANNEL = /招待|staff|naibu|internal|内部|職員|課内|係内|連絡網|所長|スタッフ/i;
/** A figure or a bidder in the sentence: an amount, a rate, a score, a firm (A社, 丸花商店). */
const DOC_FIGURE = /[0-9０-９][0-9０-９,，.]*(?:万|億)?(?:円|%|％|点|倍)|[A-ZＡ-Ｚ]社|[一-龥ァ-ヶ]{1,6}(?:商店|工業|建設)/;
/** Publication still to come (結果公表は来月, 公表前, 後日公表): the figure is not public yet. */
const FIGURE_NOT_YET = /(?:公表|公告|掲載)(?:は(?:来月|来週|後日|今後|まだ)|予定|前)|(?:来月|来週|後日|今後)[^。\n]{0,6}(?:公表|公告|掲載)/;
/** A password, a PIN or an unlock pattern as the topic (パスワードは…, PINも…). */
const CREDENTIAL_TOPIC = /(?:ワンタイム(?:コード|パスワード)|パスワード|(?<![ァ-ヶー])パス(?![ァ-ヶー])|(?<![A-Za-z])(?:PW|PIN)(?![A-Za-z])|ＰＷ|ＰＩＮ|暗証番号|(?:ロック|解除)の?パターン|認証コード)(?:は|も|って|→)/;
/** What it is made of or where it is kept (課名のローマ字, 誕生日4桁, 代表番号の下4桁 — not a length alone, PINは4桁, 先週と同じ, 付箋に書いてある, 「Z」の形). */
const CREDENTIAL_MAKEUP = /紙で配|紙に書いて|ローマ字|下[0-9０-９一二三四五六八]桁|末尾|誕生日|生年月日|電話番号|代表番号|内線|いつもの|と同じ|共通|付箋|メモ|貼って|書いてあ|書いてお|[「『][^」』]{1,6}[」』](?:の形|です|だよ|ね)|名前|課名|名字|苗字|郵便番号/;
/** Rules for making one (8桁以上, 英数字を含める) and advice: no one's actual password. */
const CREDENTIAL_RULE = /以上|以内|含め|含む|混ぜ|ください|ましょう|しないで|ないよう|ません|禁止|注意|おすすめ|避け|べき|ダメ|だめ|NG|危険|推測され|鉄則|ない(?:の|こと)が(?:大切|大事|基本|鉄則|安全)/;

type Lists =
  | 'childGroups' | 'places' | 'whereabouts' | 'publicEvent' | 'caseDetails' | 'notYetPublic' | 'results' | 'securityObjects' | 'weakSecurity'
  | 'staffRoles' | 'staffMatters' | 'staffMatterPolicy' | 'outdatedSystems' | 'systemWords' | 'unattended'
  | 'negotiating' | 'counterpartDemands' | 'estimates' | 'staffMoves' | 'announcementPending' | 'closedMeetings' | 'meetingPeople' | 'meetingStances'
  | 'othersRecords' | 'exposedVerbs' | 'flawPlaces' | 'keptQuiet' | 'examWords' | 'examAsks' | 'auditWords' | 'handedRound' | 'draftWork';
const className = classNames<Lists>('secret');
const hits = (m: Morphology, s: Sentence, name: Lists): Hit[] => find(s.own, lexicon(m, className(name), LEX[name]));

/** A place open to anyone who comes (出入り自由、予約不要): its hours are no group's whereabouts. */
const OPEN_TO_ALL = /予約不要|出入り自由|どなたでも|お気軽にお越し/;
/** A safeguard told (鍵のかかる書庫で保管, 溶解処理), or a failure told with what was done (調査結果と再発防止策を公表しました). */
const SAFEGUARD = /鍵のかかる|施錠して|施錠し、|溶解処理|暗号化して|再発防止策|公表しました/;
/** The post invites the public (参加, 申込, どなたでも, 開催…): its times and places are an event's, not a group's whereabouts. */
export function invitesPublic(m: Morphology, a: PostAnalysis): boolean {
  return a.sentences.some((s) => hits(m, s, 'publicEvent').length > 0 || OPEN_TO_ALL.test(s.text));
}

/** Findings per analysis (one per post text and analyser): policy/secret reports them, and policy/undecided and
 * policy/citation ask where they are, so the three rules share one computation. */
const findingsOf = new WeakMap<PostAnalysis, readonly KnowledgeFinding[]>();

/** What staff know from their work, in the post whose analysis is `a` (computed once per analysis). */
export function knowledgeFindings(m: Morphology, post: Post, a: PostAnalysis): readonly KnowledgeFinding[] {
  let found = findingsOf.get(a);
  if (!found) findingsOf.set(a, (found = computeFindings(m, post, a, invitesPublic(m, a))));
  return found;
}

function computeFindings(m: Morphology, post: Post, a: PostAnalysis, invites: boolean): KnowledgeFinding[] {
  const out: KnowledgeFinding[] = [];
  const reply = REPLY.test(post.text);
  // A figure the post says is public (事前公表, ホームページに掲載; not 結果公表は来月): asked by three checks below, once per post.
  const published = a.sentences.some((x) => FIGURE_PUBLISHED.test(x.text) && !FIGURE_NOT_YET.test(x.text));
  a.sentences.forEach((s, i) => {
    const text = s.text;
    const span = (kind: KnowledgeKind, cues: (Hit | string)[]) =>
      out.push({ kind, start: s.start, end: s.end, cues: [...new Set(cues.map((h) => (typeof h === 'string' ? h : post.text.slice(h.start, h.end))))] });
    // The sentences around the last finding that say it is not public yet (…23人でした。正式発表はまだ先です;
    // …異動です。内示が出たばかりなのでまだ内緒) go with it, so policy/undecided does not report those words a second time.
    const coverNeighbours = (around: (Sentence | undefined)[], words: Lists) => {
      const last = out[out.length - 1];
      for (const x of around) if (x && x !== s && hits(m, x, words).length > 0) (last.around ??= []).push([x.start, x.end]);
    };
    // Where and when a group of children will be (or are right now: 今、…年長さん15人が丸山公園でお散歩中です).
    // (Right now, only a group on the move counts: 今、年長さんの作品を公園の管理棟に展示しています places no child.)
    const clock = CLOCK.test(text);
    if (!invites && (clock || RIGHT_NOW.test(text))) {
      const group = hits(m, s, 'childGroups');
      const moving = hits(m, s, 'whereabouts');
      const where = [...hits(m, s, 'places'), ...moving];
      if (group.length > 0 && where.length > 0 && (clock || moving.length > 0)) {
        span('whereabouts', [group[0], where[0]]);
        return;
      }
    }
    // A specific child's routine (年中のKくんは、いつも19時ちょうどにお父さんが来ます): where and when to find them.
    if (CLOCK.test(text) && ROUTINE.test(text) && SPECIFIC_PERSON.test(text) && !GENERAL.test(text)) {
      span('whereabouts', [ROUTINE.exec(text)![0]]);
      return;
    }
    // A specific child's or family's circumstances.
    // (A young carer's circumstances count here only: the word list is also the statistical layer's feature.)
    const carer = SUPPORTED_PERSON.test(text) ? YOUNG_CARER.exec(text) : null;
    const cases = carer ? [carer[0]] : hits(m, s, 'caseDetails');
    // (In a reply, the family may be named in the sentence before: ご家族の相談記録を確認しました。児相への通告歴が…;
    // so may a district's families: 東野川で…止めている家庭が2件あります。理由は…離婚協議中のためです.)
    const theirFamily = reply && (THEIR_FAMILY.test(text) || THEIR_FAMILY.test(a.sentences[i - 1]?.text ?? ''));
    if (cases.length > 0 && (carer !== null || SPECIFIC_PERSON.test(text) || NAMED_PERSON.test(text) || PLACED_FAMILY.test(text) || PLACED_FAMILY.test(a.sentences[i - 1]?.text ?? '') || theirFamily) && !GENERAL.test(text)) {
      span('casework', cases);
      return;
    }
    // What one consultation was about, told (昨日の子育て相談は「夫が生活費を入れてくれない」というご相談でした).
    const consulted = CONSULTATION.exec(text);
    if (consulted && !OFTEN.test(text) && !GENERAL.test(text)) {
      span('casework', [consulted[0]]);
      return;
    }
    // A reply telling the person their own dealings with the office.
    const dealings = reply ? THEIR_DEALINGS.exec(text) : null;
    if (dealings && !GENERAL.test(text)) {
      span('casework', [dealings[0]]);
      return;
    }
    // A reply telling the person their own fee or points (お問い合わせの保育料ですが、…月額32,400円になります).
    const theirFigure = reply ? THEIR_FIGURE.exec(text) : null;
    if (theirFigure && !GENERAL.test(text)) {
      span('casework', [theirFigure[0]]);
      return;
    }
    // Another family's dealings with the office, told to someone else (お隣の△△さん宅も同じ保育所に申請されてます).
    const neighbour = NEIGHBOUR_DEALINGS.exec(text);
    if (neighbour && !GENERAL.test(text)) {
      span('casework', [neighbour[0]]);
      return;
    }
    // A reply telling the person their own result.
    const result = reply ? PERSONAL_RESULT.exec(text) : null;
    if (result && !GENERAL.test(text) && !WITHHELD.test(text)) {
      span('casework', [result[0]]);
      return;
    }
    // Named people's results of a selection or an exam (面接結果：佐々木さん合格、山本さん不合格); congratulations on a
    // result the person told (合格おめでとうございます) are theirs to share.
    const namedResult = NAMED_RESULT.exec(text);
    if (namedResult && !GENERAL.test(text) && !CONGRATULATED.test(post.text)) {
      span('results', [namedResult[0]]);
      return;
    }
    // A few families with a circumstance the post names, placed where they live.
    const few = FEW_PLACED.exec(text);
    if (few && a.sentences.some((x) => hits(m, x, 'caseDetails').length > 0)) {
      span('casework', [few[0]]);
      return;
    }
    // A member of staff's health, discipline or evaluation; the staff word may stand in the sentence before
    // (保育士1名が退職します。退職理由は体調不良です). Staff policy (ハラスメント防止研修, 職員の健康管理) is no one's matter.
    const matters = hits(m, s, 'staffMatters');
    if (matters.length > 0) {
      // The staff word, or someone named (学童支援員の西田さん: a compound role the word list does not match alone).
      const namedStaff = NAMED_PERSON.exec(text) ?? NAMED_ADULT.exec(text);
      const roles: (Hit | string)[] = [s, a.sentences[i - 1]].flatMap((x) => (x ? hits(m, x, 'staffRoles') : []));
      if (roles.length === 0 && namedStaff) roles.push(namedStaff[0]);
      // (園長先生が体調を崩されて長期のお休みに…副園長が代わりを: a long absence is the person's health, whoever covers it.)
      // (支援 of 支援員, 相談 of 相談員 name the person's role, not a staff policy; 育休 of 育休に入ります is the matter itself.)
      const policy = hits(m, s, 'staffMatterPolicy').filter((h) => post.text[h.end] !== '員' && !matters.some((x) => x.start <= h.start && h.end <= x.end));
      if (roles.length > 0 && policy.length === 0 && !GENERAL.test(text) && (!CALLED_OFF.test(text) || LONG_ABSENCE.test(text))) {
        span('personnel', [roles[0], matters[0]]);
        return;
      }
    }
    // A member of staff's transfer, resignation or appointment before it is announced (まだ内示の段階ですが、所長が本庁へ
    // 異動になります; 内示が出たばかりなのでまだ内緒); the announcement words may stand in the sentence before or after.
    // An announced one (4月1日付の人事異動で…交代しました。市HPに掲載) is public.
    const moves = hits(m, s, 'staffMoves');
    if (moves.length > 0 && !published) {
      const roles = [s, a.sentences[i - 1]].flatMap((x) => (x ? hits(m, x, 'staffRoles') : []));
      const told = [s, a.sentences[i - 1], a.sentences[i + 1]].filter((x): x is Sentence => !!x && hits(m, x, 'announcementPending').length > 0);
      if (roles.length > 0 && told.length > 0) {
        span('personnel', [roles[0], moves[0], hits(m, told[0], 'announcementPending')[0]]);
        coverNeighbours(told, 'announcementPending');
        return;
      }
    }
    // A member of staff's or a helper's own mobile number (担当の小林の携帯 090-…, 課長の私用携帯は…): writers of every set
    // call it work knowledge not to be published (pii/phone reports the number itself).
    const mobile = STAFF_MOBILE.exec(text);
    if (mobile) {
      span('contact', [mobile[1]]);
      return;
    }
    // What one person said or how they stood in an internal meeting (庁議で、市長から「…」と指示; 園長会議で…所長が強く反対).
    const meeting = hits(m, s, 'closedMeetings');
    if (meeting.length > 0) {
      const people = hits(m, s, 'meetingPeople');
      const stances = hits(m, s, 'meetingStances').filter((h) => !negationAt(s.own, h.j));
      if (people.length > 0 && stances.length > 0) {
        span('meeting', [meeting[0], people[0], stances[0]]);
        return;
      }
    }
    // A result or figure before it is public; the not-yet-public words may stand in the sentence before or after
    // (…87人でした。公表はまだです). A counted result said as a forecast (12人が入れない見込み) is still a result.
    const closed = [s, a.sentences[i - 1], a.sentences[i + 1]].flatMap((x) => (x ? hits(m, x, 'notYetPublic') : []));
    if (closed.length > 0 && !WITHHELD.test(text) && (COUNTED_RESULT.test(text) ? !DECIDING.test(text) : !PLAN.test(text)) && hits(m, s, 'results').length > 0) {
      span('early', closed);
      coverNeighbours([a.sentences[i - 1], a.sentences[i + 1]], 'notYetPublic');
      return;
    }
    // A visit's day and place before they are announced (市長の保育所視察は、10月14日午前に大谷保育所です（まだ非公表）):
    // where someone will be, which the post itself says is not public.
    const ownClosed = hits(m, s, 'notYetPublic');
    if (ownClosed.length > 0 && VISIT.test(text) && (VISIT_DAY.test(text) || CLOCK.test(text)) && !PLAN.test(text) && !WITHHELD.test(text)) {
      span('unpublished', [VISIT.exec(text)![0], ownClosed[0]]);
      return;
    }
    const real = REAL_FIGURE.exec(text);
    if (real) {
      span('early', [real[0]]);
      return;
    }
    const figure = CLOSED_FIGURE.exec(text);
    if (figure && !published) {
      span('early', [figure[0]]);
      return;
    }
    // Figures or bidders read from an internal document (見積比較表（内部資料）を見ると…212円, 【内部資料】…A社980万円);
    // a plan in the making (関係者外秘：…減額の方向です) is policy/undecided's.
    // What a document says, read out (内部の引継ぎメモによると…揉めている), counts as much as its figures.
    const internal = [s, a.sentences[i - 1]].map((x) => (x ? INTERNAL_DOC.exec(x.text) : null)).find(Boolean);
    if (internal) {
      const rest = text.replace(internal[0], '');
      // Read out without a figure, a plan or a draft (来年度から2園を統合する話, まだ確定ではありません) is policy/undecided's.
      // (内部資料では、駅の東側が候補です after 現在検討中です: a plan in the post, policy/undecided's).
      const figures = DOC_FIGURE.exec(text) ?? (!DECIDING.test(rest) && !NOT_SETTLED.test(rest) && !/候補/.test(rest) && !PLAN.test(post.text.replace(internal[0], '')) ? READS_DOC.exec(text) : null);
      if (figures && !PLAN.test(rest)) {
        span('internalDoc', [internal[0], figures[0]]);
        return;
      }
      // A confidential document handed round in the post itself (社外秘：…一覧を添付します, 【内部限り】…資料を共有します): the
      // post is an internal circular published by mistake; a draft or an estimate shared so (…（案）を共有します, 試算資料)
      // is policy/undecided's.
      const handed = hits(m, s, 'handedRound');
      if (handed.length > 0 && !PLAN.test(post.text) && !a.sentences.some((x) => hits(m, x, 'draftWork').length > 0)) {
        span('circular', [internal[0], handed[0]]);
        return;
      }
    }
    // Terms still being settled: a negotiation or a budget review under way with its figure, or what the other
    // side asks (委託料を2割上げてほしいと言ってきています). A settled, published result is no one's secret.
    // Our own proposal in talks with the budget office (月1万円上乗せの線で財政と交渉中) is a plan, policy/undecided's;
    // what the other side asks or cuts (難色, 削られました) is theirs.
    const demands = hits(m, s, 'counterpartDemands');
    // 交渉の結果…になりました, 交渉がまとまり: talks that are over.
    const talks = demands.length > 0 ? demands : PLAN.test(text) || OWN_BUDGET_TALKS.test(text) ? [] : hits(m, s, 'negotiating').filter((h) => !TALKS_OVER.test(post.text.slice(h.end, h.end + 6)));
    // (The figure is looked for only where there are talks: most sentences have none.)
    const terms = talks.length > 0 ? TERMS_FIGURE.exec(text) : null;
    if (talks.length > 0 && terms && !published && !GENERAL.test(text)) {
      span('negotiation', [talks[0], terms[0]]);
      return;
    }
    // A firm's estimate or a bid's figure before it is published (業者さんからの見積額は税込3,480万円, 評価点はB社が上回っています);
    // the designated bidders may follow as a list (指名業者は\n・A建設\n・B工務店).
    const estimate = hits(m, s, 'estimates');
    const firmOrFigure = estimate.length > 0 ? [text, a.sentences[i + 1]?.text ?? ''].map((x) => FIRM.exec(x) ?? DOC_FIGURE.exec(x)).find(Boolean) : undefined;
    if (estimate.length > 0 && firmOrFigure && (TERMS_FIGURE.test(text) || FIRM.test(text) || /指名/.test(text)) && !published && !GENERAL.test(text) && !PLAN.test(text)) {
      span('negotiation', [estimate[0], firmOrFigure[0]]);
      return;
    }
    // A staff-only chat channel or group named, or its invitation passed on.
    const channel = CHANNEL.exec(text);
    if (channel && STAFF_CHANNEL.test(text) && !ADVICE.test(text)) {
      span('channel', [channel[0]]);
      return;
    }
    // What a password is made of or where it is kept.
    const topic = CREDENTIAL_TOPIC.exec(text);
    if (topic) {
      const clause = text.slice(topic.index).split(/[。！!？?\n]|ので|から|けど/)[0];
      const makeup = CREDENTIAL_MAKEUP.exec(clause);
      if (makeup && !CREDENTIAL_RULE.test(clause)) {
        span('weakSpot', [topic[0].replace(/(?:は|も|って|→)$/, ''), makeup[0]]);
        return;
      }
    }
    // A weak practice with an account, a device or a key.
    // 上尾市公式アカウント: a public account, not a login anyone keeps.
    const objects = hits(m, s, 'securityObjects').filter((o) => !(o.entry.text === 'アカウント' && /公式$/.test(post.text.slice(Math.max(0, o.start - 2), o.start))));
    // A weak practice is a word beside the object, not the object's own name (防犯カメラ is both lists' word).
    const weak = hits(m, s, 'weakSecurity').filter((w) => !objects.some((o) => o.start === w.start && o.end === w.end) || objects.some((o) => o.end <= w.start || o.start >= w.end));
    // 同じ書類で大丈夫です: 同じ is a weak practice only of a credential (同じパスワード), not of a form.
    const weakHere = weak.filter((w) => !(w.entry.text === '同じ' && !objects.some((o) => CREDENTIAL_OBJECT.test(o.entry.text))));
    if (objects.length > 0 && weakHere.length > 0 && !ADVICE.test(text) && !SAFEGUARD.test(text)) {
      span('weakSpot', [objects[0], weakHere[0]]);
      return;
    }
    // Where a key is left (門の鍵は事務室前の消火器の下に置いてあります).
    const key = KEY_LEFT.exec(text);
    // (鍵は金庫の中に入れてください: an instruction to keep it safe.)
    if (key && !ADVICE.test(text) && !/ください|ましょう|金庫/.test(text)) {
      span('weakSpot', [key[0]]);
      return;
    }
    // The day of an unannounced inspection (立入調査、次回は抜き打ちで来週水曜に行きます).
    const surprise = SURPRISE_VISIT.exec(text);
    if (surprise) {
      span('inspection', [surprise[0]]);
      return;
    }
    // The questions of an exam or an interview yet to come, listed (面接では「保育観」「危機管理」「協調性」の3問を聞く予定です,
    // 今年の質問は①志望動機②…, 今年は「…ロールプレイ」が出るらしい): what the candidates must not know beforehand.
    const exam = hits(m, s, 'examWords').length > 0 && hits(m, s, 'examAsks').length > 0 ? EXAM_LISTED.exec(text) : null;
    if (exam) {
      span('exam', [exam[0]]);
      return;
    }
    // What an inspection found at a facility it names (立入調査で、…「ひよこベビールーム」に重大な指摘がありました), before
    // the office publishes the results (結果を市ホームページで公表しました is public).
    const audit = hits(m, s, 'auditWords').length > 0 ? AUDIT_FINDING.exec(text) : null;
    if (audit && FACILITY_NAMED.test(text) && !published && !AUDIT_PUBLISHED.test(post.text)) {
      span('audit', [audit[0]]);
      return;
    }
    // When a facility's desk is left with no one (毎週水曜の12時〜13時、受付が無人になります).
    const unattended = CLOCK.test(text) || WHEN.test(text) ? hits(m, s, 'unattended') : [];
    if (unattended.length > 0 && !ADVICE.test(text)) {
      span('weakSpot', [unattended[0]]);
      return;
    }
    // An office-internal system named, and how staff use it or how it fails (庁内の「子ども家庭総合システム」でまた入力エラー;
    // 入所管理システム『HOIKU-NAVI』のログイン画面): its name and state help an intruder; residents' systems are public.
    const named = INTERNAL_SYSTEM_NAMED.exec(text);
    if (named && STAFF_USE.test(text) && !RESIDENTS_USE.test(post.text)) {
      span('system', [named[0]]);
      return;
    }
    const lgwan = LGWAN_RESOURCE.exec(text);
    if (lgwan) {
      span('system', [lgwan[0]]);
      return;
    }
    // A flaw of a system, still open, that shows other people's records (URLの末尾を変えると他の人の申込内容が見える).
    const others = hits(m, s, 'othersRecords');
    const shown = others.length > 0 ? hits(m, s, 'exposedVerbs').filter((h) => h.start > others[0].start && !negationAt(s.own, h.j)) : [];
    if (shown.length > 0 && hits(m, s, 'flawPlaces').length > 0 && !FLAW_CLOSED.test(post.text)) {
      span('flaw', [others[0], shown[0]]);
      return;
    }
    // An office system on software past its support (IEモードじゃないと動かない).
    const outdated = hits(m, s, 'outdatedSystems');
    const system = hits(m, s, 'systemWords');
    if (outdated.length > 0 && system.length > 0 && !ADVICE.test(text)) span('weakSpot', [system[0], outdated[0]]);
  });
  // The writer asks readers to keep it quiet (まだ公表してないので拡散しないでね, 一部の人しか知らないので): whatever it
  // is, the post itself says it is not public. Of a plan it is policy/undecided's; here only when nothing else was found.
  if (out.length === 0 && !PLAN.test(post.text)) {
    for (const [i, s] of a.sentences.entries()) {
      const cue = hits(m, s, 'keptQuiet')[0];
      if (!cue) continue;
      // What is kept quiet is told in the sentence before the request or in the request itself: both are covered.
      out.push({ kind: 'unpublished', start: (a.sentences[i - 1] ?? s).start, end: s.end, cues: [post.text.slice(cue.start, cue.end)] });
      break;
    }
  }
  return out;
}

