import { presets } from '../../../server/src/config/presets';
import { mention } from '../../../server/src/rules/policy/mention';
import { table } from './table';

const ageo = presets['ageo-hoiku'];

describe('rule policy/mention', () => {
  table(mention, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 5(1)カ',
    fail: [
      // Round 20 (dev): a person in brackets after a sentence that only mentions the city; a person's information elsewhere.
      { name: '市の保育所を紹介してくれたママ（@…）', text: '市の保育所を紹介してくれたママ（@mama_x）さん、ありがとう', covers: ['@mama_x'] },
      { name: 'a person\'s information also published by another person', text: 'この件は、@mama_x さんの情報は @papa_y でも発信されています', covers: ['@mama_x', '@papa_y'] },
      // Round 18: a private account with a gloss in brackets is still a private account.
      { name: '@hanako_mama（はなこママ）の投稿', text: '@hanako_mama（はなこママ）の投稿、とても参考になります。', covers: ['@hanako_mama'] },
      // Round 24 (blind23): the account offered for one-to-one exchanges in the text: follows returned, DMs asked for.
      { name: 'フォロー返しします', text: 'フォロワー1,000人突破🎉 フォローしてくれたみなさんのアカウント、全部フォロー返しします！', covers: ['フォロー返し'] },
      { name: '保護者の皆さんのアカウントをフォローしています', text: '保育課では、保護者の皆さんのアカウントをどんどんフォローしています！', covers: ['保護者の皆さんのアカウントをどんどんフォローし'] },
      { name: 'このアカウントにDMでお送りください', text: '入所保留に関するご相談は、このアカウントにDMでお送りください。個別にお答えします。', covers: ['このアカウントにDMでお送りください'] },
      { name: 'このアカウント宛てにメッセージをください', text: '不安な方、よかったらこのアカウント宛てにメッセージをください。', covers: ['このアカウント宛てにメッセージをください'] },
      { name: '詳細はDMでお送りしますね', text: '一時保育の予約方法は、詳細はDMでお送りしますね📩', covers: ['DMでお送り'] },
      { name: '毎日コメントをくださる常連さん、', text: '毎日コメントをくださる常連さん、いつも見ていますよ！', covers: ['毎日コメントをくださる常連さん'] },
      { name: 'いただいた「…」というリプライについて', text: '昨日いただいた「窓口の対応が遅い」というリプライについて、ご指摘ありがとうございます。', covers: ['いただいた「窓口の対応が遅い」というリプライについて'] },
      // Round 21 (blind20): the manners of a reply with no @ (リプ失礼します, 横から失礼します).
      { name: 'リプ失礼します🙇 …', text: 'リプ失礼します🙇 児童館の開館時間は9時〜18時です。', covers: ['リプ失礼します'] },
      { name: '横から失礼いたします', text: '横から失礼いたします。申請は電子申請からもできますよ。', covers: ['横から失礼いたします'] },
      // Round 17 (blind16): a reply to one commenter in the text, with no @.
      { name: '昨日コメントをくださった方、返信します', text: '昨日コメントをくださった方、返信します。一時保育の料金は1時間500円です。', covers: ['昨日コメントをくださった方、'] },
      // Round 19 (blind18): the commenter called by a role; asked where (リプ欄で…聞いてくれた方).
      { name: '昨日コメントをくださった保育所利用中のお母さん、', text: '昨日コメントをくださった保育所利用中のお母さん、ご連絡ありがとうございました。', covers: ['昨日コメントをくださった保育所利用中のお母さん、'] },
      { name: 'リプ欄で「…」って聞いてくれた方〜', text: 'リプ欄で「学童の申請書どこ？」って聞いてくれた方〜！子育てねっとのトップページから入れますよ👍', covers: ['リプ欄で「学童の申請書どこ？」って聞いてくれた方〜'] },
      { name: '先ほどリプライをくださった方へ', text: '先ほどリプライをくださった方へ📩 一時預かりの予約は前日17時までです。', covers: ['先ほどリプライをくださった方へ'] },
      {
        name: 'leading mention (a reply); fix removes the @',
        text: '@yamada_taro さん、ご質問ありがとうございます。',
        covers: ['@yamada_taro'],
        message: '先頭のメンションは返信として扱われます',
        severity: 'error',
        fix: true,
        fixed: 'yamada_taro さん、ご質問ありがとうございます。',
      },
      { name: 'a business thanked after an emoji', text: '🎉クリスマス会は @cafe_hinata さんのご協力で開催します', covers: ['@cafe_hinata'], fix: 0 },
      { name: 'two mentions', text: 'ご協力いただいた @a_shop と @b_bakery に感謝します。', covers: ['@a_shop', '@b_bakery'] },
      { name: 'CRLF document with front matter', text: '---\r\naccount: ageo_hoiku\r\n---\r\n本日のひろばは\r\n@hanako_mama さんの読み聞かせです', covers: ['@hanako_mama'] },
      { name: 'second post of a thread', text: '保育所入所のご案内です。\n---\n詳しくは @someone_x まで', covers: ['@someone_x'] },
      { name: 'a hyphen ends the username (X rules)', text: '協力：@foo-bar', covers: ['@foo'] },
      { name: 'full-width ＠ with an ASCII handle', text: '＠tanaka_kun ありがとう', covers: ['＠tanaka_kun'] },
      // Round 12: a reply to an official account is still a reply (issue 9); a private handle named as a source.
      { name: 'a reply to an official account', text: '@JMA_kishou 台風の進路、上尾の方に来ますか？', covers: ['@JMA_kishou'], message: '公的機関の公式アカウント）への返信です' },
      { name: 'a private handle as the subject', text: '@hanako_mama の投稿によると、明日は雨です', covers: ['@hanako_mama'] },
    ],
    pass: [
      // Round 24: the account says it does not take DMs, warns of fraud, or shares a DM's contents.
      { name: 'リプライやDMへのお返事は行っていません', text: 'このアカウントでは、リプライやDMへのお返事は行っていません。お問い合わせは市HPのフォームからお願いします。' },
      { name: '申込はXのDMではなく、専用フォームから', text: '申込には個人情報が含まれるため、XのDMではなく、専用フォームからお願いします。' },
      { name: '不審なDMにはご注意ください', text: '当課を名乗るアカウントからのDMにはご注意ください。当課からDMをお送りすることはありません。' },
      { name: 'いただいたDMの内容を一部ご紹介します', text: 'いただいたDMの内容を一部ご紹介します。' },
      { name: 'いつもコメントをくださる皆さん (everyone)', text: 'いつもコメントをくださる皆さん、ありがとうございます。' },
      // Round 24: a handle inside a link is the link's (X links the URL, not the @); a prefecture's section named before its account.
      { name: 'https://www.youtube.com/@… (a link)', text: '動画はこちら https://www.youtube.com/@ageo_city_official' },
      { name: '埼玉県こども政策課（@…）', text: '【リポスト】埼玉県こども政策課（@saitama_kodomo_pref）からのお知らせです。' },
      { name: '返信・フォローは原則として行っていません', text: 'このアカウントでは、返信・フォローは原則として行っていませんのでご了承ください。' },
      // Round 21: an apology for a late answer is no reply's manners.
      { name: '返信が遅くなり失礼しました', text: 'お問い合わせへの返信が遅くなり失礼しました。窓口は明日から通常どおりです。' },
      // Round 20 (dev): a public body's account where the sentence names the body as its publisher.
      { name: 'in brackets after the body\'s sentence (こども家庭庁が公表した…（@…）)', text: 'こども家庭庁が公表した「こども大綱」の概要はこちらで確認できます（@kodomo_kateicho_x）→ https://www.cfa.go.jp/' },
      { name: 'where the body\'s information is also published (東京都の…情報は @… でも発信)', text: '東京都の子育て支援情報は @tokyo_kosodate_x でも発信されています。' },
      { name: '東京都防災（@…）', text: '東京都防災（@tocho_bousai_x）が台風への備えについて発信しています。' },
      { name: 'コメント欄でご意見をくださった皆さま (everyone)', text: 'コメント欄でご意見をくださった皆さま、ありがとうございます。' },
      // Round 17: thanks to everyone who wrote, addressed to no one.
      { name: 'たくさんのコメントをいただきありがとうございました', text: 'アンケートにたくさんのコメントをいただき、ありがとうございました。' },
      // Round 14: a section of a public body named before its account (警視庁警備部災害対策課（@…）).
      { name: 'a section of a public body where it stands', text: '災害時の情報は、警視庁警備部災害対策課（@MPD_bousai）のポストも参考になります。' },
      { name: 'own account', text: '詳しくは @ageo_hoiku の固定ポストをご覧ください。' },
      { name: 'own account, other case', text: '@Ageo_Hoiku をフォローしてください' },
      { name: 'an e-mail address is not a mention', text: 'お問い合わせ：hoiku@city.ageo.lg.jp' },
      { name: 'a listed public body', text: '@ageo_city の発表もご覧ください。', config: { ...ageo, accounts: { own: ['ageo_hoiku'], repostable: ['ageo_city'] } } },
      { name: 'inside an HTML comment', text: '<!-- @tanaka 確認済み -->\n本日は開所します。' },
      { name: 'a full-width ＠ before Japanese text', text: '受付は市役所3階＠保育課窓口です' },
      // Round 12: an account named as a public body's where it stands; an official account as the subject of the first
      // sentence; a domain, a count, a floor.
      { name: 'a body named before the handle', text: '東京都（@tocho_koho）の「018サポート」の申請期限が近づいています。' },
      { name: '公式アカウント before the handle', text: '埼玉県の子育て情報は、県の公式アカウント @saitama_pref_kosodate でも発信されています。' },
      { name: 'an official account opening the post as a subject', text: '@JMA_bousai の情報によると、明朝にかけて大雪の見込みです。' },
      // Round 18 (blind17): with the body's name in brackets before the particle.
      { name: '@CAO_BOUSAI（内閣府防災）の「…」', text: '@CAO_BOUSAI（内閣府防災）の「家庭での備え」チェックリスト、子育て世帯にも役立ちます🎒' },
      { name: 'an e-mail domain after @', text: 'メールは必ず「@city.ageo.lg.jp」のドメインから送信しています。' },
      { name: 'a count and a floor', text: '残り@5名で定員です！会場：市役所＠5階大会議室' },
    ],
  });
});
