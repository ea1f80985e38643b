// The preview HTML (server/src/preview): text exactly as X receives it, entities, image grid, X's counter,
// finding marks with their document offsets, and the page's Content-Security-Policy.
import { strict as assert } from 'node:assert';
import { presets } from '../../../server/src/config/presets';
import { lint } from '../../../server/src/engine/lint';
import { postGates, statusBucket, approvalState } from '../../../server/src/preview/gate';
import { renderPreviewPage, previewCsp } from '../../../server/src/preview/page';
import { postedEdits } from '../../../server/src/preview/posted';
import { renderThread } from '../../../server/src/preview/render';
import { counterView, displayUrl, intentUrl, xEntities } from '../../../server/src/preview/xtext';
import { applyTextEdits, approveEdits } from '../../../server/src/rules/policy/approvalHash';
import { allRules } from '../../../server/src/rules';
import { configOf } from '../helpers';

const ageo = configOf(presets['ageo-hoiku']);
const plain = configOf({});

async function render(text: string, config = plain, options: Parameters<typeof renderThread>[1] = {}) {
  const result = await lint(text, { rules: allRules, config });
  return { result, html: renderThread(result, { config, ...options }) };
}

/** Inner HTML of each element with the given class (no nesting of the same element). */
function blocks(html: string, cls: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<div class="${cls}"[^>]*>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    // Find the matching </div>, counting nested divs.
    let depth = 1;
    let i = m.index + m[0].length;
    const tag = /<\/?div\b[^>]*>/g;
    tag.lastIndex = i;
    let t: RegExpExecArray | null;
    while ((t = tag.exec(html))) {
      depth += t[0].startsWith('</') ? -1 : 1;
      if (depth === 0) break;
    }
    out.push(html.slice(i, t!.index));
  }
  return out;
}

/** Visible text of an HTML fragment (tags dropped, entities decoded). */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('preview: text as X receives it', () => {
  it('each post shows exactly the engine text: comments, image lines and blank edges gone, line breaks kept', async () => {
    const src = '---\naccount: ageo_hoiku\n---\n\n子育てひろば<!-- 課内メモ -->でクリスマス会🎄\n日時：12月20日（土）\n\n<a href="x">タグ</a> & "引用"\n![会場](images/room.png)\n<!-- 担当：山田 -->\n---\n二つ目の投稿\r\nです';
    const { result, html } = await render(src);
    const texts = blocks(html, 'pp-text').map(textOf);
    assert.deepEqual(texts, result.doc.posts.map((p) => p.text));
    assert.equal(texts[0], '子育てひろばでクリスマス会🎄\n日時：12月20日（土）\n\n<a href="x">タグ</a> & "引用"');
    assert.doesNotMatch(html, /課内メモ|担当：山田/, 'comments never reach the preview');
    assert.doesNotMatch(html, /<a href/, 'the text is escaped, not markup');
    assert.match(html, /<span class="pp-name">ageo_hoiku<\/span> <span class="pp-handle">@ageo_hoiku<\/span>/);
    assert.match(html, /<span class="pp-index">2\/2<\/span>/);
  });
});

