// `post-policy report`: one self-contained printable sheet (HTML or Markdown) for a post or a folder.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReportArgs, runReport } from '../../../server/src/cli/report';
import { main } from '../../../server/src/cli';
import { UsageError } from '../../../server/src/cli/usage';
import { applyTextEdits, approveEdits, approvalHashOfText } from '../../../server/src/rules/policy/approvalHash';
import { repoRoot } from '../repoRoot';

const NOW = () => new Date('2026-12-01T01:00:00Z');

function quietly<T>(f: () => Promise<T>): Promise<T> {
  const out = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return f().finally(() => (process.stderr.write = out));
}

function postsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-report-'));
  writeFileSync(join(dir, '.postpolicy.json'), JSON.stringify({ extends: ['ageo-hoiku'], accounts: { own: ['ageo_hoiku'] } }));
  mkdirSync(join(dir, 'images'));
  copyFileSync(join(repoRoot(), 'examples/images/room.png'), join(dir, 'images/room.png'));
  const draft = '---\naccount: ageo_hoiku\ncategory: event\nscheduled: 2026-12-20T10:00+09:00\n---\nクリスマス会を開催します🎄 #上尾市\n![会場の写真](images/room.png)\n<!-- 担当メモ: 課内のみ -->\n---\n詳しくは https://www.city.ageo.lg.jp/page/kosodate.html をご覧ください。';
  writeFileSync(join(dir, 'a-event.post.md'), applyTextEdits(draft, approveEdits(draft, '保育課長', new Date('2026-11-30T01:00:00Z'))));
  const approved = applyTextEdits('---\naccount: ageo_hoiku\ncategory: notice\n---\n入所申込を受け付けます。', approveEdits('---\naccount: ageo_hoiku\ncategory: notice\n---\n入所申込を受け付けます。', '保育課長'));
  writeFileSync(join(dir, 'b-changed.post.md'), approved.replace('受け付けます', '締め切りました'));
  writeFileSync(join(dir, 'c-posted.post.md'), '---\naccount: ageo_hoiku\ncategory: notice\nstatus: posted\nposted_at: 2026-11-02T10:00:00+09:00\nposted_url: https://x.com/ageo_hoiku/status/1234567890\n---\n連絡は 090-1234-5678 まで。');
  return dir;
}

describe('post-policy report', () => {
  it('HTML for one post: self-contained (strict CSP, no external resources, image inlined), A4, Japanese fonts', async () => {
    const dir = postsDir();
    const out = join(dir, 'sheet.html');
    assert.equal(await quietly(() => runReport([join(dir, 'a-event.post.md'), '-o', out], NOW)), 0);
    const html = readFileSync(out, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), 'the CSP allows exactly this page’s style');
    assert.doesNotMatch(html, /<script|<link|@import|url\(|(src|href)="(?!data:)/, 'nothing external is loaded');
    assert.match(html, /<img src="data:image\/png;base64,[A-Za-z0-9+/=]{100,}" alt="会場の写真">/);
    assert.match(style, /@page\{size:A4/);
    assert.match(style, /"Noto Sans CJK JP".*"Yu Gothic".*"Meiryo".*sans-serif/);
    assert.doesNotMatch(html, /担当メモ/, 'comments are not part of what X receives');
    // Front matter, counts, the preview's text.
    assert.match(html, /<th>アカウント<\/th><td>@ageo_hoiku<\/td><th>分類<\/th><td>event<\/td>/);
    assert.match(html, /<th>予定日時<\/th><td>2026-12-20T10:00\+09:00<\/td>/);
    assert.match(html, /クリスマス会を開催します🎄 <span class="x-entity x-hashtag">#上尾市<\/span>/);
    assert.match(html, /<td class="num">1\/2<\/td><td class="num">\d+\/280<\/td>/);
    // Every finding with its clause; the approval block says the text matches.
    assert.match(html, /<tr class="sev-info"><td class="num">\d+:1<\/td><td><span class="sev">情報<\/span><\/td><td>画像が添付されています。[^<]*<\/td><td>上尾市保育課 X 運用基準 5\(2\)ウ・カ<\/td><td><code>pii\/photo<\/code><\/td><\/tr>/);
    assert.match(html, /<th>承認者<\/th><td>保育課長<\/td><th>承認日時<\/th><td>2026-11-30T10:00:00\+09:00<\/td>/);
    const text = readFileSync(join(dir, 'a-event.post.md'), 'utf8');
    assert.match(html, new RegExp(`<th>現在の本文ハッシュ</th><td colspan="3"><code>${approvalHashOfText(text)}</code>`));
    assert.match(html, /<td colspan="3" class="ok">一致（承認後に本文の変更なし）<\/td>/);
    assert.match(html, /承認者（所属長）/, 'a box to sign');
  });

  it('a folder gives one sheet: a list with the posted count, each post, changed-after-approval flagged', async () => {
    const dir = postsDir();
    const out = join(dir, 'folder.html');
    assert.equal(await quietly(() => runReport([dir, '--out', out], NOW)), 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<h2>一覧（3 件、うち投稿済み 1 件）<\/h2>/);
    assert.equal((html.match(/<section class="post-file"/g) ?? []).length, 3);
    assert.match(html, /<td>投稿済み<\/td><td><\/td><td>2026-11-02T10:00:00\+09:00<br><code>https:\/\/x\.com\/ageo_hoiku\/status\/1234567890<\/code><\/td><td class="num ng">2<\/td>/, 'the phone number and the missing approval');
    assert.match(html, /class="ng">不一致（承認後に本文が変更されています/);
    assert.match(html, /携帯電話の番号（090-\*\*\*\*-5678）/);
  });

  it('Markdown: the same facts, text in fenced blocks', async () => {
    const dir = postsDir();
    const out = join(dir, 'sheet.md');
    assert.equal(await quietly(() => runReport(['--format', 'md', dir, '-o', out], NOW)), 0);
    const md = readFileSync(out, 'utf8');
    assert.match(md, /^# 投稿の確認票（3 件）\n\n作成: 2026-12-01 10:00（日本時間）/);
    assert.match(md, /\| `.*c-posted\.post\.md` \| 投稿済み \| {2}\| 2026-11-02T10:00:00\+09:00 https:\/\/x\.com\/ageo_hoiku\/status\/1234567890 \| 2 \| 0 \|/);
    assert.match(md, /```text\nクリスマス会を開催します🎄 #上尾市\n```/);
    assert.match(md, /- 画像: `images\/room\.png`（会場の写真）/);
    assert.match(md, /- 本文の一致: 不一致/);
  });

  it('usage: format, missing inputs, and the command is registered', async () => {
    assert.throws(() => parseReportArgs(['--format', 'pdf', 'a.post.md']), UsageError);
    assert.throws(() => parseReportArgs([]), UsageError);
    assert.deepEqual(parseReportArgs(['--format=md', '--no-images', 'x']), { format: 'md', images: false, inputs: ['x'] });
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((s: string) => ((printed += s), true)) as typeof process.stdout.write;
    try {
      assert.equal(await main(['report', '--help']), 0);
    } finally {
      process.stdout.write = write;
    }
    assert.match(printed, /post-policy report \[--format html\|md\]/);
  });
});
