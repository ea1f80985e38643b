// 「Post Policy: 承認する」: records the approval (status, approved_by, approved_at, approved_hash) in front matter.
// A gate like `post-policy approve` (issue 11): a post with error findings (blockingErrors: every error except
// policy/approval's own) is refused with a modal that lists them; 「理由を記録して承認」 asks for a reason and records
// the override (approved_override, approved_override_errors), which policy/approval shows to the next reviewer.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { APPROVAL_CHECK_REQUEST, type ApprovalCheckResult, type BlockingFinding } from '../../server/src/protocol';
import { approveEdits, type ApprovalOverride } from '../../server/src/rules/policy/approvalHash';

const LANGUAGE_ID = 'postmd';

/**
 * Optional arguments, for scripts, keybindings and tests: with `by` nothing is asked. Without `force`, a post with
 * errors is refused (a non-modal warning, no prompt); with `force` and a `reason` the override is recorded.
 */
export interface ApproveOptions {
  by?: string;
  reason?: string;
  force?: boolean;
}

export interface ApproveOutcome {
  approved: boolean;
  /** Approved although it had errors (the reason is recorded). */
  override?: boolean;
  /** The findings that blocked (or would have blocked) the approval. */
  errors: BlockingFinding[];
  /** The refusal shown to the user: headline and the list of findings. */
  refusal?: { message: string; detail: string };
}

/** The modal's text: how many errors, then one line per finding (line:column, rule id, message). */
export function refusalText(errors: BlockingFinding[]): { message: string; detail: string } {
  return {
    message: vscode.l10n.t('This post has {0} error finding(s), so it cannot be approved.', errors.length),
    detail: [
      ...errors.map((e) => `${e.start.line + 1}:${e.start.character + 1}  ${e.rule}  ${e.message}`),
      '',
      vscode.l10n.t('Fix them and approve again, or approve anyway with a reason that is recorded in the front matter for the next reviewer.'),
    ].join('\n'),
  };
}

export function registerApproveCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('postPolicy.approve', async (options?: ApproveOptions): Promise<ApproveOutcome> => {
    const opts: ApproveOptions = options && typeof options === 'object' && !(options instanceof vscode.Uri) ? options : {};
    const scripted = opts.by !== undefined;
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || editor.document.languageId !== LANGUAGE_ID || !c) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a post (*.post.md) to approve it.'));
      return { approved: false, errors: [] };
    }
    const document = editor.document;

    // The findings the user sees, from the language server: the current text, every rule.
    const check = await c.sendRequest<ApprovalCheckResult | null>(APPROVAL_CHECK_REQUEST, { textDocument: { uri: document.uri.toString() } });
    if (!check || check.version !== document.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The post changed while it was being checked. Run the command again.'));
      return { approved: false, errors: check?.errors ?? [] };
    }
    const errors = check.errors;
    let override: ApprovalOverride | undefined;
    if (errors.length > 0) {
      const refusal = refusalText(errors);
      let force = opts.force === true;
      if (!force && !scripted) {
        const approveAnyway = vscode.l10n.t('Approve with a recorded reason');
        const choice = await vscode.window.showWarningMessage(refusal.message, { modal: true, detail: refusal.detail }, approveAnyway);
        force = choice === approveAnyway;
      } else if (!force) {
        void vscode.window.showWarningMessage(`${refusal.message} ${errors.map((e) => e.rule).join(', ')}`);
      }
      if (!force) return { approved: false, errors, refusal };
      let reason = opts.reason;
      if (reason === undefined && !scripted) {
        reason = await vscode.window.showInputBox({
          title: vscode.l10n.t('Post Policy: Approve with errors'),
          prompt: vscode.l10n.t('Why is this post approved although it has errors? (recorded as approved_override for the next reviewer)'),
          validateInput: (v) => (v.trim() ? (/[\r\n]/.test(v) ? vscode.l10n.t('Enter the reason on one line.') : undefined) : vscode.l10n.t('Enter the reason.')),
        });
      }
      if (reason === undefined || !reason.trim()) {
        if (scripted) void vscode.window.showWarningMessage(vscode.l10n.t('Enter the reason.'));
        return { approved: false, errors, refusal };
      }
      override = { reason, errors: errors.map((e) => e.rule) };
    }

    const by =
      opts.by ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Post Policy: Approve'),
        prompt: vscode.l10n.t('Name of the approver'),
        value: context.globalState.get<string>('postPolicy.approver') ?? '',
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the approver\'s name.')),
      }));
    if (by === undefined) return { approved: false, errors };
    if (document.version !== check.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The post changed while it was being checked. Run the command again.'));
      return { approved: false, errors };
    }
    let edits;
    try {
      edits = approveEdits(document.getText(), by, new Date(), override);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return { approved: false, errors };
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return { approved: false, errors };
    await context.globalState.update('postPolicy.approver', by.trim());
    return { approved: true, override: !!override, errors };
  });
}
