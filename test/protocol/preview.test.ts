// The preview, report and posts-summary requests of the bundled language server over stdio (issue 12).
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POSTS_SUMMARY_REQUEST, PREVIEW_REQUEST, REPORT_REQUEST, type PostSummary, type PreviewResult, type ReportResult } from '../../server/src/previewProtocol';
import { repoRoot } from '../unit/repoRoot';
import { ServerHarness } from './harness';

describe('language server: preview requests', function () {
  this.timeout(20000);
  let dir: string;
  let server: ServerHarness;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-preview-'));
    mkdirSync(join(dir, 'images'));
    copyFileSync(join(repoRoot(), 'examples/images/room.png'), join(dir, 'images/room.png'));
    server = await ServerHarness.start([dir]);
  });
  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('postPolicy/preview: the thread for the buffer’s latest version, image placeholders, post texts and gates, the page on request', async () => {
    const u = uri('a.post.md');
    await server.open(u, '連絡 090-1234-5678 まで<!-- メモ -->\n---\n会場です\n![会場](images/room.png)\n![ない画像](images/missing.png)');
    await server.change(u, 2, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, text: '（追記）' }]);
    const r = (await server.connection.sendRequest(PREVIEW_REQUEST, { textDocument: { uri: u }, page: { cspSource: 'vscode-webview://x', nonce: 'abc' } })) as PreviewResult;
    assert.equal(r.version, 2, 'answers for the latest edit');
    assert.deepEqual(r.posts.map((p) => p.text), ['連絡 090-1234-5678 まで', '会場です（追記）']);
    assert.deepEqual(r.posts.map((p) => p.allowed), [false, true]);
    assert.match(r.posts[0].reasons[0], /error の指摘が 1 件/);
    assert.deepEqual(r.images, [join(dir, 'images/room.png')]);
    assert.match(r.html, /<img src="post-policy-image:0" alt="会場">/);
    assert.match(r.html, /画像を表示できません<br><code>images\/missing\.png<\/code>/);
    assert.match(r.page ?? '', /content="default-src &#39;none&#39;; img-src vscode-webview:\/\/x;/);
  });

  it('postPolicy/report and postPolicy/postsSummary (files on disk, not open)', async () => {
    const u = uri('b.post.md');
    await server.open(u, '---\ncategory: event\nscheduled: 2026-12-01T10:00+09:00\n---\n本文です\n![会場](images/room.png)');
    const report = (await server.connection.sendRequest(REPORT_REQUEST, { textDocument: { uri: u } })) as ReportResult;
    assert.match(report.html, /<img src="data:image\/png;base64,/);
    writeFileSync(join(dir, 'c.post.md'), '---\nstatus: posted\n---\n投稿しました');
    const summary = (await server.connection.sendRequest(POSTS_SUMMARY_REQUEST, { uris: [u, uri('c.post.md')] })) as PostSummary[];
    assert.deepEqual(summary.map((s) => [s.bucket, s.scheduled, s.errors]), [
      ['pending', '2026-12-01T10:00+09:00', 0],
      ['posted', undefined, 0],
    ]);
  });
});
