// policy/citation: quoting another source without naming it and where it is (上尾 5(1)ウ).
import type { Post } from '../../engine/document';
import type { Rule, RuleContext } from '../../engine/rule';
import { eolOf } from '../../engine/text';
import type { Fix } from '../../engine/types';
import { OWN_STAFF, twitter } from './util';

/** A source line: `出典：…`, `【出典】…`, `Source: …`. Group 1 is the source itself (may be empty). */
const SOURCE_LINE = /^[ \t\u3000]*(?:[【［[](?:出典|引用元|出所|参考|参照|ソース|Source|source|SOURCE)[】］\]]|(?:出典|引用元|出所|参考資料|参考|参照|ソース|Source|source|SOURCE)[ \t\u3000]*[:：])[ \t\u3000]*(.*)$/gm;
const BLOCKQUOTE = /^[ \t\u3000]*[>＞][^\n]*/gm;
/** 「…」と発表した／との報道 … — reporting verbs after a quotation. */
const REPORTED_QUOTE = /「[^「」\n]{1,300}」[ \t\u3000]*と(?:の)?([^。\n「」]{0,20}?)(?:発表|公表|報告|報道|報じ|述べ|記載|発言|掲載|指摘|説明|明らかに|書かれ|書いて(?:あ|い)|記され|言われ|いわれ|コメント)/g;
/** 〇〇によると／によれば／より引用／から引用／調査では, with the source noun before it. */
const HEARSAY = /([^\s、。，,.「」『』（）()【】！？!?:：\p{S}]{0,20})(?:によると|によれば|より引用|から引用|調査では)/gu;
/** Our own staff as the speaker of a quotation that follows: 市長は、式典で「…」. */
const STAFF_SPEAKER = new RegExp(`(?:${OWN_STAFF.source}(?:の方)?(?:は|が|も|から(?:は)?|より)|市(?:で|と)は)[^「」。]{0,12}$`);
/** Feedback received from participants (「楽しかった」とのコメントをいただきました): their words, not another source. */
const FEEDBACK_BEFORE = /(?:参加者|来場者|利用者|保護者|市民|皆さま|皆様|みなさん|皆さん|子どもたち|お子さん)(?:の方|の皆さま|の皆様)?(?:から|より)/;
const FEEDBACK_AFTER = /^(?:を|が)?(?:たくさん|多く|多数)?(?:いただ|頂|寄せられ|届き|あり)/;
/** A named body (気象庁によると) with a link in the same post: the source and where it is are both shown. */
const NAMED_BODY = /(?:庁|省|府|県|都|局|署|センター|研究所|機構|協会|委員会|学会|大学|気象台)(?:の[^の]{1,8})?$/;

function sourceLines(post: Post): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  SOURCE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_LINE.exec(post.text))) out.push({ value: m[1].trim(), start: m.index, end: m.index + m[0].length });
  return out;
}

function insertSourceFix(ctx: RuleContext, post: Post): Fix {
  const at = post.toDocumentRange(post.text.length, post.text.length).start;
  return {
    title: '投稿の末尾に「出典：」行を追加する（資料名や URL を記入）',
    edits: [{ range: { start: at, end: at }, newText: `${eolOf(ctx.doc.text)}出典：` }],
    isPreferred: true,
  };
}

export const citation: Rule = {
  id: 'policy/citation',
  description: '他の情報を引用するとき、出所（出典）と引用箇所を示しているか',
  clause: '引用時の出所の明示（著作権法第 48 条）',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const sources = sourceLines(post);
      for (const s of sources) {
        if (s.value === '')
          ctx.report({ message: '出典の行に出所（資料名・URL など）が書かれていません。引用元と引用箇所を記入してください。', range: post.toDocumentRange(s.start, s.end) });
      }
      // An empty 出典 line is reported above (fill it in); it already marks where the source goes.
      if (sources.length > 0) continue;
      const report = (start: number, end: number, what: string) =>
        ctx.report({
          message: `${what}の出所（出典）と引用箇所が示されていません。「出典：資料名・URL」の行を同じ投稿に書いてください。`,
          range: post.toDocumentRange(start, end),
          fixes: [insertSourceFix(ctx, post)],
        });
      for (const m of post.text.matchAll(BLOCKQUOTE)) report(m.index!, m.index! + m[0].length, '引用（> で始まる行）');
      for (const m of post.text.matchAll(REPORTED_QUOTE)) {
        const between = m[1];
        const before = post.text.slice(Math.max(0, post.text.lastIndexOf('。', m.index!) + 1), m.index!);
        // Our own staff's words are not another source: 「…」と園長が説明, 市長は「…」と述べました. A staff word that is
        // not the speaker (保育士不足が続き、「…」と報じられています) does not count.
        if (OWN_STAFF.test(between) || STAFF_SPEAKER.test(before)) continue;
        const after = post.text.slice(m.index! + m[0].length);
        if (/コメント$/.test(m[0]) && (FEEDBACK_BEFORE.test(before) || FEEDBACK_AFTER.test(after))) continue;
        report(m.index!, m.index! + m[0].length, '「」での引用');
      }
      const links = twitter.extractUrls(post.text).length > 0;
      for (const m of post.text.matchAll(HEARSAY)) {
        if (OWN_STAFF.test(m[1])) continue;
        if (links && NAMED_BODY.test(m[1])) continue;
        report(m.index!, m.index! + m[0].length, `「${m[0]}」の情報`);
      }
    }
  },
};
