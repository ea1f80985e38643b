// Language server entry point: LSP wiring only. Linting lives in engine/, LSP conversions in lsp/.
// Two-stage start (issue 2): this bundle (dist/server-core.js, started by lsp/boot.ts) holds only the wiring
// and the quick first pass (lsp/quickPass.ts); the full engine is dist/engine.js, loaded after the first
// publish or on first need (lsp/staging.ts).
// Nothing here may import the config loader, the rule sets or morphology: only types from lsp/engine.ts.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  SocketMessageReader,
  SocketMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { createConnection as connectSocket } from 'node:net';
import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import type { ConfigChange } from './engine/types';
import type { ReadText } from './config/load';
import {
  ADD_TERM_COMMAND,
  APPLY_CONFIG_CHANGE_COMMAND,
  APPROVAL_CHECK_REQUEST,
  COUNTS_CHANGED_NOTIFICATION,
  FIX_ALL_KIND,
  LINT_WORKSPACE_REQUEST,
  POST_COUNTS_REQUEST,
  type ApprovalCheckParams,
  type ApprovalCheckResult,
  type CountsChangedParams,
  type LintWorkspaceResult,
  type PostCountsParams,
  type PostCountsResult,
} from './protocol';
import type { Engine } from './lsp/engine';
import { POSTS_SUMMARY_REQUEST, PREVIEW_REQUEST, REPORT_REQUEST, type PostsSummaryParams, type PreviewParams, type ReportParams } from './previewProtocol';
import { isConfigUri, uriToPath } from './lsp/paths';
import { readBoundedText } from './io/boundedRead';
import { DiagnosticsPublisher } from './lsp/publisher';
import { quickPass } from './lsp/quickPass';
import { boundContentLength } from './lsp/boundedReader';
import { shownTerm } from './lsp/shownTerm';
import { memoFileFor, ValidConfigMemo } from './lsp/validConfigs';
import { ENGINE_FILE } from './lsp/staging';
import { StagedEngine } from './lsp/staging';

/** Short pause after a keystroke so a burst of edits is linted once. */
const DEBOUNCE_MS = 8;

/**
 * `--socket=PORT` is connected here rather than by vscode-languageserver, to set TCP_NODELAY: with Nagle's algorithm
 * every small LSP message waits for the previous one's ACK (≈ 40 ms on Linux).
 */
function createServerConnection() {
  const port = process.argv.map((a) => /^--socket=(\d+)$/.exec(a)?.[1]).find(Boolean);
  boundContentLength();
  if (!port) return createConnection(ProposedFeatures.all);
  const socket = connectSocket(Number(port), '127.0.0.1');
  socket.setNoDelay(true);
  return createConnection(ProposedFeatures.all, new SocketMessageReader(socket, 'utf-8'), new SocketMessageWriter(socket, 'utf-8'));
}

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
let workspaceDirs: string[] = [];
/** The user's preference (VS Code setting postPolicy.lintOn): check while typing, or on save only. */
let lintOn: 'type' | 'save' = 'type';
/** The setting postPolicy.lintWorkspace: lint every post in the workspace on start. */
let lintWorkspaceOnStart = false;
/**
 * Workspace mode (the command 「ワークスペースのすべての投稿を検査」 ran, or the setting is on): posts that are not open
 * are linted from disk and their diagnostics kept fresh as files change; `diskPublished` holds those URIs.
 */
let workspaceMode = false;
/** The client sends workspace folder changes (subscribing without that support throws). */
let clientHasWorkspaceFolders = false;
const diskPublished = new Set<string>();

