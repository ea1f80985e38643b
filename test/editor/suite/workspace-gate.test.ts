// Issue 11 in VS Code's real extension host: source.fixAll.postPolicy (by the code action API and by saving with
// editor.codeActionsOnSave), 「承認する」 refusing a post with an error and recording an override with a reason,
// 「ワークスペースのすべての投稿を検査」 filling diagnostics for a post never opened, and the status bar's own state for
// a team config that was broken from the start.
// Runs last (file name): the workspace command turns on workspace mode in the server for the rest of the session.
import * as assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, cleanup, code, freshDir, openPost, waitFor, waitForDiagnostics } from './util';

const FIX_ALL = 'source.fixAll.postPolicy';
const TERMS_CONFIG = '{\n  "extends": ["ageo-hoiku"],\n  "terms": [{ "pattern": "子供", "expected": "子ども" }, { "pattern": "ひろば", "expected": "広場" }]\n}\n';
const FIXABLE = '---\naccount: ageo_hoiku\ncategory: event\n---\n子供のひろばを開きます。子供向けです。\nWi-Fiのパスワード: hoiku2026\n担当 090-1234-5678\n';
/** What `post-policy check --fix` writes for FIXABLE (test/protocol/editor-gate.test.ts compares with the CLI). */
const FIXED = '---\naccount: ageo_hoiku\ncategory: event\n---\n子どもの広場を開きます。子ども向けです。\nWi-Fiのパスワード: ********\n担当 090-1234-5678\n';
const CHILD = '---\naccount: ageo_hoiku\ncategory: event\n---\nひまわり組のゆうとくん（5歳）が発表しました。\n';

interface ApproveOutcome {
  approved: boolean;
  override?: boolean;
  errors: { rule: string; message: string; start: { line: number; character: number } }[];
  refusal?: { message: string; detail: string };
}
interface StatusApi {
  refreshStatusBar(): Promise<void>;
  statusBarText(): string;
  statusBarState(): string;
  statusBarBackground(): string | undefined;
  statusBarTooltip(): string;
}

