// Language server entry point: LSP wiring only. Linting lives in engine/, LSP conversions in lsp/.
// Two-stage start (issue 2): this bundle (dist/server-core.js, started by lsp/boot.ts) holds only the wiring
// and the quick first pass (lsp/quickPass.ts); the full engine is dist/engine.js, loaded after the first
// publish or on first need (lsp/staging.ts).
// Nothing here may import the config loader, the rule sets or morphology: only types from lsp/engine.ts.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import type { ConfigChange } from './engine/types';
import type { ReadText } from './config/load';
import { APPLY_CONFIG_CHANGE_COMMAND, COUNTS_CHANGED_NOTIFICATION, POST_COUNTS_REQUEST, type CountsChangedParams, type PostCountsParams, type PostCountsResult } from './protocol';
import type { Engine } from './lsp/engine';
import { POSTS_SUMMARY_REQUEST, PREVIEW_REQUEST, REPORT_REQUEST, type PostsSummaryParams, type PreviewParams, type ReportParams } from './previewProtocol';
import { isConfigUri, uriToPath } from './lsp/paths';
import { DiagnosticsPublisher } from './lsp/publisher';
import { quickPass } from './lsp/quickPass';
import { StagedEngine } from './lsp/staging';

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
  if (open) return open.getText();
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
const staged = new StagedEngine((m) => m.createEngine(read, () => workspaceDirs), flushScheduled, relintAll);
const publisher = new DiagnosticsPublisher((uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }));
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
  // Without an open post, load the engine and morphology soon anyway so names are ready when one opens.
  setTimeout(startMorphology, 200);
});

/** Runs `f` with the full engine: at once when loaded, else once it has loaded. */
function withEngine(f: (engine: Engine) => void): void {
  if (staged.current) return f(staged.current);
  staged.load().then(f, logError('engine'));
}

function logError(what: string): (e: unknown) => void {
  return (e) => connection.console.error(`post-policy: ${what} failed: ${(e as Error).message}`);
}

let morphologyStarted = false;
/** Loads kuromoji off the critical path (after the first publish); findings that need it follow. */
function startMorphology(): void {
  if (morphologyStarted) return;
  morphologyStarted = true;
  withEngine((engine) => {
    void engine.loadMorphology().then((m) => {
      if (!m) return;
      engine.service.services.morphology = m;
      relintAll();
    });
  });
}

function isPost(uri: string): boolean {
  return !isConfigUri(uri);
}

async function lintNow(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc || !isPost(uri)) return;
  const engine = staged.current;
  if (!engine) return quickLint(doc);
  const linted = await engine.service.lint(doc);
  // A newer version arrived while linting: its own run will publish.
  if (documents.get(uri)?.version !== linted.version) return;
  engine.service.remember(linted);
  await publisher.publish(uri, linted.version, linted.diagnostics, 'full');
  publishConfigProblems(engine);
  void connection.sendNotification(COUNTS_CHANGED_NOTIFICATION, { uri, version: linted.version } satisfies CountsChangedParams);
  startMorphology();
}

/** Before the engine has loaded: publish the quick pass when it is safe (see lsp/quickPass.ts), then load it. */
async function quickLint(doc: TextDocument): Promise<void> {
  const quick = await quickPass(doc, {
    exists: (path) => !!documents.get(pathToFileURL(path).toString()) || existsSync(path),
    fallbackDir: () => workspaceDirs[0],
  });
  if (quick && documents.get(doc.uri)?.version === quick.version) await publisher.publish(doc.uri, quick.version, quick.diagnostics, 'quick');
  // On load, every open post is linted again by the full engine (relintAll).
  staged.load().catch(logError('loading the engine'));
}

function schedule(uri: string, delay = DEBOUNCE_MS): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      lintNow(uri).catch(logError('lint'));
    }, delay),
  );
}

