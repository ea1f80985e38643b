// pii/email: e-mail addresses; personal-looking ones (free mail, carrier mail, name-like) warn.
import type { Rule } from '../../engine/rule';
import { atMost } from '../policy/util';
import { matchesOf, toHalfWidthAscii } from '../../engine/text';
import type { Severity } from '../../engine/types';
import { isAllowed } from './allowlist';
import { allowFix, CLAUSE_PERSONAL, replaceFix, publishedTexts } from './common';

/** An address as people write it; full-width letters and ＠ are folded first (one unit to one). */
const EMAIL = /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_])?@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])/g;
/**
 * Addresses written so robots cannot read them: name(at)example.com, name[at]…, name[@]…, name アットマーク example.com,
 * name★docomo.ne.jp (when the post says which mark stands for @). Matched on width-folded text (one unit to one).
 */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?';
const DOT = '(?:\\.|[ \\u3000]+(?:dot|DOT)[ \\u3000]+|[ \\u3000]*(?:[(\\[（［【]dot[)\\]）］】]|[(\\[（［【]ドット[)\\]）］】]|ドット|てん)[ \\u3000]*)';
const OBFUSCATED = new RegExp(
  `(?<![A-Za-z0-9._%+\\-])([A-Za-z0-9](?:[A-Za-z0-9._%+\\-]{0,62}[A-Za-z0-9_])?)[ \\u3000]*` +
    `([(\\[（［【〔]?[ \\u3000]*(?:at|AT|At|アットマーク|アット|あっとまーく|あっと)[ \\u3000]*[)\\]）］】〕]?|[(（［\\[][aA][)）］\\]]|[(（［\\[「][@＠][)）］\\]」]|[★☆◎●■※]|@(?=[ \\u3000])|(?<=[ \\u3000])@)` +
    `[ \\u3000]*(${LABEL}(?:${DOT}${LABEL})*${DOT}[A-Za-z]{2,24})(?![A-Za-z0-9\\-])`,
  'g',
);
/** A mark stands for @ only when the post says so: （★を@に）. */
const MARK_EXPLAINED = /[★☆◎●■※][^\n]{0,4}[@＠]|[@＠][^\n]{0,6}[★☆◎●■※]/;
/** Placeholders (xxxx@…, sample@…) and addresses introduced as an example (記入例：…): not anyone's address. */
const EXAMPLE_LOCAL = /^(?:x+|x+[._-]x+|sample|example|test|your[._-]?name|namae|name|user(?:name)?|a+|abc|hoge|foo)$/;
const EXAMPLE_BEFORE = /(?:記入例|入力例|例[：:）)]|[(（]例[)）]|サンプル|書き方)[\s\u3000:：]*$/;

/** Domains of government and schools: the address belongs to an office. */
const OFFICIAL_DOMAIN = /(?:\.lg\.jp|\.go\.jp|\.ed\.jp|\.ac\.jp|^(?:city|town|vill|pref)\.[a-z0-9.-]+\.jp)$/;
/** Free mail and mobile-carrier domains: almost always a person's own address. */
const PERSONAL_DOMAIN =
  /^(?:gmail\.com|googlemail\.com|yahoo\.co\.jp|ymail\.ne\.jp|yahoo\.com|icloud\.com|me\.com|mac\.com|outlook\.(?:com|jp)|hotmail\.(?:com|co\.jp)|live\.(?:com|jp)|msn\.com|docomo\.ne\.jp|ezweb\.ne\.jp|au\.com|softbank\.ne\.jp|i\.softbank\.jp|[a-z]\.vodafone\.ne\.jp|ybb\.ne\.jp|nifty\.com|biglobe\.ne\.jp|so-net\.ne\.jp|ocn\.ne\.jp|aol\.com|proton(?:mail)?\.(?:me|com)|gmx\.[a-z]+|zoho\.com)$/;
/** Local parts that name a function rather than a person. */
const ROLE_LOCAL = /^(?:[a-z0-9]+[-_.])?(?:info|contact|office|support|help|desk|admin|webmaster|koho|kouhou|press|event|events|soudan|sodan|kosodate|hoiku|hoikuka|jimukyoku|center|uketsuke|toiawase|inquiry|inquiries|mail|master|staff|kikaku|recruit|saiyo|entry|oubo|moshikomi|yoyaku|reserve|volunteer)(?:[-_.]?[a-z0-9]+)?$/;

/** ASCII of an address, and the spaces someone put between its letters (y u k o . a b e @ g m a i l . c o m). */
const ADDRESS_CHAR = /[A-Za-z0-9._%+\-]/;
/**
 * Addresses with spaces inside (ryo-matsu 0825 @ icloud . com): from each @ with a space beside it, the ASCII on both
 * sides joined over single spaces, read again without them.
 */