describe('preview: entities', () => {
  it('URLs are shortened as X displays them; hashtags, mentions and cashtags are styled', async () => {
    const src = '詳しくは https://www.city.ageo.lg.jp/page/kosodate/hoiku/nyusho2026.html と city.ageo.lg.jp を #上尾市 @ageo_city $AGEO 🎄';
    const { html } = await render(src);
    assert.match(html, /<span class="x-entity x-url" title="https:\/\/www\.city\.ageo\.lg\.jp\/page\/kosodate\/hoiku\/nyusho2026\.html">city\.ageo\.lg\.jp\/page\/kosod…<\/span>/, '26 characters and an ellipsis');
    assert.match(html, /<span class="x-entity x-url">city\.ageo\.lg\.jp<\/span>/, 'a short URL is shown as written');
    assert.match(html, /<span class="x-entity x-hashtag">#上尾市<\/span>/);
    assert.match(html, /<span class="x-entity x-mention">@ageo_city<\/span>/);
    assert.match(html, /<span class="x-entity x-cashtag">\$AGEO<\/span>/);
    assert.match(html, /🎄/, 'emoji kept as is');
  });

  it('displayUrl drops the scheme and www., and cuts after 26 characters', () => {
    assert.equal(displayUrl('https://example.com/'), 'example.com/');
    assert.equal(displayUrl('http://www.example.com'), 'example.com');
    assert.equal(displayUrl('https://dev.twitter.com/terms/api-terms'), 'dev.twitter.com/terms/api-…');
    assert.deepEqual(xEntities('#a @b $CD').map((e) => e.kind), ['hashtag', 'mention', 'cashtag']);
  });

  it('the web intent carries the exact post text, encoded', () => {
    assert.equal(intentUrl('クリスマス会 #上尾\n参加無料&先着'), `https://x.com/intent/tweet?text=${encodeURIComponent('クリスマス会 #上尾\n参加無料&先着')}`);
    assert.match(intentUrl('a b\nc'), /text=a%20b%0Ac$/);
  });
});

describe('preview: images', () => {
  const imgs = (n: number) => Array.from({ length: n }, (_, i) => `![写真${i + 1}](images/p${i + 1}.png)`).join('\n');
  for (const n of [1, 2, 3, 4]) {
    it(`${n} image(s) use X's ${n}-image grid, through the caller's URI mapper`, async () => {
      const { html } = await render(`本文\n${imgs(n)}`, plain, { imageSrc: (img) => `https://file+.vscode-resource.vscode-cdn.net/ws/${img.path}` });
      assert.match(html, new RegExp(`<div class="pp-media media-${n}" data-count="${n}">`));
      assert.equal((html.match(/<img /g) ?? []).length, n);
      assert.match(html, /<img src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ws\/images\/p1\.png" alt="写真1">/);
      assert.match(html, /<span class="pp-alt" title="写真1">ALT<\/span>/);
    });
  }

  it('at most 4 images are shown, with a note; an unmapped image shows its path', async () => {
    const { html } = await render(`本文\n${imgs(5)}`, plain, { imageSrc: (img) => (img.path.endsWith('p2.png') ? undefined : `data:image/png;base64,AA`) });
    assert.match(html, /media-4/);
    assert.equal((html.match(/<figure /g) ?? []).length, 4);
    assert.match(html, /画像を表示できません<br><code>images\/p2\.png<\/code>/);
    assert.match(html, /1 枚は添付されません/);
  });
});

describe("preview: X's counter", () => {
  const kanji = (n: number) => '漢'.repeat(n);
  it('more than 20 left: ring only', () => {
    assert.deepEqual(counterView(100, 280), { weightedLength: 100, limit: 280, remaining: 180, state: 'ok', label: '', fill: 100 / 280 });
  });
  it('20 left: the number in the warning colour', async () => {
    assert.equal(counterView(260, 280).state, 'warn');
    assert.equal(counterView(259, 280).state, 'ok');
    const { html } = await render(kanji(130));
    assert.match(html, /<span class="pp-counter counter-warn" data-remaining="20"[^>]*>.*<span class="pp-counter-label">20<\/span><\/span>/);
  });
  it('0 left: still postable, warning colour, full ring', async () => {
    const v = counterView(280, 280);
    assert.deepEqual([v.state, v.label, v.fill], ['warn', '0', 1]);
    const { html } = await render(kanji(140));
    assert.match(html, /counter-warn" data-remaining="0"/);
    assert.match(html, /<span class="pp-counts">280\/280 · 全角140\/140<\/span>/);
  });
  it('over: negative remaining in the error colour', async () => {
    const { html } = await render(kanji(141) + 'ab');
    assert.match(html, /<span class="pp-counter counter-over" data-remaining="-4"[^>]*>.*<span class="pp-counter-label">-4<\/span>/);
  });
});

describe('preview: findings', () => {
  it('the offending words are underlined with the message on hover and the document offset to jump to', async () => {
    const src = '---\ncategory: event\n---\n連絡は 090-1234-5678 まで。\n---\n二つ目';
    const { result, html } = await render(src, ageo);
    const phone = result.findings.find((f) => f.rule === 'pii/phone')!;
    assert.ok(phone, 'pii/phone found');
    const m = /<mark class="pp-finding sev-(\w+)" data-offset="(\d+)" data-end="(\d+)" data-rule="pii\/phone" title="([^"]*)">([^<]*)<\/mark>/.exec(html);
    assert.ok(m, html);
    assert.equal(m[1], phone.severity);
    assert.equal(Number(m[2]), phone.range.start);
    assert.equal(src.slice(Number(m[2]), Number(m[3])), '090-1234-5678');
    assert.equal(m[5], '090-1234-5678', 'exactly the offending characters are marked');
    assert.ok(m[4].startsWith(`エラー: ${phone.message}`), 'the message is the hover text');
  });

  it('findings on images mark the image; findings on the front matter are listed above the thread', async () => {
    const src = '---\naccount: someone_else\ncategory: event\n---\n写真です\n![園庭](images/garden.jpg)';
    const { html } = await render(src, ageo);
    assert.match(html, /<figure class="pp-img has-finding pp-finding sev-\w+" data-offset="\d+" data-end="\d+" data-rule="pii\/photo"/);
    assert.match(html, /<section class="pp-thread-findings"><h2>フロントマターへの指摘<\/h2><ul class="pp-findings">.*<li class="pp-finding sev-error" data-offset="\d+"[^>]*data-rule="policy\/account"/);
  });

  it('the post under the cursor is highlighted', async () => {
    const { html } = await render('一つ目\n---\n二つ目', plain, { activePost: 1 });
    assert.match(html, /<article class="pp-post continues" data-post="0" data-start="0"/);
    assert.match(html, /<article class="pp-post active" data-post="1" data-start="8"/);
  });
});

describe('preview: gate (copy and compose page)', () => {
  it('a post with an error is refused with the reason; the other posts of the thread are not', async () => {
    const { result } = await render('連絡先 090-1234-5678（山田携帯）\n---\nお知らせです。', configOf({ rules: { 'pii/phone': 'error' } }));
    const gates = postGates(result, configOf({ rules: { 'pii/phone': 'error' } }));
    assert.equal(gates[0].allowed, false);
    assert.match(gates[0].reasons[0], /error の指摘が 1 件/);
    assert.equal(gates[1].allowed, true);
  });

  it('where the preset requires approval, refused until approved, and again once the text changes', async () => {
    const text = '---\naccount: ageo_hoiku\ncategory: event\n---\nクリスマス会を開催します。';
    const before = await lint(text, { rules: allRules, config: ageo });
    assert.match(postGates(before, ageo)[0].reasons.join(), /承認が必要/);
    assert.equal(statusBucket(approvalState(before.doc, ageo), before.findings), 'pending');
    const approved = applyTextEdits(text, approveEdits(text, '保育課長', new Date('2026-11-30T01:00:00Z')));
    const after = await lint(approved, { rules: allRules, config: ageo });
    assert.deepEqual(postGates(after, ageo)[0].reasons, []);
    assert.equal(statusBucket(approvalState(after.doc, ageo), after.findings), 'approved');
    const changed = await lint(approved.replace('開催', '中止'), { rules: allRules, config: ageo });
    assert.match(postGates(changed, ageo)[0].reasons.join(), /承認後に本文が変更/);
    // Without policy/approval, no approval is needed.
    assert.deepEqual(postGates(await lint(text, { rules: allRules, config: plain }), plain)[0].reasons, []);
  });

  it('投稿済みにする records status, posted_at (JST) and the URL, keeping the approval', () => {
    const text = '---\nstatus: approved\napproved_by: 保育課長\n---\n本文';
    const out = applyTextEdits(text, postedEdits(text, new Date('2026-12-01T01:00:05Z'), 'https://x.com/ageo_hoiku/status/1234567890'));
    assert.equal(out, '---\nstatus: posted\napproved_by: 保育課長\nposted_at: 2026-12-01T10:00:05+09:00\nposted_url: https://x.com/ageo_hoiku/status/1234567890\n---\n本文');
    assert.throws(() => postedEdits(text, new Date(), 'https://example.com/'), /X の投稿の URL/);
    assert.equal(applyTextEdits('本文', postedEdits('本文', new Date('2026-12-01T01:00:05Z'))), '---\nstatus: posted\nposted_at: 2026-12-01T10:00:05+09:00\n---\n本文');
  });
});

describe('preview: page', () => {
  it('has a strict Content-Security-Policy: nothing remote, images only from the webview, nonce-only style and script', async () => {
    const { html } = await render('本文 https://example.com/ #タグ', plain, { actions: true });
    const page = renderPreviewPage(html, { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'N0nce', title: 'プレビュー', toolbar: true });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1].replace(/&#39;/g, "'");
    assert.equal(csp, previewCsp('https://file+.vscode-resource.vscode-cdn.net', 'N0nce'));
    assert.match(csp!, /^default-src 'none'; img-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net; style-src 'nonce-N0nce'; script-src 'nonce-N0nce'/);
    assert.doesNotMatch(csp!, /unsafe|\*|https?:\/\/(?!file\+)/);
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.match(page, /<script nonce="N0nce">/);
    assert.doesNotMatch(page, / on\w+="/, 'no inline event handlers');
    assert.doesNotMatch(page, / style="/, 'no inline styles (the CSP would block them)');
    assert.doesNotMatch(page, /(src|href)="https?:/, 'nothing remote is loaded or linked');
    assert.match(page, /var\(--vscode-editor-foreground/, 'theme colours');
    assert.match(page, /data-action="copy" data-post="0">X 用にコピー<\/button>/);
    assert.match(page, /data-action="intent" data-post="0">X の投稿画面を開く<\/button>/);
    assert.match(page, /data-action="posted">投稿済みにする/);
    assert.match(page, /data-action="report">承認用の確認票を開く/);
  });
});