// Open buffers win over disk so an unsaved config edit takes effect as the user types. On disk, regular files
// only and with a size cap (a config symlinked to /dev/zero throws RefusedFileError, reported by the loader).
const read: ReadText = (path) => {
  const open = documents.get(pathToFileURL(path).toString());
  const text = open ? open.getText() : readBoundedText(path, 'config');
  if (text !== undefined) loaderRead.set(path, text);
  return text;
};
/** The last text the config loader read of each file: what an accepted config was validated from. */
const loaderRead = new Map<string, string>();
const staged = new StagedEngine((m) => m.createEngine(read, () => workspaceDirs), flushScheduled, relintAll);
const publisher = new DiagnosticsPublisher((uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }));
const timers = new Map<string, NodeJS.Timeout>();
/** Order in which each document's contents arrived (the client's version numbers may go down). */
const received = new Map<string, number>();
let receivedCounter = 0;
const seqOf = (uri: string) => received.get(uri) ?? 0;
/** The version of each open document as opened or last saved: what lintOn=save may check (relints included). */
const checkable = new Map<string, number>();
let configFilesWithProblems = new Set<string>();
/** Client-side commands the client implements (the VS Code client sends them); others get server commands. */
let clientCommands: ReadonlySet<string> = new Set();

connection.onInitialize((params) => {
  const options = params.initializationOptions as { lintOn?: string; lintWorkspace?: boolean } | undefined;
  lintOn = options?.lintOn === 'save' ? 'save' : 'type';
  lintWorkspaceOnStart = options?.lintWorkspace === true;
  clientCommands = new Set((options as { clientCommands?: unknown } | undefined)?.clientCommands instanceof Array ? ((options as { clientCommands: unknown[] }).clientCommands.filter((c) => typeof c === 'string') as string[]) : []);
  clientHasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
  workspaceDirs = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (workspaceDirs.length === 0 && params.rootUri) workspaceDirs = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', FIX_ALL_KIND] },
      executeCommandProvider: { commands: [APPLY_CONFIG_CHANGE_COMMAND, ADD_TERM_COMMAND] },
      codeLensProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: [':', ' '] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'post-policy' },
  };
});

connection.onInitialized(() => {
  connection.client
    .register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.postpolicy.{json,yaml,yml}' }, { globPattern: '**/*.{json,jsonc,yaml,yml}' }, { globPattern: '**/*.post.md' }],
    })
    .catch(() => undefined); // clients without dynamic registration watch files themselves
  if (clientHasWorkspaceFolders) {
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        workspaceDirs = [...workspaceDirs.filter((d) => !removed.has(d)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        configChanged();
        if (workspaceMode) lintWorkspace().catch(logError('linting the workspace'));
      });
    } catch (e) {
      logError('watching workspace folders')(e);
    }
  }
  // Without an open post, load the engine and morphology soon anyway so names are ready when one opens.
  setTimeout(() => {
    void startMorphology();
    if (lintWorkspaceOnStart) lintWorkspace().catch(logError('linting the workspace'));
  }, 200);
});

/** Runs `f` with the full engine: at once when loaded, else once it has loaded. */
function withEngine(f: (engine: Engine) => void): void {
  if (staged.current) return f(staged.current);
  staged.load().then(f, logError('engine'));
}

function logError(what: string): (e: unknown) => void {
  return (e) => connection.console.error(`post-policy: ${what} failed: ${(e as Error).message}`);
}

let morphology: Promise<void> | undefined;
/**
 * Loads kuromoji off the critical path (after the first publish); findings that need it follow. Resolves once it is
 * attached (or failed to load), so requests that must see every finding (approval, workspace lint) can wait for it.
 */
function startMorphology(): Promise<void> {
  morphology ??= staged.load().then(async (engine) => {
    const m = await engine.loadMorphology();
    if (!m) return;
    engine.service.services.morphology = m;
    relintAll();
  }).catch(logError('loading morphology'));
  return morphology;
}

function isPost(uri: string): boolean {
  return !isConfigUri(uri);
}