describe('Post Policy gate in VS Code: fix-all, approval, workspace check, broken config', () => {
  let dir: string;
  beforeEach(() => {
    dir = freshDir('g');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    cleanup(dir);
  });

  it('source.fixAll.postPolicy through executeCodeActionProvider: every safe fix, nothing else (same bytes as check --fix)', async () => {
    writeFileSync(join(dir, '.postpolicy.json'), TERMS_CONFIG);
    const editor = await openPost(dir, 'fixall.post.md', FIXABLE);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => ['team/terms', 'policy/secret', 'pii/phone'].every((r) => d.some((x) => code(x) === r)), 40000);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL);
    assert.equal(actions.length, 1, `one action: ${actions.map((a) => `${a.kind?.value} ${a.title}`)}`);
    assert.equal(actions[0].kind?.value, FIX_ALL);
    assert.ok(actions[0].edit);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
    assert.equal(doc.getText(), FIXED);
    const left = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ['team/terms', 'policy/secret'].includes(code(x))));
    assert.ok(left.some((x) => code(x) === 'pii/phone'), 'the phone number has no safe fix and stays');
  });

  it('saving with editor.codeActionsOnSave {"source.fixAll.postPolicy": "explicit"} writes the fixed post to disk', async () => {
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'postmd' });
    await editorConfig.update('codeActionsOnSave', { [FIX_ALL]: 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      writeFileSync(join(dir, '.postpolicy.json'), TERMS_CONFIG);
      const editor = await openPost(dir, 'onsave.post.md', '---\naccount: ageo_hoiku\ncategory: event\n---\nお知らせ\n');
      await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 40000);
      // Type the violations, then save at once, as a person would.
      await editor.edit((b) => b.insert(new vscode.Position(4, 4), '：子供のひろば'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      try {
        await waitFor('the saved file', () => readFileSync(editor.document.uri.fsPath, 'utf8'), (t) => t.includes('子どもの広場'), 15000);
      } catch (e) {
        // Say what the provider offers now, to tell a missing action from one VS Code did not apply.
        const now = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 5, 0), FIX_ALL);
        const setting = vscode.workspace.getConfiguration('editor', { languageId: 'postmd' }).get('codeActionsOnSave');
        throw new Error(`${(e as Error).message}; document version ${editor.document.version}, dirty ${editor.document.isDirty}, setting ${JSON.stringify(setting)}, actions now: ${now.map((a) => a.title)}`);
      }
      assert.equal(readFileSync(editor.document.uri.fsPath, 'utf8'), '---\naccount: ageo_hoiku\ncategory: event\n---\nお知らせ：子どもの広場\n');
      assert.equal(editor.document.isDirty, false);
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  it('「承認する」 refuses a post with a child\'s name (ageo-hoiku) and says which; with a reason it records the override', async () => {
    writeFileSync(join(dir, '.postpolicy.json'), '{ "extends": ["ageo-hoiku"] }\n');
    const editor = await openPost(dir, 'approve.post.md', CHILD);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => code(x) === 'pii/person' && x.severity === vscode.DiagnosticSeverity.Error), 40000);

    const refused = await vscode.commands.executeCommand<ApproveOutcome>('postPolicy.approve', { by: '山田' });
    assert.equal(refused.approved, false);
    assert.deepEqual(refused.errors.map((e) => [e.rule, e.start.line, e.start.character]), [['pii/person', 4, 6]]);
    assert.ok(refused.refusal, 'a refusal is shown');
    assert.match(refused.refusal.message, vscode.env.language.startsWith('ja') ? /error の指摘が 1 件あるため、承認できません/ : /1 error finding\(s\), so it cannot be approved/);
    assert.match(refused.refusal.detail, /^5:7 {2}pii\/person {2}子どもの名前と思われる人名が書かれています/m, 'lists rule and message');
    assert.equal(doc.getText(), CHILD, 'nothing recorded');

    // Forced without a reason: still refused.
    const noReason = await vscode.commands.executeCommand<ApproveOutcome>('postPolicy.approve', { by: '山田', force: true, reason: ' ' });
    assert.equal(noReason.approved, false);
    assert.equal(doc.getText(), CHILD);

    const forced = await vscode.commands.executeCommand<ApproveOutcome>('postPolicy.approve', { by: '山田', force: true, reason: '保護者の同意書あり（12/1 確認）' });
    assert.equal(forced.approved, true);
    assert.equal(forced.override, true);
    const text = doc.getText();
    assert.match(text, /^status: approved$/m);
    assert.match(text, /^approved_by: 山田$/m);
    assert.match(text, /^approved_hash: sha256:[0-9a-f]{64}$/m);
    assert.match(text, /^approved_override: 保護者の同意書あり（12\/1 確認）$/m);
    assert.match(text, /^approved_override_errors: pii\/person$/m);
    // The next reviewer sees the override (policy/approval), and the child's name is still flagged.
    const after = await waitForDiagnostics(doc.uri, (d) => d.some((x) => code(x) === 'policy/approval' && /理由「保護者の同意書あり/.test(x.message)));
    assert.ok(after.some((x) => code(x) === 'pii/person'));
  });

  it('「承認する」 approves a post without errors at once, with no override', async () => {
    writeFileSync(join(dir, '.postpolicy.json'), '{ "extends": ["ageo-hoiku"] }\n');
    const clean = CHILD.replace('ゆうとくん（5歳）', 'お子さん');
    const editor = await openPost(dir, 'approve-ok.post.md', clean);
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => code(x) === 'policy/approval'), 40000);
    const ok = await vscode.commands.executeCommand<ApproveOutcome>('postPolicy.approve', { by: '山田' });
    assert.deepEqual([ok.approved, ok.override, ok.errors], [true, false, []]);
    assert.match(editor.document.getText(), /^status: approved$/m);
    assert.doesNotMatch(editor.document.getText(), /approved_override/);
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => code(x) === 'policy/approval'));
  });

  it('the status bar has its own error state for a team config broken from the start (built-in defaults), then says the last good one is in force', async () => {
    const ext = (await api()) as unknown as StatusApi;
    const configPath = join(dir, '.postpolicy.json');
    writeFileSync(configPath, '{\n  "limit": "百"\n}\n');
    await openPost(dir, 'status.post.md', 'お知らせです。\n');
    const refreshed = async () => (await ext.refreshStatusBar(), ext.statusBarState());
    await waitFor('broken-at-start state', refreshed, (s) => s === 'configDefaults', 20000);
    assert.equal(ext.statusBarBackground(), 'statusBarItem.errorBackground', 'error colour, not the over-limit warning colour');
    assert.match(ext.statusBarText(), /^\$\(error\) 𝕏 /);
    const ja = vscode.env.language.startsWith('ja');
    assert.match(ext.statusBarTooltip(), ja ? /組み込みの既定の設定（recommended プリセット）で検査しています/ : /checked with the built-in defaults \(the recommended preset\)/);
    assert.match(ext.statusBarTooltip(), /limit/, 'names the problem');

    // Fixed: the normal count.
    writeFileSync(configPath, '{\n  "limit": 200\n}\n');
    await waitFor('normal state', refreshed, (s) => s === 'normal', 20000);
    assert.match(ext.statusBarText(), /\/200/);
    assert.equal(ext.statusBarBackground(), undefined);

    // Broken again: the last good config (limit 200) stays in force, and the status bar says so.
    writeFileSync(configPath, '{\n  "limit": "二百"\n}\n');
    await waitFor('last-good state', refreshed, (s) => s === 'configLastGood', 20000);
    assert.equal(ext.statusBarBackground(), 'statusBarItem.warningBackground');
    assert.match(ext.statusBarText(), /\/200/);
    assert.match(ext.statusBarTooltip(), ja ? /直前の正しい設定で検査を続けます/ : /last valid version of it is still in force/);
  });

  it('「ワークスペースのすべての投稿を検査」 gives a post never opened its diagnostics, and keeps them fresh on disk changes', async () => {
    const never = join(dir, 'sub', 'never-opened.post.md');
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(join(dir, 'sub')));
    writeFileSync(never, `${'漢'.repeat(141)}\n`);
    writeFileSync(join(dir, 'clean.post.md'), 'お知らせです。\n');
    const uri = vscode.Uri.file(never);
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.fsPath === never), false, 'never opened');
    const result = await vscode.commands.executeCommand<{ files: number; withErrors: number; withWarnings: number }>('postPolicy.lintWorkspace');
    assert.ok(result.files >= 2, `files: ${result.files}`);
    assert.ok(result.withErrors >= 1);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => code(x) === 'count/max-length'));
    assert.equal(diags.find((x) => code(x) === 'count/max-length')!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.fsPath === never), false, 'still not opened');

    // Changed on disk (e.g. git pull): the Problems entry follows.
    writeFileSync(never, 'お知らせです。\n');
    await waitForDiagnostics(uri, (d) => !d.some((x) => code(x) === 'count/max-length'));
    // A new post appears: checked without opening it.
    const added = join(dir, 'sub', 'added.post.md');
    writeFileSync(added, `${'漢'.repeat(141)}\n`);
    await waitForDiagnostics(vscode.Uri.file(added), (d) => d.some((x) => code(x) === 'count/max-length'));
    // Deleted: its problems go.
    unlinkSync(added);
    await waitForDiagnostics(vscode.Uri.file(added), (d) => d.length === 0);
  });
});
