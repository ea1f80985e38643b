// The team config (.postpolicy.json / .postpolicy.yaml). zod is the single source of truth:
// the JSON Schema shipped in schemas/ is generated from this file at build time.
import { z } from 'zod';

export const severitySchema = z.enum(['off', 'info', 'warning', 'error']).describe('off: 無効 / info: 情報 / warning: 警告 / error: エラー（投稿不可）');

export const ruleSettingSchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
]).describe('ルールの重大度、または [重大度, オプション]');

/** An exact value or a `/regex/flags` pattern. */
const allowValue = z.string().min(1).describe('そのままの値（全角・半角やハイフンの違いは無視して比較）、または /正規表現/フラグ');

export const termSpecSchema = z.object({
  from: z.string().describe('この文が'),
  to: z.string().describe('この文に直されること'),
}).strict().describe('規則の例: from に pattern → expected を適用すると to になること');

export const termSchema = z.object({
  pattern: z.string().min(1).describe('検出する語。/正規表現/ も可（線形時間で評価できるものに限る）'),
  expected: z.string().optional().describe('置き換え候補'),
  message: z.string().optional().describe('表示するメッセージ'),
  specs: z.array(termSpecSchema).optional().describe('この規則が満たすべき例（失敗すると設定ファイル全体が無効）'),
}).strict().describe('用語: pattern に一致した語を expected に直すよう指摘します');

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM 形式で書いてください');

export const businessHoursSchema = z.object({
  start: hhmm.describe('業務開始 (HH:MM)'),
  end: hhmm.describe('業務終了 (HH:MM)'),
  days: z.array(z.number().int().min(0).max(6)).optional().describe('業務日（0=日曜 … 6=土曜）。既定は月〜金'),
  holidays: z.boolean().optional().describe('祝日を業務日から除くか（既定 true）'),
}).strict().describe('業務時間（予約投稿・返信の時間帯の確認に使います）');

export const configSchema = z.object({
  $schema: z.string().optional().describe('この設定ファイルの JSON Schema（エディタの補完用）'),
  extends: z.array(z.string()).optional().describe('継承する設定: 組み込みプリセット名（ageo-hoiku, komae-kodomo, recommended）または相対パス'),
  rules: z.record(z.string(), ruleSettingSchema).optional().describe('ルール ID ごとの重大度とオプション'),
  limit: z.number().int().positive().max(25000).optional().describe('X の文字数上限（重み付き。既定 280）'),
  accounts: z.object({
    own: z.array(z.string()).optional().describe('チームの公式アカウント'),
    repostable: z.array(z.string()).optional().describe('リポスト・引用を認める公的機関のアカウント'),
    official: z.array(z.string()).optional().describe('メンションしてよい公的機関の公式アカウント（組み込みの一覧に追加。返信は公的機関宛てでも指摘します）'),
  }).strict().describe('X のアカウント（@ なしのユーザー名）').optional(),
  allow: z.object({
    phones: z.array(allowValue).optional().describe('公開してよい電話番号（代表・窓口など）'),
    emails: z.array(allowValue).optional().describe('公開してよいメールアドレス'),
    addresses: z.array(allowValue).optional().describe('公開してよい住所（施設など）'),
    names: z.array(allowValue).optional().describe('公開してよい人名（市長など）'),
  }).strict().describe('個人情報ルールで指摘しない値（許可リスト）').optional(),
  terms: z.array(termSchema).optional().describe('チームの用語リスト（prh 形式）'),
  categories: z.array(z.string()).optional().describe('投稿カテゴリ（front matter の category）'),
  businessHours: businessHoursSchema.optional(),
  clauses: z.record(z.string(), z.string()).optional().describe('ルール ID ごとに引用する規程の条項'),
  policyName: z.string().optional().describe('規程の名称（メッセージに表示）'),
  docsBaseUrl: z.string().url().optional().describe('ルールの説明ページを置いた URL（例: https://intra.example.lg.jp/post-policy/rules/）。省略時は拡張機能・CLI に同梱の説明を開く'),
}).strict().describe('Post Policy のチーム設定（.postpolicy.json / .postpolicy.yaml）');

export type RawConfig = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;
export type Term = z.infer<typeof termSchema>;
export type BusinessHours = z.infer<typeof businessHoursSchema>;