async function lintNow(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc || !isPost(uri)) return;
  // lintOn=save: a run scheduled before an edit (open, relint, save) must not publish the unsaved buffer.
  if (lintOn === 'save' && checkable.get(uri) !== doc.version) return;
  const engine = staged.current;
  if (!engine) return quickLint(doc);
  const seq = seqOf(uri);
  const linted = await engine.service.lint(doc);
  // Newer content arrived while linting: its own run will publish.
  if (seqOf(uri) !== seq || !documents.get(uri)) return;
  engine.service.remember(linted);
  await publisher.publish(uri, linted.version, linted.diagnostics, 'full', seq);
  rememberAcceptedConfig(linted.configPath, linted.configError);
  publishConfigProblems(engine);
  void connection.sendNotification(COUNTS_CHANGED_NOTIFICATION, { uri, version: linted.version } satisfies CountsChangedParams);
  void startMorphology();
}

/** Config texts the loader accepted, for the next start's quick pass (see lsp/validConfigs.ts). */
const validConfigs = new ValidConfigMemo(memoFileFor(ENGINE_FILE));
function rememberAcceptedConfig(path: string | undefined, error: string | undefined): void {
  if (!path || error !== undefined || !path.endsWith('.json')) return;
  const text = loaderRead.get(path);
  if (text !== undefined) validConfigs.add(text);
}

/** A config file's text as the editor has it (an open buffer), else from disk (bounded); undefined when unreadable. */
function readConfigText(path: string): string | undefined {
  try {
    return read(path);
  } catch {
    return undefined;
  }
}

