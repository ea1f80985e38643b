// Issue 12 in VS Code's real extension host: the preview webview follows edits, 「X 用にコピー」 puts exactly the
// engine's post text on the clipboard, X's compose page is refused while a post has an error or lacks a required
// approval, 「投稿済みにする」 records the post, and the Explorer view lists posts by status.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parsePostDocument } from '../../../server/src/engine/document';
import { applyTextEdits, approveEdits } from '../../../server/src/rules/policy/approvalHash';
import { api, cleanup, freshDir, openPost, waitFor, waitForDiagnostics } from './util';

interface PreviewState {
  open: boolean;
  uri?: string;
  version?: number;
  html?: string;
  renderedVersion?: number;
}
interface ActionResult {
  ok: boolean;
  reason?: string;
  url?: string;
  text?: string;
}
interface PostsSnapshot {
  label: string;
  bucket: string;
  items: { label: string; description: string; uri: string }[];
}

const state = () => vscode.commands.executeCommand<PreviewState>('postPolicy.preview.state');

describe('Post Policy preview and posting (issue 12)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = freshDir('p');
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    cleanup(dir);
  });

  it('the preview opens beside the post, is drawn by its script, and follows an edit', async () => {
    const editor = await openPost(dir, 'thread.post.md', '---\naccount: ageo_hoiku\n---\nクリスマス会を開催します🎄 #上尾市\n---\n二つ目の投稿です');
    await waitForDiagnostics(editor.document.uri, () => true);
    await vscode.commands.executeCommand('postPolicy.openPreview');
    const first = await waitFor('the preview drawn for the opened version', state, (s) => s.open && s.renderedVersion === editor.document.version, 30000);
    assert.equal(first.uri, editor.document.uri.toString());
    assert.match(first.html ?? '', /クリスマス会を開催します🎄 <span class="x-entity x-hashtag">#上尾市<\/span>/);
    assert.match(first.html ?? '', /<span class="pp-index">2\/2<\/span>/);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('thread.post.md'));
    assert.ok(tab, 'a webview tab titled after the post');

    await editor.edit((b) => b.insert(new vscode.Position(5, 8), '（追記しました）'));
    const after = await waitFor('the preview after the edit', state, (s) => s.renderedVersion === editor.document.version && /追記しました/.test(s.html ?? ''), 30000);
    assert.match(after.html ?? '', /二つ目の投稿です（追記しました）/);
  });

  it('「X 用にコピー」 puts exactly the engine’s post text on the clipboard (comments and image lines removed)', async () => {
    const text = '---\naccount: ageo_hoiku\ncategory: event\n---\n子育てひろばでクリスマス会<!-- 課内メモ：山田 -->を開催します🎄\r\n日時：12月20日（土）10時～\r\n\r\n![会場](images/room.png)\r\n<!-- 担当：投稿後に報告 -->\r\n---\n二つ目';
    const editor = await openPost(dir, 'copy.post.md', text);
    await waitForDiagnostics(editor.document.uri, () => true);
    await vscode.env.clipboard.writeText('before');
    const result = await vscode.commands.executeCommand<ActionResult>('postPolicy.copyForX', editor.document.uri, 0);
    assert.equal(result.ok, true, result.reason);
    const expected = parsePostDocument(text).posts[0].text;
    assert.equal(expected, '子育てひろばでクリスマス会を開催します🎄\n日時：12月20日（土）10時～');
    const clip = await vscode.env.clipboard.readText();
    assert.equal(clip, expected, 'byte for byte the text X receives');
    assert.equal(Buffer.compare(Buffer.from(clip, 'utf8'), Buffer.from(expected, 'utf8')), 0);
  });

  it('「X の投稿画面を開く」 is refused with the reason on a post with an error, and where approval is required until approved', async () => {
    const over = await openPost(dir, 'over.post.md', `${'漢'.repeat(141)}\n---\n二つ目`);
    await waitForDiagnostics(over.document.uri, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error));
    const refused = await vscode.commands.executeCommand<ActionResult>('postPolicy.openXIntent', over.document.uri, 0);
    assert.equal(refused.ok, false);
    assert.match(refused.reason ?? '', /error の指摘が 1 件/);
    assert.equal(refused.url, undefined, 'no intent URL was opened');
    const copyRefused = await vscode.commands.executeCommand<ActionResult>('postPolicy.copyForX', over.document.uri, 0);
    assert.equal(copyRefused.ok, false, 'copy is refused too');

    // A team that requires approval (ageo-hoiku): refused until approved.
    const team = freshDir('team');
    try {
      writeFileSync(join(team, '.postpolicy.json'), JSON.stringify({ extends: ['ageo-hoiku'], accounts: { own: ['ageo_hoiku'] } }));
      const draft = await openPost(team, 'draft.post.md', '---\naccount: ageo_hoiku\ncategory: notice\n---\n入所申込を受け付けます。');
      await waitForDiagnostics(draft.document.uri, (d) => d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'policy/approval'));
      const unapproved = await vscode.commands.executeCommand<ActionResult>('postPolicy.openXIntent', draft.document.uri, 0);
      assert.equal(unapproved.ok, false);
      assert.match(unapproved.reason ?? '', /承認が必要/);
    } finally {
      cleanup(team);
    }
  });

  it('「投稿済みにする」 records status, posted_at and the URL in the front matter', async () => {
    const editor = await openPost(dir, 'posted.post.md', '---\ncategory: event\nstatus: approved\n---\n本文です');
    const r = await vscode.commands.executeCommand<ActionResult>('postPolicy.markPosted', editor.document.uri, undefined, 'https://x.com/ageo_hoiku/status/1234567890');
    assert.equal(r.ok, true);
    assert.match(editor.document.getText(), /^---\ncategory: event\nstatus: posted\nposted_at: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00\nposted_url: https:\/\/x\.com\/ageo_hoiku\/status\/1234567890\n---\n本文です$/);
  });

  it('the Explorer view lists the posts by status with schedule and counts, sorted by schedule', async () => {
    const approvedText = (t: string) => applyTextEdits(t, approveEdits(t, '保育課長', new Date('2026-11-30T01:00:00Z')));
    writeFileSync(join(dir, 'a-draft.post.md'), `---\nscheduled: 2026-12-03T10:00+09:00\n---\n${'漢'.repeat(141)}`);
    writeFileSync(join(dir, 'b-later.post.md'), '---\nscheduled: 2026-12-09T10:00+09:00\n---\n後の予定です');
    writeFileSync(join(dir, 'c-sooner.post.md'), '---\nscheduled: 2026-12-02T10:00+09:00\n---\n先の予定です');
    writeFileSync(join(dir, 'd-approved.post.md'), approvedText('---\nscheduled: 2026-12-04T10:00+09:00\n---\n承認された投稿'));
    writeFileSync(join(dir, 'e-posted.post.md'), approvedText('---\nscheduled: 2026-11-20T10:00+09:00\n---\n投稿した投稿').replace('status: approved', 'status: posted'));
    const mine = (s: PostsSnapshot[]) => s.map((g) => ({ bucket: g.bucket, label: g.label, items: g.items.filter((i) => i.uri.includes(dir.split('/').pop()!)) }));
    const snapshot = await waitFor(
      'the posts view',
      async () => mine(await vscode.commands.executeCommand<PostsSnapshot[]>('postPolicy.posts.snapshot', true)),
      (s) => s.reduce((n, g) => n + g.items.length, 0) === 5,
      30000,
    );
    const names = (bucket: string) => snapshot.find((g) => g.bucket === bucket)!.items.map((i) => i.label.split('/').pop());
    assert.deepEqual(names('draft'), ['a-draft.post.md']);
    assert.deepEqual(names('pending'), ['c-sooner.post.md', 'b-later.post.md'], 'sorted by schedule');
    assert.deepEqual(names('approved'), ['d-approved.post.md']);
    assert.deepEqual(names('posted'), ['e-posted.post.md']);
    const draft = snapshot.find((g) => g.bucket === 'draft')!;
    assert.match(draft.label, /^(下書き|Drafts) \(\d+\)$/);
    assert.match(draft.items[0].description, /^2026-12-03T10:00\+09:00 · (エラー 1|1 errors)$/);
    // It follows changes on disk: the draft is fixed and moves to 承認待ち.
    writeFileSync(join(dir, 'a-draft.post.md'), '---\nscheduled: 2026-12-03T10:00+09:00\n---\n直しました');
    await waitFor(
      'the fixed draft moving to 承認待ち',
      async () => mine(await vscode.commands.executeCommand<PostsSnapshot[]>('postPolicy.posts.snapshot')),
      (s) => s.find((g) => g.bucket === 'pending')!.items.some((i) => i.label.endsWith('a-draft.post.md')),
      20000,
    );
  });
});
