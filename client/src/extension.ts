// VS Code client: starts the Post Policy language server and owns the status bar.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COUNTS_CHANGED_NOTIFICATION, POST_COUNTS_REQUEST, type CountsChangedParams, type PostCountsResult } from '../../server/src/protocol';
import { CountStatusBar } from './statusBar';

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
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_GLOB) },
  };
  client = new LanguageClient('postPolicy', 'Post Policy', serverOptions, clientOptions);
  const statusBar = new CountStatusBar();
  context.subscriptions.push(statusBar);

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
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) void refresh();
    }),
  );
  await client.start();
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
