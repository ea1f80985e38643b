// Hot reload of the team config through the bundled server: saving on disk (watched-files notification),
// editing the open config buffer, files reached through extends, the last good config kept while broken,
// and multi-root workspaces with a config per folder.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { POST_COUNTS_REQUEST, type PostCountsResult } from '../../server/src/protocol';
import { ServerHarness, type Published } from './harness';

/** Config with one team term (literal pattern → expected). */
const termConfig = (pattern: string, expected: string, extra = '') => `{\n  // チーム設定\n  "terms": [{ "pattern": "${pattern}", "expected": "${expected}" }]${extra}\n}\n`;
/** The words flagged by team/terms in a publish. */
const flagged = (p: Published) => p.diagnostics.filter((d) => d.code === 'team/terms').map((d) => String(d.message).match(/「(.+?)」/)![1]);

/** Reload latencies measured by these tests (printed at the end for the report). */
const latencies: Record<string, number> = {};

describe('config hot reload over stdio', function () {
  this.timeout(20000);
  let dir: string;
  let server: ServerHarness;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  const notify = (name: string, type: FileChangeType = FileChangeType.Changed) =>
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-reload-'));
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  after(() => {
    if (Object.keys(latencies).length) console.log(`      reload latency (ms): ${JSON.stringify(latencies)}`);
  });

  it('saving the config on disk re-lints every open post within 1 s', async () => {
    write('.postpolicy.json', termConfig('子供', '子ども'));
    server = await ServerHarness.start([dir]);
    const posts = ['a.post.md', 'sub/b.post.md'];
    write('sub/.keep', '');
    for (const p of posts) await server.open(uri(p), '子供と大人のひろば');
    for (const p of posts) assert.deepEqual(flagged(await server.waitForDiagnostics(uri(p), (x) => flagged(x).length > 0)), ['子供']);

    write('.postpolicy.json', termConfig('大人', 'おとな'));
    const t0 = performance.now();
    await notify('.postpolicy.json');
    const after = await Promise.all(posts.map((p) => server.waitForDiagnostics(uri(p), (x) => flagged(x).includes('大人'), 1000)));
    latencies.diskSave = Math.round(Math.max(...after.map((a) => a.at)) - t0);
    for (const a of after) assert.deepEqual(flagged(a), ['大人']);
    assert.ok(latencies.diskSave < 1000, `${latencies.diskSave} ms`);
  });

  it('an invalid config keeps the last good one in force, and the error is shown at its position', async () => {
    write('.postpolicy.json', termConfig('子供', '子ども'));
    server = await ServerHarness.start([dir]);
    const post = uri('a.post.md');
    await server.open(post, '子供のひろば');
    await server.waitForDiagnostics(post, (x) => flagged(x).length > 0);

    // A lookahead cannot run in linear time: the file becomes invalid.
    const broken = '{\n  "terms": [{ "pattern": "/子(?!ども)/", "expected": "子ども" }]\n}\n';
    write('.postpolicy.json', broken);
    await notify('.postpolicy.json');
    const cfg = await server.waitForDiagnostics(uri('.postpolicy.json'), (x) => x.diagnostics.length > 0);
    assert.equal(cfg.diagnostics.length, 1);
    assert.deepEqual(cfg.diagnostics[0].range, { start: { line: 1, character: 25 }, end: { line: 1, character: 36 } });
    assert.equal(cfg.diagnostics[0].message, 'terms[0] の pattern が使えません: 先読み（(?= ) や (?! )）は使えません。チームのパターンは線形時間で評価できる正規表現（RE2 構文）に限ります。');
    const still = await server.waitForDiagnostics(post);
    assert.deepEqual(flagged(still), ['子供'], 'last good config still checks the post');
    const counts = (await server.connection.sendRequest(POST_COUNTS_REQUEST, { textDocument: { uri: post } })) as PostCountsResult;
    assert.match(counts.configError ?? '', /直前の正しい設定で検査中/);

    // Fixing the file clears its diagnostics and applies the new terms.
    write('.postpolicy.json', termConfig('ひろば', '広場'));
    await notify('.postpolicy.json');
    await server.waitForDiagnostics(uri('.postpolicy.json'), (x) => x.diagnostics.length === 0);
    assert.deepEqual(flagged(await server.waitForDiagnostics(post, (x) => flagged(x).includes('ひろば'))), ['ひろば']);
  });

  it('editing the open config buffer applies before it is saved', async () => {
    write('.postpolicy.json', termConfig('子供', '子ども'));
    server = await ServerHarness.start([dir]);
    const post = uri('a.post.md');
    await server.open(post, '子供と大人');
    await server.waitForDiagnostics(post, (x) => flagged(x).length > 0);
    const cfgUri = uri('.postpolicy.json');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: cfgUri, languageId: 'jsonc', version: 1, text: termConfig('子供', '子ども') } });
    const t0 = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: cfgUri, version: 2 }, contentChanges: [{ text: termConfig('大人', 'おとな') }] });
    const p = await server.waitForDiagnostics(post, (x) => flagged(x).includes('大人'), 1000);
    latencies.bufferEdit = Math.round(p.at - t0);
    assert.deepEqual(flagged(p), ['大人']);
  });

  it('a file reached through extends is watched too', async () => {
    write('team/base.json', termConfig('子供', '子ども'));
    write('.postpolicy.json', '{ "extends": ["./team/base.json"] }\n');
    server = await ServerHarness.start([dir]);
    const post = uri('a.post.md');
    await server.open(post, '子供と大人');
    await server.waitForDiagnostics(post, (x) => flagged(x).length > 0);
    write('team/base.json', termConfig('大人', 'おとな'));
    const t0 = performance.now();
    await notify('team/base.json');
    const p = await server.waitForDiagnostics(post, (x) => flagged(x).includes('大人'), 1000);
    latencies.extendedFile = Math.round(p.at - t0);
    assert.deepEqual(flagged(p), ['大人']);
  });

  it('a new config file nearer to the post takes over', async () => {
    write('.postpolicy.json', termConfig('子供', '子ども'));
    write('komae/.keep', '');
    server = await ServerHarness.start([dir]);
    const post = uri('komae/a.post.md');
    await server.open(post, '子供と大人');
    await server.waitForDiagnostics(post, (x) => flagged(x).length > 0);
    write('komae/.postpolicy.yaml', 'terms:\n  - pattern: 大人\n    expected: おとな\n');
    await notify('komae/.postpolicy.yaml', FileChangeType.Created);
    assert.deepEqual(flagged(await server.waitForDiagnostics(post, (x) => flagged(x).includes('大人'), 1000)), ['大人']);
  });

  it('multi-root: each workspace folder uses its own config', async () => {
    write('ageo/.postpolicy.json', termConfig('子供', '子ども'));
    write('komae/.postpolicy.yaml', 'terms:\n  - pattern: 大人\n    expected: おとな\n');
    server = await ServerHarness.start([join(dir, 'ageo'), join(dir, 'komae')]);
    const a = uri('ageo/a.post.md');
    const k = uri('komae/k.post.md');
    await server.open(a, '子供と大人');
    await server.open(k, '子供と大人');
    assert.deepEqual(flagged(await server.waitForDiagnostics(a, (x) => flagged(x).length > 0)), ['子供']);
    assert.deepEqual(flagged(await server.waitForDiagnostics(k, (x) => flagged(x).length > 0)), ['大人']);
    // Changing one folder's config leaves the other folder's posts as they were.
    write('komae/.postpolicy.yaml', 'terms:\n  - pattern: と\n    expected: や\n');
    await notify('komae/.postpolicy.yaml');
    assert.deepEqual(flagged(await server.waitForDiagnostics(k, (x) => flagged(x).includes('と'))), ['と']);
    assert.deepEqual(flagged(server.latest(a)!), ['子供']);
  });
});

describe('config file diagnostics without an open post', function () {
  this.timeout(20000);
  it('typing in the config buffer shows its problems at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'post-policy-cfg-only-'));
    const server = await ServerHarness.start([dir]);
    try {
      const cfgUri = pathToFileURL(join(dir, '.postpolicy.json')).toString();
      const text = '{\n  "rules": { "team/term": "error" }\n}\n';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: cfgUri, languageId: 'jsonc', version: 1, text } });
      const p = await server.waitForDiagnostics(cfgUri, (x) => x.diagnostics.length > 0);
      assert.deepEqual(p.diagnostics.map((d) => [d.range.start, d.message]), [[{ line: 1, character: 13 }, '不明なルール ID「team/term」です。「team/terms」のことですか？']]);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: cfgUri, version: 2 }, contentChanges: [{ text: '{\n  "rules": { "team/terms": "error" }\n}\n' }] });
      await server.waitForDiagnostics(cfgUri, (x) => x.diagnostics.length === 0);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
