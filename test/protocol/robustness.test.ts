// Issue 14 (medium): protocol edge cases. A client without workspace-folder support gets no handler failure;
// a didChange whose version is lower than the last published one is still checked and published.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServerHarness } from './harness';

describe('language server: protocol edge cases', function () {
  this.timeout(20000);
  let dir: string;
  let server: ServerHarness;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'post-policy-edges-'))));
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the initialized handler does not fail when the client does not advertise workspace folders', async () => {
    server = await ServerHarness.start([dir]);
    const post = pathToFileURL(join(dir, 'a.post.md')).toString();
    await server.open(post, '連絡先 090-1234-5678\n');
    await server.waitForDiagnostics(post, (p) => p.diagnostics.some((d) => d.code === 'pii/phone'), 10000);
    assert.deepEqual(server.logs.filter((l) => /failed|doesn't support/i.test(l.message)).map((l) => l.message), []);
  });

  it('a didChange with a lower version than the last published one is checked and published', async () => {
    server = await ServerHarness.start([dir]);
    const post = pathToFileURL(join(dir, 'a.post.md')).toString();
    await server.open(post, 'こんにちは\n', 5);
    await server.waitForDiagnostics(post, (p) => p.version === 5, 10000);
    await server.waitForDiagnostics(post, () => server.published.filter((p) => p.uri === post).length >= 1);
    // The client's numbering goes down (e.g. a reloaded buffer): the newest text must still be checked.
    await server.change(post, 3, [{ text: 'こんにちは\n連絡先 090-1234-5678\n' }]);
    const after = await server.waitForDiagnostics(post, (p) => p.diagnostics.some((d) => d.code === 'pii/phone'), 10000);
    assert.equal(after.version, 3);
  });
});
