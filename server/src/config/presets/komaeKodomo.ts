// Preset `komae-kodomo`: 狛江市子ども若者政策課公式 X アカウント運用ポリシー（令和 6 年 4 月 1 日）.
// Clauses the policy delegates to the city's social-media guideline (第10条) are cited as such.
import type { RawConfig } from '../schema';
import { piiClauses, piiProhibited } from './piiClauses';

const C = '狛江市 運用ポリシー';
const GUIDELINE = `${C} 第10条（狛江市ソーシャルメディア活用ガイドライン）`;

export const KOMAE_CATEGORIES: Record<string, string> = {
  event: '子ども・若者・子育てに係るイベント（第5条(1)）',
  policy: '市が行う新たな施策・事業（第5条(1)）',
  info: 'その他子ども・若者・子育てに係る情報（第5条(1)）',
  other: 'その他子ども若者政策課長が適当と認める情報（第5条(2)）',
};

export const komaeKodomo: RawConfig = {
  policyName: '狛江市子ども若者政策課公式 X アカウント運用ポリシー',
  // 第4条(1) ユーザー名 komae_kosodate
  accounts: { own: ['komae_kosodate'], repostable: [] },
  categories: Object.keys(KOMAE_CATEGORIES),
  rules: {
    // 個人情報は禁止事項: 強い根拠はエラー、不確かなものは各ルールが警告にとどめる（docs/policies.md）。
    ...piiProhibited(),
    'policy/mention': 'error',
    'policy/reply': 'error',
    'policy/repost': 'warning',
    'policy/category': ['error', { descriptions: KOMAE_CATEGORIES }],
    'policy/account': 'error',
    'policy/correction': 'error',
    'policy/secret': 'error',
    'policy/citation': 'warning',
    'policy/personal-opinion': 'warning',
    'policy/discrimination': 'error',
    'policy/undecided': 'warning',
    // No clause on business hours or prior approval: off.
    'policy/timing': 'off',
    'policy/approval': 'off',
  },
  clauses: {
    'format/weekday': `${C} 第5条2`,
    'policy/mention': `${C} 第6条(3)`,
    'policy/reply': `${C} 第6条(2)`,
    'policy/repost': `${C} 第6条(1)・(3)の趣旨`,
    'policy/category': `${C} 第5条`,
    'policy/account': `${C} 第4条(1)`,
    'policy/correction': `${C} 第5条2`,
    'policy/secret': `${C} 第4条(4)・第10条`,
    'policy/citation': `${C} 第8条・第10条`,
    'policy/personal-opinion': GUIDELINE,
    'policy/discrimination': GUIDELINE,
    'policy/undecided': GUIDELINE,
    // 個人情報・肖像: the guideline (第10条); photos also fall under 第8条 (掲載情報の権利).
    ...piiClauses(GUIDELINE, `${C} 第8条・第10条`),
    'team/terms': GUIDELINE,
  },
};