function spacedAddresses(norm: string): { start: number; end: number; address: string }[] {
  const out: { start: number; end: number; address: string }[] = [];
  for (let at = norm.indexOf('@'); at >= 0; at = norm.indexOf('@', at + 1)) {
    if (norm[at - 1] !== ' ' && norm[at + 1] !== ' ') continue;
    let start = at;
    while (start > 0 && (ADDRESS_CHAR.test(norm[start - 1]) || (norm[start - 1] === ' ' && ADDRESS_CHAR.test(norm[start - 2] ?? '')))) start--;
    let end = at + 1;
    while (end < norm.length && (ADDRESS_CHAR.test(norm[end]) || (norm[end] === ' ' && ADDRESS_CHAR.test(norm[end + 1] ?? '')))) end++;
    while (start < at && norm[start] === ' ') start++;
    while (end > at && norm[end - 1] === ' ') end--;
    const address = norm.slice(start, end).replace(/ /g, '');
    const whole = address.match(EMAIL);
    // Only free-mail, carrier and .jp domains: prose with an @ in it (meet me @ the park. com) is no address.
    const domain = address.slice(address.indexOf('@') + 1).toLowerCase();
    if (!whole || whole[0] !== address || !(PERSONAL_DOMAIN.test(domain) || /\.jp$/.test(domain))) continue;
    out.push({ start, end, address });
  }
  return out;
}

export const email: Rule = {
  id: 'pii/email',
  description: '個人のメールアドレスが書かれていないか。公式のアドレスは情報として示す',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of publishedTexts(ctx)) {
      if (!/[@＠]|at|AT|アット|あっと|[★☆◎●■]|[(（［[][aA][)）］\]]/.test(post.text)) continue;
      const norm = toHalfWidthAscii(post.text);
      const found: { start: number; end: number; address: string }[] = [];
      for (const m of matchesOf(norm, EMAIL)) found.push({ start: m.index!, end: m.index! + m[0].length, address: m[0] });
      for (const m of matchesOf(norm, OBFUSCATED)) {
        // A mark for @ counts unexplained only before a free or mobile mail domain (riko-mama★au.com).
        if (/[★☆◎●■※]/.test(m[2]) && !MARK_EXPLAINED.test(norm) && !PERSONAL_DOMAIN.test(m[3].replace(new RegExp(DOT, 'g'), '.').toLowerCase())) continue;
        if (found.some((f) => f.start < m.index! + m[0].length && m.index! < f.end)) continue;
        // A bare word "at" needs a domain that is clearly one (meet at city.ac.jp is rare; at gmail.com is not).
        // …and stand as a word of its own: the "at" inside a host name (www.komae-kosod|at|e.jp) is no mark.
        const bareAt = /^(?:at|AT|At)$/.test(m[2].trim()) && !/[(\[（［【]/.test(m[2]);
        if (bareAt && (!/\.(?:com|jp|net|org|me)$/.test(m[3].replace(new RegExp(DOT, 'g'), '.')) || !/[ \u3000](?:at|AT|At)[ \u3000]/.test(m[0]))) continue;
        found.push({ start: m.index!, end: m.index! + m[0].length, address: `${m[1]}@${m[3].replace(new RegExp(DOT, 'g'), '.')}` });
      }
      for (const f of spacedAddresses(norm)) if (!found.some((g) => g.start < f.end && f.start < g.end)) found.push(f);
      for (const { start, end, address } of found) {
        const value = post.text.slice(start, end);
        if (isAllowed('emails', value, ctx.config.allow.emails) || isAllowed('emails', address, ctx.config.allow.emails)) continue;
        const [local, domain] = address.toLowerCase().split('@');
        if (EXAMPLE_LOCAL.test(local) || EXAMPLE_BEFORE.test(norm.slice(Math.max(0, start - 14), start))) {
          ctx.report({
            message: `記入例のメールアドレス（${maskEmail(address)}）です。実在のアドレスでなければ問題ありません`,
            range: post.toDocumentRange(start, end),
            severity: 'info',
          });
          continue;
        }
        const personalDomain = PERSONAL_DOMAIN.test(domain);
        const official = OFFICIAL_DOMAIN.test(domain);
        // Name-like local parts (taro.yamada, yamada_t, hanako1985) look personal on any domain.
        const nameLike = (/^[a-z]+[._][a-z]+$/.test(local) && !ROLE_LOCAL.test(local)) || /(?:19|20)\d\d$/.test(local);
        let severity: Severity = ctx.severity;
        let message: string;
        if (personalDomain) message = `個人のメールアドレス（${maskEmail(address)}）が書かれています。フリーメール・携帯のアドレスは投稿しないでください`;
        else if (official && !nameLike) {
          severity = 'info';
          message = `公式のメールアドレス（${maskEmail(address)}）です。公開してよいアドレスならチームの許可リストに追加できます`;
        } else if (nameLike) {
          severity = atMost(severity, 'warning'); // a staff member's work address is not private data
          message = `個人名を含むと思われるメールアドレス（${maskEmail(address)}）が書かれています。窓口の共用アドレスを使ってください`;
        }
        else if (ROLE_LOCAL.test(local)) {
          severity = 'info';
          message = `メールアドレス（${maskEmail(address)}）が書かれています。団体の公開アドレスならチームの許可リストに追加できます`;
        } else {
          severity = atMost(severity, 'warning');
          message = `メールアドレス（${maskEmail(address)}）が書かれています。個人のアドレスでないか確認してください`;
        }
        ctx.report({
          message,
          range: post.toDocumentRange(start, end),
          severity,
          fixes: [
            replaceFix(post, start, end, '', 'メールアドレスを削除する', severity !== 'info'),
            { ...allowFix('emails', value, 'このメールアドレスをチームの許可リストに追加する'), isPreferred: severity === 'info' },
          ],
        });
      }
    }
  },
};

/** t***@example.jp: enough to tell which address, not enough to copy it. */
export function maskEmail(value: string): string {
  const at = value.search(/[@＠]/);
  if (at < 0) return `${value.slice(0, 1)}***`;
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}
