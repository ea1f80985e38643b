// VS Code client: starts the Post Policy language server and owns the status bar.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, COUNTS_CHANGED_NOTIFICATION, LINT_WORKSPACE_REQUEST, POST_COUNTS_REQUEST, type CountsChangedParams, type LintWorkspaceResult, type PostCountsResult } from '../../server/src/protocol';
import { registerAddTermCommand } from './addTerm';
import { registerApproveCommand } from './approve';
import { registerPostsTree } from './postsTree';
import { registerPreview } from './preview';
import { registerRuleDocsPreview } from './ruleDocs';
import { CountStatusBar, type StatusBarState } from './statusBar';

export const LANGUAGE_ID = 'postmd';
const CONFIG_GLOB = '**/.postpolicy.{json,yaml,yml}';

/** What the extension exports, for the in-editor tests. */
export interface PostPolicyApi {
  /** Current status bar text ('' when hidden). */
  statusBarText(): string;
  /** True when the status bar shows the warning colour. */
  statusBarWarning(): boolean;
  /** Which state the status bar shows (count, over the limit, or a broken team config). */
  statusBarState(): StatusBarState;
  /** Theme colour id of the status bar's background (e.g. `statusBarItem.errorBackground`), if any. */
  statusBarBackground(): string | undefined;
  /** The status bar's tooltip text. */
  statusBarTooltip(): string;
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
    initializationOptions: {
      lintOn: vscode.workspace.getConfiguration('postPolicy').get('lintOn', 'type'),
      lintWorkspace: vscode.workspace.getConfiguration('postPolicy').get('lintWorkspace', false),
      // Commands this client implements itself (e.g. asking for the wording of a new term).
      clientCommands: [...CLIENT_COMMANDS],
    },
  };
  client = new LanguageClient('postPolicy', 'Post Policy', serverOptions, clientOptions);
  const statusBar = new CountStatusBar();
  context.subscriptions.push(statusBar);
  context.subscriptions.push(registerApproveCommand(context, () => client));
  context.subscriptions.push(registerAddTermCommand(() => client));
  context.subscriptions.push(registerLintWorkspaceCommand(() => client));
  context.subscriptions.push(registerRuleDocsPreview(context)); // issue 15: rule links open the bundled page as a preview

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
    statusBarWarning: () => statusBar.background === 'statusBarItem.warningBackground',
    statusBarState: () => statusBar.state,
    statusBarBackground: () => statusBar.background,
    statusBarTooltip: () => (typeof statusBar.item.tooltip === 'string' ? statusBar.item.tooltip : (statusBar.item.tooltip?.value ?? '')),
    refreshStatusBar: () => refresh(),
    client,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * 「Post Policy: ワークスペースのすべての投稿を検査」: the server lints every `*.post.md` in the workspace folders (not
 * only open files) and fills the Problems panel; it keeps those findings fresh as files change on disk.
 * Returns the server's summary (for tests and other extensions).
 */
function registerLintWorkspaceCommand(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('postPolicy.lintWorkspace', async (): Promise<LintWorkspaceResult | undefined> => {
    const c = client();
    if (!c) return undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Post Policy: checking every post in the workspace…') },
      () => c.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST),
    );
    void vscode.window.showInformationMessage(
      result.files === 0
        ? vscode.l10n.t('No posts (*.post.md) were found in the workspace.')
        : vscode.l10n.t('Checked {0} posts: {1} with errors, {2} with warnings. The findings are in the Problems panel.', result.files, result.withErrors, result.withWarnings),
    );
    if (result.withErrors + result.withWarnings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
    return result;
  });
}
