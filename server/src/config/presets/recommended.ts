// Preset `recommended`: checks that suit any Japanese municipal X account. Clauses name the general principle
// (or the law) each rule stands on; office presets replace them with their own clause numbers.
import type { RawConfig } from '../schema';
import { piiClauses, piiProhibited } from './piiClauses';

export const recommended: RawConfig = {
  policyName: 'Post Policy 推奨設定（自治体公式 X の一般的な運用）',
  rules: {
    // 個人情報は禁止事項: 強い根拠はエラー、不確かなものは各ルールが警告にとどめる（docs/policies.md）。
    ...piiProhibited(),
    'policy/citation': 'warning',
    'policy/mention': 'warning',
    'policy/reply': 'warning',
    'policy/repost': 'warning',
    'policy/personal-opinion': 'warning',
    'policy/discrimination': 'error',
    'policy/undecided': 'warning',
    'policy/secret': 'error',
    'policy/timing': 'warning',
    'policy/category': 'warning',
    'policy/account': 'error',
    'policy/approval': 'off',
    'policy/correction': 'warning',
  },
  clauses: {
    'format/weekday': '推奨設定: 日付・曜日などを確かめ、誤った情報を発信しない',
    'policy/citation': '推奨設定: 引用時の出所の明示（著作権法第 32 条・第 48 条）',
    'policy/mention': '推奨設定: 個人・事業者への個別の連絡に公式アカウントを使わない',
    'policy/reply': '推奨設定: 公式アカウントからの返信は行わない',
    'policy/repost': '推奨設定: リポストは公的機関の関連情報に限る',
    'policy/personal-opinion': '推奨設定: 公式アカウントで個人的見解を発信しない',
    'policy/discrimination': '推奨設定: 差別・誹謗中傷の禁止（人権の尊重）',
    'policy/undecided': '推奨設定: 未確定・意思形成過程の情報を発信しない',
    'policy/secret': '推奨設定: 情報セキュリティ（認証情報の漏えい防止）',
    'policy/timing': '推奨設定: 緊急時を除き業務時間内に発信する',
    'policy/category': '推奨設定: 定めた区分の情報を発信する',
    'policy/account': '推奨設定: 登録した公式アカウントから発信する',
    'policy/correction': '推奨設定: 誤りは速やかに訂正する',
    ...piiClauses('推奨設定: 個人情報・日時や場所を特定できる情報を発信しない（個人情報保護法）', '推奨設定: 肖像権の尊重（写真の掲載は本人・保護者の同意を得る）'),
  },
};
