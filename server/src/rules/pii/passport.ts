// pii/passport: a passport number (2 letters + 7 digits) written near パスポート, 旅券 or Passport.
import type { Rule } from '../../engine/rule';
import { matchesOf, toHalfWidthAscii } from '../../engine/text';
import { CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';
import { near, PASSPORT_WORDS } from './identifierCore';

/** Japan's 2 letters + 7 digits, and other countries' 1–2 letters + 7–8 digits (Z7384625). */
const PASSPORT_NO = /(?<![A-Za-z0-9])[A-Za-z]{1,2}[ \-]?\d{7,8}(?![A-Za-z0-9])/g;

export const passport: Rule = {
  id: 'pii/passport',
  description: '旅券（パスポート）番号が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      if (!PASSPORT_WORDS.test(post.text)) continue;
      const norm = toHalfWidthAscii(post.text);
      for (const m of matchesOf(norm, PASSPORT_NO)) {
        if (!near(norm, m.index!, PASSPORT_WORDS, 24)) continue;
        const start = m.index!;
        const end = start + m[0].length;
        ctx.report({
          message: '旅券（パスポート）番号と思われる番号が書かれています。投稿しないでください',
          range: post.toDocumentRange(start, end),
          fixes: [replaceFix(post, start, end, '', '番号を削除する')],
        });
      }
    }
  },
};
