// pii/my-number: a 12-digit individual number (マイナンバー) whose check digit is valid.
import type { Rule } from '../../engine/rule';
import { atMost } from '../policy/util';
import { CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';
import { digitRuns, groupedAs, isValidMyNumber, LICENCE_WORDS, near } from './identifierCore';

/** Words that introduce an individual number. */
const MY_NUMBER_WORDS = /(?:マイナンバー|個人番号|マイナ番号|My ?Number|Individual Number)(?:カード|card)?(?:の番号)?(?:[ \u3000]*[（(]個人番号[）)])?[\s\u3000:：は（(「]*$/i;

/** 番号 right before the number (実在の番号「…」, 番号は …). */
const NUMBER_BEFORE = /番号[はが]?[\s\u3000:：「『]*$/;

export const myNumber: Rule = {
  id: 'pii/my-number',
  description: 'マイナンバー（個人番号。12 桁で検査用数字が正しいもの）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      // The next 12-digit number in a list after a named one (…２３４５（父）、５６７８ ９０１２ ３４５６（母）) is named too.
      let namedEnd = -1;
      for (const run of digitRuns(post.text)) {
        if (run.digits.length !== 12 || !groupedAs(run, [12], [4, 4, 4])) continue;
        // A valid check digit is strong evidence; a 12-digit number introduced as マイナンバー・個人番号 is one as
        // written (a typo in one digit does not make it safe), reported as a warning at most.
        const valid = isValidMyNumber(run.digits);
        // マイナンバーカードの…見本用のカードに実在の番号「…」: 番号 right before, マイナンバー earlier in the sentence.
        const sentenceStart = Math.max(post.text.lastIndexOf('。', run.start), post.text.lastIndexOf('\n', run.start)) + 1;
        const named =
          near(post.text, run.start, MY_NUMBER_WORDS, 24) ||
          (NUMBER_BEFORE.test(post.text.slice(Math.max(0, run.start - 8), run.start)) && /マイナンバー|個人番号|マイナ番号/.test(post.text.slice(sentenceStart, run.start))) || (namedEnd >= 0 && /^[（(][^）)\n]{0,6}[）)][、,・ \u3000]*$|^[、,・ \u3000]+$/.test(post.text.slice(namedEnd, run.start)));
        if (!valid && !named) continue;
        // A 12-digit number next to 免許 is a driving licence number (pii/drivers-license reports it).
        if (near(post.text, run.start, LICENCE_WORDS)) continue;
        if (named) namedEnd = run.end;
        ctx.report({
          message: 'マイナンバー（個人番号）と思われる 12 桁の番号が書かれています。個人番号は絶対に投稿しないでください',
          range: post.toDocumentRange(run.start, run.end),
          severity: valid ? ctx.severity : atMost(ctx.severity, 'warning'),
          fixes: [replaceFix(post, run.start, run.end, '', '番号を削除する')],
        });
      }
    }
  },
};
