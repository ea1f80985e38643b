// count/max-length: the post is longer than X accepts (weighted as X counts it).
import { countPost, fullWidthUnits, urlRanges, weightedLength } from '../../engine/count';
import type { Post, PostDocument } from '../../engine/document';
import type { Rule, RuleContext } from '../../engine/rule';
import { eolOf, matchesOf, toHalfWidthAscii } from '../../engine/text';
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
  for (const m of matchesOf(post.text, /[\uFF01-\uFF5E]+/g)) {
    edits.push({ range: post.toDocumentRange(m.index!, m.index! + m[0].length), newText: toHalfWidthAscii(m[0]) });
  }
  if (edits.length === 0) return undefined;
  // Counted again, not assumed one unit per letter: letters joined to a URL become part of it (a URL counts 23).
  const after = weightedLength(post.text.replace(/[\uFF01-\uFF5E]+/g, toHalfWidthAscii), limit);
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
// An image written inline with text stays in the X text as `![alt](path)`: its `!` and a `?` in the path are no sentence ends.
const IMAGE_SYNTAX = /!\[[^\]\n]*\]\([^)\n]*\)/g;

/** Splits the post into a thread after the last sentence end before the overflow where a separator can go. */
function splitFix(ctx: RuleContext, post: Post, overflowStart: number): Fix | undefined {
  const ends = [...matchesOf(post.text.slice(0, overflowStart), SENTENCE_END)].map((m) => m.index!);
  const eol = eolOf(ctx.doc.text);
  for (let i = ends.length - 1; i >= 0 && ends[i] > 0; i--) {
    const cut = ends[i];
    if (post.text[cut] !== '\n' && breaksSyntax(post.text, cut)) continue;
    const edit = separatorEdit(ctx.doc, post, cut, eol);
    if (edit) return { title: `文の区切りでスレッドに分割する（${post.index + 1} 投稿目を ${cut + 1} 文字目の後で分ける）`, edits: [edit] };
  }
  return undefined;
}

/** A cut after `cut` would break an inline image's `![alt](path)` or a URL (X would link only part of it). */
function breaksSyntax(text: string, cut: number): boolean {
  // Neither spans lines: only the cut's line is scanned (a huge post is not searched for URLs on every lint).
  const from = text.lastIndexOf('\n', cut) + 1;
  const to = text.indexOf('\n', cut);
  const line = text.slice(from, to < 0 ? text.length : to);
  const spans = [...matchesOf(line, IMAGE_SYNTAX)].map((m) => [m.index!, m.index! + m[0].length]);
  spans.push(...urlRanges(line));
  return spans.some(([start, end]) => from + start <= cut && cut < from + end - 1);
}

/** The `---` line after X-text offset `cut`, placed where the document has text, never inside a comment or the front matter. */
function separatorEdit(doc: PostDocument, post: Post, cut: number, eol: string): TextEdit | undefined {
  const at = post.toDocumentRange(cut, cut + 1);
  if (at.start < doc.bodyStart) return undefined;
  // After 。！？ the separator goes on its own line: right after visible text is never inside a comment.
  if (post.text[cut] !== '\n') return { range: { start: at.end, end: at.end }, newText: `${eol}---${eol}` };
  // A line break becomes the separator, unless it is a comment's own (a comment that starts after text and spans lines).
  const comment = post.comments.find((c) => c.range.start < at.start && at.start < c.range.end);
  if (!comment) return { range: at, newText: `${eol}---${eol}` };
  if (!comment.closed) return undefined;
  // The text after the cut starts after the comment: the separator goes there, on a line of its own.
  const end = comment.range.end;
  const breakFollows = doc.text[end] === '\n' || doc.text[end] === '\r';
  return { range: { start: end, end }, newText: breakFollows ? `${eol}---` : `${eol}---${eol}` };
}
