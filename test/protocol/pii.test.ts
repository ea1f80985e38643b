// Personal-data quick fixes through the bundled language server: mask and allow-for-the-team round trips.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type CreateFile, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, ServerHarness } from './harness';

describe('language server: personal-data quick fixes', function () {
  this.timeout(20000);
  let dir: string;
  let server: ServerHarness;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-pii-'));
    server = await ServerHarness.start([dir]);
  });
  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes phone findings at once and names once kuromoji is ready; masking the name clears it', async () => {
    const u = uri('a.post.md');
    const text = '---\ncategory: event\n---\n🎉ひまわり組のゆうとくん（5歳）\n担当 090-1234-5678';
    await server.open(u, text);
    const named = await server.waitForDiagnostics(u, (p) => p.diagnostics.some((d) => d.code === 'pii/person'), 10000);
    const person = named.diagnostics.find((d) => d.code === 'pii/person')!;
    assert.deepEqual(person.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
    assert.ok(named.diagnostics.some((d) => d.code === 'pii/phone'));
    const actions = await server.codeActions(u, person);
    const mask = actions.find((a) => a.isPreferred)!;
    assert.ok(mask, `actions: ${actions.map((a) => a.title)}`);
    const edit = mask.edit!.documentChanges![0] as TextDocumentEdit;
    const fixed = applyTextEdits(text, edit.edits as TextEdit[]);
    assert.equal(fixed, text.replace('ゆうとくん', 'Aくん'));
    await server.change(u, 2, [{ text: fixed }]);
    const after = await server.waitForDiagnostics(u, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'pii/person'), []);
    assert.equal(after.diagnostics.filter((d) => d.code === 'pii/phone').length, 1);
  });

  it('"allow for the team" creates .postpolicy.json with the exact number; the finding then disappears', async () => {
    const u = uri('b.post.md');
    const text = '---\ncategory: event\n---\nお問い合わせ：上尾市保育課 ０４８-775-5111';
    await server.open(u, text);
    const p = await server.waitForDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'pii/phone'));
    const phone = p.diagnostics.find((d) => d.code === 'pii/phone')!;
    assert.equal(phone.severity, 3, 'an office number is information');
    const actions = await server.codeActions(u, phone);
    const allow = actions.find((a) => a.title.includes('許可リスト'))!;
    assert.ok(allow, `actions: ${actions.map((a) => a.title)}`);
    const changes = allow.edit!.documentChanges!;
    const create = changes.find((c) => (c as CreateFile).kind === 'create') as CreateFile;
    assert.equal(create.uri, uri('.postpolicy.json'));
    const write = changes.find((c) => (c as TextDocumentEdit).textDocument?.uri === uri('.postpolicy.json')) as TextDocumentEdit;
    assert.ok(!changes.some((c) => (c as TextDocumentEdit).textDocument?.uri === u), 'the post itself is not edited');
    // Apply as the client would, then tell the server the file changed.
    const configText = applyTextEdits('', write.edits as TextEdit[]);
    assert.deepEqual(JSON.parse(configText).allow.phones, ['０４８-775-5111']);
    writeFileSync(fileURLToPath(create.uri), configText);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: create.uri, type: FileChangeType.Created }] });
    const after = await server.waitForDiagnostics(u, (x) => !x.diagnostics.some((d) => d.code === 'pii/phone'));
    assert.deepEqual(after.diagnostics.filter((d) => String(d.code).startsWith('pii/')), []);
    assert.match(readFileSync(join(dir, '.postpolicy.json'), 'utf8'), /０４８-775-5111/);
  });
});
