import { presets } from '../../../server/src/config/presets';
import { category } from '../../../server/src/rules/policy/category';
import { table } from './table';

const ageo = presets['ageo-hoiku'];
const komae = presets['komae-kodomo'];

describe('rule policy/category', () => {
  table(category, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 4(2)',
    fail: [
      {
        name: 'a near miss; the preferred fix picks the closest',
        text: '---\ncategory: events\n---\nクリスマス会のお知らせ',
        covers: ['events'],
        message: 'event（保育課・所管施設が実施する公開行事等（4(2)ウ））',
        severity: 'error',
        fix: true,
        fixInRange: true,
        fixed: '---\ncategory: event\n---\nクリスマス会のお知らせ',
      },
      { name: 'a Japanese label', text: '---\ncategory: イベント\n---\n🎄', covers: ['イベント'], fix: 0, fixed: '---\ncategory: emergency\n---\n🎄' },
      { name: 'missing category (warning); fix adds one', text: '---\naccount: ageo_hoiku\n---\n本文', covers: ['---'], severity: 'warning', fix: 2, fixed: '---\naccount: ageo_hoiku\ncategory: event\n---\n本文' },
      { name: 'no front matter at all', text: '本文だけのポスト', covers: [''], fix: 3, fixed: '---\ncategory: notice\n---\n本文だけのポスト' },
      { name: 'CRLF and a number', text: '---\r\ncategory: 123\r\n---\r\n本文', covers: ['123'], fix: 0, fixed: '---\r\ncategory: emergency\r\n---\r\n本文' },
      { name: 'empty value', text: '---\ncategory:\n---\n本文', covers: ['category'], fix: 1, fixed: '---\ncategory: damage\n---\n本文' },
      { name: 'Komae categories under the Komae clause', text: '---\ncategory: emergency\n---\n本文', covers: ['emergency'], config: { ...komae, clauses: { 'policy/category': '上尾市保育課 X 運用基準 4(2)' } }, message: 'policy（市が行う新たな施策・事業（第5条(1)））' },
    ],
    pass: [
      { name: 'event', text: '---\ncategory: event\n---\n本文' },
      { name: 'notice', text: '---\ncategory: notice\n---\n本文' },
      { name: 'emergency', text: '---\ncategory: emergency\n---\n本文' },
      { name: 'no categories configured', text: '---\ncategory: anything\n---\n本文', config: {} },
      { name: 'Komae policy', text: '---\ncategory: policy\n---\n本文', config: komae },
      { name: 'required: false without a category', text: '本文', config: { ...ageo, rules: { 'policy/category': ['error', { required: false }] } } },
      { name: 'broken YAML is left to format/front-matter', text: '---\ncategory: [event\n---\n本文' },
    ],
  });
});
