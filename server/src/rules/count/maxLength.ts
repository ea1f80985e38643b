// count/max-length: the post is longer than X accepts (weighted as X counts it).
import { countPost, countWeighted, fullWidthUnits } from '../../engine/count';
import type { Post } from '../../engine/document';
import type { Rule, RuleContext } from '../../engine/rule';
import { eolOf, toHalfWidthAscii } from '../../engine/text';
import type { Fix, TextEdit } from '../../engine/types';

export const maxLength: Rule = {
  id: 'count/max-length',
  description: 'ポストが X の文字数上限（重み付き 280、全角 140 字）を超えていないか',
  clause: 'X の文字数制限',
  defaultSeverity: 'error',
  check(ctx) {
    const limit = ctx.config.limit;
    for (const post of ctx.doc.posts) {
      const count = countPost(post, limit);
      if (count.overflowStart === undefined) continue;
      const message =
        `X の文字数上限を超えています（${count.weightedLength}/${limit}、全角換算${fullWidthUnits(count.weightedLength)}/${fullWidthUnits(limit)}字）` +
        `${ctx.doc.posts.length > 1 ? `：${post.index + 1} 投稿目` : ''}`;
      ctx.report({
        message,
        range: post.toDocumentRange(count.overflowStart, post.text.length),
        fixes: [halfWidthFix(post, count.weightedLength, limit), splitFix(ctx, post, count.overflowStart)].filter((f): f is Fix => !!f),
      });
    }
  },
};

/** Converts full-width ASCII letters, digits and symbols to half-width. */
function halfWidthFix(post: Post, weighted: number, limit: number): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const m of post.text.matchAll(/[\uFF01-\uFF5E]+/g)) {
    edits.push({ range: post.toDocumentRange(m.index!, m.index! + m[0].length), newText: toHalfWidthAscii(m[0]) });
  }
  if (edits.length === 0) return undefined;
  // Counted again, not assumed one unit per letter: letters joined to a URL become part of it (a URL counts 23).
  const after = countWeighted(post.text.replace(/[\uFF01-\uFF5E]+/g, toHalfWidthAscii), limit).weightedLength;
  const saved = weighted - after;
  if (saved <= 0) return undefined;
  const fits = after <= limit;
  return {
    title: `全角の英数字・記号 ${edits.reduce((n, e) => n + (e.range.end - e.range.start), 0)} 字を半角に変換する（−${saved}${fits ? '、上限内に収まります' : '、まだ上限を超えます'}）`,
    edits,
    isPreferred: fits,
  };
}

const SENTENCE_END = /[。！？!?\n]/g;

/** Splits the post into a thread after the last sentence end before the overflow. */
function splitFix(ctx: RuleContext, post: Post, overflowStart: number): Fix | undefined {
  let cut = -1;
  for (const m of post.text.slice(0, overflowStart).matchAll(SENTENCE_END)) cut = m.index!;
  if (cut <= 0) return undefined;
  const eol = eolOf(ctx.doc.text);
  const isBreak = post.text[cut] === '\n';
  const at = post.toDocumentRange(cut, cut + 1);
  // A line break becomes the separator; after 。！？ the separator goes on its own line.
  const edit: TextEdit = isBreak
    ? { range: at, newText: `${eol}---${eol}` }
    : { range: { start: at.end, end: at.end }, newText: `${eol}---${eol}` };
  return { title: `文の区切りでスレッドに分割する（${post.index + 1} 投稿目を ${cut + 1} 文字目の後で分ける）`, edits: [edit] };
}
