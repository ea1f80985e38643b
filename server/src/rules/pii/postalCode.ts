// pii/postal-code: 〒362-0011, or 362-0011 written before an address.
import type { Rule } from '../../engine/rule';
import { atMost } from '../policy/util';
import type { Severity } from '../../engine/types';
import { addressContext, findAddresses, findPostalCodes } from './addressCore';
import { isAllowed } from './allowlist';
import { allowFix, CLAUSE_PERSONAL, exampleValue, replaceFix, publishedTexts } from './common';

/** Words after a code that make it an area's: の地域, の地区, エリア, 一帯, 周辺. */
const AREA_AFTER = /^[ \u3000]*の?(?:地域|地区|区域|エリア|一帯|周辺|全域|付近)/;
/** …の地域にお住まいの吉村様: the area then names where one person lives. */
const RESIDENT_AFTER = /お住まい|在住|住んで|様|さん|方/;
function sentenceAfter(text: string, at: number): string {
  const m = /^[^。！？!?\n]*/.exec(text.slice(at, at + 40));
  return m ? m[0] : '';
}

export const postalCode: Rule = {
  id: 'pii/postal-code',
  description: '個人宅の郵便番号が書かれていないか。施設の郵便番号は情報として示す',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      const addresses = findAddresses(post.text);
      for (const p of findPostalCodes(post.text)) {
        const value = post.text.slice(p.start, p.end);
        // The address written after the code says whose it is; judge (and allow) the two together.
        const following = addresses.find((a) => a.start >= p.end && a.start - p.end <= 2);
        if (isAllowed('addresses', value, ctx.config.allow.addresses)) continue;
        // 記入例：〒000-0000 上尾市○○町1-2-3: a form's example.
        if (exampleValue(post.text, p.start, p.end) || (following && exampleValue(post.text, following.start, following.end))) continue;
        if (following && isAllowed('addresses', following.value, ctx.config.allow.addresses)) continue;
        // 〒362-0075の地域で断水: a code naming an area (hundreds of homes), not one address.
        if (!following && AREA_AFTER.test(post.text.slice(p.end, p.end + 6)) && !RESIDENT_AFTER.test(sentenceAfter(post.text, p.end))) continue;
        const where = addressContext(post.text, p.start, following?.end ?? p.end, following?.room);
        let severity: Severity = ctx.severity;
        let message: string;
        if (where === 'facility') {
          severity = 'info';
          message = '施設の郵便番号です。公開してよい住所ならチームの許可リストに追加できます';
        } else if (where === 'home') message = '個人宅と思われる郵便番号が書かれています。投稿しないでください';
        else {
          severity = atMost(severity, 'warning');
          message = '郵便番号が書かれています。個人宅の住所でないか確認してください';
        }
        ctx.report({
          message,
          range: post.toDocumentRange(p.start, p.end),
          severity,
          fixes: [
            replaceFix(post, p.start, p.end, '', '郵便番号を削除する', severity !== 'info'),
            { ...allowFix('addresses', value, 'この郵便番号をチームの許可リストに追加する'), isPreferred: severity === 'info' },
          ],
        });
      }
    }
  },
};
