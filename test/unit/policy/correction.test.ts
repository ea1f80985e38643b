import { presets } from '../../../server/src/config/presets';
import { correction } from '../../../server/src/rules/policy/correction';
import { table } from './table';

const komae = presets['komae-kodomo'];
const ok = 'https://x.com/komae_kosodate/status/1865000000000000000';

describe('rule policy/correction', () => {
  table(correction, {
    config: komae,
    clause: '狛江市 運用ポリシー 第5条2',
    fail: [
      { name: 'no corrects', text: '---\ntype: correction\n---\n【訂正】開催日は12月20日です。', covers: ['type: correction'], message: '元のポストの URL', severity: 'error' },
      { name: 'corrects is not a post URL', text: '---\ntype: correction\ncorrects: https://www.city.komae.tokyo.jp/\n---\n【訂正】開催日は12月20日です。', covers: ['https://www.city.komae.tokyo.jp/'], message: '読めません' },
      { name: "corrects someone else's post", text: '---\ntype: correction\ncorrects: https://x.com/other_city/status/1\n---\n【訂正】開催日は12月20日です。', covers: ['https://x.com/other_city/status/1'], message: 'このチームのアカウントではありません' },
      {
        name: 'body does not say it is a correction; fix adds 【訂正】',
        text: `---\ntype: correction\ncorrects: ${ok}\n---\n開催日は12月20日（土）です。\n会場は中央公民館です。`,
        covers: ['開催日は12月20日（土）です。'],
        severity: 'warning',
        fix: true,
        fixed: `---\ntype: correction\ncorrects: ${ok}\n---\n【訂正】開催日は12月20日（土）です。\n会場は中央公民館です。`,
      },
      { name: 'CRLF and emoji', text: `---\r\ntype: correction\r\ncorrects: ${ok}\r\n---\r\n🙇開催日は20日です`, covers: ['🙇開催日は20日です'], fix: true, fixed: `---\r\ntype: correction\r\ncorrects: ${ok}\r\n---\r\n【訂正】🙇開催日は20日です` },
      { name: 'looks like a correction but has no type (info)', text: '---\ncategory: event\n---\n【訂正】先ほどのポストの開催日に誤りがありました。', covers: ['---'], severity: 'info' },
      { name: '訂正 type in Japanese without corrects', text: '---\ntype: 訂正\n---\n訂正します', covers: ['type: 訂正'] },
      // Realistic corpus (test/fixtures/realistic/ng): a correction written without 【訂正】.
      { name: '先ほどの投稿で…誤り without type (info)', text: '先ほどの投稿で、夏まつりの日付に誤りがありました。\n正しくは7月25日（土）です。', covers: [''], severity: 'info', message: 'type: correction' },
    ],
    pass: [
      { name: '申請書の様式を修正しました (not a correction of a post)', text: '申請書の様式を一部修正しました。新しい様式をお使いください。' },
      { name: 'a complete correction', text: `---\ntype: correction\ncorrects: ${ok}\n---\n【訂正】開催日に誤りがありました。正しくは12月20日（土）です。` },
      { name: 'an ordinary post', text: '---\ncategory: event\n---\nイベントのお知らせです。' },
      { name: 'twitter.com URL and 修正', text: '---\ntype: correction\ncorrects: https://twitter.com/komae_kosodate/status/42\n---\n会場を修正しました。' },
      { name: 'mobile URL with query', text: '---\ntype: correction\ncorrects: https://mobile.x.com/komae_kosodate/status/42?s=20\n---\nお詫びして訂正します。' },
      { name: 'the thread says 正しくは in post 2', text: `---\ntype: correction\ncorrects: ${ok}\n---\n昨日のポストについて\n---\n正しくは12月20日です。` },
      { name: 'another type', text: '---\ntype: notice\n---\nお知らせ' },
      { name: 'no own accounts configured: any post URL', text: '---\ntype: correction\ncorrects: https://x.com/any_city/status/1\n---\n【訂正】', config: { ...komae, accounts: undefined } },
    ],
  });
});
