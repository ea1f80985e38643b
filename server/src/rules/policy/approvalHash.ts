// The approval hash (上尾 4(3)ア): ties an approval to the exact text X will receive, and the edit that records
// an approval in front matter. Pure functions, shared by the rule, the CLI and the VS Code command.
import { createHash } from 'node:crypto';
import { parsePostDocument, type PostDocument } from '../../engine/document';
import type { TextEdit } from '../../engine/types';
import { setFrontMatterEdits, yamlScalar } from './util';

export const HASH_PREFIX = 'sha256:';

/**
 * `sha256:` + hex SHA-256 of the posts' X text (what X receives, in thread order). Comments, front matter and
 * line-break style do not change it; any change to the posted text does.
 */
export function approvalHash(doc: PostDocument): string {
  const h = createHash('sha256');
  // JSON keeps the boundaries between thread posts unambiguous.
  h.update(JSON.stringify(doc.posts.map((p) => p.text)), 'utf8');
  return HASH_PREFIX + h.digest('hex');
}

export function approvalHashOfText(text: string): string {
  return approvalHash(parsePostDocument(text));
}

/** `2026-12-01T10:00:00+09:00`: the moment in Japan Standard Time (UTC+9, no daylight saving). */
export function formatJst(date: Date): string {
  const t = new Date(date.getTime() + 9 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}T${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}+09:00`;
}

/** An approval given although the post has error findings: the approver's reason and the rules that were in error. */
export interface ApprovalOverride {
  reason: string;
  /** Rule ids of the error findings at the time of approval (shown to the next reviewer). */
  errors: string[];
}

/** Front-matter keys of an override; a normal approval removes a stale one. */
export const OVERRIDE_KEYS = ['approved_override', 'approved_override_errors'] as const;

/**
 * Front-matter edits that record an approval: `status: approved`, `approved_by`, `approved_at`, `approved_hash`,
 * and with an override `approved_override` (reason) and `approved_override_errors` (rule ids).
 * A `posted` status is kept. Throws (Japanese message) when the approver or reason is empty or the front matter is broken.
 */
export function approveEdits(text: string, by: string, now: Date = new Date(), override?: ApprovalOverride): TextEdit[] {
  const name = by.trim();
  if (!name) throw new Error('承認者の名前を入力してください。');
  if (/[\r\n]/.test(name)) throw new Error('承認者の名前は 1 行で入力してください。');
  if (override && !override.reason.trim()) throw new Error('エラーがあるまま承認する理由を入力してください。');
  if (override && /[\r\n]/.test(override.reason.trim())) throw new Error('理由は 1 行で入力してください。');
  const doc = parsePostDocument(text);
  const status = doc.frontMatter.data.status;
  const entries: [string, string | undefined][] = [
    ['status', status === 'posted' ? 'posted' : 'approved'],
    ['approved_by', yamlScalar(name)],
    ['approved_at', formatJst(now)],
    ['approved_hash', approvalHash(doc)],
    ['approved_override', override ? yamlScalar(override.reason.trim()) : undefined],
    ['approved_override_errors', override ? yamlScalar([...new Set(override.errors)].join(', ')) : undefined],
  ];
  return setFrontMatterEdits(doc, entries);
}

/** The error findings that block an approval: every error except policy/approval's own (approving settles those). */
export function blockingErrors<F extends { rule: string; severity: string }>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === 'error' && f.rule !== 'policy/approval');
}

/** Applies non-overlapping edits to a text (for the CLI). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}
