// The packaged extension in VS Code's real extension host: activation, diagnostics, quick fixes,
// status bar, team config reload and thread counts — asserted through the vscode API.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, cleanup, code, covered, freshDir, href, openPost, waitFor, waitForDiagnostics } from './util';

const kanji = (n: number) => '漢'.repeat(n);
/** The status bar's full-width figure in the UI language (Japanese bundle in a Japanese VS Code). */
const fullWidth = (a: number, b: number) => (vscode.env.language.startsWith('ja') ? `全角${a}/${b}` : `Full-width ${a}/${b}`);

describe('Post Policy in VS Code', () => {
  let dir: string;
  beforeEach(() => {
    dir = freshDir('t');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    cleanup(dir);
  });

  it('opening a *.post.md activates the extension and sets language postmd', async () => {
    const editor = await openPost(dir, 'a.post.md', 'お知らせです。\n');
    assert.equal(editor.document.languageId, 'postmd');
    await api();
    assert.equal(vscode.extensions.getExtension('post-policy.post-policy')!.isActive, true);
  });

  it('an over-limit post gets count/max-length with the exact overflow range and its docs link', async () => {
    const editor = await openPost(dir, 'long.post.md', `---\ncategory: event\n---\n🎄${kanji(139)}超過分`);
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => code(x) === 'count/max-length'));
    const d = diags.find((x) => code(x) === 'count/max-length')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(covered(editor.document, d), '超過分');
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [3, 141, 144]);
    assert.match(d.message, /X の文字数上限を超えています（286\/280、全角換算143\/140字）/);
    assert.match(href(d) ?? '', /docs\/rules\/count\/max-length\.md$/);
  });

  it('personal data and policy findings appear with codes, severities, ranges and clauses', async () => {
    const text = 'ひまわり組のゆうとくん（5歳）が参加しました。\n担当 090-1234-5678\n個人的には反対です。';
    const editor = await openPost(dir, 'pii.post.md', text);
    const diags = await waitForDiagnostics(editor.document.uri, (d) => ['pii/phone', 'pii/person', 'policy/personal-opinion'].every((c) => d.some((x) => code(x) === c)), 30000);
    const phone = diags.find((x) => code(x) === 'pii/phone')!;
    assert.equal(covered(editor.document, phone), '090-1234-5678');
    assert.equal(phone.severity, vscode.DiagnosticSeverity.Error, 'a private mobile number is prohibited (issue 11)');
    assert.doesNotMatch(phone.message, /1234-5678/, 'the number is never repeated in full');
    const person = diags.find((x) => code(x) === 'pii/person')!;
    assert.equal(covered(editor.document, person), 'ゆうと');
    const opinion = diags.find((x) => code(x) === 'policy/personal-opinion')!;
    assert.match(opinion.message, /［.+］$/, 'names the clause');
  });

  it('each quick fix, applied as VS Code applies it, removes its finding and changes nothing else', async () => {
    const text = `---\ncategory: event\n---\n${kanji(136)}ＦＡＱとＡＢＣ\n<!-- 担当メモ -->\n`;
    const editor = await openPost(dir, 'fix.post.md', text);
    const [d] = await waitForDiagnostics(editor.document.uri, (x) => x.some((y) => code(y) === 'count/max-length'));
    const over = vscode.languages.getDiagnostics(editor.document.uri).find((y) => code(y) === 'count/max-length') ?? d;
    // The quick first pass publishes count findings before the full engine's pass brings their fixes: ask again until
    // the full pass has answered (a few hundred milliseconds on a busy machine).
    let actions: vscode.CodeAction[] = [];
    for (let tries = 0; tries < 40 && !actions.some((a) => a.title.includes('半角')); tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 250));
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, over.range, vscode.CodeActionKind.QuickFix.value);
    }
    const fix = actions.find((a) => a.title.includes('半角'));
    assert.ok(fix?.edit, `half-width fix offered: ${actions.map((a) => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), `---\ncategory: event\n---\n${kanji(136)}FAQとABC\n<!-- 担当メモ -->\n`);
    await waitForDiagnostics(editor.document.uri, (x) => !x.some((y) => code(y) === 'count/max-length'));

    // A mask fix on personal data: only the number goes.
    const pii = await openPost(dir, 'mask.post.md', '連絡先 090-1234-5678 まで');
    const [phone] = await waitForDiagnostics(pii.document.uri, (x) => x.some((y) => code(y) === 'pii/phone'));
    const piiActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', pii.document.uri, phone.range);
    const mask = piiActions.find((a) => a.edit && a.edit.size === 1 && a.edit.has(pii.document.uri) && !a.title.includes('無効化'));
    assert.ok(mask?.edit, `mask fix offered: ${piiActions.map((a) => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(mask.edit));
    assert.doesNotMatch(pii.document.getText(), /090/);
    assert.match(pii.document.getText(), /^連絡先 .*まで$/);
    await waitForDiagnostics(pii.document.uri, (x) => !x.some((y) => code(y) === 'pii/phone'));
  });

  it('the status bar shows the post under the cursor and follows typing and cursor moves', async () => {
    const editor = await openPost(dir, 'thread.post.md', `一つ目です\n---\n${kanji(141)}`);
    const ext = await api();
    await waitForDiagnostics(editor.document.uri, (x) => x.some((y) => code(y) === 'count/max-length'));
    editor.selection = new vscode.Selection(0, 1, 0, 1);
    await waitFor('status bar on post 1', async () => (await ext.refreshStatusBar(), ext.statusBarText()), (t) => t === `𝕏 1/2 · 10/280 · ${fullWidth(5, 140)}`);
    assert.equal(ext.statusBarWarning(), false);
    editor.selection = new vscode.Selection(2, 3, 2, 3);
    await waitFor('status bar on post 2', async () => (await ext.refreshStatusBar(), ext.statusBarText()), (t) => t === `𝕏 2/2 · 282/280 · ${fullWidth(141, 140)}`);
    assert.equal(ext.statusBarWarning(), true, 'warning colour when over');
    await editor.edit((b) => b.insert(new vscode.Position(0, 5), '！'));
    editor.selection = new vscode.Selection(0, 1, 0, 1);
    await waitFor('status bar after typing', async () => (await ext.refreshStatusBar(), ext.statusBarText()), (t) => t === `𝕏 1/2 · 12/280 · ${fullWidth(6, 140)}`);
  });

  it('a thread shows per-post counts as code lenses', async () => {
    const editor = await openPost(dir, 'lens.post.md', '一つ目です\n---\nhttps://example.com/x 二つ目');
    await waitForDiagnostics(editor.document.uri, () => true);
    const lenses = await waitFor(
      'code lenses',
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri),
      (l) => (l?.length ?? 0) === 2,
    );
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [
      [0, '1/2 · 10/280 · 全角5/140'],
      [2, '2/2 · 30/280 · 全角15/140'],
    ]);
  });

  it('editing the team config re-lints open posts; an invalid config shows its error and checking continues', async () => {
    const configPath = join(dir, '.postpolicy.json');
    writeFileSync(configPath, '{\n  // チームの設定\n  "limit": 280\n}\n');
    const editor = await openPost(dir, 'cfg.post.md', kanji(60));
    await waitForDiagnostics(editor.document.uri, (x) => !x.some((y) => code(y) === 'count/max-length'));
    const config = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configPath), { preview: false, viewColumn: vscode.ViewColumn.Beside });
    await config.edit((b) => b.replace(new vscode.Range(2, 0, 2, 14), '  "limit": 100'));
    await config.document.save();
    const over = await waitForDiagnostics(editor.document.uri, (x) => x.some((y) => code(y) === 'count/max-length'));
    assert.match(over.find((y) => code(y) === 'count/max-length')!.message, /120\/100/);
    // Break the file: the error shows in the config, the last good config (limit 100) stays in force.
    await config.edit((b) => b.replace(new vscode.Range(2, 0, 2, 14), '  "limit": "百"'));
    await config.document.save();
    const problems = await waitForDiagnostics(config.document.uri, (x) => x.length > 0);
    assert.equal(problems[0].range.start.line, 2);
    const still = await waitForDiagnostics(editor.document.uri, (x) => x.some((y) => code(y) === 'count/max-length'));
    assert.match(still.find((y) => code(y) === 'count/max-length')!.message, /120\/100/, 'last good config kept');
  });
});
