// Whether a post may go onto X (copy / web intent), its approval state, and the reviewer's status bucket.
// One answer for the preview, the report, the tree view and the client's commands. Pure; no vscode imports.
import type { ResolvedConfig } from '../config/resolved';
import type { PostDocument } from '../engine/document';
import type { LintResult } from '../engine/lint';
import type { Finding } from '../engine/types';
import { approvalHash, blockingErrors } from '../rules/policy/approvalHash';
import { fmString } from '../rules/policy/util';

export interface ApprovalState {
  /** The team's config enables policy/approval: a post goes out only once approved. */
  required: boolean;
  status?: string;
  approvedBy?: string;
  approvedAt?: string;
  approvedHash?: string;
  /** Hash of the text X would receive now. */
  currentHash: string;
  /** approved_hash equals the current text's hash; undefined when there is no approved_hash. */
  matches?: boolean;
  /** status approved or posted, with a hash that still matches the text. */
  approved: boolean;
  override?: string;
  postedAt?: string;
  postedUrl?: string;
}

export function approvalRequired(config: ResolvedConfig | undefined): boolean {
  return (config?.rules['policy/approval']?.severity ?? 'off') !== 'off';
}

export function approvalState(doc: PostDocument, config: ResolvedConfig | undefined): ApprovalState {
  const status = fmString(doc, 'status');
  const approvedHash = fmString(doc, 'approved_hash');
  const currentHash = approvalHash(doc);
  const matches = approvedHash === undefined ? undefined : approvedHash === currentHash;
  return {
    required: approvalRequired(config),
    status,
    approvedBy: fmString(doc, 'approved_by'),
    approvedAt: fmString(doc, 'approved_at'),
    approvedHash,
    currentHash,
    matches,
    approved: (status === 'approved' || status === 'posted') && matches === true && fmString(doc, 'approved_by') !== undefined,
    override: fmString(doc, 'approved_override'),
    postedAt: fmString(doc, 'posted_at'),
    postedUrl: fmString(doc, 'posted_url'),
  };
}

/**
 * The post a document offset belongs to, or -1 for the front matter and anything before the first post's body
 * (such findings concern the whole thread).
 */
export function postIndexAt(doc: PostDocument, offset: number): number {
  if (offset < doc.bodyStart) return -1;
  let found = -1;
  for (const p of doc.posts) if (p.range.start <= offset) found = p.index;
  return found;
}

/** Findings per post; thread-wide findings (front matter) are listed under `thread`. */
export function findingsByPost(result: LintResult): { thread: Finding[]; posts: Finding[][] } {
  const posts: Finding[][] = result.doc.posts.map(() => []);
  const thread: Finding[] = [];
  for (const f of result.findings) {
    const i = postIndexAt(result.doc, f.range.start);
    (i < 0 ? thread : posts[i]).push(f);
  }
  return { thread, posts };
}

export interface PostGate {
  /** Copy for X / open X's compose page is allowed. */
  allowed: boolean;
  /** Why not (Japanese), in order; empty when allowed. */
  reasons: string[];
  errors: number;
  warnings: number;
}

/** Per post: may it be copied to X or opened in X's compose page? Errors in the post or the thread block it, and so does a missing approval where the team requires one. */
export function postGates(result: LintResult, config: ResolvedConfig | undefined): PostGate[] {
  const { thread, posts } = findingsByPost(result);
  const approval = approvalState(result.doc, config);
  const threadErrors = blockingErrors(thread);
  return posts.map((own) => {
    const errors = blockingErrors(own);
    const reasons: string[] = [];
    if (errors.length > 0) reasons.push(`この投稿に error の指摘が ${errors.length} 件あります（${shortMessage(errors[0].message)}）。直してから投稿してください。`);
    if (threadErrors.length > 0) reasons.push(`フロントマターに error の指摘が ${threadErrors.length} 件あります（${shortMessage(threadErrors[0].message)}）。`);
    if (approval.required && !approval.approved) reasons.push(approvalReason(approval));
    return {
      allowed: reasons.length === 0,
      reasons,
      errors: own.filter((f) => f.severity === 'error').length,
      warnings: own.filter((f) => f.severity === 'warning').length,
    };
  });
}

function approvalReason(a: ApprovalState): string {
  if ((a.status === 'approved' || a.status === 'posted') && a.matches === false) return '承認後に本文が変更されています。変更した本文で改めて承認を受けてください。';
  return 'このチームの設定では投稿前の承認が必要ですが、まだ承認されていません（「Post Policy: 承認する」で記録します）。';
}

function shortMessage(message: string): string {
  const m = message.replace(/［[^］]*］$/, '');
  return m.length > 60 ? `${m.slice(0, 60)}…` : m;
}

/** Reviewer's groups: 下書き / 承認待ち / 承認済み / 投稿済み. */
export type StatusBucket = 'draft' | 'pending' | 'approved' | 'posted';

export const BUCKET_LABELS: Record<StatusBucket, string> = {
  draft: '下書き',
  pending: '承認待ち',
  approved: '承認済み',
  posted: '投稿済み',
};

/**
 * posted → 投稿済み; approved with a matching hash → 承認済み; not approved (or changed after approval) and free of
 * error findings → 承認待ち (ready for the approver); otherwise → 下書き.
 */
export function statusBucket(approval: ApprovalState, findings: readonly Finding[]): StatusBucket {
  if (approval.status === 'posted') return 'posted';
  if (approval.status === 'approved' && approval.matches === true) return 'approved';
  return blockingErrors(findings).length === 0 ? 'pending' : 'draft';
}
