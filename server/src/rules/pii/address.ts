// pii/address: street addresses down to 丁目・番・号 or 1-2-3 house numbers (a town or facility name alone is not one).
import type { Rule } from '../../engine/rule';
import { atMost } from '../policy/util';
import type { Severity } from '../../engine/types';
import { addressContext, findAddresses, findPostalCodes } from './addressCore';
import { isAllowed } from './allowlist';
import { allowFix, CLAUSE_PERSONAL, exampleValue, replaceFix, publishedTexts } from './common';

export const address: Rule = {
  id: 'pii/address',
  description: '番地まで特定できる住所（個人宅など）が書かれていないか。施設の所在地は情報として示す',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      const codes = findPostalCodes(post.text);
      for (const a of findAddresses(post.text)) {
        if (isAllowed('addresses', a.value, ctx.config.allow.addresses)) continue;
        // 記入例：上尾市○○町1-2-3: a form's example.
        if (exampleValue(post.text, a.start, a.end)) continue;
        // A postal code right before belongs to the address: judged together, as pii/postal-code judges them.
        const code = codes.find((p) => p.end <= a.start && a.start - p.end <= 2);
        const where = addressContext(post.text, code?.start ?? a.start, a.end, a.room || a.personal);
        let severity: Severity = ctx.severity;
        let message: string;
        if (a.personal) message = `個人の住所（${a.town}…）が丁目まで書かれています。本人が特定されないよう、町名や地区までにとどめてください`;
        else if (where === 'home') message = `個人宅と思われる住所（${a.town}…）が番地まで書かれています。町名までにとどめてください`;
        else if (where === 'facility') {
          severity = 'info';
          message = `施設の所在地（${a.town}…）です。公開してよい住所ならチームの許可リストに追加できます`;
        } else {
          severity = atMost(severity, 'warning'); // whose address it is, the text does not say
          message = `番地まで特定できる住所（${a.town}…）が書かれています。個人宅の住所でないか確認してください`;
        }
        ctx.report({
          message,
          range: post.toDocumentRange(a.start, a.end),
          severity,
          fixes: [
            replaceFix(post, a.start, a.end, a.town, `町名（${a.town}）だけを残す`, severity !== 'info'),
            { ...allowFix('addresses', a.value, 'この住所をチームの許可リストに追加する'), isPreferred: severity === 'info' },
          ],
        });
      }
    }
  },
};
