// policy/reply: a post written as a reply to another account (上尾 5(1)カ; 狛江 第6条(2)).
import type { Rule } from '../../engine/rule';
import { fmEntryRange, lineWithBreak } from './util';

export const REPLY_KEYS = ['reply_to', 'in_reply_to'] as const;

export const reply: Rule = {
  id: 'policy/reply',
  description: '他アカウントのポストへの返信（front matter の reply_to）になっていないか',
  clause: '他アカウントへの返信を行わないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    for (const key of REPLY_KEYS) {
      const value = doc.frontMatter.data[key];
      if (value === undefined || value === null || value === '') continue;
      const range = fmEntryRange(doc, key);
      if (!range) continue;
      ctx.report({
        message: `${key} が指定されており、他アカウントのポストへの返信になります。公式アカウントは返信（リプライ）を行いません。`,
        range,
        fixes: [{ title: `${key} の行を削除する（通常のポストにする）`, edits: [{ range: lineWithBreak(doc.text, range.start), newText: '' }], isPreferred: true }],
      });
    }
  },
};
