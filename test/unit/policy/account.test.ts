import { presets } from '../../../server/src/config/presets';
import { account } from '../../../server/src/rules/policy/account';
import { table } from './table';

const ageo = presets['ageo-hoiku'];
const komae = presets['komae-kodomo'];

describe('rule policy/account', () => {
  table(account, {
    config: komae,
    clause: '狛江市 運用ポリシー 第4条(1)',
    fail: [
      {
        name: 'another account; fix uses the team account',
        text: '---\naccount: komae_city\n---\nイベントのお知らせ',
        covers: ['komae_city'],
        message: '使えるもの: @komae_kosodate',
        severity: 'error',
        fix: true,
        fixInRange: true,
        fixed: '---\naccount: komae_kosodate\n---\nイベントのお知らせ',
      },
      { name: 'with @', text: '---\naccount: "@someone"\n---\n本文', covers: ['"@someone"'], fix: 0, fixed: '---\naccount: komae_kosodate\n---\n本文' },
      { name: 'not a valid X username', text: '---\naccount: komae-kosodate\n---\n本文', covers: ['komae-kosodate'], message: 'X のユーザー名として正しくありません' },
      { name: 'CRLF and emoji body', text: '---\r\naccount: ageo_hoiku\r\n---\r\n🎏こどもの日', covers: ['ageo_hoiku'], fix: 0, fixed: '---\r\naccount: komae_kosodate\r\n---\r\n🎏こどもの日' },
      { name: 'empty value', text: '---\naccount:\n---\n本文', covers: ['account'], message: 'account が空です', fix: 0, fixed: '---\naccount: komae_kosodate\n---\n本文' },
      { name: 'numeric value', text: '---\naccount: 12345\n---\n本文', covers: ['12345'] },
      { name: 'Ageo preset', text: '---\naccount: komae_kosodate\n---\n本文', covers: ['komae_kosodate'], config: { ...ageo, clauses: { 'policy/account': '狛江市 運用ポリシー 第4条(1)' } } },
    ],
    pass: [
      { name: 'the team account', text: '---\naccount: komae_kosodate\n---\n本文' },
      { name: 'with @', text: '---\naccount: "@komae_kosodate"\n---\n本文' },
      { name: 'other case', text: '---\naccount: Komae_Kosodate\n---\n本文' },
      { name: 'no account key', text: '---\ncategory: event\n---\n本文' },
      { name: 'no own accounts configured', text: '---\naccount: whoever\n---\n本文', config: {} },
      { name: 'Ageo', text: '---\naccount: ageo_hoiku\n---\n本文', config: ageo },
    ],
  });
});
