import { presets } from '../../../server/src/config/presets';
import { repost } from '../../../server/src/rules/policy/repost';
import { table } from './table';

const ageo = presets['ageo-hoiku'];
const withCity = { ...ageo, accounts: { own: ['ageo_hoiku'], repostable: ['ageo_city', 'cfa_kouhou'] } };

describe('rule policy/repost', () => {
  table(repost, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 5(1)カ',
    fail: [
      {
        name: 'repost of a private account; fix deletes the line',
        text: '---\nrepost: https://x.com/hanako_mama/status/1234567890\n---\n',
        covers: ['https://x.com/hanako_mama/status/1234567890'],
        message: '@hanako_mama のポストのリポスト',
        severity: 'error',
        fix: 0,
        fixed: '---\n---\n',
      },
      { name: 'quote in front matter', text: '---\nquote: https://twitter.com/cafe_hinata/status/42\n---\nすてきなお店です', covers: ['https://twitter.com/cafe_hinata/status/42'] },
      { name: 'status URL in the text (shown as a quote)', text: '🎄こちらもご覧ください https://x.com/some_shop/status/987', covers: ['https://x.com/some_shop/status/987'] },
      { name: 'CRLF', text: '---\r\nrepost: https://x.com/abc/status/1\r\n---\r\n', covers: ['https://x.com/abc/status/1'], fix: 0 },
      { name: 'not a post URL', text: '---\nrepost: https://example.com/page\n---\n', covers: ['https://example.com/page'], message: '読めません' },
      { name: 'listed accounts do not cover others', text: 'https://mobile.twitter.com/kojin_a/status/5?s=20 より', covers: ['https://mobile.twitter.com/kojin_a/status/5?s=20'], config: withCity },
    ],
    pass: [
      { name: 'repost of a listed public body', text: '---\nrepost: https://x.com/ageo_city/status/1\n---\n', config: withCity },
      { name: "quote of our own post", text: '---\nquote: https://x.com/ageo_hoiku/status/2\n---\n再掲します' },
      { name: 'own post URL in the text', text: '先日のお知らせ https://x.com/ageo_hoiku/status/3' },
      { name: 'an ordinary URL', text: '詳しくは https://www.city.ageo.lg.jp/ へ' },
      { name: 'a profile URL is not a quote', text: 'https://x.com/ageo_city もご覧ください' },
      { name: 'empty repost key', text: '---\nrepost:\n---\n本文' },
    ],
  });
});
