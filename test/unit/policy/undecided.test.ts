import { presets } from '../../../server/src/config/presets';
import { undecided } from '../../../server/src/rules/policy/undecided';
import { table } from './table';

describe('rule policy/undecided', () => {
  table(undecided, {
    config: presets['ageo-hoiku'],
    clause: '上尾市保育課 X 運用基準 5(2)キ',
    fail: [
      // Round 23 (blind22): a plan that waits on its budget (予算がつけば), and a plan an insider let slip (関係者から聞いちゃいました).
      { name: '…たぶん実現します！（予算がつけば）', text: 'プレーパークの常設化、たぶん実現します！（予算がつけば）', covers: ['予算がつけば'] },
      { name: '「…できるかも」って、関係者から聞いちゃいました', text: '「来年は駅前にプレーパークができるかも」って、関係者から聞いちゃいました🤫', covers: ['関係者から聞い'] },
      // Round 21 (dev): a plan put forward inside the office, even with a promise to announce it; a post saying it is
      // still internal talk.
      { name: '…案が課内で出ています。決まり次第またお知らせします', text: '児童館の開館時間を20時まで延ばす案が課内で出ています🌙 決まり次第またお知らせします', covers: ['案が課内で出'] },
      { name: 'まだ内部の話だけど', text: '新しい児童館、前原公園の跡地にできることがほぼ決まりました！まだ内部の話だけど楽しみにしててね😊', covers: ['内部の話'] },
      // Round 22 (blind21): a choice narrowed down (ベンダー2社まで絞りました), a plan in talk (見直しって話も出てる).
      { name: 'ベンダー2社まで絞りました', text: '新しい子育てアプリ、ベンダー2社まで絞りました！どっちになるかはお楽しみに😏', covers: ['まで絞り'] },
      { name: '開催自体見直しって話も出てる', text: '来年は開催自体見直しって話も出てるし😞', covers: ['話も出'] },
      // Round 21 (blind20): in English, a plan still under internal discussion.
      { name: 'Still under internal discussion, but …', text: "Still under internal discussion, but we're likely to merge two public nurseries in 2027.", covers: ['internal discussion'] },
      // Round 20 (dev): a draft before public comment is still in the making.
      { name: 'パブコメ前の計画案', text: 'パブコメ前の計画案（庁内版）では、子ども食堂への支援を大幅に増やす内容になっています。', covers: ['パブコメ前'] },
      { name: 'パブコメに出す前の段階', text: 'パブコメに出す前の段階の条例案、実はもうできてます。', covers: ['パブコメに出す前'] },
      { name: 'ほぼ確定 (nearly, not yet)', text: '新しい児童館の場所がほぼ確定しました。', covers: ['ほぼ確定'] },
      { name: 'talks going on (協議を重ねています)', text: 'ランドセルの無償配布、教育部と協議を重ねています。実現すれば子育て世帯の負担が大きく減ります🎒', covers: ['協議を重ねてい'] },
      // Round 16: what was decided is to go on deliberating (改めて話し合うことになりました): no decision.
      { name: '改めて話し合うことになりました', text: '園長会議で人員配置案に反対意見が出て、次回改めて話し合うことになりました。', covers: ['会議で人員配置案に反対意見が出'] },
      // Round 16 (dev10): a draft marked as such (【下書き・未承認】).
      { name: '【下書き・未承認】', text: '【下書き・未承認】10月から児童館の土曜午後を休館とします。', covers: ['【下書き・未承認】'] },
      // Round 14: a draft, a decision left to the budget review, the council or a survey.
      { name: 'ドラフト', text: '子どもの権利条例のドラフト、第3条に意見表明権を盛り込む予定で書いています。', covers: ['ドラフト'] },
      { name: 'あとは査定次第', text: '児童手当の市独自上乗せ、予算要求は出しました。あとは査定次第です🙏', covers: ['査定次第'] },
      { name: '議会で否決されなければ', text: '議会で否決されなければ、10月から高校生年代の医療費も無料になります！', covers: ['否決されなければ'] },
      // Round 13: a plan in the post keeps 公表前 this rule's.
      { name: 'a change before it is public (公表前…方向です)', text: 'まだ公表前ですが、延長保育の料金は来年度から上がる方向です。', covers: ['公表前'] },
      // Round 13: a condition is no decision; a draft before public comment; being worked out with other sections.
      { name: '議決されれば…見込み', text: '保育料の改定は、12月議会で議決されれば来年4月から変わる見込みです。', covers: ['変わる見込み'] },
      { name: 'パブコメにかける前の素案', text: 'パブコメにかける前の計画素案、ちょっとだけチラ見せ👀', covers: ['パブコメにかける前の計画素案'] },
      { name: '関係課と詰めている段階', text: 'ユースセンターの開館日を日曜にも広げる件、関係課と詰めている段階です。', covers: ['関係課と詰め'] },
      // Round 4: deliberation in progress, internal notes, a tally not yet final.
      { name: '議論中', text: '保育課で議論中：午睡の時間を短くするかどうか。', covers: ['議論中'] },
      { name: '内部メモ', text: '【内部メモ】条例の制定スケジュール', covers: ['内部メモ'] },
      { name: '検討中 (policy formation)', text: '新しい保育園の開設は検討中です。', covers: ['検討中'], message: '意思形成過程', severity: 'warning' },
      { name: '（案）', text: '保育料改定（案）の概要をお知らせします', covers: ['（案）'] },
      { name: '内部資料', text: '内部資料によると、来年度は定員を増やします。', covers: ['内部資料'] },
      { name: 'ここだけの話', text: 'ここだけの話、来月から新メニューです🍛', covers: ['ここだけの話'] },
      { name: 'emoji and CRLF: 未定', text: '---\r\ncategory: event\r\n---\r\n😊\r\n日程は未定です。', covers: ['未定'], severity: 'warning' },
      { name: '未定 with a follow-up promise is only info', text: '日程は未定です。決まり次第お知らせします。', covers: ['未定'], severity: 'info' },
      { name: '（※議会の議決はこれからです）', text: '来年4月から、市内すべての公立保育所で紙おむつのサブスクが始まります！\n（※議会の議決はこれからです）', covers: ['議決はこれから'] },
      { name: '※庁内手続き中のため変更の可能性あり', text: '来年度の入所申込は電子申請のみにします。※庁内手続き中のため変更の可能性あり', covers: ['庁内手続き中'] },
      // Round 18 (blind17, dev): that a matter is being considered, with no plan told and a promise to announce the decision.
      { name: '…について検討しています。決定しましたら…お知らせします (info)', text: '来年度の保育料については、国の動向を見ながら検討しています。決定しましたら市HPでお知らせします。', covers: ['検討してい'], severity: 'info' },
      { name: 'a plan told while considering stays a warning', text: '来年度から保育料を月2,000円上げる方向で検討しています。決まり次第お知らせします。', covers: ['検討してい'] },
      // Round 19 (blind18, read after round 18): consideration begun, or "positively" considered; a detail being arranged
      // with 決定しましたらお知らせします is info, as with 決まり次第.
      { name: 'うちの市でも対応を検討し始めてます', text: 'うちの市でも対応を検討し始めてます。', covers: ['検討し始め'] },
      { name: '実は前向きに考えてるところです', text: '休日の子育てひろば開設、実は前向きに考えてるところです。時期はまだ全然だけどね！', covers: ['前向きに考えて'] },
      { name: '日程は現在調整中です。決定しましたらお知らせします (info)', text: '来年度の「こまえ子育てフェスタ」の日程は現在調整中です。決定しましたらお知らせします。', covers: ['調整中'], severity: 'info' },
      // Round 18 (dev): residents asked for their views on what is being considered: the consideration is public.
      { name: '…を検討中です！…ご意見をアンケートで募集しています (info)', text: '来年度の子育て講座のラインナップを検討中です！こんな講座があったらいいな、というご意見をアンケートで募集しています📝', covers: ['検討中'], severity: 'info' },
      { name: 'a plan told while asking for views stays a warning', text: '来年度から児童館の土曜開館を廃止する方向で検討中です。ご意見をお寄せください。', covers: ['検討中'] },
      { name: 'what a closed meeting decided is no manner of holding it', text: '非公開で行われた選定委員会で、A社に決まったとのことです。', covers: ['非公開'] },
      // One finding per sentence; its range runs from the first to the last triggering word (both named in the message).
      { name: '極秘 and 非公開', text: '極秘の非公開情報です', covers: ['極秘の非公開'] },
      // Realistic corpus (test/fixtures/realistic/ng): undecided or hearsay in natural wording.
      { name: '正式決定ではありません', text: 'まだ正式決定ではありませんが、来年度から医療費助成が拡大される見通しです。', covers: ['正式決定ではありません'] },
      { name: '庁内で話し合いを進めている, まだ決まっていません, 可能性が高そう', text: '児童館の統廃合について、いま庁内で話し合いを進めているところです。まだ決まっていませんが、廃止になる可能性が高そうです。', covers: ['庁内で話し合いを進めて', '決まっていません'] },
      { name: 'overlapping terms give one finding (正式な発表前)', text: 'まだ正式な発表前なので、詳しいことは言えません。', covers: ['発表前なので、詳しいことは言えません'] },
    ],
    pass: [
      // Round 21: an English discussion that is no deliberation.
      { name: 'ideas from residents (保護者の皆さんから、たくさんの案が出ました)', text: '保護者の皆さんから、たくさんの案が出ました！' },
      { name: 'We had a great discussion with parents today', text: 'We had a great discussion with parents today. Thank you!' },
      // Round 19 (dev): a 内緒 kept from children in play.
      { name: 'a surprise party (主役のみんなには内緒にしてね)', text: 'サプライズの誕生日会です。主役のみんなには内緒にしてね！' },
      { name: 'a quiz (クイズの答えはまだ内緒です)', text: 'クイズの答えはまだ内緒です！' },
      { name: 'a fact that is nearly settled by an age (…10歳までにほぼ決まる)', text: '子どもの自己肯定感は10歳までにほぼ決まるといわれます。' },
      { name: 'a commitment to keep considering (今後も…検討を重ね、…目指します)', text: '今後も関係機関と検討を重ね、よりよい制度を目指します。' },
      { name: 'talks done and a decision told (協議を重ねてきた結果、…決定しました)', text: '関係機関と協議を重ねてきた結果、4月から新制度を始めることに決定しました。' },
      { name: 'a public comment scheduled, with a briefing before it', text: '素案はパブコメ（12月1日〜）の前に説明会でご紹介します。' },
      { name: 'Santa\'s secret (サンタさんの正体は…内緒だよ)', text: 'クリスマス会のサンタさんの正体は……みんなには内緒だよ🎅🤫\n12月21日(日)、中央公民館で待ってるね！' },
      { name: '本年度から…月額1万円に増額しています (in effect)', text: '市では「保育士の処遇改善は待ったなし」と考え、本年度から市独自の保育士等処遇改善補助を月額1万円に増額しています。' },
      { name: '次回は12月、市長との意見交換を予定しています', text: '若者会議の第3回を開きました。出された意見は報告書にまとめて公開します。次回は12月、市長との意見交換を予定しています。' },
      { name: '（「検討中」の欄は廃止しました）', text: '新様式でご提出をお願いします（「検討中」の欄は廃止しました）。' },
      // Round 19 (blind18): the residents' own matter not settled; consideration begun, told with the survey behind it.
      { name: 'まだ入所が決まっていないご家庭には', text: '保育所の利用を希望される方の中で、まだ入所が決まっていないご家庭には、一時預かり事業のご案内もしています。' },
      // Round 18 (dev): that a meeting was held closed is said in public.
      { name: '…会議は、個人情報を扱うため非公開で行いました', text: '本日の入所選考会議は、個人情報を扱うため非公開で行いました。\n選考結果は、1月下旬に申込者の皆さまへ文書でお知らせします。' },
      // Round 18 (blind17): a reply telling the reader's own result (内定予定) is policy/secret's casework, no plan.
      { name: '…指数が42点で…内定予定です (policy/secret)', text: '@sakura_mama_ageo さん、お子さんの入所判定ですが、指数が42点で第3希望の原市保育所に内定予定です！' },
      // Round 18 (blind17): a shop recommended tells no plan, though 課内 is in it.
      { name: '『ベーカリーこむぎ堂』さんのメロンパン、課内で大人気', text: '上尾駅東口の『ベーカリーこむぎ堂』さんのメロンパン、課内で大人気です🍈\nお迎え帰りにぜひ寄ってみてください！' },
      // Round 18: a council's vote told as done, and a procedure of the resident's.
      { name: '議会の議決を経て決定しました', text: '保育料の改定は、3月議会の議決を経て決定しました。詳しくは市HPをご覧ください。' },
      { name: '転入の手続き中の方', text: '転入の手続き中の方も、入所の申込ができます。' },
      { name: '下書き as a pencil sketch', text: '下書きは鉛筆でどうぞ。' },
      // Round 16: a draft shown to residents or published for opinions; deliberation told as done, with the decision.
      { name: '（案）の住民説明会、資料は公開済み', text: '公立保育所再編方針（案）の住民説明会を開催します。説明資料は事前に市HPで公開しています。' },
      { name: '（案）…ご意見をお待ちしています', text: '中高生の皆さんにも読みやすい「子ども・若者計画（案）」の中高生版を作りました。ご意見をお待ちしています。' },
      { name: '検討を進めてきた…導入します', text: '昨年度から検討を進めてきた「おむつのサブスク」について、4月から全公立保育所で導入します。' },
      { name: '検討を重ねた結果…実施することになりました', text: '検討を重ねた結果、来年度から「こまえ若者応援ポイント」を実施することになりました。' },
      // Round 15 (dev8): the number of offers made (内定数) is a result to be published, not a plan.
      { name: '内定数などの集計は…公表します', text: '2次利用調整の結果通知を本日発送しました。内定数などの集計は5月の「保育課だより」で公表します。' },
      // Round 15 (blind14): a resident's own affairs (離婚協議中の方) are no deliberation of the office.
      { name: '離婚協議中の方', text: '児童手当の現況届は原則不要になりました。ただし、離婚協議中で配偶者と別居している方などは手続きが必要です。' },
      { name: 'a follow-up after a verb (成立し次第)', text: '新たな事業については、予算が成立し次第、詳しい内容をお知らせします。' },
      // Round 13: a result told before it is public is policy/secret's; its 公表前・内緒 are no second finding here.
      { name: 'a count told early (公式発表前なので内緒で)', text: '保育課で把握している入所保留の世帯数、今日時点で312世帯。公式発表前なので内緒で😅' },
      { name: 'selection results told early (まだ公表前ですが)', text: 'まだ公表前ですが、4月の入所選考、上平地区はほぼ全員落選になりそうです…' },
      // Round 12: 内定 of an admission or a hire is one applicant's result, not a policy in the making; a result told
      // before it is public is policy/secret's finding, not a second one here.
      { name: '内定後の面談 (admissions procedure)', text: '令和8年4月入所の内定通知は2月中旬に発送予定です。内定後の面談日程は通知書でご案内します。' },
      { name: 'an admission 内定 in a reply', text: '@sato_family_ageo 佐藤さん、お子さんの入所内定おめでとうございます🎉' },
      { name: 'a count before the notice (policy/secret\'s)', text: '今年の入所選考、中央保育所の0歳児クラスは申込12名に対して内定2名でした。\n（正式な通知は来週です）' },
      // Realistic corpus (test/fixtures/realistic): false alarms fixed.
      { name: '入所を検討中の方 (the reader considers, not the office)', text: '保育所への入所を検討中の方は、保育コンシェルジュにご相談ください。' },
      { name: 'ご検討中', text: '一時預かりの利用をご検討中でしたら、事前登録をお願いします。' },
      { name: '素案 published for public comment', text: '「こども計画（素案）」について、ご意見を募集します（パブリックコメント）。素案は市ホームページで閲覧できます。' },
      { name: 'a rumour quoted to deny it', text: '「児童手当が廃止される」といううわさが広がっていますが、そのような事実はありません。' },
      { name: '庁内で検討した結果 (a decision, past)', text: '庁内で検討した結果、土曜日も開所することに決定しました。' },
      { name: 'a decided date', text: '日程が決まりました。12月20日（土）10時からです。' },
      { name: '予定', text: '予定どおり開催します。' },
      { name: '（仮称）is an official provisional name', text: '（仮称）上尾市子育て支援センターの愛称を募集します。' },
      { name: '入所内定 is an official notice', text: '4月入所の内定通知を発送しました。' },
      { name: '公開保育', text: '公開保育を実施します。どなたでもご参加いただけます。' },
      { name: '決定', text: '保育料の改定が決定しました。詳しくは市ホームページへ。' },
      { name: 'inside a comment', text: '<!-- 検討中：画像差し替え -->\n本日は開所します。' },
    ],
  });
});
