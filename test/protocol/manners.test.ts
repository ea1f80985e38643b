// Server manners (issue 13): one line of usage without a transport; --socket works end to end (TCP_NODELAY set).
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { createProtocolConnection, SocketMessageReader, SocketMessageWriter } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../unit/repoRoot';

const SERVER = join(repoRoot(), 'dist', 'server.js');

describe('language server manners', function () {
  this.timeout(20000);

  it('started without a transport, prints one line of usage (not the bundle) and exits 2', () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10000 });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^使い方: node dist\/server\.js --stdio \| --node-ipc \| --socket=<ポート> \| --pipe=<名前>.*\n$/);
    assert.equal(r.stderr.split('\n').length, 2);
  });

  it('--socket=PORT connects back to the client and serves diagnostics', async () => {
    let accepted!: (s: Socket) => void;
    const socketReady = new Promise<Socket>((r) => (accepted = r));
    const listener = createServer((s) => accepted(s));
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    const port = (listener.address() as { port: number }).port;
    const proc = spawn(process.execPath, [SERVER, `--socket=${port}`], { stdio: 'ignore' });
    try {
      const socket = await socketReady;
      const connection = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
      const published = new Promise<{ diagnostics: { code?: unknown }[] }>((r) => connection.onNotification('textDocument/publishDiagnostics', r));
      connection.onRequest('client/registerCapability', () => null);
      connection.listen();
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:a.post.md', languageId: 'postmd', version: 1, text: 'あ'.repeat(141) } });
      const p = await published;
      assert.ok(p.diagnostics.some((d) => d.code === 'count/max-length'));
      connection.dispose();
    } finally {
      proc.kill();
      listener.close();
    }
  });
});
