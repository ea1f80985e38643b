// policy/approval: a post goes out only with an approval recorded in front matter and tied to its exact text.
import { z } from 'zod';
import type { Rule } from '../../engine/rule';
import { approvalHash, HASH_PREFIX } from './approvalHash';
import { atMost, fmEntryRange, fmRange, fmStartRange, fmString, parseOptions } from './util';

export const STATUSES = ['draft', 'approved', 'posted'] as const;
export const STATUS_DETAILS: Record<(typeof STATUSES)[number], string> = {
  draft: '下書き（未承認）',
  approved: '承認済み（承認者・日時・本文ハッシュが必要）',
  posted: '投稿済み',
};

const optionsSchema = z.object({
  /** Who may approve (e.g. the section chief). Empty: anyone named. */
  approvers: z.array(z.string().min(1)).optional(),
  /** Report drafts and files without `status` (as a warning). Default true. */
  requireStatus: z.boolean().optional(),
}).strict();

export const approval: Rule = {
  id: 'policy/approval',
  optionsSchema,
  description: '承認（status・approved_by・approved_at・approved_hash）が記録され、承認後に本文が変わっていないか',
  clause: '投稿前の承認',
  defaultSeverity: 'off',
  check(ctx) {
    const options = parseOptions(ctx, 'policy/approval', optionsSchema, {});
    const { doc } = ctx;
    if (doc.frontMatter.errors.length > 0) return; // format/front-matter reports it; the values cannot be trusted
    const rawStatus = doc.frontMatter.data.status;
    const status = fmString(doc, 'status');
    if (status === undefined) {
      if (rawStatus !== undefined && rawStatus !== null) {
        ctx.report({ message: 'status は draft・approved・posted のいずれかを書いてください。', range: fmRange(doc, 'status') });
      } else if (options.requireStatus !== false) {
        ctx.report({
          message: '承認の記録がありません（status がありません）。投稿前に承認を受け、「Post Policy: 承認する」で記録してください。',
          range: fmStartRange(doc),
          severity: atMost(ctx.severity, 'warning'),
        });
      }
      return;
    }
    if (!(STATUSES as readonly string[]).includes(status)) {
      ctx.report({
        message: `status「${status}」は使えません。draft（下書き）・approved（承認済み）・posted（投稿済み）のいずれかを書いてください。`,
        range: fmRange(doc, 'status'),
        fixes: STATUSES.map((s) => ({ title: `status を「${s}」にする`, edits: [{ range: fmRange(doc, 'status'), newText: s }] })),
      });
      return;
    }
    if (status === 'draft') {
      if (options.requireStatus !== false)
        ctx.report({ message: '下書き（未承認）です。投稿前に承認を受け、「Post Policy: 承認する」で記録してください。', range: fmRange(doc, 'status'), severity: atMost(ctx.severity, 'warning') });
      return;
    }
    // approved / posted: who, when and what was approved.
    const missing = (['approved_by', 'approved_at', 'approved_hash'] as const).filter((k) => fmString(doc, k) === undefined);
    if (missing.length > 0) {
      ctx.report({
        message: `status が ${status} ですが、${missing.join('・')} がありません。承認者・承認日時・本文ハッシュを「Post Policy: 承認する」で記録してください。`,
        range: fmEntryRange(doc, 'status') ?? fmRange(doc, 'status'),
      });
      return;
    }
    const by = fmString(doc, 'approved_by')!;
    if (options.approvers && options.approvers.length > 0 && !options.approvers.includes(by)) {
      ctx.report({ message: `承認者「${by}」は承認権限者（${options.approvers.join('、')}）に含まれていません。`, range: fmRange(doc, 'approved_by') });
    }
    const at = fmString(doc, 'approved_at')!;
    if (Number.isNaN(Date.parse(at))) {
      ctx.report({ message: `approved_at「${at}」を日時として読めません。2026-12-01T10:00:00+09:00 の形で書いてください。`, range: fmRange(doc, 'approved_at') });
    }
    // An approval given over error findings: the next reviewer must see who overrode what, and why.
    const override = fmString(doc, 'approved_override');
    if (override !== undefined) {
      const errors = fmString(doc, 'approved_override_errors');
      ctx.report({
        message: `${by} が error の指摘${errors ? `（${errors}）` : ''}があるまま、理由「${override}」で承認しています。内容を確認してください。`,
        range: fmRange(doc, 'approved_override'),
        severity: atMost(ctx.severity, 'info'),
      });
    }
    const hash = fmString(doc, 'approved_hash')!;
    const actual = approvalHash(doc);
    if (hash !== actual) {
      const malformed = !hash.startsWith(HASH_PREFIX);
      ctx.report({
        message: malformed
          ? 'approved_hash の形式が正しくありません。「Post Policy: 承認する」で承認を記録し直してください。'
          : '承認後に本文が変更されています。変更した本文で改めて承認を受けてください（「Post Policy: 承認する」）。',
        range: fmRange(doc, 'approved_hash'),
      });
    }
  },
};
