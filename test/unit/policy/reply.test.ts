import { presets } from '../../../server/src/config/presets';
import { reply } from '../../../server/src/rules/policy/reply';
import { table } from './table';

describe('rule policy/reply', () => {
  table(reply, {
    config: presets['komae-kodomo'],
    clause: '狛江市 運用ポリシー 第6条(2)',
    fail: [
      {
        name: 'reply_to with a post URL; fix deletes the line',
        text: '---\nreply_to: https://x.com/someone/status/1234567890\ncategory: info\n---\nご質問ありがとうございます。',
        covers: ['reply_to: https://x.com/someone/status/1234567890'],
        message: '返信（リプライ）を行いません',
        severity: 'error',
        fix: true,
        fixed: '---\ncategory: info\n---\nご質問ありがとうございます。',
      },
      { name: 'in_reply_to', text: '---\nin_reply_to: 1234567890\n---\n回答です', covers: ['in_reply_to: 1234567890'] },
      { name: 'CRLF', text: '---\r\nreply_to: https://twitter.com/a/status/1\r\n---\r\nお答えします', covers: ['reply_to: https://twitter.com/a/status/1'], fix: true, fixed: '---\r\n---\r\nお答えします' },
      { name: 'quoted value', text: '---\nreply_to: "@hanako"\n---\n😊', covers: ['reply_to: "@hanako"'] },
      { name: 'both keys', text: '---\nreply_to: a\nin_reply_to: b\n---\nx', covers: ['reply_to: a', 'in_reply_to: b'] },
      { name: 'last key of the block', text: '---\naccount: komae_kosodate\nreply_to: https://x.com/b/status/9\n---\n返信', covers: ['reply_to: https://x.com/b/status/9'] },
    ],
    pass: [
      { name: 'no front matter', text: '子育てひろばのお知らせです。' },
      { name: 'empty reply_to', text: '---\nreply_to:\n---\n本文' },
      { name: 'null reply_to', text: '---\nreply_to: null\n---\n本文' },
      { name: 'empty string', text: '---\nreply_to: ""\n---\n本文' },
      { name: 'other keys only', text: '---\naccount: komae_kosodate\ncategory: event\n---\nイベントのお知らせ' },
      { name: '返信 in the body is not a reply', text: '返信用封筒を同封してください。' },
    ],
  });
});
