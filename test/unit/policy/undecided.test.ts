import { presets } from '../../../server/src/config/presets';
import { undecided } from '../../../server/src/rules/policy/undecided';
import { table } from './table';

describe('rule policy/undecided', () => {
  table(undecided, {
    config: presets['ageo-hoiku'],
    clause: '上尾市保育課 X 運用基準 5(2)キ',
    fail: [
      { name: '検討中 (policy formation)', text: '新しい保育園の開設は検討中です。', covers: ['検討中'], message: '意思形成過程', severity: 'warning' },
      { name: '（案）', text: '保育料改定（案）の概要をお知らせします', covers: ['（案）'] },
      { name: '内部資料', text: '内部資料によると、来年度は定員を増やします。', covers: ['内部資料'] },
      { name: 'ここだけの話', text: 'ここだけの話、来月から新メニューです🍛', covers: ['ここだけの話'] },
      { name: 'emoji and CRLF: 未定', text: '---\r\ncategory: event\r\n---\r\n😊\r\n日程は未定です。', covers: ['未定'], severity: 'warning' },
      { name: '未定 with a follow-up promise is only info', text: '日程は未定です。決まり次第お知らせします。', covers: ['未定'], severity: 'info' },
      { name: '極秘 and 非公開', text: '極秘の非公開情報です', covers: ['極秘', '非公開'] },
      { name: 'unconfirmed rumour', text: '未確認情報ですが、給食の提供が止まるといううわさがあります', covers: ['未確認情報', 'うわさ'] },
    ],
    pass: [
      { name: 'a decided date', text: '日程が決まりました。12月20日（土）10時からです。' },
      { name: '予定', text: '予定どおり開催します。' },
      { name: '（仮称）is an official provisional name', text: '（仮称）上尾市子育て支援センターの愛称を募集します。' },
      { name: '入所内定 is an official notice', text: '4月入所の内定通知を発送しました。' },
      { name: '公開保育', text: '公開保育を実施します。どなたでもご参加いただけます。' },
      { name: '決定', text: '保育料の改定が決定しました。詳しくは市ホームページへ。' },
      { name: 'inside a comment', text: '<!-- 検討中：画像差し替え -->\n本日は開所します。' },
    ],
  });
});
