// The post preview beside the editor (issue 12): the server renders the thread as X shows it; this file shows it
// in a webview, follows typing and the cursor, jumps to findings, and offers 「X 用にコピー」, 「X の投稿画面を開く」,
// 「投稿済みにする」 and 「承認用の確認票を開く」. Nothing is sent anywhere: X's page opens in the user's browser, on their click.
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { postedEdits } from '../../server/src/preview/posted';
import { intentUrl } from '../../server/src/preview/xtext';
import { IMAGE_PLACEHOLDER, PREVIEW_REQUEST, REPORT_REQUEST, type PreviewResult, type ReportResult } from '../../server/src/previewProtocol';

const LANGUAGE_ID = 'postmd';
/** Pause after a keystroke before the preview asks the server again. */
const TYPING_DEBOUNCE_MS = 150;

export interface ActionResult {
  ok: boolean;
  /** Why it was refused (shown to the user). */
  reason?: string;
  url?: string;
  text?: string;
}

/** What the in-editor tests read (command postPolicy.preview.state; not in the palette). */
export interface PreviewState {
  open: boolean;
  uri?: string;
  /** Version of the document the last HTML was made for, and the HTML sent to the webview. */
  version?: number;
  html?: string;
  /** Last version the webview reported as drawn (its script runs under the CSP). */
  renderedVersion?: number;
}

type GetClient = () => LanguageClient | undefined;

function postDocument(uri?: vscode.Uri | string): vscode.TextDocument | undefined {
  const wanted = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  if (wanted) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted.toString());
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === LANGUAGE_ID ? editor.document : undefined;
}

async function requestPreview(client: LanguageClient | undefined, document: vscode.TextDocument, page?: { cspSource: string; nonce: string }): Promise<PreviewResult | null> {
  if (!client) return null;
  return client.sendRequest<PreviewResult | null>(PREVIEW_REQUEST, { textDocument: { uri: document.uri.toString() }, page });
}

/** The post a command acts on: the index given, else the one under the cursor, else the first. */
function pickPost(result: PreviewResult, document: vscode.TextDocument, index?: number) {
  if (typeof index === 'number') return result.posts[index];
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const offset = editor ? document.offsetAt(editor.selection.active) : 0;
  let found = result.posts[0];
  for (const p of result.posts) if (p.start <= offset) found = p;
  return found;
}

class PreviewPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private timer?: NodeJS.Timeout;
  private state: PreviewState = { open: false };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly getClient: GetClient, private readonly actions: { copy: Action; intent: Action; posted: Action; report: Action }) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === LANGUAGE_ID && editor.document !== this.document) {
          this.document = editor.document;
          void this.update();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.panel && e.textEditor.document === this.document) void this.panel.webview.postMessage({ type: 'cursor', offset: e.textEditor.document.offsetAt(e.selections[0].active) });
      }),
    );
  }

  snapshot(): PreviewState {
    return { ...this.state, open: !!this.panel };
  }

  async show(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('postPolicy.preview', vscode.l10n.t('Preview: {0}', baseName(document)), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: this.roots(document, []),
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.state = { open: false };
      });
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m));
      await this.load();
    } else {
      this.panel.reveal(undefined, true);
      await this.update();
    }
  }

  private roots(document: vscode.TextDocument, images: string[]): vscode.Uri[] {
    const dirs = new Set<string>([dirname(document.uri.fsPath), ...images.map((p) => dirname(p))]);
    for (const f of vscode.workspace.workspaceFolders ?? []) dirs.add(f.uri.fsPath);
    return [...dirs].map((d) => vscode.Uri.file(d));
  }

  /** Full page (first time): the page's CSP allows the webview's own resource origin only. */
  private async load(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const nonce = randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
    const result = await requestPreview(this.getClient(), document, { cspSource: panel.webview.cspSource, nonce });
    if (!result?.page || this.panel !== panel) return;
    panel.webview.options = { enableScripts: true, localResourceRoots: this.roots(document, result.images) };
    panel.webview.html = this.withImages(result.page, result);
    this.remember(result, document);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), TYPING_DEBOUNCE_MS);
  }

  /** Typing and switching posts: only the thread is replaced (no reload, scroll kept). */
  async update(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const result = await requestPreview(this.getClient(), document);
    if (!result || this.panel !== panel || this.document !== document) return;
    if (result.images.some((p) => !panel.webview.options.localResourceRoots?.some((r) => p.startsWith(r.fsPath + '/')))) {
      panel.webview.options = { enableScripts: true, localResourceRoots: this.roots(document, result.images) };
    }
    panel.title = vscode.l10n.t('Preview: {0}', baseName(document));
    const html = this.withImages(result.html, result);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    await panel.webview.postMessage({ type: 'update', html, version: result.version, cursor: editor ? document.offsetAt(editor.selection.active) : undefined });
    this.remember(result, document, html);
  }

  private remember(result: PreviewResult, document: vscode.TextDocument, html = result.html): void {
    this.state = { ...this.state, open: true, uri: document.uri.toString(), version: result.version, html };
  }

  private withImages(html: string, result: PreviewResult): string {
    const webview = this.panel!.webview;
    return html.replace(new RegExp(`src="${IMAGE_PLACEHOLDER}(\\d+)"`, 'g'), (m, n: string) => {
      const path = result.images[Number(n)];
      return path ? `src="${webview.asWebviewUri(vscode.Uri.file(path)).toString()}"` : m;
    });
  }

  private async onMessage(m: { type?: string; post?: number; offset?: number; end?: number; version?: number }): Promise<void> {
    const document = this.document;
    if (!document) return;
    switch (m.type) {
      case 'ready':
        return this.update();
      case 'rendered':
        this.state = { ...this.state, renderedVersion: m.version };
        return;
      case 'reveal': {
        if (typeof m.offset !== 'number') return;
        const start = document.positionAt(m.offset);
        const end = document.positionAt(typeof m.end === 'number' ? m.end : m.offset);
        const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
        await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(start, end) });
        return;
      }
      case 'copy':
        await this.actions.copy(document.uri, m.post);
        return;
      case 'intent':
        await this.actions.intent(document.uri, m.post);
        return;
      case 'posted':
        await this.actions.posted(document.uri);
        return;
      case 'report':
        await this.actions.report(document.uri);
        return;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

