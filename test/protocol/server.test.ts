// The bundled language server over stdio: diagnostics, counts, code actions, config problems.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { POST_COUNTS_REQUEST, type PostCountsResult } from '../../server/src/protocol';
import { applyTextEdits, ServerHarness } from './harness';

const kanji = (n: number) => '漢'.repeat(n);

describe('language server over stdio', function () {
  this.timeout(20000);
  let dir: string;
  let server: ServerHarness;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-lsp-'));
    server = await ServerHarness.start([dir]);
  });
  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the over-limit diagnostic with exact range, code, link and Japanese message', async () => {
    const u = uri('a.post.md');
    await server.open(u, `---\ncategory: event\n---\n🎄${kanji(139)}超過`);
    const p = await server.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    assert.equal(p.version, 1);
    const d = p.diagnostics[0];
    assert.equal(d.code, 'count/max-length');
    assert.equal(d.source, 'post-policy');
    assert.equal(d.severity, 1);
    assert.match(String(d.message), /X の文字数上限を超えています（284\/280、全角換算142\/140字）/);
    // Line 3: 🎄 (2 units) + 139 kanji → overflow starts at 「超」, UTF-16 character 141.
    assert.deepEqual(d.range, { start: { line: 3, character: 141 }, end: { line: 3, character: 143 } });
    assert.match(d.codeDescription!.href, /docs\/rules\/count\/max-length\.md$/);
  });

  it('re-lints incremental edits and never publishes an older version after a newer one', async () => {
    const u = uri('b.post.md');
    await server.open(u, '短い本文');
    await server.waitForDiagnostics(u, (x) => x.version === 1);
    for (let v = 2; v <= 20; v++) await server.change(u, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: kanji(10) }]);
    const last = await server.waitForDiagnostics(u, (x) => x.version === 20);
    assert.equal(last.diagnostics.length, 1, '4 + 190 kanji is over the limit');
    const versions = server.published.filter((p) => p.uri === u).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'published versions only increase');
    const counts = (await server.connection.sendRequest(POST_COUNTS_REQUEST, { textDocument: { uri: u } })) as PostCountsResult;
    assert.equal(counts.version, 20);
    assert.deepEqual(counts.posts.map((p) => p.weightedLength), [388]);
  });

  it('answers the count request per post of a thread, and shows code lenses', async () => {
    const u = uri('c.post.md');
    await server.open(u, '一つ目です\n---\nhttps://example.com/x 二つ目');
    await server.waitForDiagnostics(u);
    const counts = (await server.connection.sendRequest(POST_COUNTS_REQUEST, { textDocument: { uri: u } })) as PostCountsResult;
    assert.deepEqual(counts.posts.map((p) => [p.index, p.weightedLength, p.limit, p.range.start.line]), [
      [0, 10, 280, 0],
      [1, 30, 280, 2],
    ]);
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: u } })) as CodeLens[];
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [
      [0, '1/2 · 10/280 · 全角5/140'],
      [2, '2/2 · 30/280 · 全角15/140'],
    ]);
  });

  it('code actions carry their edits; applying one clears the finding and changes nothing else', async () => {
    const u = uri('d.post.md');
    const text = `---\ncategory: event\n---\n${kanji(136)}ＦＡＱとＡＢＣ\n<!-- ＦＵＬＬ memo -->`;
    await server.open(u, text);
    const p = await server.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    const actions = await server.codeActions(u, p.diagnostics[0]);
    const halfWidth = actions.find((a) => a.title.includes('半角'))!;
    assert.ok(halfWidth, `actions: ${actions.map((a) => a.title)}`);
    assert.equal(halfWidth.kind, 'quickfix');
    const edit = halfWidth.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.textDocument.version, 1);
    const fixed = applyTextEdits(text, edit.edits as TextEdit[]);
    assert.equal(fixed, `---\ncategory: event\n---\n${kanji(136)}FAQとABC\n<!-- ＦＵＬＬ memo -->`);
    await server.change(u, 2, [{ text: fixed }]);
    const after = await server.waitForDiagnostics(u, (x) => x.version === 2);
    assert.deepEqual(after.diagnostics, []);
  });

  it('a broken config is reported in the config file and posts are still checked', async () => {
    writeFileSync(join(dir, '.postpolicy.json'), '{\n  // チーム設定\n  "limit": "百",\n}\n');
    const u = uri('e.post.md');
    await server.open(u, kanji(141));
    const post = await server.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    assert.equal(post.diagnostics[0].code, 'count/max-length', 'default limit still applies');
    const cfg = await server.waitForDiagnostics(uri('.postpolicy.json'), (x) => x.diagnostics.length > 0);
    assert.deepEqual(cfg.diagnostics[0].range.start, { line: 2, character: 11 });
    assert.match(String(cfg.diagnostics[0].message), /limit/);
  });

  it('completes front-matter categories from the preset in force', async () => {
    writeFileSync(join(dir, '.postpolicy.json'), '{ "extends": ["ageo-hoiku"] }\n');
    const u = uri('g.post.md');
    const text = '---\ncategory: \n---\n本文';
    await server.open(u, text);
    await server.waitForDiagnostics(u);
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 10 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('event'), `labels: ${labels}`);
    assert.ok(labels.includes('emergency'), `labels: ${labels}`);
    const outside = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 3, character: 1 } })) as CompletionItem[];
    assert.deepEqual(outside, [], 'no completions in the body');
  });

  it('offers "add to terms" on a selection and edits the team config, keeping its comments', async () => {
    const configText = '{\n  // チームの設定\n  "limit": 280\n}\n';
    writeFileSync(join(dir, '.postpolicy.json'), configText);
    // As the VS Code client: it implements the interactive command itself.
    await server.stop();
    server = await ServerHarness.start([dir], { initializationOptions: { clientCommands: ['postPolicy.addTermInteractive'] } });
    const u = uri('h.post.md');
    await server.open(u, '---\ncategory: event\n---\n子供向けの催しです');
    await server.waitForDiagnostics(u);
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } },
      context: { diagnostics: [] },
    }) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('「子供」をチームの用語リスト'))!;
    assert.ok(add, `actions: ${actions.map((a) => a.title)}`);
    assert.equal(add.command!.command, 'postPolicy.addTermInteractive');
    assert.deepEqual(add.command!.arguments, [u, '子供']);
    // What the client runs after asking for the wording:
    await server.connection.sendRequest('workspace/executeCommand', {
      command: 'postPolicy.applyConfigChange',
      arguments: [u, { path: ['terms'], append: { pattern: '子供', expected: '子ども' } }],
    });
    assert.equal(server.appliedEdits.length, 1);
    const change = server.appliedEdits[0].documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, uri('.postpolicy.json'));
    const updated = applyTextEdits(configText, change.edits as TextEdit[]);
    assert.match(updated, /\/\/ チームの設定/, 'comment kept');
    assert.deepEqual(JSON.parse(updated.replace(/\/\/.*$/m, '')).terms, [{ pattern: '子供', expected: '子ども' }]);
  });

  it('with the personal setting lintOn=save, checks on open and save only', async () => {
    await server.stop();
    server = await ServerHarness.start([dir], { initializationOptions: { lintOn: 'save' } });
    const u = uri('s.post.md');
    await server.open(u, '短い本文');
    // The tokenizer's arrival re-checks open posts once; wait for it so it does not count as a check on typing.
    await server.waitForDiagnostics(u, () => server.published.filter((p) => p.uri === u && p.version === 1).length >= 2, 15000);
    await server.change(u, 2, [{ text: kanji(141) }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(server.latest(u)!.version, 1, 'not re-checked while typing');
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const saved = await server.waitForDiagnostics(u, (x) => x.version === 2);
    assert.equal(saved.diagnostics[0].code, 'count/max-length');
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postPolicy: { lintOn: 'type' } } });
    await server.change(u, 3, [{ text: '短い' }]);
    assert.deepEqual((await server.waitForDiagnostics(u, (x) => x.version === 3)).diagnostics, []);
  });

  it('publishes quickly: spawn → first diagnostics', async () => {
    const u = uri('f.post.md');
    await server.open(u, kanji(141));
    const p = await server.waitForDiagnostics(u, (x) => x.diagnostics.length > 0);
    assert.ok(p.at - server.startedAt < 5000);
  });
});