/** Runs the scheduled lints now (the quick passes, before the engine is required). */
async function flushScheduled(): Promise<void> {
  const uris = [...timers.keys()];
  for (const uri of uris) clearTimeout(timers.get(uri));
  timers.clear();
  await Promise.all(uris.map((uri) => lintNow(uri).catch(logError('lint'))));
}

/** The full engine, with a full result for `uri` when it is an open post (linted now if it has none yet). */
async function engineFor(uri: string): Promise<Engine> {
  const engine = await staged.load();
  if (!engine.service.get(uri) && documents.get(uri) && isPost(uri)) {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    await lintNow(uri);
  }
  return engine;
}

function relintAll(): void {
  for (const doc of documents.all()) if (isPost(doc.uri)) schedule(doc.uri, 0);
}

function configChanged(): void {
  withEngine((engine) => {
    engine.service.configs.invalidate();
    relintAll();
    // An open config file shows its own problems even when no post is open.
    for (const doc of documents.all()) {
      const path = isConfigUri(doc.uri) ? uriToPath(doc.uri) : undefined;
      if (path) engine.service.configs.forPost(undefined, dirname(path));
    }
    publishConfigProblems(engine);
  });
}

/** Publishes problems of every config file in use, and clears files that are fixed. */
function publishConfigProblems(engine: Engine): void {
  const byFile = engine.configProblems();
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
  timers.delete(e.document.uri);
  staged.current?.service.forget(e.document.uri);
  publisher.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});
// Config files anywhere (a new nearer one changes which applies), and files that configs extend.
// Before the engine has loaded no config is in use; quick passes look for config files each time.
connection.onDidChangeWatchedFiles((p) => {
  if (p.changes.some((c) => isConfigUri(c.uri) || staged.current?.service.configs.uses(uriToPath(c.uri)))) configChanged();
});

// Requests answer from the full engine, waiting for it if needed.
connection.onRequest(POST_COUNTS_REQUEST, async (params: PostCountsParams): Promise<PostCountsResult | null> => (await engineFor(params.textDocument.uri)).service.counts(params.textDocument.uri));
connection.onCodeAction(async (params) => (await engineFor(params.textDocument.uri)).service.codeActions(params.textDocument.uri, params.range, read));
connection.onExecuteCommand(async (params) => {
  if (params.command !== APPLY_CONFIG_CHANGE_COMMAND) return;
  const [uri, change] = (params.arguments ?? []) as [string, ConfigChange];
  if (typeof uri !== 'string' || !change || !Array.isArray(change.path)) return;
  const edit = (await engineFor(uri)).service.configChangeEdit(uri, change, read);
  if (edit) await connection.workspace.applyEdit({ label: 'Post Policy: チーム設定を更新', edit });
});
connection.onCodeLens(async (params) => (await engineFor(params.textDocument.uri)).service.codeLenses(params.textDocument.uri));
connection.onCompletion(async (params) => {
  const engine = await staged.load();
  const doc = documents.get(params.textDocument.uri);
  return doc && isPost(doc.uri) ? engine.service.completions(doc, params.position) : [];
});

// Preview, approver's sheet, posts overview (issue 12): from the engine's result for the buffer's current version.
async function currentResult(uri: string) {
  const engine = await engineFor(uri);
  const doc = documents.get(uri);
  if (doc && engine.service.get(uri)?.version !== doc.version) await lintNow(uri);
  const linted = engine.service.get(uri);
  return linted && { engine, linted };
}
connection.onRequest(PREVIEW_REQUEST, async (p: PreviewParams) => {
  const r = await currentResult(p.textDocument.uri);
  return r ? r.engine.preview(r.linted, p) : null;
});
connection.onRequest(REPORT_REQUEST, async (p: ReportParams) => {
  const r = await currentResult(p.textDocument.uri);
  return r ? r.engine.report(r.linted) : null;
});
connection.onRequest(POSTS_SUMMARY_REQUEST, async (p: PostsSummaryParams) => (await staged.load()).summaries(p));

documents.listen(connection);
connection.listen();
