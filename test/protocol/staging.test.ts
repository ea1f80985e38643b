// The server's two-stage start (issue 2, server/src/lsp/staging.ts): a quick first pass from dist/server.js,
// then the full engine (dist/engine.js). The quick publish must be a subset of the full one, and must never
// show a finding that a team config makes the full pass take back.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAMES as LOADER_CONFIG_FILE_NAMES, defaultConfig } from '../../server/src/config/load';
import { CONFIG_FILE_NAMES } from '../../server/src/lsp/paths';
import { cheapTeamConfig, QUICK_RULES, quickDefaultConfig } from '../../server/src/lsp/quickPass';
import { loadConfigFile } from '../../server/src/config/load';
import { starterText } from '../../server/src/cli/init';
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
        // A quick publish may hold less (only what the team file and the default agree on), never the 280 count.
        if (p !== publishes.at(-1) && messages.length === 0) continue;
        assert.deepEqual(messages, ['X の文字数上限を超えています（282/100、全角換算141/50字）［X の文字数制限］'], JSON.stringify(p.diagnostics.map((d) => d.message)));
      }
    });
  }

  it('under a team config (init\'s starter, JSONC): once the loader has accepted it, later starts publish the quick pass first', async () => {
    // A text no earlier run has seen: the first start may publish only what team config and default agree on.
    writeFileSync(join(dir, '.postpolicy.json'), `${starterText('ageo-hoiku')}// ${dir}\n`);
    const u = uri('f.post.md');
    const text = `---\ncategory: event\n---\n担当 090-1234-5678\n${kanji(141)}`;
    for (const start of ['first', 'next']) {
      server = await ServerHarness.start([dir]);
      await server.open(u, text);
      const full = await server.waitForDiagnostics(u, (p) => p.diagnostics.some((d) => d.code === 'pii/phone'));
      const publishes = server.published.filter((p) => p.uri === u);
      for (const p of publishes) {
        for (const d of p.diagnostics) assert.ok(full.diagnostics.some((f) => JSON.stringify(f) === JSON.stringify(d)), `${start}: published, then taken back: ${d.message}`);
      }
      if (start === 'next') {
        const first = publishes[0];
        assert.deepEqual(first.diagnostics.filter((d) => !QUICK_IDS.has(String(d.code))), [], 'the first publish is the quick pass');
        assert.equal(first.diagnostics.filter((d) => d.code === 'count/max-length').length, 1, 'with the count finding of the team preset');
      }
      await server.stop();
    }
  });

  it('the cheap read of a team file merges like the loader (presets, rules, limit, clauses, docsBaseUrl)', () => {
    const files: [string, string][] = [
      ['starter (ageo-hoiku)', starterText('ageo-hoiku')],
      ['komae preset, own severities and limit', '{ "extends": ["komae-kodomo"], "limit": 200, "rules": { "count/max-length": "warning", "format/empty-post": ["error", {}] }, }'],
      ['clauses, policy name and docs link', '{ "clauses": { "count/max-length": "第1条" }, "policyName": "運用方針", "docsBaseUrl": "https://intra.example.lg.jp/rules/" }'],
      ['two presets', '{ "extends": ["recommended", "ageo-hoiku"] }'],
    ];
    for (const [name, text] of files) {
      const path = join(dir, '.postpolicy.json');
      writeFileSync(path, text);
      const loaded = loadConfigFile(path);
      assert.deepEqual(loaded.diagnostics, [], name);
      assert.deepEqual(cheapTeamConfig(path, text), loaded.config, name);
    }
    // Not told cheaply: the first publish waits for the engine.
    assert.equal(cheapTeamConfig(join(dir, '.postpolicy.json'), '{ "extends": ["./base.json"] }'), undefined);
    assert.equal(cheapTeamConfig(join(dir, '.postpolicy.yaml'), 'limit: 100\n'), undefined);
  });

  it('a team file the loader rejects: nothing quick that the full pass (on the default config) would not show', async () => {
    // The cheap read sees a warning severity and limit 100; the loader rejects the file ("eror") and uses the default.
    writeFileSync(join(dir, '.postpolicy.json'), '{ "limit": 100, "rules": { "count/max-length": "warning", "pii/phone": "eror" } }');
    server = await ServerHarness.start([dir]);
    const u = uri('g.post.md');
    await server.open(u, `${kanji(141)}\n<!-- post-policy-disable-next-line nope -->\nあ`);
    const full = await server.waitForDiagnostics(u, (p) => p.diagnostics.some((d) => d.code === 'count/max-length' && String(d.message).includes('/280')), 10000);
    for (const p of server.published.filter((x) => x.uri === u)) {
      for (const d of p.diagnostics) assert.ok(full.diagnostics.some((f) => JSON.stringify(f) === JSON.stringify(d)), `published, then taken back: ${d.message}`);
    }
  });

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
