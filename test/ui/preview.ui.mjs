#!/usr/bin/env node
// UI test for issue 12: the packaged extension in code-server + headless Chromium. Opens a thread with images and a
// finding, opens the preview with its keybinding (Ctrl+K V), checks the webview drew the thread (images, finding
// mark, counter), clicks the finding (the editor's cursor jumps to it), shows the Explorer's posts view, and renders
// the approver's sheet (`post-policy report`) in Chromium and printed to PDF (first page as PNG with pdftoppm).
// Screenshots go to test/ui/screenshots/ (6-…9-). Never skipped: missing pieces fail with what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEditor, launchChromium, startCodeServer } from '../../scripts/editor/code-standin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'test', 'ui', 'screenshots');
const vsix = path.join(root, 'post-policy.vsix');
const step = (msg) => process.stdout.write(`ui(preview): ${msg}\n`);

const THREAD = `---
account: ageo_hoiku
category: event
scheduled: 2026-12-18T10:00+09:00
---
子育てひろばでクリスマス会を開催します🎄 #上尾市
日時：12月20日（土）10時～
お問い合わせは担当 090-1234-5678 まで。
<!-- 課内メモ：投稿後に報告 -->

---
会場は多目的室です。詳しくは市ホームページをご覧ください。
https://www.city.ageo.lg.jp/page/kosodate/hiroba/christmas2026.html
![会場の写真（多目的室）](images/room.png)
![園庭](images/garden.png)
`;

/** A small PNG (a green lawn under a blue sky) so the thread has a second, decodable photo. */
function gardenPng(width = 480, height = 320) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      const sky = y < height * 0.55;
      const sun = (x - 380) ** 2 + (y - 60) ** 2 < 900;
      raw.set(sun ? [255, 214, 0] : sky ? [135, 196, 235] : [76 + ((x >> 4) % 2) * 20, 160, 70], o);
    }
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function writeWorkspace(workspace) {
  fs.mkdirSync(path.join(workspace, 'images'), { recursive: true });
  fs.copyFileSync(path.join(root, 'examples/images/room.png'), path.join(workspace, 'images/room.png'));
  fs.writeFileSync(path.join(workspace, 'images/garden.png'), gardenPng());
  fs.writeFileSync(path.join(workspace, 'christmas.post.md'), THREAD);
  fs.writeFileSync(path.join(workspace, 'nyusho.post.md'), '---\ncategory: notice\nscheduled: 2026-12-01T09:00+09:00\n---\n保育所の入所申込を受け付けます。');
  fs.writeFileSync(path.join(workspace, 'undokai.post.md'), '---\ncategory: event\nstatus: posted\nposted_at: 2026-10-13T15:00:00+09:00\n---\n運動会、ありがとうございました！');
}

