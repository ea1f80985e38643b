// Spawns the bundled language server (dist/server.js) over stdio and talks to it with a real JSON-RPC client.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../unit/repoRoot';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  at: number;
}

export class ServerHarness {
  readonly published: Published[] = [];
  private waiters: (() => void)[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  /** window/logMessage notifications from the server (errors of failed handlers land here). */
  readonly logs: { type: number; message: string }[] = [];
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Questions the server asked (window/showMessageRequest); the harness answers with the first action. */
  readonly messageRequests: { message: string; actions?: { title: string }[] }[] = [];
  /** The server's answer to `initialize` (capabilities). */
  initializeResult?: { capabilities: Record<string, unknown> };

  private constructor(readonly proc: ChildProcess, readonly connection: ProtocolConnection, readonly startedAt: number) {}

  /** `serverJs`: another copy of dist/server.js (an install elsewhere); the repository's by default. */
  static async start(workspaceDirs: string[], options: { env?: NodeJS.ProcessEnv; initializationOptions?: unknown; serverJs?: string } = {}): Promise<ServerHarness> {
    const startedAt = performance.now();
    const proc = spawn(process.execPath, [options.serverJs ?? join(repoRoot(), 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const h = new ServerHarness(proc, connection, startedAt);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      h.published.push({ ...p, at: performance.now() });
      h.wake();
    });
    connection.onNotification('postPolicy/countsChanged', (params: unknown) => {
      h.notifications.push({ method: 'postPolicy/countsChanged', params });
      h.wake();
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => void h.logs.push(params));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', () => []);
    connection.onRequest('window/showMessageRequest', (p: { message: string; actions?: { title: string }[] }) => {
      h.messageRequests.push(p);
      return p.actions?.[0] ?? null;
    });
    connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      h.appliedEdits.push(p.edit);
      return { applied: true };
    });
    connection.listen();
    h.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceDirs[0] ? pathToFileURL(workspaceDirs[0]).toString() : null,
      workspaceFolders: workspaceDirs.map((d, i) => ({ uri: pathToFileURL(d).toString(), name: `ws${i}` })),
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return h;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `predicate` holds for the latest diagnostics of `uri`. */
  async waitForDiagnostics(uri: string, predicate: (p: Published) => boolean = () => true, timeoutMs = 5000): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.latest(uri);
      if (latest && predicate(latest)) return latest;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for diagnostics of ${uri}; latest: ${JSON.stringify(latest?.diagnostics.map((d) => d.message))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  latest(uri: string): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'postmd', version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.proc.kill();
  }
}

/** Applies LSP text edits (same document) to a text. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const offsetAt = (line: number, character: number) => {
    let o = 0;
    for (let l = 0; l < line; l++) {
      const nl = text.indexOf('\n', o);
      o = nl === -1 ? text.length : nl + 1;
    }
    return o + character;
  };
  const abs = edits.map((e) => ({ s: offsetAt(e.range.start.line, e.range.start.character), e: offsetAt(e.range.end.line, e.range.end.character), t: e.newText }));
  abs.sort((a, b) => b.s - a.s);
  let out = text;
  for (const a of abs) out = out.slice(0, a.s) + a.t + out.slice(a.e);
  return out;
}
