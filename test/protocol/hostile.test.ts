// Issue 14, item 1 over stdio: a hostile config written while editing keeps the last good config in force,
// shows a diagnostic on the config file, and a phone number typed afterwards is still flagged. Files outside the
// workspace folders (images, extends) are refused at their position.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POST_COUNTS_REQUEST, type PostCountsResult } from '../../server/src/protocol';
import { ServerHarness, type Published } from './harness';
import { confinementTree, OUTSIDE_IMAGE_PATHS, OUTSIDE_IMAGES_POST, OUTSIDE_KEY, OUTSIDE_SECRET, YAML_ALIAS_BOMB, type ConfinementTree } from '../unit/hostile/fixtures';
import { jpegWith } from '../unit/pii/jpeg';
import { PREVIEW_REQUEST, type PreviewResult } from '../../server/src/previewProtocol';
import { repoRoot } from '../unit/repoRoot';

const rules = (p: Published) => p.diagnostics.map((d) => String(d.code));

describe('language server: hostile config while editing', function () {
  this.timeout(30000);
  let dir: string;
  let server: ServerHarness;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'post-policy-hostile-'))));
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, hostile] of [
    ['YAML alias bomb', YAML_ALIAS_BOMB],
    ['flow nesting 100,000 deep', `limit: ${'['.repeat(100000)}`],
  ] as const) {
    it(`${name}: last good config kept, diagnostic on the config, new phone still flagged`, async () => {
      const configPath = join(dir, '.postpolicy.yaml');
      const good = 'terms:\n  - pattern: 子供\n    expected: 子ども\n';
      writeFileSync(configPath, good);
      server = await ServerHarness.start([dir]);
      const post = pathToFileURL(join(dir, 'a.post.md')).toString();
      const config = pathToFileURL(configPath).toString();
      await server.open(post, '子供のひろば\n');
      await server.waitForDiagnostics(post, (p) => rules(p).includes('team/terms'));

      // The team file is edited into a hostile one in the editor (unsaved buffer).
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: config, languageId: 'yaml', version: 1, text: good } });
      await server.change(config, 2, [{ text: hostile }]);
      const cfg = await server.waitForDiagnostics(config, (p) => p.diagnostics.length > 0, 10000);
      assert.equal(cfg.diagnostics.length, 1);
      assert.match(String(cfg.diagnostics[0].message), /エイリアス|入れ子が深すぎます/);

      await server.change(post, 2, [{ text: '子供のひろば\n連絡先 090-1234-5678\n' }]);
      const after = await server.waitForDiagnostics(post, (p) => p.version === 2 && rules(p).includes('pii/phone'), 10000);
      assert.ok(rules(after).includes('team/terms'), 'the last good config (with its term) still applies');
      const counts = (await server.connection.sendRequest(POST_COUNTS_REQUEST, { textDocument: { uri: post } })) as PostCountsResult;
      assert.match(counts.configError ?? '', /直前の正しい設定で検査中/);
    });
  }

  it('a config that was never good: the built-in default applies and the status says so', async () => {
    writeFileSync(join(dir, '.postpolicy.yaml'), YAML_ALIAS_BOMB);
    server = await ServerHarness.start([dir]);
    const post = pathToFileURL(join(dir, 'a.post.md')).toString();
    await server.open(post, '連絡先 090-1234-5678\n');
    await server.waitForDiagnostics(post, (p) => rules(p).includes('pii/phone'), 10000);
    const cfg = await server.waitForDiagnostics(pathToFileURL(join(dir, '.postpolicy.yaml')).toString(), (p) => p.diagnostics.length > 0, 10000);
    assert.deepEqual(cfg.diagnostics[0].range.start, { line: 1, character: 7 });
    const counts = (await server.connection.sendRequest(POST_COUNTS_REQUEST, { textDocument: { uri: post } })) as PostCountsResult;
    assert.match(counts.configError ?? '', /組み込みの既定の設定（recommended）で検査中/);
  });
});

