// pii/id-number: numbers of public certificates that identify a person — health insurance (被保険者番号・記号),
// pension (基礎年金番号), benefit certificates (受給者番号), residence records (住民票コード) — found from the
// word that introduces them, as people write them (hyphens, spaces, full-width digits).
import type { Rule } from '../../engine/rule';
import { CLAUSE_PERSONAL, publishedTexts, replaceFix } from './common';
import { digitRuns } from './identifierCore';

/** The certificate words; the number follows within a few characters (被保険者番号 30718452, 記号・番号：12-345). */
const ID_WORDS =
  /(?:被保険者(?:証)?(?:番号|記号)|保険者番号|保険証(?:の)?(?:番号|記号)|基礎年金番号|年金(?:手帳)?番号|受給者(?:証)?番号|受給資格者番号|医療証(?:の)?番号|受診券番号|住民票コード|在留カード(?:の)?番号|特別永住者証明書番号|(?:障害者)?手帳(?:の)?番号|療育手帳番号|学籍番号|利用者番号|児童番号|世帯番号|宛名番号|証(?:書)?番号)(?:[（(][^）)\n]{0,8}[）)])?[\s\u3000:：は（(「]*(?:記号)?[\s\u3000:：]*$/;

export const idNumber: Rule = {
  id: 'pii/id-number',
  description: '健康保険・年金・医療証などの公的な証の番号（被保険者番号・基礎年金番号・受給者番号など）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const seg of publishedTexts(ctx)) {
      if (!/[0-9０-９]{4}/.test(seg.text)) continue;
      for (const run of digitRuns(seg.text)) {
        if (run.digits.length < 4 || run.digits.length > 16) continue;
        if (!ID_WORDS.test(seg.text.slice(Math.max(0, run.start - 24), run.start))) continue;
        ctx.report({
          message: '健康保険証・年金・医療証などの番号と思われる数字が書かれています。個人を特定できる番号は投稿しないでください',
          range: seg.toDocumentRange(run.start, run.end),
          fixes: [replaceFix(seg, run.start, run.end, '', '番号を削除する')],
        });
      }
    }
  },
};
