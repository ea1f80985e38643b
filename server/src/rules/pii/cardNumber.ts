// pii/card-number: a payment card number (13–19 digits passing the Luhn check).
import type { Rule } from '../../engine/rule';
import { atMost } from '../policy/util';
import { CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';
import { CARD_WORDS, digitRuns, luhnValid, near } from './identifierCore';

export const cardNumber: Rule = {
  id: 'pii/card-number',
  description: 'クレジットカードなどの番号（13〜19 桁、Luhn 検査が正しいもの）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      for (const run of digitRuns(post.text)) {
        const n = run.digits.length;
        if (n < 13 || n > 19) continue;
        const valid = luhnValid(run.digits);
        // Written in groups of 4 (or one block next to a card word): a long reference number in one block is not a card.
        const grouped = run.groups.length >= 3 && run.groups.slice(0, -1).every((g) => g === 4);
        const named = near(post.text, run.start, CARD_WORDS, 20);
        // A number introduced as a card number is one as written even when its check digit is off (warning at most).
        if (valid ? !grouped && !named : !(named && (grouped || run.groups.length === 1))) continue;
        ctx.report({
          message: 'クレジットカードなどの番号と思われる番号が書かれています。投稿しないでください',
          range: post.toDocumentRange(run.start, run.end),
          severity: valid ? ctx.severity : atMost(ctx.severity, 'warning'),
          fixes: [replaceFix(post, run.start, run.end, '', '番号を削除する')],
        });
      }
    }
  },
};
