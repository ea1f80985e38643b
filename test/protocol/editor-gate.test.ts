// Issue 11, editor side, through the bundled server over stdio: the `source.fixAll.postPolicy` code action (same
// bytes as `post-policy check --fix`), the approval check behind 「承認する」, linting every post in the workspace
// (and keeping not-open posts fresh from file events), and which config checks a post while the team's is broken.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import {
  APPROVAL_CHECK_REQUEST,
  FIX_ALL_KIND,
  LINT_WORKSPACE_REQUEST,
  POST_COUNTS_REQUEST,
  type ApprovalCheckResult,
  type LintWorkspaceResult,
  type PostCountsResult,
} from '../../server/src/protocol';
import { repoRoot } from '../unit/repoRoot';
import { applyTextEdits, ServerHarness } from './harness';

const TERMS_CONFIG = '{\n  "extends": ["ageo-hoiku"],\n  "terms": [{ "pattern": "子供", "expected": "子ども" }, { "pattern": "ひろば", "expected": "広場" }]\n}\n';
/** Safe fixes (two terms, a password) next to findings whose fixes are not safe (a private phone number). */
const FIXABLE = '---\naccount: ageo_hoiku\ncategory: event\n---\n子供のひろばを開きます。子供向けです。\nWi-Fiのパスワード: hoiku2026\n担当 090-1234-5678\n';
const CHILD = '---\naccount: ageo_hoiku\ncategory: event\n---\nひまわり組のゆうとくん（5歳）が発表しました。\n';

const codes = (diags: { code?: string | number }[]) => diags.map((d) => String(d.code));

