// policy/mention: `@handle` addressed to a person or business (上尾 5(1)カ; 狛江 第6条(3)).

import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import INTERACTION from './lexicon/interaction.json';
import OFFICIAL from './lexicon/official-accounts.json';
import { matchesOf } from '../../engine/text';
import { fmString, mentionsOf, normalizeHandle, urlsOf } from './util';

/** The built-in registry of official public accounts (lexicon/official-accounts.json), normalized. */
export const OFFICIAL_ACCOUNTS: ReadonlyMap<string, string> = new Map(
  [OFFICIAL.national, OFFICIAL.prefectures, OFFICIAL.cities].flatMap((group) => Object.entries(group).map(([h, name]) => [normalizeHandle(h), name] as const)),
);

/** A public body's name or 公式 right before the handle (東京都（@, こども家庭庁の公式アカウント @), or 公式 right after it. */
const BODY_BEFORE = /(?:[都道府県市区町村庁省局署長]|防災|(?:庁|[都道府県市区町村])[^\s（(、。]{0,12}[部課室局係]|知事|本部|委員会|気象台|事務所|消防|警察|公式(?:アカウント|X|LINE|インスタ|Instagram)?|広報(?:アカウント)?)(?:[ \u3000]*[（(]|[ \u3000]+|[ \u3000]*[：:][ \u3000]*)$/;
const BODY_AFTER = /^[ \u3000]*[）)]?[ \u3000]*(?:の)?公式/;
/** The sentence so far has a public body as its subject (こども家庭庁が公表した「…」は…（@…）). */
const BODY_SUBJECT = /(?:[都道府県市区町村庁省]|防災|気象台|消防)(?:が|は)[^。！？\n]{0,40}$/;
/** A public body's information right before (東京都の子育て支援情報は @… でも発信). */
const BODY_INFO = /(?:[都道府県市区町村庁省]|防災|気象台|消防)の[^。！？\n]{0,16}(?:情報|お知らせ)は[ \u3000]*$/;
function namedAsOfficial(text: string, start: number, end: number): boolean {
  if (BODY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || BODY_AFTER.test(text.slice(end, end + 8))) return true;
  // In brackets after the body's sentence, or as where a body's information is also published (…情報は @… でも発信).
  const sentence = text.slice(Math.max(0, start - 50), start);
  const bracketed = /[（(][ \u3000]*$/.test(sentence) && /^[ \u3000]*[）)]/.test(text.slice(end, end + 3));
  const alsoPublished = /^[ \u3000]*(?:でも|で|から)(?:発信|公開|配信|お知らせ)/.test(text.slice(end, end + 10));
  return (bracketed && BODY_SUBJECT.test(sentence.replace(/[（(][ \u3000]*$/, ''))) || (alsoPublished && BODY_INFO.test(sentence));
}

/** One person addressed as whoever commented just now (昨日コメントをくださった方、先ほどリプライをくださった方へ). */
// リプ欄で「…」って聞いてくれた方, 昨日コメントをくださった保育所利用中のお母さん: the same, asked where or called by a role.
// リプ失礼します, 横から失礼します: the manners of answering someone's post, said only in a reply.
const ADDRESSED_REPLY = /(?:リプライ|リプ|返信|横から|横レス)(?:で)?失礼(?:します|いたします|しました)|(?:(?:昨日|先ほど|さきほど|さっき|今朝|先日|今日|本日)[^。\n]{0,6}?(?:コメント|リプライ|リプ|返信|DM|メッセージ|ご質問)(?:を)?|(?:リプ欄|コメント欄|リプライ|DM)で[^。\n]{0,30}?(?:聞いて|質問して|書いて|教えて))(?:くださった|下さった|いただいた|頂いた|くれた)(?:方|[^、。\n「」]{0,10}?(?:お母さん|お父さん|保護者の方|ママさん|パパさん))(?:へ|に|、|は|〜)?/;

const alt = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** An offer of one-to-one exchanges in the text (lexicon/interaction.json): follows returned (フォロー返しします, 保護者の皆さんの
 * アカウントをフォローしています), or a DM or message asked for or promised (DMでお送りください, このアカウント宛てにメッセージを
 * ください, 詳細はDMでお送りしますね). A DM's contents (いただいたDMの内容を…) are not an offer. */
const OFFERED_EXCHANGE = new RegExp(
  `(?:${alt(INTERACTION.follow)})|(?:${alt(INTERACTION.followersAccounts)})[^。！？\\n]{0,12}アカウント[^。！？\\n]{0,8}フォロー(?:し|する)` +
    `|(?:${alt(INTERACTION.direct)})(?!の)(?:で|に|を|にて|へ)?[^。、！？\\n]{0,12}?(?:${alt(INTERACTION.offers)})` +
    `|(?:${alt(INTERACTION.thisAccount)})(?:に|宛て|宛|あて|まで)[^。！？\\n]{0,16}(?:${alt(INTERACTION.contactWords)})[^。！？\\n]{0,10}(?:ください|下さい|お送り|どうぞ)`,
);
/** The same sentence says the account does not do it (…にはお答えしていません, DMではなく…), after the words. */
const NEGATED_AFTER = new RegExp(alt(INTERACTION.negations));
/** A warning about someone else's messages (不審なDMにご注意ください, 当課を名乗るDM). */
const FRAUD_WORDS = new RegExp(alt(INTERACTION.fraud));

/** Each sentence of `text` with an offered exchange: the offer's [start, end). */
function offeredExchanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const sentence of matchesOf(text, /[^。！？!?\n]+[。！？!?]*/g)) {
    const m = OFFERED_EXCHANGE.exec(sentence[0]);
    if (!m || FRAUD_WORDS.test(sentence[0]) || NEGATED_AFTER.test(sentence[0].slice(m.index))) continue;
    const start = sentence.index! + m.index;
    out.push([start, start + m[0].length]);
  }
  return out;
}

