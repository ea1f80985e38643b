// format/unclosed-comment: `<!--` without `-->` hides the rest of the post from X's count and from review.
import type { Rule } from '../../engine/rule';

export const unclosedComment: Rule = {
  id: 'format/unclosed-comment',
  description: 'HTML コメント（<!-- -->）が閉じられているか',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      for (const c of post.comments) {
        if (c.closed) continue;
        ctx.report({
          message: 'コメントが閉じられていません（`-->` がありません）。以降の本文が文字数に数えられず、投稿されません。',
          range: { start: c.range.start, end: c.range.start + 4 },
          fixes: [{ title: 'コメントを行末で閉じる', edits: [{ range: lineEnd(ctx.doc.text, c.range.start), newText: ' -->' }] }],
        });
      }
    }
  },
};

function lineEnd(text: string, from: number) {
  const m = /\r\n|\n|\r|$/.exec(text.slice(from))!;
  const at = from + m.index;
  return { start: at, end: at };
}
