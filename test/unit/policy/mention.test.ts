import { presets } from '../../../server/src/config/presets';
import { mention } from '../../../server/src/rules/policy/mention';
import { table } from './table';

const ageo = presets['ageo-hoiku'];

describe('rule policy/mention', () => {
  table(mention, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 5(1)カ',
    fail: [
      {
        name: 'leading mention (a reply); fix removes the @',
        text: '@yamada_taro さん、ご質問ありがとうございます。',
        covers: ['@yamada_taro'],
        message: '先頭のメンションは返信として扱われます',
        severity: 'error',
        fix: true,
        fixed: 'yamada_taro さん、ご質問ありがとうございます。',
      },
      { name: 'a business thanked after an emoji', text: '🎉クリスマス会は @cafe_hinata さんのご協力で開催します', covers: ['@cafe_hinata'], fix: 0 },
      { name: 'two mentions', text: 'ご協力いただいた @a_shop と @b_bakery に感謝します。', covers: ['@a_shop', '@b_bakery'] },
      { name: 'CRLF document with front matter', text: '---\r\naccount: ageo_hoiku\r\n---\r\n本日のひろばは\r\n@hanako_mama さんの読み聞かせです', covers: ['@hanako_mama'] },
      { name: 'second post of a thread', text: '保育所入所のご案内です。\n---\n詳しくは @someone_x まで', covers: ['@someone_x'] },
      { name: 'a hyphen ends the username (X rules)', text: '協力：@foo-bar', covers: ['@foo'] },
      { name: 'full-width ＠ with an ASCII handle', text: '＠tanaka_kun ありがとう', covers: ['＠tanaka_kun'] },
    ],
    pass: [
      { name: 'own account', text: '詳しくは @ageo_hoiku の固定ポストをご覧ください。' },
      { name: 'own account, other case', text: '@Ageo_Hoiku をフォローしてください' },
      { name: 'an e-mail address is not a mention', text: 'お問い合わせ：hoiku@city.ageo.lg.jp' },
      { name: 'a listed public body', text: '@ageo_city の発表もご覧ください。', config: { ...ageo, accounts: { own: ['ageo_hoiku'], repostable: ['ageo_city'] } } },
      { name: 'inside an HTML comment', text: '<!-- @tanaka 確認済み -->\n本日は開所します。' },
      { name: 'a full-width ＠ before Japanese text', text: '受付は市役所3階＠保育課窓口です' },
    ],
  });
});
