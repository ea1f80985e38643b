// policy/undecided: unreliable information or information from the policy-making process (上尾 5(2)キ).
import type { Rule } from '../../engine/rule';
import { atMost } from './util';

interface Term {
  re: RegExp;
  kind: string;
}

const TERMS: Term[] = [
  { re: /検討(?:中|段階)|協議中|調整中|審議中|意思決定前|(?:庁内|課内|部内|内部)で(?:の)?(?:話し合い|議論|協議|調整|検討)(?:を)?(?:進めて|して(?:いる|います|おり)|中)/g, kind: '意思形成過程の情報' },
  {
    re: /未定|未決定|未確定|確定(?:ではありません|していません)|正式(?:な)?(?:決定|発表)(?:前|ではありません|ではない|はまだ|していません)|まだ(?:正式に)?決まって(?:いません|いない|おらず)/g,
    kind: '確定していない情報',
  },
  { re: /未公表|未発表|公表前|発表前|非公開|内部資料|内部情報|庁内限り|課内限り|部外秘|社外秘|極秘|マル秘|㊙|取扱注意|オフレコ|ここだけの話|内緒|ないしょ/g, kind: '公表されていない情報' },
  { re: /[（(]案[)）]|素案|たたき台|原案段階/g, kind: '案の段階の情報' },
  {
    re: /未確認(?:情報|ですが|の情報)?|うわさ|噂|デマかも|らしいです|と聞きました|(?:という|との)(?:話|情報)を(?:聞き|耳に)|と聞いて(?:います|いる|おります)|可能性が高(?:そう|いらしい|いみたい)|(?:かもしれない|かも)(?:という|との)(?:話|情報)/g,
    kind: '信頼性が確認できない情報',
  },
];

/** 検討中の方（入所を検討中の保護者）: residents considering something, not the city's policy process. */
const RESIDENT_CONSIDERING = /^(?:の(?:方|皆さん|皆さま|皆様|保護者|ご家庭|ご家族|お客様)|ですか)/;
/** A draft published for public comment (パブリックコメント) is public, not the policy-making process. */
const PUBLIC_COMMENT = /パブリックコメント|パブコメ|意見公募|(?:ご)?意見(?:を)?(?:募集|お寄せ)|縦覧/;
/** A rumour quoted in order to deny it (「…」といううわさがありますが、そのような事実はありません). */
const DENIAL = /事実(?:は|では)(?:ありません|ございません|ない)|そのような(?:事実|予定|決定)は(?:ありません|ございません)|誤った情報|根拠のない|デマ(?:です|に|情報)|惑わされ/;

/** A follow-up promise makes 未定 / 調整中 an ordinary notice: lower to info. */
const FOLLOW_UP = /決まり次第|決定次第|確定次第|改めて(?:お知らせ|ご案内|周知)|詳細は後日|後日(?:お知らせ|ご案内)/;

export const undecided: Rule = {
  id: 'policy/undecided',
  description: '信頼性が確保できない情報や、施策の意思形成過程の情報（検討中・未定・内部資料・(案)など）がないか',
  clause: '信頼性が確保できない情報・意思形成過程の情報を発信しないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      // 「まだ正式な発表前」: one finding for one phrase, even when two terms overlap.
      const taken: [number, number][] = [];
      for (const term of TERMS) {
        for (const m of post.text.matchAll(term.re)) {
          const start = m.index!;
          const end = start + m[0].length;
          // ご検討中の方／入所を検討中の方: the reader is considering, not the office.
          if (/^検討中/.test(m[0]) && (post.text[start - 1] === 'ご' || RESIDENT_CONSIDERING.test(post.text.slice(end)))) continue;
          if (term.kind === '案の段階の情報' && PUBLIC_COMMENT.test(post.text)) continue;
          if (term.kind === '信頼性が確認できない情報' && DENIAL.test(post.text)) continue;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          taken.push([start, end]);
          const ordinary = (term.kind === '確定していない情報' || /調整中/.test(m[0])) && FOLLOW_UP.test(post.text);
          ctx.report({
            message: ordinary
              ? `「${m[0]}」: 確定していない事項です。決まり次第お知らせする旨があるので問題ない場合が多いですが、確定情報か確認してください。`
              : `「${m[0]}」は${term.kind}に当たるおそれがあります。確定・公表済みの情報か確認してください。`,
            range: post.toDocumentRange(start, end),
            severity: ordinary ? atMost(ctx.severity, 'info') : undefined,
          });
        }
      }
    }
  },
};
