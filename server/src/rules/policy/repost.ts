// policy/repost: reposting or quoting an account that is neither ours nor an approved public body (上尾 5(1)カ).

import type { Rule } from '../../engine/rule';
import type { OffsetRange } from '../../engine/types';
import { fmEntryRange, fmRange, lineWithBreak, normalizeHandle, parseStatusUrl, urlsOf } from './util';

export const REPOST_KEYS = ['repost', 'quote'] as const;

export const repost: Rule = {
  id: 'policy/repost',
  description: '公式アカウント・登録済みの公的機関以外のポストをリポスト・引用していないか',
  clause: '他アカウントのリポストは公的機関の関連情報に限ること',
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc, config } = ctx;
    const own = new Set(config.accounts.own.map(normalizeHandle));
    const repostable = new Set(config.accounts.repostable.map(normalizeHandle));
    const judge = (url: string, range: OffsetRange, how: string, removal?: OffsetRange) => {
      const status = parseStatusUrl(url);
      const fixes = removal ? [{ title: `${how}をやめる（この行を削除する）`, edits: [{ range: removal, newText: '' }] }] : [];
      if (!status) {
        ctx.report({ message: `${how}先「${url}」を X のポストの URL（https://x.com/ユーザー名/status/番号）として読めません。`, range, fixes });
        return;
      }
      const user = normalizeHandle(status.user);
      if (own.has(user) || repostable.has(user)) return;
      ctx.report({
        message: `@${status.user} のポストの${how}です。リポスト・引用は政府機関・地方公共団体等の関連情報に限り、管理者の判断で行います（公的機関なら設定の accounts.repostable に登録してください）。`,
        range,
        fixes: [
          ...fixes,
          { title: `@${status.user} を公的機関のアカウントとして設定に登録する`, edits: [], configChange: { path: ['accounts', 'repostable'], append: status.user } },
        ],
      });
    };
    for (const key of REPOST_KEYS) {
      const value = doc.frontMatter.data[key];
      if (value === undefined || value === null || value === '') continue;
      const entry = fmEntryRange(doc, key);
      judge(String(value), fmRange(doc, key), key === 'repost' ? 'リポスト' : '引用', entry && lineWithBreak(doc.text, entry.start));
    }
    // A post URL in the text is shown by X as a quote of that post.
    for (const post of doc.posts) {
      for (const u of urlsOf(post.text)) {
        if (!/^(?:https?:\/\/)?(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/[^/\s]+\/status/i.test(u.url)) continue;
        const [start, end] = u.indices;
        judge(u.url, post.toDocumentRange(start, end), '引用');
      }
    }
  },
};
