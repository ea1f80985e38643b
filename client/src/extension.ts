// VS Code client: starts the Post Policy language server and owns the status bar.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COUNTS_CHANGED_NOTIFICATION, POST_COUNTS_REQUEST, type CountsChangedParams, type PostCountsResult } from '../../server/src/protocol';
import { registerAddTermCommand } from './addTerm';
import { registerPostsTree } from './postsTree';
import { registerPreview } from './preview';
import { CountStatusBar } from './statusBar';
import { approveEdits } from '../../server/src/rules/policy/approvalHash';

export const LANGUAGE_ID = 'postmd';
const CONFIG_GLOB = '**/.postpolicy.{json,yaml,yml}';

/** What the extension exports, for the in-editor tests. */
export interface PostPolicyApi {
  /** Current status bar text ('' when hidden). */
  statusBarText(): string;
  /** True when the status bar shows the warning colour. */
  statusBarWarning(): boolean;
  /** Resolves when the status bar reflects the active editor's latest counts. */
  refreshStatusBar(): Promise<void>;
  client: LanguageClient;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostPolicyApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'file', pattern: CONFIG_GLOB },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_GLOB), configurationSection: 'postPolicy' },
    initializationOptions: { lintOn: vscode.workspace.getConfiguration('postPolicy').get('lintOn', 'type') },
  };
  client = new LanguageClient('postPolicy', 'Post Policy', serverOptions, clientOptions);
  const statusBar = new CountStatusBar();
  context.subscriptions.push(statusBar);
  context.subscriptions.push(registerApproveCommand(context));
  context.subscriptions.push(registerAddTermCommand(() => client));

  let pending: Promise<void> = Promise.resolve();
  const refresh = (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID || !client) {
      statusBar.hide();
      return Promise.resolve();
    }
    pending = client
      .sendRequest<PostCountsResult | null>(POST_COUNTS_REQUEST, { textDocument: { uri: editor.document.uri.toString() } })
      .then((result) => {
        // Only show counts for what is still the active editor.
        if (vscode.window.activeTextEditor?.document === editor.document) statusBar.show(result, vscode.window.activeTextEditor.selection.active.line);
      }, () => statusBar.hide());
    return pending;
  };

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('postPolicy.statusBar.units')) void refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) void refresh();
    }),
  );
  await client.start();
  context.subscriptions.push(...registerPreview(context, () => client), ...registerPostsTree(() => client)); // issue 12
  context.subscriptions.push(
    client.onNotification(COUNTS_CHANGED_NOTIFICATION, (p: CountsChangedParams) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === p.uri) void refresh();
    }),
  );
  void refresh();

  return {
    statusBarText: () => (statusBar.visible ? statusBar.item.text : ''),
    statusBarWarning: () => statusBar.item.backgroundColor !== undefined,
    refreshStatusBar: () => refresh(),
    client,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** "Post Policy: 承認する": records the approval (status, approved_by, approved_at, approved_hash) in front matter. */
function registerApproveCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('postPolicy.approve', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a post (*.post.md) to approve it.'));
      return;
    }
    const by = await vscode.window.showInputBox({
      title: vscode.l10n.t('Post Policy: Approve'),
      prompt: vscode.l10n.t('Name of the approver'),
      value: context.globalState.get<string>('postPolicy.approver') ?? '',
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the approver\'s name.')),
    });
    if (by === undefined) return;
    const document = editor.document;
    let edits;
    try {
      edits = approveEdits(document.getText(), by, new Date());
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.newText);
    if (await vscode.workspace.applyEdit(edit)) await context.globalState.update('postPolicy.approver', by.trim());
  });
}