describe('language server: hostile transport and URIs', function () {
  this.timeout(20000);
  let server: ServerHarness | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('a bogus Content-Length is dropped and the next message is answered', async () => {
    const proc = spawn(process.execPath, [join(repoRoot(), 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    try {
      const answered = new Promise<string>((resolve) => {
        let out = '';
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString('utf8');
          if (out.includes('"id":1')) resolve(out);
        });
      });
      const msg = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      proc.stdin.write('Content-Length: 99999999999999999999\r\n\r\n');
      proc.stdin.write(`Content-Length: ${Buffer.byteLength(msg)}\r\n\r\n${msg}`);
      const timeout = new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no answer after a bogus Content-Length')), 8000));
      assert.match(await Promise.race([answered, timeout]), /"capabilities"/);
    } finally {
      proc.kill();
    }
  });

  for (const [name, uri] of [
    ['file://host/… (another machine)', 'file://fileserver/share/a.post.md'],
    ['a malformed %zz escape', 'file:///tmp/post-policy-%zz/a.post.md'],
  ] as const) {
    it(`a document opened as ${name} is still checked`, async () => {
      server = await ServerHarness.start([]);
      await server.open(uri, '連絡先 090-1234-5678\n');
      const p = await server.waitForDiagnostics(uri, (d) => rules(d).includes('pii/phone'), 10000);
      assert.ok(p.diagnostics.length > 0);
    });
  }
});

describe('language server: files outside the workspace folders', function () {
  this.timeout(30000);
  let t: ConfinementTree;
  let server: ServerHarness;
  beforeEach(() => (t = confinementTree(jpegWith({ gps: true, time: false }))));
  afterEach(async () => {
    await server?.stop();
    rmSync(t.base, { recursive: true, force: true });
  });
  const OUTSIDE = /^ワークスペースの外のファイルは読みません: /;
  const line = (text: string, needle: string) => {
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('images out of the workspace: a warning at each path, no preview of them; the image inside is read', async () => {
    server = await ServerHarness.start([t.ws]);
    const post = pathToFileURL(join(t.ws, 'img.post.md')).toString();
    await server.open(post, OUTSIDE_IMAGES_POST);
    const isMeta = (d: Published['diagnostics'][number]) => String(d.code) === 'pii/photo-metadata';
    const p = await server.waitForDiagnostics(post, (x) => x.diagnostics.filter(isMeta).length === 5, 10000);
    const refused = p.diagnostics.filter((d) => isMeta(d) && OUTSIDE.test(String(d.message)));
    assert.deepEqual(refused.map((d) => d.range.start), OUTSIDE_IMAGE_PATHS.map((path) => line(OUTSIDE_IMAGES_POST, `${path})`)));
    assert.ok(p.diagnostics.some((d) => isMeta(d) && /位置情報（GPS）/.test(String(d.message))), 'the image inside is still checked');
    const preview = (await server.connection.sendRequest(PREVIEW_REQUEST, { textDocument: { uri: post } })) as PreviewResult;
    assert.deepEqual(preview.images, [join(t.ws, 'inside.jpg')]);
  });

  it('extends out of the workspace: config diagnostics at the entries, no key name of the outside file', async () => {
    const text = `{"extends": [${JSON.stringify(join(t.outside, 'secret.json'))}, "./linked.json"]}`;
    writeFileSync(join(t.ws, '.postpolicy.json'), text);
    server = await ServerHarness.start([t.ws]);
    const post = pathToFileURL(join(t.ws, 'posts', 'a.post.md')).toString();
    await server.open(post, 'お知らせです\n');
    const cfg = await server.waitForDiagnostics(pathToFileURL(join(t.ws, '.postpolicy.json')).toString(), (x) => x.diagnostics.length > 0, 10000);
    assert.deepEqual(cfg.diagnostics.map((d) => d.range.start.character), [text.indexOf(JSON.stringify(join(t.outside, 'secret.json'))), text.indexOf('"./linked.json"')]);
    for (const d of cfg.diagnostics) {
      assert.match(String(d.message), OUTSIDE);
      assert.ok(!String(d.message).includes(OUTSIDE_KEY) && !String(d.message).includes(OUTSIDE_SECRET));
    }
  });
});
