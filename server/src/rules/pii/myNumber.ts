// pii/my-number: a 12-digit individual number (マイナンバー) whose check digit is valid.
import type { Rule } from '../../engine/rule';
import { CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';
import { digitRuns, groupedAs, isValidMyNumber, LICENCE_WORDS, near } from './identifierCore';

export const myNumber: Rule = {
  id: 'pii/my-number',
  description: 'マイナンバー（個人番号。12 桁で検査用数字が正しいもの）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      for (const run of digitRuns(post.text)) {
        if (run.digits.length !== 12 || !groupedAs(run, [12], [4, 4, 4])) continue;
        if (!isValidMyNumber(run.digits)) continue;
        // A 12-digit number next to 免許 is a driving licence number (pii/drivers-license reports it).
        if (near(post.text, run.start, LICENCE_WORDS)) continue;
        ctx.report({
          message: 'マイナンバー（個人番号）と思われる 12 桁の番号が書かれています。個人番号は絶対に投稿しないでください',
          range: post.toDocumentRange(run.start, run.end),
          fixes: [replaceFix(post, run.start, run.end, '', '番号を削除する')],
        });
      }
    }
  },
};
