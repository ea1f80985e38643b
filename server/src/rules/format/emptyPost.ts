// format/empty-post: a post (or thread part) with neither text nor images cannot be posted.
import type { Rule } from '../../engine/rule';

export const emptyPost: Rule = {
  id: 'format/empty-post',
  description: '本文も画像もない空のポストがないか',
  defaultSeverity: 'error',
  check(ctx) {
    const { posts, separators } = ctx.doc;
    for (const post of posts) {
      if (post.text.length > 0 || post.images.length > 0) continue;
      // Point at the region if it has any characters, else at the separator that produced it.
      const sep = separators[post.index] ?? separators[post.index - 1];
      const range = post.range.end > post.range.start ? post.range : sep ?? post.range;
      const where = posts.length > 1 ? `${post.index + 1} 投稿目が` : 'ポストが';
      ctx.report({ message: `${where}空です。本文を書くか、不要なら区切り線（---）を削除してください。`, range });
    }
  },
};
