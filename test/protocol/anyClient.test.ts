// Every LSP client gets every action (issue 13): a plain JSON-RPC client (no VS Code, no client-side commands)
// applies every code action the server offers on a set of posts. Each action either carries its edit or names a
// command the server itself executes; the resulting post and config texts are checked.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, ServerHarness } from './harness';

const POSTS: Record<string, string> = {
  'pii.post.md': '---\naccount: ageo_hoiku\ncategory: event\n---\nひまわり組のゆうとくん（5歳）\n連絡は携帯 090-1234-5678 まで\n',
  'terms.post.md': '---\naccount: ageo_hoiku\ncategory: event\n---\n子供たちの作品展です。\n',
  'card.post.md': '---\naccount: ageo_hoiku\ncategory: event\n---\n番号 4111-1111-1111-1111 です。\n',
  'reply.post.md': '---\naccount: ageo_hoiku\ncategory: event\nreply_to: https://x.com/someone/status/1\n---\nご質問ありがとうございます。\n',
  'secret.post.md': '---\naccount: ageo_hoiku\ncategory: notice\n---\n職員用 Wi-Fi のパスワード: hoiku2026 です。\n',
  'long.post.md': `---\naccount: ageo_hoiku\ncategory: event\n---\n${'子育てひろばのお知らせです。'.repeat(12)}\n`,
};

describe('any LSP client can apply every code action', function () {
  this.timeout(60000);
  let dir: string;
  let server: ServerHarness;
  const configText = '{\n  "extends": ["ageo-hoiku"],\n  "terms": [{ "pattern": "子供", "expected": "子ども", "specs": [{ "from": "子供たち", "to": "子どもたち" }] }]\n}\n';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-anyclient-'));
    writeFileSync(join(dir, '.postpolicy.json'), configText);
    for (const [name, text] of Object.entries(POSTS)) writeFileSync(join(dir, name), text);
    server = await ServerHarness.start([dir]);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every action offered is an edit or a command the server executes, and applying it changes the text', async () => {
    const commands = (server.initializeResult!.capabilities.executeCommandProvider as { commands: string[] }).commands;
    let applied = 0;
    for (const [name, text] of Object.entries(POSTS)) {
      const uri = pathToFileURL(join(dir, name)).toString();
      await server.open(uri, text);
      const published = await server.waitForDiagnostics(uri, (p) => !name.startsWith('pii') || p.diagnostics.some((d) => d.code === 'pii/person'), 15000);
      const ranges = [...published.diagnostics.map((d) => ({ range: d.range, diagnostics: [d] as Diagnostic[] })), { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } }, diagnostics: [] as Diagnostic[] }];
      for (const { range, diagnostics } of ranges) {
        const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
        for (const action of actions) {
          assert.ok(action.edit || action.command, `${name}: 「${action.title}」 has an edit or a command`);
          if (action.command) assert.ok(commands.includes(action.command.command), `${name}: 「${action.title}」 names ${action.command.command}, which this server executes`);
          const before = server.appliedEdits.length;
          if (action.edit) {
            for (const change of action.edit.documentChanges ?? []) {
              if (!('textDocument' in change)) continue;
              const c = change as TextDocumentEdit;
              if (c.textDocument.uri === uri) assert.notEqual(applyTextEdits(text, c.edits as TextEdit[]), text, `${name}: 「${action.title}」 changes the post`);
            }
          }
          if (action.command) {
            await server.connection.sendRequest('workspace/executeCommand', action.command);
            assert.ok(server.appliedEdits.length > before, `${name}: 「${action.title}」 made the server apply an edit`);
          }
          applied++;
        }
      }
    }
    assert.ok(applied >= 10, `applied ${applied} actions`);
  });

  it('「用語リストに追加」 without the VS Code client: the server asks yes/no and adds the word to terms', async () => {
    const uri = pathToFileURL(join(dir, 'terms.post.md')).toString();
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 4, character: 5 }, end: { line: 4, character: 8 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('「作品展」をチームの用語リスト'))!;
    assert.ok(add, actions.map((a) => a.title).join(', '));
    assert.deepEqual(add.command, { title: 'チームの用語リストに追加', command: 'postPolicy.addTerm', arguments: [uri, '作品展'] });
    const asked = server.messageRequests.length;
    const before = server.appliedEdits.length;
    await server.connection.sendRequest('workspace/executeCommand', add.command);
    assert.match(server.messageRequests[asked].message, /「作品展」をチームの用語リスト（terms）に追加します/);
    const change = server.appliedEdits[before].documentChanges![0] as TextDocumentEdit;
    const updated = applyTextEdits(readFileSync(join(dir, '.postpolicy.json'), 'utf8'), change.edits as TextEdit[]);
    assert.deepEqual(JSON.parse(updated).terms.at(-1), { pattern: '作品展' });
  });

  it('a selected card number is masked in the 「用語リストに追加」 title and question', async () => {
    const uri = pathToFileURL(join(dir, 'card.post.md')).toString();
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 4, character: 3 }, end: { line: 4, character: 22 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const add = actions.find((a) => a.title.includes('用語リスト'))!;
    assert.ok(add, actions.map((a) => a.title).join(', '));
    assert.ok(!add.title.includes('4111-1111-1111-1111'), add.title);
    assert.match(add.title, /1111」/, 'the last digits stay, to recognise it');
    const asked = server.messageRequests.length;
    await server.connection.sendRequest('workspace/executeCommand', add.command);
    assert.ok(!server.messageRequests[asked].message.includes('4111-1111-1111-1111'));
  });
});