type Action = (uri?: vscode.Uri | string, index?: number, ...rest: unknown[]) => Promise<ActionResult>;

function baseName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.toString();
}

/** Registers the preview and its commands. */
export function registerPreview(context: vscode.ExtensionContext, getClient: GetClient): vscode.Disposable[] {
  /** The post's text as the engine has it now, or the reason it may not go onto X. */
  const gated = async (uri: vscode.Uri | string | undefined, index: number | undefined): Promise<ActionResult & { document?: vscode.TextDocument }> => {
    const document = postDocument(uri) ?? (uri ? await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri) : undefined);
    if (!document || document.languageId !== LANGUAGE_ID) return { ok: false, reason: vscode.l10n.t('Open a post (*.post.md) first.') };
    const result = await requestPreview(getClient(), document);
    const post = result && pickPost(result, document, index);
    if (!result || !post) return { ok: false, reason: vscode.l10n.t('The language server has no result for this post yet. Try again in a moment.') };
    if (!post.allowed) return { ok: false, reason: post.reasons.join(' '), document };
    return { ok: true, text: post.text, document };
  };
  const refuse = (r: ActionResult): ActionResult => {
    void vscode.window.showWarningMessage(vscode.l10n.t('Not for X yet: {0}', r.reason ?? ''));
    return { ok: false, reason: r.reason };
  };

  const copy: Action = async (uri, index) => {
    const r = await gated(uri, index);
    if (!r.ok) return refuse(r);
    await vscode.env.clipboard.writeText(r.text!);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the post for X ({0} characters).', r.text!.length), 4000);
    return { ok: true, text: r.text };
  };
  const intent: Action = async (uri, index) => {
    const r = await gated(uri, index);
    if (!r.ok) return refuse(r);
    const url = intentUrl(r.text!);
    // Opens in the user's browser; the extension itself sends nothing.
    const opened = await vscode.env.openExternal(vscode.Uri.parse(url, true));
    return { ok: opened, url, text: r.text };
  };
  const posted: Action = async (uri, _index, givenUrl) => {
    const document = postDocument(uri);
    if (!document) return { ok: false, reason: vscode.l10n.t('Open a post (*.post.md) first.') };
    let url = typeof givenUrl === 'string' ? givenUrl : undefined;
    if (url === undefined) {
      url = await vscode.window.showInputBox({
        title: vscode.l10n.t('Post Policy: Mark as posted'),
        prompt: vscode.l10n.t('URL of the post on X (optional; leave empty to record only the time)'),
        placeHolder: 'https://x.com/ageo_hoiku/status/…',
        validateInput: (v) => {
          try {
            postedEdits('', new Date(), v);
            return undefined;
          } catch (e) {
            return (e as Error).message;
          }
        },
      });
      if (url === undefined) return { ok: false, reason: 'cancelled' };
    }
    let edits;
    try {
      edits = postedEdits(document.getText(), new Date(), url);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return { ok: false, reason: (e as Error).message };
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.newText);
    return { ok: await vscode.workspace.applyEdit(edit) };
  };
  const report: Action = async (uri) => {
    const document = postDocument(uri);
    const client = getClient();
    if (!document || !client) return { ok: false, reason: vscode.l10n.t('Open a post (*.post.md) first.') };
    const result = await client.sendRequest<ReportResult | null>(REPORT_REQUEST, { textDocument: { uri: document.uri.toString() } });
    if (!result) return { ok: false };
    // The sheet's own CSP allows only its style (by hash) and data: images; no script is needed.
    const panel = vscode.window.createWebviewPanel('postPolicy.report', vscode.l10n.t('Approval sheet: {0}', baseName(document)), vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
    panel.webview.html = result.html;
    void vscode.window.showInformationMessage(vscode.l10n.t('Save the approval sheet as HTML to print it?'), vscode.l10n.t('Save as HTML…')).then(async (choice) => {
      if (!choice) return;
      const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(document.uri.fsPath.replace(/\.post\.md$/, '') + '.確認票.html'), filters: { HTML: ['html'] } });
      if (target) await vscode.workspace.fs.writeFile(target, Buffer.from(result.html, 'utf8'));
    });
    return { ok: true, text: result.html };
  };

  const preview = new PreviewPanel(getClient, { copy, intent, posted, report });
  return [
    preview,
    vscode.commands.registerCommand('postPolicy.openPreview', async (uri?: vscode.Uri) => {
      const document = postDocument(uri) ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
      if (!document || document.languageId !== LANGUAGE_ID) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a post (*.post.md) first.'));
        return;
      }
      await preview.show(document);
    }),
    vscode.commands.registerCommand('postPolicy.copyForX', copy),
    vscode.commands.registerCommand('postPolicy.openXIntent', intent),
    vscode.commands.registerCommand('postPolicy.markPosted', posted),
    vscode.commands.registerCommand('postPolicy.openReport', report),
    vscode.commands.registerCommand('postPolicy.preview.state', () => preview.snapshot()),
  ];
}
