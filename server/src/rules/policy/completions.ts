// Completion of front-matter values (category, status, account, type) and keys. Pure: the language server maps
// the result to LSP CompletionItems.
import type { ResolvedConfig } from '../../config/resolved';
import type { PostDocument } from '../../engine/document';
import type { OffsetRange } from '../../engine/types';
import { STATUS_DETAILS, STATUSES } from './approval';
import { categoryDescriptions } from './category';
import { lineEnd, normalizeHandle } from './util';

export interface FrontMatterCompletion {
  label: string;
  detail?: string;
  documentation?: string;
  /** Document range the completion replaces (the partial word before the cursor). */
  range: OffsetRange;
  /** Text to insert, when it differs from the label (keys get `: `). */
  insertText?: string;
}

export const FRONT_MATTER_KEYS: Record<string, string> = {
  account: '投稿するアカウント（accounts.own のいずれか）',
  category: '発信する情報の区分（運用基準で定めたもの）',
  scheduled: '予約日時（例 2026-12-01T10:00+09:00）',
  urgent: '緊急の投稿（true で業務時間外も可）',
  status: '承認の状態（draft / approved / posted）',
  approved_by: '承認者（「Post Policy: 承認する」が記入）',
  approved_at: '承認日時（「Post Policy: 承認する」が記入）',
  approved_hash: '承認した本文のハッシュ（「Post Policy: 承認する」が記入）',
  type: 'ポストの種類（correction = 訂正ポスト）',
  corrects: '訂正する元のポストの URL',
  photo_consent: '写真に写る人（保護者）の掲載同意を得たか（true で写真の確認リマインダーを出さない）',
};

/** Completion items at `offset` when it is inside the front matter; [] elsewhere. */
export function frontMatterCompletions(doc: PostDocument, offset: number, config: ResolvedConfig): FrontMatterCompletion[] {
  const fm = doc.frontMatter;
  if (!fm.present || offset < fm.contentRange.start || offset > fm.contentRange.end) return [];
  const text = doc.text;
  let lineStart = offset;
  while (lineStart > fm.contentRange.start && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const before = text.slice(lineStart, offset);
  const valueMatch = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(["']?)([^"'#\s]*)$/.exec(before);
  if (valueMatch) {
    const [, key, , partial] = valueMatch;
    const range = { start: offset - partial.length, end: offset };
    return valuesFor(key, config).map((v) => ({ ...v, range }));
  }
  const keyMatch = /^([A-Za-z_]*)$/.exec(before);
  if (keyMatch) {
    const range = { start: lineStart, end: offset };
    // Keys already written (read from the text: the YAML is usually incomplete while typing).
    const content = text.slice(fm.contentRange.start, lineStart) + text.slice(lineEnd(text, offset), fm.contentRange.end);
    const present = new Set([...content.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)].map((m) => m[1]));
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([k]) => !present.has(k))
      .map(([k, detail]) => ({ label: k, detail, insertText: `${k}: `, range }));
  }
  return [];
}

function valuesFor(key: string, config: ResolvedConfig): Omit<FrontMatterCompletion, 'range'>[] {
  switch (key) {
    case 'category': {
      const descriptions = categoryDescriptions(config.rules['policy/category']?.options);
      const clause = config.clauses['policy/category'];
      return (config.categories ?? []).map((c) => ({ label: c, detail: descriptions[c], documentation: clause ? `発信できる情報の区分［${clause}］` : undefined }));
    }
    case 'status':
      return STATUSES.map((s) => ({ label: s, detail: STATUS_DETAILS[s] }));
    case 'account':
      return config.accounts.own.map((a) => ({ label: normalizeHandle(a), detail: 'チームのアカウント（accounts.own）' }));
    case 'type':
      return [{ label: 'correction', detail: '訂正ポスト（corrects に元のポストの URL が必要）' }];
    case 'photo_consent':
      return [
        { label: 'true', detail: '掲載の同意を得た' },
        { label: 'false', detail: 'まだ確認していない' },
      ];
    case 'urgent':
      return [
        { label: 'true', detail: '緊急の投稿（業務時間外も可）' },
        { label: 'false', detail: '通常の投稿' },
      ];
    default:
      return [];
  }
}