async function webviewFrame(page, selector, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const f of page.frames()) {
      if (await f.$(selector).catch(() => null)) return f;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame with ${selector}`);
    await page.waitForTimeout(300);
  }
}

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing; run \`npm run package\` first`);
  const pdftoppm = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  if (pdftoppm.error) throw new Error('pdftoppm is missing: apt-get install -y poppler-utils');
  const editor = findEditor();
  fs.mkdirSync(shots, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'post-policy-ui-preview-'));
  const userDataDir = path.join(work, 'user-data');
  const extensionsDir = path.join(work, 'extensions');
  const workspace = path.join(work, 'workspace');
  writeWorkspace(workspace);
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
  }));
  const home = path.join(work, 'home');
  fs.mkdirSync(home);
  const install = spawnSync(editor.node, [editor.codeServerEntry, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
    env: { ...process.env, HOME: home, PATH: `${path.dirname(editor.node)}:${process.env.PATH}` },
    encoding: 'utf8',
    timeout: 120000,
  });
  if (install.status !== 0 || !/was successfully installed/.test(install.stdout)) throw new Error(`install failed: ${install.stdout}\n${install.stderr}`);

  let cs;
  let browser;
  try {
    cs = await startCodeServer({ editor, userDataDir, extensionsDir });
    browser = await launchChromium();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize({ width: 1500, height: 950 });
    step(`opening the workbench (${cs.url})`);
    await page.goto(`${cs.url}?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.waitForTimeout(1500);

    step('opening the thread and waiting for the finding');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'christmas.post.md' }).first().click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'クリスマス会' }).first().waitFor({ timeout: 60000 });
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30000 });

    step('opening the preview with Ctrl+K V');
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    const frame = await webviewFrame(page, '.pp-thread');
    await frame.locator('.pp-media.media-2 img').nth(1).waitFor({ timeout: 15000 });
    let loaded = [];
    for (const deadline = Date.now() + 15000; Date.now() < deadline; await page.waitForTimeout(300)) {
      loaded = await frame.locator('.pp-media img').evaluateAll((imgs) => imgs.map((i) => i.complete && i.naturalWidth > 0));
      if (loaded.length === 2 && loaded.every(Boolean)) break;
    }
    if (loaded.length !== 2 || loaded.some((ok) => !ok)) throw new Error(`the images did not load in the webview: ${JSON.stringify(loaded)}`);
    const mark = frame.locator('mark.pp-finding[data-rule="pii/phone"]');
    if ((await mark.innerText()) !== '090-1234-5678') throw new Error('the phone number is not marked in the preview');
    const url = await frame.locator('.x-url').first().innerText();
    if (url !== 'city.ageo.lg.jp/page/kosod…') throw new Error(`URL not shortened as X shows it: ${url}`);
    if (await frame.locator('text=課内メモ').count()) throw new Error('a comment reached the preview');
    // The cursor in post 1 highlights it.
    await frame.locator('.pp-post.active[data-post="0"]').waitFor({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(shots, '6-preview.png') });

    step('clicking the finding in the preview jumps to it in the editor');
    await mark.click();
    const selection = page.locator('.statusbar-item', { hasText: /Ln 8, Col \d+ \(13 selected\)|行 8、列 \d+ \(13 個選択\)/ }).first();
    await selection.waitFor({ timeout: 10000 });
    step(`editor cursor after the click: ${await selection.innerText()}`);

    step('the Explorer view "Post Policy: Posts"');
    const header = page.locator('.pane-header', { hasText: /Post Policy/ }).first();
    await header.waitFor({ timeout: 15000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await page.locator('.monaco-list-row', { hasText: /Awaiting approval|承認待ち/ }).first().waitFor({ timeout: 20000 });
    await page.locator('.monaco-list-row', { hasText: 'nyusho.post.md' }).first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, '7-posts-view.png') });

    step('the approver’s sheet: post-policy report, in Chromium and printed to PDF');
    const sheet = path.join(work, 'christmas.確認票.html');
    execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'report', path.join(workspace, 'christmas.post.md'), '-o', sheet], { stdio: 'inherit' });
    const reportPage = await browser.context.newPage();
    const blocked = [];
    reportPage.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) blocked.push(r.url());
    });
    await reportPage.setViewportSize({ width: 900, height: 1270 });
    await reportPage.goto(`file://${sheet}`);
    await reportPage.waitForTimeout(500);
    if (blocked.length) throw new Error(`the sheet requested external resources: ${blocked.join(', ')}`);
    await reportPage.screenshot({ path: path.join(shots, '8-report.png'), fullPage: true });
    const pdf = path.join(shots, '8-report.pdf');
    await reportPage.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(shots, '9-report-pdf-page1')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 0);
    step(`PDF: ${pages} A4 page(s); first page rendered to 9-report-pdf-page1.png`);
    step(`passed; screenshots in ${path.relative(root, shots)}/`);
    return 0;
  } catch (e) {
    const page = browser?.context.pages()[0];
    if (page) await page.screenshot({ path: path.join(shots, 'failure-preview.png') }).catch(() => {});
    throw e;
  } finally {
    await browser?.close();
    await cs?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`ui(preview): FAILED: ${e.stack ?? e}\n`);
    process.exit(1);
  },
);
