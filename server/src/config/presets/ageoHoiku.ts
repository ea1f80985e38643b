// Preset `ageo-hoiku`: 上尾市保育課公式 X（旧ツイッター）運用基準（令和 7 年 3 月 31 日 子ども未来部保育課長決裁）.
// Every rule cites the clause it enforces. The account name is illustrative: set your own in accounts.own.
import type { RawConfig } from '../schema';
import { piiClauses, piiProhibited } from './piiClauses';

const C = '上尾市保育課 X 運用基準';

export const AGEO_CATEGORIES: Record<string, string> = {
  emergency: '災害発生時・発生のおそれがある場合の緊急情報（4(2)ア）',
  damage: '災害時の保育課所管施設の人・施設の被災状況（4(2)イ）',
  event: '保育課・所管施設が実施する公開行事等（4(2)ウ）',
  notice: '緊急を要する重要な情報・ニーズの高い情報・周知の必要が高い情報（4(2)エ）',
  other: 'その他、保育課長が必要と判断した情報（4(2)オ）',
};

export const ageoHoiku: RawConfig = {
  policyName: '上尾市保育課公式 X（旧ツイッター）運用基準',
  accounts: { own: ['ageo_hoiku'], repostable: [] },
  categories: Object.keys(AGEO_CATEGORIES),
  businessHours: { start: '08:30', end: '17:15', days: [1, 2, 3, 4, 5], holidays: true },
  rules: {
    // 個人情報は禁止事項: 強い根拠はエラー、不確かなものは各ルールが警告にとどめる（docs/policies.md）。
    ...piiProhibited(),
    'policy/citation': 'warning',
    'policy/mention': 'error',
    'policy/reply': 'error',
    'policy/repost': 'error',
    'policy/personal-opinion': 'warning',
    'policy/discrimination': 'error',
    'policy/undecided': 'warning',
    'policy/secret': 'error',
    'policy/timing': ['warning', { emergencyCategories: ['emergency', 'damage'] }],
    'policy/category': ['error', { descriptions: AGEO_CATEGORIES }],
    'policy/account': 'error',
    'policy/approval': 'error',
    'policy/correction': 'warning',
  },
  clauses: {
    'format/weekday': `${C} 5(1)イ`,
    'count/max-length': `${C} 2(1)`,
    'policy/citation': `${C} 5(1)ウ`,
    'policy/mention': `${C} 5(1)カ`,
    'policy/reply': `${C} 5(1)カ`,
    'policy/repost': `${C} 5(1)カ`,
    'policy/personal-opinion': `${C} 5(2)ク`,
    'policy/discrimination': `${C} 5(2)ウ・エ`,
    'policy/undecided': `${C} 5(2)キ`,
    'policy/secret': `${C} 5(2)ケ`,
    'policy/timing': `${C} 5(2)ア`,
    'policy/category': `${C} 4(2)`,
    'policy/account': `${C} 2(2)`,
    'policy/approval': `${C} 4(3)ア・イ`,
    'policy/correction': `${C} 4(3)ウ`,
    ...piiClauses(`${C} 5(2)カ`, `${C} 5(2)ウ・カ`),
    'team/terms': `${C} 5(1)イ`,
  },
};
