// The server's two-stage start (issue 2, server/src/lsp/staging.ts): a quick first pass from dist/server.js,
// then the full engine (dist/engine.js). The quick publish must be a subset of the full one, and must never
// appear where a team config may change the result.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAMES as LOADER_CONFIG_FILE_NAMES, defaultConfig } from '../../server/src/config/load';
import { CONFIG_FILE_NAMES } from '../../server/src/lsp/paths';
import { QUICK_RULES, quickDefaultConfig } from '../../server/src/lsp/quickPass';
import { ServerHarness } from './harness';

const kanji = (n: number) => '漢'.repeat(n);
const QUICK_IDS = new Set(QUICK_RULES.map((r) => r.id));

describe('two-stage start: quick pass, then the full engine', function () {
  this.timeout(20000);
  let dir: string;
  let server: ServerHarness;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-staging-'));
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the quick pass uses exactly the default config and config file names of the loader', () => {
    assert.deepEqual(quickDefaultConfig(), defaultConfig());
    assert.deepEqual([...CONFIG_FILE_NAMES], [...LOADER_CONFIG_FILE_NAMES]);
    assert.equal(quickDefaultConfig().limit, 280);
  });

  it('without a config, the first publish is the quick pass and the full publish has the same count finding', async () => {
    server = await ServerHarness.start([dir]);
    const u = uri('a.post.md');
    // Over the limit (count/max-length, quick) and a mobile number (pii/phone, full engine only).
    await server.open(u, `---\ncategory: event\n---\n担当 090-1234-5678\n${kanji(141)}`);
    const full = await server.waitForDiagnostics(u, (p) => p.diagnostics.some((d) => d.code === 'pii/phone'));
    const publishes = server.published.filter((p) => p.uri === u);
    const first = publishes[0];
    assert.equal(first.version, 1);
    assert.ok(first.diagnostics.length > 0, 'the quick pass published the count finding');
    assert.deepEqual(first.diagnostics.filter((d) => !QUICK_IDS.has(String(d.code))), [], 'the first publish holds quick-pass findings only');
    assert.equal(full.version, 1);
    const count = (p: typeof full) => p.diagnostics.filter((d) => d.code === 'count/max-length');
    assert.equal(count(first).length, 1);
    assert.match(String(count(first)[0].message), /（\d+\/280、/);
    assert.deepEqual(count(first), count(full), 'same range, severity, message, clause and data');
    // Every quick finding is in the full publish, unchanged.
    for (const d of first.diagnostics) assert.ok(full.diagnostics.some((f) => JSON.stringify(f) === JSON.stringify(d)), `missing in full: ${d.message}`);
    const versions = publishes.map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'published versions only increase');
  });

  for (const [where, configDir, postName] of [
    ['beside the post', '', 'b.post.md'],
    ['in a parent folder', '', 'sub/deeper/c.post.md'],
  ] as const) {
    it(`a post under a .postpolicy.json with "limit": 100 (${where}) never gets a quick-pass 280-limit publish`, async () => {
      mkdirSync(join(dir, 'sub/deeper'), { recursive: true });
      writeFileSync(join(dir, configDir, '.postpolicy.json'), '{ "limit": 100 }\n');
      server = await ServerHarness.start([dir]);
      const u = uri(postName);
      await server.open(u, kanji(141));
      await server.waitForDiagnostics(u, (p) => p.diagnostics.some((d) => d.code === 'count/max-length'));
      // Give a (wrong) later publish the chance to arrive: the engine and the tokenizer both re-lint.
      await new Promise((r) => setTimeout(r, 1500));
      const publishes = server.published.filter((p) => p.uri === u);
      assert.ok(publishes.length > 0);
      for (const p of publishes) {
        const messages = p.diagnostics.filter((d) => d.code === 'count/max-length').map((d) => String(d.message));
        assert.deepEqual(messages, ['X の文字数上限を超えています（282/100、全角換算141/50字）［X の文字数制限］'], JSON.stringify(p.diagnostics.map((d) => d.message)));
      }
    });
  }

  it('an open, unsaved config buffer also keeps the quick pass away', async () => {
    server = await ServerHarness.start([dir]);
    const cfg = uri('.postpolicy.json');
    // Opening a config loads the engine at once; the post opened with it must still get the team limit.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: cfg, languageId: 'jsonc', version: 1, text: '{ "limit": 100 }\n' } });
    const u = uri('d.post.md');
    await server.open(u, kanji(141));
    await server.waitForDiagnostics(u, (p) => p.diagnostics.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    for (const p of server.published.filter((x) => x.uri === u)) assert.ok(p.diagnostics.every((d) => !String(d.message).includes('/280')), JSON.stringify(p.diagnostics.map((d) => d.message)));
  });

  it('requests that need the full engine wait for it (counts right after open)', async () => {
    server = await ServerHarness.start([dir]);
    const u = uri('e.post.md');
    await server.open(u, `${kanji(10)}\n---\n${kanji(5)}`);
    const counts = (await server.connection.sendRequest('postPolicy/postCounts', { textDocument: { uri: u } })) as { version: number; posts: { weightedLength: number }[] };
    assert.equal(counts.version, 1);
    assert.deepEqual(counts.posts.map((p) => p.weightedLength), [20, 10]);
  });
});