describe('editor gate over stdio: fix-all, approval check, workspace lint, broken config state', function () {
  this.timeout(30000);
  let dir: string;
  let server: ServerHarness;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  const notify = (changes: [string, FileChangeType][]) =>
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([name, type]) => ({ uri: uri(name), type })) });
  const fixAllActions = (u: string, only: string[] = [FIX_ALL_KIND]): Promise<CodeAction[]> =>
    server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only },
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-gate-'));
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('advertises source.fixAll.postPolicy; its one action has exactly the bytes of `post-policy check --fix`', async () => {
    write('.postpolicy.json', TERMS_CONFIG);
    write('a.post.md', FIXABLE);
    server = await ServerHarness.start([dir]);
    const kinds = (server.initializeResult?.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
    assert.ok(kinds.includes(FIX_ALL_KIND), `kinds: ${kinds}`);
    const post = uri('a.post.md');
    await server.open(post, FIXABLE);
    await server.waitForDiagnostics(post, (p) => codes(p.diagnostics).includes('policy/secret'), 10000);

    const actions = await fixAllActions(post);
    assert.equal(actions.length, 1, 'one fix-all action');
    const [action] = actions;
    assert.equal(action.kind, FIX_ALL_KIND);
    const changes = action.edit?.documentChanges as TextDocumentEdit[];
    assert.equal(changes.length, 1, 'edits this document only');
    assert.deepEqual(changes[0].textDocument, { uri: post, version: 1 });
    const fixed = applyTextEdits(FIXABLE, changes[0].edits as TextEdit[]);

    // The CLI on a copy of the same file and config.
    const copy = mkdtempSync(join(tmpdir(), 'post-policy-gate-cli-'));
    try {
      writeFileSync(join(copy, '.postpolicy.json'), TERMS_CONFIG);
      writeFileSync(join(copy, 'a.post.md'), FIXABLE);
      spawnSync(process.execPath, [join(repoRoot(), 'bin', 'post-policy.js'), 'check', '--fix', 'a.post.md'], { cwd: copy, encoding: 'utf8' });
      assert.equal(fixed, readFileSync(join(copy, 'a.post.md'), 'utf8'), 'same bytes as post-policy check --fix');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    assert.equal(fixed, '---\naccount: ageo_hoiku\ncategory: event\n---\n子どもの広場を開きます。子ども向けです。\nWi-Fiのパスワード: ********\n担当 090-1234-5678\n', 'the phone number (no safe fix) stays');

    // Only when asked for: quick fixes alone never include it; `source` (the Source Action menu) does.
    assert.ok(!(await fixAllActions(post, ['quickfix'])).some((a) => a.kind === FIX_ALL_KIND));
    assert.equal((await fixAllActions(post, ['source'])).filter((a) => a.kind === FIX_ALL_KIND).length, 1);
    assert.ok((await fixAllActions(post, [FIX_ALL_KIND])).every((a) => a.kind === FIX_ALL_KIND), 'nothing but fix-all when only it is asked');

    // Applied as the editor applies it (on save, right after the change): nothing safe is left.
    await server.change(post, 2, [{ text: fixed }]);
    assert.deepEqual(await fixAllActions(post), [], 'nothing left to fix');
  });

  it('answers for the document version just sent (codeActionsOnSave right after typing)', async () => {
    write('.postpolicy.json', TERMS_CONFIG);
    server = await ServerHarness.start([dir]);
    const post = uri('b.post.md');
    await server.open(post, 'お知らせ\n');
    await server.waitForDiagnostics(post);
    await server.change(post, 2, [{ text: '子供のお知らせ\n' }]);
    const [action] = await fixAllActions(post); // no wait for the debounced lint
    const change = (action?.edit?.documentChanges as TextDocumentEdit[] | undefined)?.[0];
    assert.deepEqual(change?.textDocument, { uri: post, version: 2 });
    assert.equal(applyTextEdits('子供のお知らせ\n', change!.edits as TextEdit[]), '子どものお知らせ\n');
  });

  it('with lintOn=save, fix-all still answers for the unsaved version, and publishes nothing before the save', async () => {
    write('.postpolicy.json', TERMS_CONFIG);
    server = await ServerHarness.start([dir], { initializationOptions: { lintOn: 'save' } });
    const post = uri('s.post.md');
    await server.open(post, 'お知らせ\n');
    await server.waitForDiagnostics(post, (p) => p.version === 1);
    await server.change(post, 2, [{ text: '子供のお知らせ\n' }]);
    const [action] = await fixAllActions(post);
    const change = (action?.edit?.documentChanges as TextDocumentEdit[] | undefined)?.[0];
    assert.deepEqual(change?.textDocument, { uri: post, version: 2 });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(server.latest(post)?.version, 1, 'diagnostics wait for the save');
  });

  it('approval check: the error findings of the current text, policy/approval excluded, with the child\'s name once the tokenizer is in', async () => {
    write('.postpolicy.json', '{ "extends": ["ageo-hoiku"] }\n');
    server = await ServerHarness.start([dir]);
    const post = uri('c.post.md');
    await server.open(post, CHILD);
    const check = (await server.connection.sendRequest(APPROVAL_CHECK_REQUEST, { textDocument: { uri: post } })) as ApprovalCheckResult;
    assert.equal(check.version, 1);
    assert.deepEqual(check.errors.map((e) => [e.rule, e.start.line, e.start.character]), [['pii/person', 4, 6]]);
    assert.match(check.errors[0].message, /子どもの名前と思われる人名/);
    // The user sees policy/approval (no approval yet), but approving settles it: never blocking.
    const shown = await server.waitForDiagnostics(post, (p) => codes(p.diagnostics).includes('pii/person'), 10000);
    assert.ok(codes(shown.diagnostics).includes('policy/approval'));

    await server.change(post, 2, [{ text: CHILD.replace('ゆうとくん', 'Aくん') }]);
    const clean = (await server.connection.sendRequest(APPROVAL_CHECK_REQUEST, { textDocument: { uri: post } })) as ApprovalCheckResult;
    assert.deepEqual(clean, { version: 2, errors: [] });
  });

  it('lints every post in the workspace (not node_modules or hidden folders), then keeps not-open posts fresh from file events', async () => {
    write('.postpolicy.json', '{ "extends": ["ageo-hoiku"] }\n');
    write('open.post.md', 'お知らせ\n');
    write('posts/long.post.md', `${'漢'.repeat(141)}\n`);
    write('posts/deep/child.post.md', CHILD);
    write('posts/deep/clean.post.md', '---\naccount: ageo_hoiku\ncategory: event\nstatus: draft\n---\nお知らせです。\n');
    write('node_modules/pkg/x.post.md', `${'漢'.repeat(141)}\n`);
    write('.hidden/y.post.md', `${'漢'.repeat(141)}\n`);
    server = await ServerHarness.start([dir]);
    await server.open(uri('open.post.md'), 'お知らせ\n');
    await server.waitForDiagnostics(uri('open.post.md'));

    const result = (await server.connection.sendRequest(LINT_WORKSPACE_REQUEST)) as LintWorkspaceResult;
    assert.equal(result.files, 4);
    assert.equal(result.withErrors, 2, 'long (count) and child (pii/person)');
    const long = await server.waitForDiagnostics(uri('posts/long.post.md'));
    assert.ok(codes(long.diagnostics).includes('count/max-length'));
    assert.equal(long.version, undefined, 'not open: no document version');
    assert.ok(codes((await server.waitForDiagnostics(uri('posts/deep/child.post.md'))).diagnostics).includes('pii/person'), 'every rule, names included');
    assert.ok(server.latest(uri('posts/deep/clean.post.md')), 'a clean post is published too (empty or info)');
    assert.equal(server.latest(uri('node_modules/pkg/x.post.md')), undefined);
    assert.equal(server.latest(uri('.hidden/y.post.md')), undefined);

    // Changed on disk (git pull): re-linted.
    write('posts/long.post.md', 'お知らせ\n');
    await notify([['posts/long.post.md', FileChangeType.Changed]]);
    await server.waitForDiagnostics(uri('posts/long.post.md'), (p) => !codes(p.diagnostics).includes('count/max-length'));
    // Created: linted.
    write('posts/new.post.md', `${'漢'.repeat(141)}\n`);
    await notify([['posts/new.post.md', FileChangeType.Created]]);
    await server.waitForDiagnostics(uri('posts/new.post.md'), (p) => codes(p.diagnostics).includes('count/max-length'));
    // Deleted: cleared.
    unlinkSync(join(dir, 'posts/deep/child.post.md'));
    await notify([['posts/deep/child.post.md', FileChangeType.Deleted]]);
    await server.waitForDiagnostics(uri('posts/deep/child.post.md'), (p) => p.diagnostics.length === 0);
    // The team config changes: not-open posts are checked with the new one.
    write('.postpolicy.json', '{ "extends": ["ageo-hoiku"], "limit": 4 }\n');
    await notify([['.postpolicy.json', FileChangeType.Changed]]);
    await server.waitForDiagnostics(uri('posts/long.post.md'), (p) => codes(p.diagnostics).includes('count/max-length'));
    // Closing an open post shows the findings of the file on disk instead of clearing them.
    write('open.post.md', `${'漢'.repeat(20)}\n`);
    await server.close(uri('open.post.md'));
    await server.waitForDiagnostics(uri('open.post.md'), (p) => codes(p.diagnostics).includes('count/max-length'));
  });

  it('with postPolicy.lintWorkspace on, the workspace is linted at start without the command', async () => {
    write('posts/long.post.md', `${'漢'.repeat(141)}\n`);
    server = await ServerHarness.start([dir], { initializationOptions: { lintWorkspace: true } });
    const p = await server.waitForDiagnostics(uri('posts/long.post.md'), (x) => codes(x.diagnostics).includes('count/max-length'), 15000);
    assert.equal(p.version, undefined);
  });

  it('without the command or setting, posts that are not open are not linted', async () => {
    write('posts/long.post.md', `${'漢'.repeat(141)}\n`);
    server = await ServerHarness.start([dir]);
    await server.open(uri('x.post.md'), 'お知らせ\n');
    await server.waitForDiagnostics(uri('x.post.md'));
    await new Promise((r) => setTimeout(r, 500));
    await notify([['posts/long.post.md', FileChangeType.Changed]]);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(server.latest(uri('posts/long.post.md')), undefined);
  });

  it('a config broken from the start: checked with the built-in defaults, and said so; once it was good, the last good one', async () => {
    write('.postpolicy.json', '{\n  "limit": "百"\n}\n');
    server = await ServerHarness.start([dir]);
    const post = uri('d.post.md');
    await server.open(post, `${'漢'.repeat(141)}\n`);
    const counts = () => server.connection.sendRequest(POST_COUNTS_REQUEST, { textDocument: { uri: post } }) as Promise<PostCountsResult>;
    const broken = await counts();
    assert.equal(broken.configState, 'defaults');
    assert.match(broken.configError ?? '', /組み込みの既定の設定（recommended）で検査中/);
    assert.equal(broken.configProblem?.path, join(dir, '.postpolicy.json'));
    assert.equal(broken.posts[0].limit, 280, 'the default limit');

    write('.postpolicy.json', '{\n  "limit": 200\n}\n');
    await notify([['.postpolicy.json', FileChangeType.Changed]]);
    await server.waitForDiagnostics(post, (p) => p.diagnostics.some((d) => /\/200/.test(String(d.message))));
    const good = await counts();
    assert.equal(good.configState, undefined);
    assert.equal(good.configError, undefined);

    write('.postpolicy.json', '{\n  "limit": "二百"\n}\n');
    await notify([['.postpolicy.json', FileChangeType.Changed]]);
    await server.waitForDiagnostics(uri('.postpolicy.json'), (p) => p.diagnostics.length > 0);
    const lastGood = await counts();
    assert.equal(lastGood.configState, 'lastGood');
    assert.match(lastGood.configError ?? '', /直前の正しい設定で検査中/);
    assert.equal(lastGood.posts[0].limit, 200);
  });
});
