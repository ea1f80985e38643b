// What staff know from their work and a post must not tell (上尾 5(2)カ: 職務上知り得た秘密, 日時・場所の特定が可能と
// なる情報), composed from word classes (lexicon/secret.json) over one sentence's own words:
//   whereabouts  a group of children, a clock time and a place or a going-somewhere word, in a post that invites no one
//   casework     a circumstance of a specific child or family (an initial, 〇〇組の子, 〇〇地区のご家庭, お子さん in a reply)
//   early        a result or a figure said to be not yet public (まだ非公表ですが…80人); a plan is policy/undecided's
//   weakSpot     an account, a device or a key with a weak practice (パスワードを全員で使い回す)
import type { Post } from '../../engine/document';
import type { PostAnalysis, Sentence } from '../../engine/postAnalysis';
import type { Morphology } from '../../engine/morphology';
import LEX from './lexicon/secret.json';
import { find, lexicon, type Hit } from './nlp/lexicon';
import { CLOCK } from './util';

export type KnowledgeKind = 'whereabouts' | 'casework' | 'early' | 'weakSpot';

export interface KnowledgeFinding {
  kind: KnowledgeKind;
  start: number;
  end: number;
  /** The words that made it (for the message). */
  cues: string[];
}

/** A specific child or family: an initial with an honorific, or one picked out by class, area or count. */
const SPECIFIC_PERSON = /(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ](?:さん|くん|君|ちゃん|様)|(?:お問い合わせいただいた|ご相談いただいた|相談に来(?:られ)?た|相談に見えた)|の[1-3１-３一二三]人は|(?:先週|昨日|先日|今朝|今日)の[^。]{0,10}件|(?:組|クラス|年長|年中|年少|歳児|地区|町|丁目)(?:さん)?の[^。、\n]{0,14}?(?:ご家庭|家庭|お子さん|お友だち|子|世帯|きょうだい|ちゃん|くん)|[0-9０-９一二三四五六七八九]人きょうだい/;
/** A reply (the post opens with @handle) talks to one person: their child, their family. */
const REPLY = /^\s*[@＠][A-Za-z0-9_]/;
const THEIR_FAMILY = /お子さん|お子様|ご家族|ご主人|奥様|息子さん|娘さん|お母様|お父様/;
/** One person's result, told in a reply (@… 当選してるよ): their own business, not the public's. */
const PERSONAL_RESULT = /当選|落選|不合格|合格|内定|不承諾|承諾|選ばれ/;
/** A few families or children with a circumstance, placed where they live (そのうち1軒は和泉本町にお住まい). */
const FEW_PLACED = /[1-3１-３一二三](?:軒|世帯|家族|家庭|人|名)(?:は|が|とも)[^。\n]{0,14}(?:にお住まい|に在住|に住んで|から通って)/;
/** Advice and notices to everyone (…の場合はご相談ください): no one's case. */
const GENERAL = /場合|方は|方へ|方の|方に|方が|方も|皆さ[んま]|皆様|ください|ご相談(?:は|を受け|窓口)|お知らせします|予定です。?$|でしょう/;
/** Saying that a result will come, or is withheld: nothing told yet. */
const WITHHELD = /お答えでき|控え|お知らせします|お待ちください|公表します|発表します|公表予定|発表予定/;
/** A plan not yet decided (案, 予定, 見込み, 方向で): policy/undecided's business, not a result. */
const PLAN = /案|予定|見込み|方向|かも|らしい|調整|検討|になりそう|そうです/;
/** Advice about security (使い回さないようにしましょう, 2段階認証の設定をおすすめします): no weak spot of ours. */
const ADVICE = /ください|しないで|ないように|やめ|注意|禁止|ましょう|おすすめ|ませんか|設定する|守る|防ぐ|確認/;

type Lists = 'childGroups' | 'places' | 'whereabouts' | 'publicEvent' | 'caseDetails' | 'notYetPublic' | 'results' | 'securityObjects' | 'weakSecurity';
const hits = (m: Morphology, s: Sentence, name: Lists): Hit[] => find(s.own, lexicon(m, `secret.${name}`, LEX[name]));

/** The post invites the public (参加, 申込, どなたでも, 開催…): its times and places are an event's, not a group's whereabouts. */
export function invitesPublic(m: Morphology, a: PostAnalysis): boolean {
  return a.sentences.some((s) => hits(m, s, 'publicEvent').length > 0);
}

/** `invites`: invitesPublic of the post (the caller needs it too). */
export function knowledgeFindings(m: Morphology, post: Post, a: PostAnalysis, invites: boolean): KnowledgeFinding[] {
  const out: KnowledgeFinding[] = [];
  const reply = REPLY.test(post.text);
  for (const s of a.sentences) {
    const text = s.text;
    const span = (kind: KnowledgeKind, cues: (Hit | string)[]) =>
      out.push({ kind, start: s.start, end: s.end, cues: [...new Set(cues.map((h) => (typeof h === 'string' ? h : post.text.slice(h.start, h.end))))] });
    // Where and when a group of children will be.
    if (!invites && CLOCK.test(text)) {
      const group = hits(m, s, 'childGroups');
      const where = [...hits(m, s, 'places'), ...hits(m, s, 'whereabouts')];
      if (group.length > 0 && where.length > 0) {
        span('whereabouts', [group[0], where[0]]);
        continue;
      }
    }
    // A specific child's or family's circumstances.
    const cases = hits(m, s, 'caseDetails');
    if (cases.length > 0 && (SPECIFIC_PERSON.test(text) || (reply && THEIR_FAMILY.test(text))) && !GENERAL.test(text)) {
      span('casework', cases);
      continue;
    }
    // A reply telling the person their own result.
    const result = reply ? PERSONAL_RESULT.exec(text) : null;
    if (result && !GENERAL.test(text) && !WITHHELD.test(text)) {
      span('casework', [result[0]]);
      continue;
    }
    // A few families with a circumstance the post names, placed where they live.
    const few = FEW_PLACED.exec(text);
    if (few && a.sentences.some((x) => hits(m, x, 'caseDetails').length > 0)) {
      span('casework', [few[0]]);
      continue;
    }
    // A result or figure before it is public.
    const closed = hits(m, s, 'notYetPublic');
    if (closed.length > 0 && !WITHHELD.test(text) && !PLAN.test(text) && hits(m, s, 'results').length > 0) {
      span('early', closed);
      continue;
    }
    // A weak practice with an account, a device or a key.
    const objects = hits(m, s, 'securityObjects');
    const weak = hits(m, s, 'weakSecurity');
    if (objects.length > 0 && weak.length > 0 && !ADVICE.test(text)) span('weakSpot', [objects[0], weak[0]]);
  }
  return out;
}