/** Before the engine has loaded: publish the quick pass when it is safe (see lsp/quickPass.ts), then load it. */
async function quickLint(doc: TextDocument): Promise<void> {
  const seq = seqOf(doc.uri);
  const quick = await quickPass(doc, {
    exists: (path) => !!documents.get(pathToFileURL(path).toString()) || existsSync(path),
    read: readConfigText,
    acceptedBefore: (text) => validConfigs.has(text),
    fallbackDir: () => workspaceDirs[0],
  });
  if (quick && seqOf(doc.uri) === seq && documents.get(doc.uri)) await publisher.publish(doc.uri, quick.version, quick.diagnostics, 'quick', seq);
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

/**
 * The full engine, with a full result for `uri` when it is an open post: linted now if it has none yet. While
 * checking as you type, a result for an older version is brought up to date (and published) first. With
 * lintOn=save, diagnostics wait for the save; `current` (code actions, whose edits must match the version VS Code
 * holds, e.g. fix-all on save) then lints the current text without publishing it.
 */
async function engineFor(uri: string, current = false): Promise<Engine> {
  const engine = await staged.load();
  engine.service.clientCommands = clientCommands;
  const doc = documents.get(uri);
  if (!doc || !isPost(uri)) return engine;
  const have = engine.service.get(uri);
  const unsaved = lintOn === 'save' && checkable.get(uri) !== doc.version;
  if (!have && unsaved) {
    // Nothing full yet and the buffer is edited but unsaved: a result for the requests, published at the save.
    const linted = await engine.service.lint(doc);
    if (documents.get(uri)?.version === linted.version) engine.service.remember(linted);
  } else if (!have || (have.version !== doc.version && lintOn === 'type')) {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    await lintNow(uri);
  } else if (have.version !== doc.version && current) {
    const linted = await engine.service.lint(doc);
    if (documents.get(uri)?.version === linted.version) engine.service.remember(linted);
  }
  return engine;
}

function relintAll(): void {
  for (const doc of documents.all()) {
    // lintOn=save: an edited, unsaved buffer keeps the diagnostics of its last save until the next one.
    if (isPost(doc.uri) && (lintOn === 'type' || checkable.get(doc.uri) === doc.version)) schedule(doc.uri, 0);
  }
  if (workspaceMode) relintDisk([...diskPublished]);
}

// ---- Workspace mode: posts that are not open ------------------------------------------------------------------

/** Lints a post that is not open from its file on disk and publishes (or clears, when gone) its diagnostics. */
async function lintFromDisk(engine: Engine, uri: string): Promise<{ errors: number; warnings: number } | undefined> {
  const path = uriToPath(uri);
  if (!path || documents.get(uri)) return undefined;
  const text = engine.readPost(path);
  if (text === undefined) {
    if (diskPublished.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    return undefined;
  }
  const linted = await engine.service.lint(TextDocument.create(uri, 'postmd', 0, text));
  // Opened meanwhile: the open document's own lint publishes.
  if (documents.get(uri)) return undefined;
  diskPublished.add(uri);
  void connection.sendDiagnostics({ uri, diagnostics: linted.diagnostics });
  return count(linted.diagnostics);
}

function count(diagnostics: { severity?: number }[]): { errors: number; warnings: number } {
  return { errors: diagnostics.filter((d) => d.severity === 1).length, warnings: diagnostics.filter((d) => d.severity === 2).length };
}

/** Lets other messages (typing in an open post) through between files of a long scan. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

let diskQueue: Promise<unknown> = Promise.resolve();
/** Re-lints these not-open posts from disk, one after the other (after any scan or re-lint already running). */
function relintDisk(uris: string[]): void {
  if (uris.length === 0) return;
  diskQueue = diskQueue.then(async () => {
    const engine = await staged.load();
    for (const uri of new Set(uris)) {
      await lintFromDisk(engine, uri).catch(logError('lint'));
      await yieldToEvents();
    }
  });
}

/**
 * 「ワークスペースのすべての投稿を検査」: every `*.post.md` under the workspace folders, each with its nearest config,
 * with every rule (waits for the tokenizer). Open posts keep their editor diagnostics; the others are published
 * from disk and kept fresh by file events from then on.
 */
function lintWorkspace(): Promise<LintWorkspaceResult> {
  workspaceMode = true;
  const run = diskQueue.then(async () => {
    const engine = await staged.load();
    await startMorphology();
    const result: LintWorkspaceResult = { files: 0, withErrors: 0, withWarnings: 0 };
    const paths = engine.findPosts(workspaceDirs);
    const uris = new Set(paths.map((p) => pathToFileURL(p).toString()));
    // Posts no longer there (deleted or moved while no event came): clear them.
    for (const uri of diskPublished) {
      if (!uris.has(uri)) {
        diskPublished.delete(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
    for (const uri of uris) {
      let counts: { errors: number; warnings: number } | undefined;
      if (documents.get(uri)) counts = count((await engineFor(uri)).service.get(uri)?.diagnostics ?? []);
      else counts = await lintFromDisk(engine, uri).catch((e) => void logError('lint')(e));
      if (!counts) continue;
      result.files++;
      if (counts.errors > 0) result.withErrors++;
      if (counts.warnings > 0) result.withWarnings++;
      await yieldToEvents();
    }
    return result;
  });
  diskQueue = run.catch(() => undefined);
  return run;
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

documents.onDidOpen((e) => {
  received.set(e.document.uri, ++receivedCounter);
  if (isConfigUri(e.document.uri)) return configChanged();
  diskPublished.delete(e.document.uri); // the open document's lints publish from now on
  checkable.set(e.document.uri, e.document.version);
  schedule(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  received.set(e.document.uri, ++receivedCounter);
  if (isConfigUri(e.document.uri)) configChanged();
  else if (lintOn === 'type') schedule(e.document.uri);
});
documents.onDidSave((e) => {
  checkable.set(e.document.uri, e.document.version);
  if (!isConfigUri(e.document.uri) && lintOn === 'save') schedule(e.document.uri, 0);
});
connection.onDidChangeConfiguration((params) => {
  const settings = (params.settings as { postPolicy?: { lintOn?: string; lintWorkspace?: boolean } } | undefined)?.postPolicy;
  const next = settings?.lintOn;
  if (next === 'save' || next === 'type') lintOn = next;
  // Turning postPolicy.lintWorkspace on lints the workspace now, as it would on start.
  if (settings?.lintWorkspace === true && !lintWorkspaceOnStart) lintWorkspace().catch(logError('linting the workspace'));
  if (typeof settings?.lintWorkspace === 'boolean') lintWorkspaceOnStart = settings.lintWorkspace;
});
documents.onDidClose((e) => {
  if (isConfigUri(e.document.uri)) return configChanged();
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  staged.current?.service.forget(e.document.uri);
  publisher.forget(e.document.uri);
  received.delete(e.document.uri);
  checkable.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // In workspace mode a closed post keeps its findings: those of the file on disk (unsaved edits are gone).
  const path = uriToPath(e.document.uri);
  if (workspaceMode && path && staged.current?.isWorkspacePost(path, workspaceDirs)) relintDisk([e.document.uri]);
});
// Config files anywhere (a new nearer one changes which applies), and files that configs extend.
// Before the engine has loaded no config is in use; quick passes look for config files each time.
connection.onDidChangeWatchedFiles((p) => {
  if (p.changes.some((c) => isConfigUri(c.uri) || staged.current?.service.configs.uses(uriToPath(c.uri)))) configChanged();
  if (!workspaceMode) return;
  // Posts changed, created or deleted on disk (git pull, another editor): re-lint the ones not open.
  const posts = p.changes.filter((c) => c.uri.endsWith('.post.md') && !documents.get(c.uri));
  for (const c of posts.filter((x) => x.type === FileChangeType.Deleted)) {
    if (diskPublished.delete(c.uri)) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
  }
  withEngine((engine) => {
    relintDisk(posts.filter((c) => c.type !== FileChangeType.Deleted && engine.isWorkspacePost(uriToPath(c.uri) ?? '', workspaceDirs)).map((c) => c.uri));
  });
});

// Requests answer from the full engine, waiting for it if needed.
connection.onRequest(POST_COUNTS_REQUEST, async (params: PostCountsParams): Promise<PostCountsResult | null> => (await engineFor(params.textDocument.uri)).service.counts(params.textDocument.uri));
connection.onCodeAction(async (params) => (await engineFor(params.textDocument.uri, true)).service.codeActions(params.textDocument.uri, params.range, read, params.context.only));
// The approve command asks which findings block an approval: the current text, with every rule (tokenizer loaded).
connection.onRequest(APPROVAL_CHECK_REQUEST, async (params: ApprovalCheckParams): Promise<ApprovalCheckResult | null> => {
  const engine = await staged.load();
  await startMorphology();
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !isPost(doc.uri)) return null;
  const linted = await engine.service.lint(doc);
  return { version: linted.version, errors: engine.service.blockingFindings(linted) };
});
connection.onRequest(LINT_WORKSPACE_REQUEST, (): Promise<LintWorkspaceResult> => lintWorkspace());
connection.onExecuteCommand(async (params) => {
  if (params.command === ADD_TERM_COMMAND) return addTermForAnyClient(params.arguments ?? []);
  if (params.command !== APPLY_CONFIG_CHANGE_COMMAND) return;
  const [uri, change] = (params.arguments ?? []) as [string, ConfigChange];
  if (typeof uri !== 'string' || !change || !Array.isArray(change.path)) return;
  const edit = (await engineFor(uri)).service.configChangeEdit(uri, change, read);
  if (edit) await connection.workspace.applyEdit({ label: 'Post Policy: チーム設定を更新', edit });
});
/**
 * 「用語リストに追加」 for clients without the VS Code command: a yes/no question (window/showMessageRequest), then the
 * term is added as `{ "pattern": word }` (flagged only; the team writes `expected` in the file). No answer: nothing.
 */
async function addTermForAnyClient(args: unknown[]): Promise<void> {
  const [uri, word] = args as [string, string];
  if (typeof uri !== 'string' || typeof word !== 'string' || !word.trim()) return;
  const yes = { title: '追加する' };
  const answer = await connection.window.showInformationMessage(
    `「${shownTerm(word)}」をチームの用語リスト（terms）に追加します。置き換える語は設定ファイルの expected に書けます（書くまでは指摘だけ）。`,
    yes,
    { title: 'やめる' },
  );
  if (answer?.title !== yes.title) return;
  const edit = (await engineFor(uri)).service.configChangeEdit(uri, { path: ['terms'], append: { pattern: word } }, read);
  if (edit) await connection.workspace.applyEdit({ label: 'Post Policy: チームの用語リストに追加', edit });
}

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
