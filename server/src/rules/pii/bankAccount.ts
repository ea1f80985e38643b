// pii/bank-account: a 7-digit account number after 口座番号 (or 普通・当座 預金).
import type { Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import { CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';
import { digitRuns, near } from './identifierCore';

const ACCOUNT_WORDS = /(?:口座番号|口座No\.?|口座|普通預金|当座預金|普通|当座|貯金)[\s\u3000:：]*(?:口座)?[\s\u3000:：]*(?:は[\s\u3000]*)?$/;
const YUCHO = /(?:ゆうちょ|郵便局|貯金)/;
/** Accounts an office publishes for donations and fees. */
const ORG_ACCOUNT = /(?:義援金|寄付|募金|ふるさと納税|納付|口座名義[\s\u3000:：]*(?:上尾市|狛江市|.{0,12}(?:市|町|村|会|協議会|事業団)))/;

export const bankAccount: Rule = {
  id: 'pii/bank-account',
  description: '銀行口座番号（「口座番号」などの後の 7 桁）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      // Once per post, not per number (a post full of numbers would make these quadratic).
      const yuchoPost = YUCHO.test(post.text);
      const org = ORG_ACCOUNT.test(post.text);
      for (const run of digitRuns(post.text)) {
        // ゆうちょ銀行: 記号 (5 digits) and 番号 (up to 8) together make the account.
        // 記号番号 10180-23456781: both in one run.
        const yuchoPair = run.groups.length === 2 && run.groups[0] === 5 && run.groups[1] >= 6 && run.groups[1] <= 8;
        // The pair in its own shape (1xxx0-xxxxxxx1) right after ゆうちょ銀行 needs no 記号・番号 word.
        const yucho = yuchoPost && ((near(post.text, run.start, /(?:記号|番号)[\s\u3000:：]*$/, 6) && ((/^\d{5}$|^\d{6,8}$/.test(run.digits) && run.groups.length === 1) || yuchoPair)) || (yuchoPair && /^1\d{3}0/.test(run.digits) && near(post.text, run.start, /(?:ゆうちょ銀行|ゆうちょ)[\s\u3000:：]*$/, 12)));
        // 7 digits after 口座・普通…; 6–8 only after the words 口座番号 themselves.
        const explicit = near(post.text, run.start, /(?:口座番号|口座No\.?)[\s\u3000:：は]*$/, 12);
        if (!yucho && (run.groups.length !== 1 || (run.digits.length !== 7 && !(explicit && run.digits.length >= 6 && run.digits.length <= 8)))) continue;
        if (!yucho && !near(post.text, run.start, ACCOUNT_WORDS, 12)) continue;
        const severity: Severity = org ? 'info' : ctx.severity;
        ctx.report({
          message: org
            ? '団体の振込先口座の番号です。公開してよい口座か確認してください'
            : '銀行口座の番号が書かれています。個人の口座であれば投稿しないでください',
          range: post.toDocumentRange(run.start, run.end),
          severity,
          fixes: [replaceFix(post, run.start, run.end, '', '口座番号を削除する', !org)],
        });
      }
    }
  },
};
