// policy/mention: `@handle` addressed to a person or business (上尾 5(1)カ; 狛江 第6条(3)).

import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import OFFICIAL from './lexicon/official-accounts.json';
import { fmString, mentionsOf, normalizeHandle } from './util';

/** The built-in registry of official public accounts (lexicon/official-accounts.json), normalized. */
export const OFFICIAL_ACCOUNTS: ReadonlyMap<string, string> = new Map(
  [OFFICIAL.national, OFFICIAL.prefectures, OFFICIAL.cities].flatMap((group) => Object.entries(group).map(([h, name]) => [normalizeHandle(h), name] as const)),
);

export const mention: Rule = {
  id: 'policy/mention',
  description: '個人・事業者のアカウントへのメンション（@ユーザー名）がないか',
  clause: '個人・事業者宛ての連絡に公式アカウントを使わないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    // The post's own account, the team's accounts, approved public bodies and the registry of official accounts.
    if (ctx.doc.posts.every((p) => !p.text.includes('@') && !p.text.includes('＠'))) return;
    const known = new Set(OFFICIAL_ACCOUNTS.keys());
    for (const h of [...ctx.config.accounts.own, ...ctx.config.accounts.repostable, ...(ctx.config.accounts.official ?? [])]) known.add(normalizeHandle(h));
    const self = fmString(ctx.doc, 'account');
    if (self) known.add(normalizeHandle(self));
    for (const post of ctx.doc.posts) {
      // X's own extraction: the same handles X would link and notify (usernames per twitter-text).
      for (const m of mentionsOf(post.text)) {
        if (known.has(normalizeHandle(m.screenName))) continue;
        const [start, end] = m.indices;
        const range = post.toDocumentRange(start, end);
        const atReply = post.text.slice(0, start).trim() === '';
        const fixes: Fix[] = [
          { title: `@ を外してメンションにしない（「${m.screenName}」と書く）`, edits: [{ range: post.toDocumentRange(start, start + 1), newText: '' }], isPreferred: true },
          {
            title: `@${m.screenName} を公的機関の公式アカウントとして設定に登録する`,
            edits: [],
            configChange: { path: ['accounts', 'official'], append: m.screenName },
          },
        ];
        ctx.report({
          message: `@${m.screenName} へのメンションです${atReply ? '（先頭のメンションは返信として扱われます）' : ''}。公式アカウントは個人・事業者への連絡や返信に使いません。公的機関の公式アカウントなら設定の accounts.official に登録してください。`,
          range,
          fixes,
        });
      }
    }
  },
};
