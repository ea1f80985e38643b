// policy/secret: passwords, PINs, login IDs and API tokens in a post (上尾 5(2)ケ). The message never repeats the value.
import type { Rule } from '../../engine/rule';
import type { Fix, OffsetRange } from '../../engine/types';
import { twitter } from './util';

const MASK = '********';

/** A label, a separator, then the value (group 1). */
const KEYED = /(?:パスワード|ﾊﾟｽﾜｰﾄﾞ|(?<![ァ-ヶー])パス(?![ァ-ヶー])|パスコード|合言葉|暗証番号|PINコード|PIN|ＰＩＮ|ピン番号|ログイン\s?(?:ID|ＩＤ)|ユーザー?\s?(?:ID|ＩＤ)|利用者\s?(?:ID|ＩＤ)|アカウント\s?(?:ID|ＩＤ)|認証コード|セキュリティコード|確認コード|API\s?キー|APIキー|アクセスキー|シークレット(?:キー)?|トークン|(?<![A-Za-z])(?:password|passwd|passcode|PW|Pw|pw|ＰＷ|api[_ -]?key|secret|token)(?![A-Za-z]))[ \t\u3000]*(?:は|:|：|=|＝|→)[ \t\u3000]*(?:は[ \t\u3000]*)?([\x21-\x7E\uFF01-\uFF5E]+)/gi;

/** Well-known credential formats. */
const TOKEN_FORMATS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
  /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
];

/** Long runs that look random: letters of both cases and digits, high entropy. */
const CANDIDATE = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{20,}(?![A-Za-z0-9+/_=-])/g;

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

export function looksRandom(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s) && entropy(s) >= 3.5;
}

/** `****`, `非公開`, `（各自設定）`: not a value. */
function isPlaceholder(value: string): boolean {
  return /^[*＊●•・xX×○〇_＿\-ー.…]+$/.test(value) || value.length < 3;
}

export const secret: Rule = {
  id: 'policy/secret',
  description: 'パスワード・暗証番号・ログイン ID・API トークンなどの認証情報が書かれていないか',
  clause: '情報セキュリティ（パスワード等の漏えい防止）',
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const text = post.text;
      const taken: [number, number][] = [];
      // URLs, mentions and hashtags are not secrets.
      const skip = twitter.extractEntitiesWithIndices(text).map((e) => e.indices);
      const overlaps = (s: number, e: number, list: [number, number][]) => list.some(([a, b]) => s < b && a < e);
      const report = (start: number, end: number, what: string) => {
        if (overlaps(start, end, taken)) return;
        taken.push([start, end]);
        const range: OffsetRange = post.toDocumentRange(start, end);
        const fixes: Fix[] = [{ title: `値を伏せ字（${MASK}）にする`, edits: [{ range, newText: MASK }], isPreferred: true, safe: true }];
        ctx.report({ message: `${what}が書かれています（${end - start} 文字）。認証情報は投稿せず、直ちに値を削除し、漏えいした場合は変更してください。`, range, fixes });
      };
      for (const m of text.matchAll(KEYED)) {
        const value = m[1].replace(/[。、，,．)）」』]+$/, '');
        if (isPlaceholder(value)) continue;
        const start = m.index! + m[0].length - m[1].length;
        if (overlaps(start, start + value.length, skip)) continue;
        report(start, start + value.length, 'パスワード・暗証番号などの認証情報');
      }
      for (const re of TOKEN_FORMATS) for (const m of text.matchAll(re)) report(m.index!, m.index! + m[0].length, 'API トークンなどの認証情報');
      for (const m of text.matchAll(CANDIDATE)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (overlaps(start, end, skip) || !looksRandom(m[0])) continue;
        report(start, end, 'トークンや鍵とみられるランダムな文字列');
      }
    }
  },
};
