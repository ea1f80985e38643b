// pii/drivers-license: a 12-digit driving licence number written near 免許.
import type { Rule } from '../../engine/rule';
import { CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';
import { digitRuns, groupedAs, LICENCE_WORDS, near } from './identifierCore';

export const driversLicense: Rule = {
  id: 'pii/drivers-license',
  description: '運転免許証の番号（「免許」の近くの 12 桁）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      for (const run of digitRuns(post.text)) {
        if (run.digits.length !== 12 || !groupedAs(run, [12], [4, 4, 4], [2, 2, 6, 2], [2, 10], [2, 4, 6], [4, 8], [2, 4, 4, 2])) continue;
        if (!near(post.text, run.start, LICENCE_WORDS)) continue;
        ctx.report({
          message: '運転免許証の番号と思われる 12 桁の番号が書かれています。投稿しないでください',
          range: post.toDocumentRange(run.start, run.end),
          fixes: [replaceFix(post, run.start, run.end, '', '番号を削除する')],
        });
      }
    }
  },
};