/** A regular commenter addressed (毎日コメントをくださる常連さん、), or one reply answered by name of its words
 * (昨日いただいた「…」というリプライについて、): a reply in the text (not 皆さん: everyone who wrote). */
const ADDRESSED_COMMENTER = /(?:いつも|毎日|毎回|よく)(?:コメント|リプ|リプライ|返信|DM|メッセージ)(?:を)?(?:くださる|下さる|くれる)(?!皆)[^、。\n]{0,8}?(?:方|さん)(?=へ|に|、|！)|(?:いただいた|頂いた|くださった|もらった)[^。\n]{0,30}?(?:リプライ|リプ|コメント|返信|DM)(?:について|への回答|に対して|にお答え)/;

export const mention: Rule = {
  id: 'policy/mention',
  description: '個人・事業者のアカウントへのメンション（@ユーザー名）がないか',
  clause: '個人・事業者宛ての連絡に公式アカウントを使わないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    // 昨日コメントをくださった方、返信します: a reply to one person in the text, with no @ (X shows it to everyone).
    for (const post of ctx.doc.posts) {
      const m = ADDRESSED_REPLY.exec(post.text) ?? ADDRESSED_COMMENTER.exec(post.text);
      if (!m) {
        // フォロー返しします, DMでお送りください: the account offered for one-to-one exchanges, in the text. (One finding a
        // post: a reply to a commenter already says it, 先日DMをくださった方へ。お返事はDMでお送りしました.)
        for (const [start, end] of offeredExchanges(post.text)) {
          ctx.report({
            message: 'フォロー・DM・メッセージによる個別のやり取りを申し出ています。公式アカウントは情報発信のみに使い、フォローや返信、個人との連絡は行いません。お問い合わせは窓口・電話・お問い合わせフォームへ案内してください。',
            range: post.toDocumentRange(start, end),
          });
        }
        continue;
      }
      ctx.report({
        message: '個人（コメントやリプライをくれた方）への返信です。公式アカウントは個人とのやり取りに使いません。回答が皆さんに役立つ内容なら、特定の方への返信ではなく通常のお知らせとして書いてください。',
        range: post.toDocumentRange(m.index, m.index + m[0].length),
      });
    }
    // The post's own account, the team's accounts, approved public bodies and the registry of official accounts.
    if (ctx.doc.posts.every((p) => !p.text.includes('@') && !p.text.includes('＠'))) return;
    const ours = new Set([...ctx.config.accounts.own, ...ctx.config.accounts.repostable].map(normalizeHandle));
    const self = fmString(ctx.doc, 'account');
    if (self) ours.add(normalizeHandle(self));
    const official = new Set(OFFICIAL_ACCOUNTS.keys());
    for (const h of ctx.config.accounts.official ?? []) official.add(normalizeHandle(h));
    for (const post of ctx.doc.posts) {
      // X's own extraction: the same handles X would link and notify (usernames per twitter-text).
      // https://www.youtube.com/@ageo_city_official: a handle inside a link is part of the link (X links the URL, not the @).
      const links = urlsOf(post.text);
      for (const m of mentionsOf(post.text)) {
        const handle = normalizeHandle(m.screenName);
        if (ours.has(handle)) continue;
        const [start, end] = m.indices;
        if (links.some((u) => u.indices[0] < end && start < u.indices[1])) continue;
        // 「@city.ageo.lg.jp」のドメイン: an address's domain; 残り@5名, 市役所＠5階: a count or a floor.
        if (/^\.[A-Za-z]/.test(post.text.slice(end, end + 2)) || (/^\d+$/.test(m.screenName) && /^[階名人円個枚時分日件組]/.test(post.text.slice(end, end + 1)))) continue;
        // A post opening with @handle is a reply, unless the handle is the subject of the sentence (@JMA_bousai の情報によると,
        // @CAO_BOUSAI（内閣府防災）の「…」).
        const atReply = post.text.slice(0, start).trim() === '' && !/^[ \u3000]*(?:[（(][^）)\n]{1,20}[）)])?[ \u3000]*(?:の|が|は|から|より|で|も)/.test(post.text.slice(end, end + 26));
        // A public body's account, from the registry, the config, or named as one where it stands (東京都（@tocho_koho）,
        // 公式アカウント @…): mentioning it contacts no person. A reply to it is still a reply (it answers someone there).
        if (!atReply && (official.has(handle) || namedAsOfficial(post.text, start, end))) continue;
        const range = post.toDocumentRange(start, end);
        const fixes: Fix[] = [
          { title: `@ を外してメンションにしない（「${m.screenName}」と書く）`, edits: [{ range: post.toDocumentRange(start, start + 1), newText: '' }], isPreferred: true },
          {
            title: `@${m.screenName} を公的機関の公式アカウントとして設定に登録する`,
            edits: [],
            configChange: { path: ['accounts', 'official'], append: m.screenName },
          },
        ];
        ctx.report({
          message: official.has(handle)
            ? `@${m.screenName}（公的機関の公式アカウント）への返信です。返信は先方の投稿に対する個別のやり取りになるため、公式アカウントからは行いません。伝えたい内容は通常の投稿で発信してください。`
            : `@${m.screenName} へのメンションです${atReply ? '（先頭のメンションは返信として扱われます）' : ''}。公式アカウントは個人・事業者への連絡や返信に使いません。公的機関の公式アカウントなら設定の accounts.official に登録してください。`,
          range,
          fixes,
        });
      }
    }
  },
};
