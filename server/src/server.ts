// Language server entry point: LSP wiring only. Linting lives in engine/, LSP conversions in lsp/.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { LineIndex } from './engine/lineIndex';
import type { ConfigChange } from './engine/types';
import { readTextFromDisk, type ReadText } from './config/load';
import { loadMorphology } from './morphology';
import { APPLY_CONFIG_CHANGE_COMMAND, COUNTS_CHANGED_NOTIFICATION, POST_COUNTS_REQUEST, type CountsChangedParams, type PostCountsParams, type PostCountsResult } from './protocol';
import { createNodeServices } from './services';
import { isConfigUri, PostService, uriToPath } from './lsp/postService';
import { SOURCE, toRange } from './lsp/convert';

/** Short pause after a keystroke so a burst of edits is linted once. */
const DEBOUNCE_MS = 8;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let workspaceDirs: string[] = [];
/** The user's preference (VS Code setting postPolicy.lintOn): check while typing, or on save only. */
let lintOn: 'type' | 'save' = 'type';

// Open buffers win over disk so an unsaved config edit takes effect as the user types.
const read: ReadText = (path) => {
  const open = documents.get(pathToFileURL(path).toString());
  return open ? open.getText() : readTextFromDisk(path);
};
const service = new PostService(read, createNodeServices(), () => workspaceDirs);
const timers = new Map<string, NodeJS.Timeout>();
let configFilesWithProblems = new Set<string>();

connection.onInitialize((params) => {
  lintOn = (params.initializationOptions as { lintOn?: string } | undefined)?.lintOn === 'save' ? 'save' : 'type';
  workspaceDirs = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (workspaceDirs.length === 0 && params.rootUri) workspaceDirs = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
      executeCommandProvider: { commands: [APPLY_CONFIG_CHANGE_COMMAND] },
      codeLensProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: [':', ' '] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'post-policy' },
  };
});

connection.onInitialized(() => {
  connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.postpolicy.{json,yaml,yml}' }, { globPattern: '**/*.{json,jsonc,yaml,yml}' }] })
    .catch(() => undefined); // clients without dynamic registration watch files themselves
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
    workspaceDirs = [...workspaceDirs.filter((d) => !removed.has(d)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
    configChanged();
  });
  // Without an open post, load morphology soon anyway so names are ready when one opens.
  setTimeout(startMorphology, 200);
});

let morphologyStarted = false;
/** Loads kuromoji off the critical path (after the first publish); findings that need it follow. */
function startMorphology(): void {
  if (morphologyStarted) return;
  morphologyStarted = true;
  void loadMorphology().then((m) => {
    if (!m) return;
    service.services.morphology = m;
    relintAll();
  });
}

function isPost(uri: string): boolean {
  return !isConfigUri(uri);
}

async function lintNow(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc || !isPost(uri)) return;
  const linted = await service.lint(doc);
  // A newer version arrived while linting: its own run will publish.
  if (documents.get(uri)?.version !== linted.version) return;
  service.remember(linted);
  await connection.sendDiagnostics({ uri, version: linted.version, diagnostics: linted.diagnostics });
  publishConfigProblems();
  void connection.sendNotification(COUNTS_CHANGED_NOTIFICATION, { uri, version: linted.version } satisfies CountsChangedParams);
  startMorphology();
}

function schedule(uri: string, delay = DEBOUNCE_MS): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      lintNow(uri).catch((e) => connection.console.error(`post-policy: lint failed: ${(e as Error).message}`));
    }, delay),
  );
}

function relintAll(): void {
  for (const doc of documents.all()) if (isPost(doc.uri)) schedule(doc.uri, 0);
}

function configChanged(): void {
  service.configs.invalidate();
  relintAll();
  // An open config file shows its own problems even when no post is open.
  for (const doc of documents.all()) {
    const path = isConfigUri(doc.uri) ? uriToPath(doc.uri) : undefined;
    if (path) service.configs.forPost(undefined, dirname(path));
  }
  publishConfigProblems();
}

/** Publishes problems of every config file in use, and clears files that are fixed. */
function publishConfigProblems(): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const [, state] of service.configs.all()) {
    for (const d of state.diagnostics) {
      const text = read(d.file) ?? '';
      const list = byFile.get(d.file) ?? [];
      list.push({ range: toRange(new LineIndex(text), d.range), severity: 1, source: SOURCE, code: 'config', message: d.message });
      byFile.set(d.file, list);
    }
  }
  for (const file of configFilesWithProblems) if (!byFile.has(file)) void connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: [] });
  for (const [file, diagnostics] of byFile) void connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics });
  configFilesWithProblems = new Set(byFile.keys());
}

documents.onDidOpen((e) => (isConfigUri(e.document.uri) ? configChanged() : schedule(e.document.uri, 0)));
documents.onDidChangeContent((e) => {
  if (isConfigUri(e.document.uri)) configChanged();
  else if (lintOn === 'type') schedule(e.document.uri);
});
documents.onDidSave((e) => {
  if (!isConfigUri(e.document.uri) && lintOn === 'save') schedule(e.document.uri, 0);
});
connection.onDidChangeConfiguration((params) => {
  const next = (params.settings as { postPolicy?: { lintOn?: string } } | undefined)?.postPolicy?.lintOn;
  if (next === 'save' || next === 'type') lintOn = next;
});
documents.onDidClose((e) => {
  if (isConfigUri(e.document.uri)) return configChanged();
  clearTimeout(timers.get(e.document.uri));
  service.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});
// Config files anywhere (a new nearer one changes which applies), and files that configs extend.
connection.onDidChangeWatchedFiles((p) => {
  if (p.changes.some((c) => isConfigUri(c.uri) || service.configs.uses(uriToPath(c.uri)))) configChanged();
});

connection.onRequest(POST_COUNTS_REQUEST, (params: PostCountsParams): PostCountsResult | null => service.counts(params.textDocument.uri));
connection.onCodeAction((params) => service.codeActions(params.textDocument.uri, params.range, read));
connection.onExecuteCommand(async (params) => {
  if (params.command !== APPLY_CONFIG_CHANGE_COMMAND) return;
  const [uri, change] = (params.arguments ?? []) as [string, ConfigChange];
  const edit = typeof uri === 'string' && change && Array.isArray(change.path) ? service.configChangeEdit(uri, change, read) : undefined;
  if (edit) await connection.workspace.applyEdit({ label: 'Post Policy: チーム設定を更新', edit });
});
connection.onCodeLens((params) => service.codeLenses(params.textDocument.uri));
connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc && isPost(doc.uri) ? service.completions(doc, params.position) : [];
});

documents.listen(connection);
connection.listen();
