// pii/photo: every attached image gets a reminder about consent and portrait rights unless the front matter
// records that consent was obtained (`photo_consent: true`).
import type { Rule } from '../../engine/rule';
import { CLAUSE_PORTRAIT } from './common';

export const photo: Rule = {
  id: 'pii/photo',
  description: '添付画像について、写っている人の同意（肖像権）を確認したか',
  clause: CLAUSE_PORTRAIT,
  defaultSeverity: 'info',
  check(ctx) {
    if (ctx.doc.frontMatter.data.photo_consent === true) return;
    for (const post of ctx.doc.posts) {
      for (const image of post.images) {
        ctx.report({
          message:
            '画像が添付されています。人物（特に子ども）が写っている場合は、本人・保護者の同意と肖像権を確認してください。' +
            '同意を得ている場合はフロントマターに photo_consent: true と書くとこの表示は消えます',
          range: image.range,
        });
      }
    }
  },
};
