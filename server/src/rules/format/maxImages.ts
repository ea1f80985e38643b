// format/max-images: X attaches at most 4 images to one post.
import type { Rule } from '../../engine/rule';

const MAX_IMAGES = 4;

export const maxImages: Rule = {
  id: 'format/max-images',
  description: '1 つのポストに添付する画像が 4 枚以内か',
  clause: 'X の添付画像数の制限',
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      for (const image of post.images.slice(MAX_IMAGES)) {
        ctx.report({
          message: `画像は 1 ポストに ${MAX_IMAGES} 枚までです（このポストは ${post.images.length} 枚）。スレッドの次のポストに移してください。`,
          range: image.range,
        });
      }
    }
  },
};
