// Stack traces from the language server name where it is installed. dist/server.js runs dist/server-core.js with
// a V8 code cache (server/src/lsp/boot.ts); a cache written in another folder (the build's warm-up, an install
// copied or moved) must not make errors point at that folder. The server is copied with the build's cache to a
// temporary folder and started twice (cache written, then read); each time an error thrown in its code is logged.
import { strict as assert } from 'node:assert';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerHarness } from './harness';
import { repoRoot } from '../unit/repoRoot';

describe('language server: stack traces name the installed folder', function () {
  this.timeout(30000);
  let install: string;
  let work: string;
  before(() => {
    install = mkdtempSync(join(tmpdir(), 'post-policy-installed-'));
    work = mkdtempSync(join(tmpdir(), 'post-policy-stack-ws-'));
    const from = join(repoRoot(), 'dist');
    const dist = join(install, 'dist');
    mkdirSync(dist);
    for (const f of ['server.js', 'server-core.js', 'engine.js']) copyFileSync(join(from, f), join(dist, f));
    // The build's own code cache comes along, as when an installed folder is copied; the dictionary is only linked.
    cpSync(join(from, '.v8-cache'), join(dist, '.v8-cache'), { recursive: true });
    symlinkSync(join(from, 'dict'), join(dist, 'dict'));
  });
  after(() => {
    rmSync(install, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  const cacheFiles = () => {
    const dir = join(install, 'dist', '.v8-cache');
    return Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
  };

  /** Starts the copied server, makes its code throw (a didOpen whose uri is a number), returns the logged stack. */
  async function stackOfAnError(waitFor: () => boolean = () => true): Promise<string> {
    const server = await ServerHarness.start([work], { serverJs: join(install, 'dist', 'server.js') });
    try {
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 123, languageId: 'postmd', version: 1, text: 'x' } });
      const deadline = Date.now() + 10000;
      let stack: string | undefined;
      while (Date.now() < deadline && (!stack || !waitFor())) {
        await new Promise((r) => setTimeout(r, 100));
        stack = server.logs.map((l) => l.message).find((m) => /\n\s+at .*server-core\.js:\d+/.test(m));
      }
      assert.ok(stack, `no stack trace logged; logs: ${JSON.stringify(server.logs.map((l) => l.message))}`);
      return stack;
    } finally {
      await server.stop();
    }
  }

  const assertNamesInstall = (stack: string) => {
    const files = [...stack.matchAll(/\(?(\/[^():]*server-core\.js):\d+:\d+/g)].map((m) => m[1]);
    assert.ok(files.length > 0, stack);
    for (const f of files) assert.equal(f, join(install, 'dist', 'server-core.js'), `stack names ${f}, not the installed copy:\n${stack}`);
  };

  it('on the first start (the copied cache is not taken for this folder; a new one is written)', async () => {
    const before = cacheFiles();
    const stack = await stackOfAnError(() => Object.keys(cacheFiles()).some((f) => !(f in before)));
    assertNamesInstall(stack);
  });

  it('on the next start, from the cache written in this folder', async () => {
    const written = cacheFiles();
    // Running past the moment boot.ts would rewrite a rejected cache (1 s after start).
    const started = Date.now();
    const stack = await stackOfAnError(() => Date.now() - started > 2000);
    assertNamesInstall(stack);
    // Unchanged files: the cache was accepted, not rejected and rewritten.
    assert.deepEqual(cacheFiles(), written);
  });
});
