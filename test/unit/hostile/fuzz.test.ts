// Issue 14, item 5: a bounded, seeded fuzz run over random and hostile documents through the engine and
// every fix. Asserts: ranges inside the text, on code-point boundaries and not inside a CRLF; every fix
// changes only its ranges; no document takes more than 1 s. Seeded, so a failure reproduces exactly.
import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/config/load';
import { emptyConfig, mergeConfig } from '../../../server/src/config/resolved';
import { presets } from '../../../server/src/config/presets';
import { lint } from '../../../server/src/engine/lint';
import type { Fix, OffsetRange } from '../../../server/src/engine/types';
import { loadMorphology } from '../../../server/src/morphology';
import { allRules } from '../../../server/src/rules';
import { createNodeServices } from '../../../server/src/services';
import { applyFix } from '../helpers';

const PIECES = [
  '---', '---\n', '---\r\n', '\n', '\r\n', '\r', '<!--', '-->', '<!-- post-policy-disable-next-line pii/phone -- 理由 -->', '<!-- post-policy-disable pii/person -- 紹介 -->',
  '<!-- post-policy-enable -->', '<!-- post-policy-disable-line -->', '![', '](', ')', '![写真](x.jpg)', '![](/dev/zero)', '「', '」', '（', '）', '@', '＠', '@ageo_city',
  '#', 'https://', 'https://example.com/a?b=c', 'example.com', '🎄', '👨‍👩‍👧‍👦', '\uD83C', '\uDF84', '\uD83C\uDF84', '\u200F', '\u0301', '\uFEFF', '\0',
  '０９０－１２３４－５６７８', '090-1234-5678', '〒362-0011', '上尾市本町三丁目1番1号', 'ゆうとくん', '田中太郎さん', '山田太郎さんと佐藤花子ちゃん。',
  '（5歳）', '検討中', '個人的には', 'パスワード：abc', 'ＡＢＣ１２３', 'account: ', 'category: event', 'status: approved', 'scheduled: 2026-13-45T99:99',
  'reply_to: ', 'a: &a [x]', '*a', '[', '{', '"', "'", '\t', '　', 'a', '漢', 'あ'.repeat(300), '。', '！', '？', '-', '1', '2', '9', '0', ' -- ', 'taro.yamada@gmail.com',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** True when `offset` does not split a surrogate pair or a CRLF. */
function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  const splitsCrlf = before === 13 && after === 10;
  return !splitsPair && !splitsCrlf;
}

function assertRange(text: string, r: OffsetRange, what: string): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: non-integer range`);
  assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${what}: ${JSON.stringify(r)} outside 0..${text.length}`);
  assert.ok(onBoundary(text, r.start) && onBoundary(text, r.end), `${what}: ${JSON.stringify(r)} splits a surrogate pair or CRLF`);
}

/** The fix's result keeps every character outside its edit ranges, in order. */
function assertOnlyRangesChange(text: string, fix: Fix, what: string): void {
  const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].range.end <= edits[i].range.start, `${what}: overlapping edits`);
  const out = applyFix(text, fix);
  let at = 0;
  let pos = 0;
  for (const e of edits) {
    const kept = text.slice(at, e.range.start);
    assert.equal(out.slice(pos, pos + kept.length), kept, `${what}: text before an edit changed`);
    pos += kept.length + e.newText.length;
    assert.equal(out.slice(pos - e.newText.length, pos), e.newText, `${what}: edit text not in place`);
    at = e.range.end;
  }
  assert.equal(out.slice(pos), text.slice(at), `${what}: text after the edits changed`);
}

describe('fuzz: random and hostile documents through the engine and every fix (seeded, bounded)', function () {
  this.timeout(90000);
  const configs = [defaultConfig(), ...Object.keys(presets).map((n) => mergeConfig(emptyConfig(), presets[n], n))];
  const services = createNodeServices();
  before(async () => {
    services.morphology = await loadMorphology();
  });

  it('ranges stay inside the text on code-point boundaries, fixes touch only their ranges, no document over 1 s', async () => {
    const r = rng(14_2026);
    const deadline = performance.now() + 45000;
    let documents = 0;
    let fixes = 0;
    let slowest = 0;
    for (let i = 0; i < 1500 && performance.now() < deadline; i++) {
      const n = 1 + Math.floor(r() * 60);
      let text = i % 4 === 0 ? '---\n' : i % 4 === 1 ? '\uFEFF' : '';
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(r() * PIECES.length)];
      if (i % 50 === 0) text = text.repeat(1 + Math.floor(r() * 40)); // now and then a long one
      if (i % 3 === 0) text = text.replace(/\r?\n/g, '\r\n');
      const config = configs[i % configs.length];
      const t0 = performance.now();
      const { findings } = await lint(text, { rules: allRules, config, services, filePath: `/nonexistent/dir/p${i}.post.md` });
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      assert.ok(ms < 1000, `document ${i} (${text.length} chars) took ${Math.round(ms)} ms: ${JSON.stringify(text.slice(0, 200))}`);
      documents++;
      for (const f of findings) {
        const what = `doc ${i} ${f.rule} on ${JSON.stringify(text.slice(0, 120))}`;
        assert.doesNotMatch(f.message, /内部エラー/, `${what}: ${f.message}`);
        assertRange(text, f.range, what);
        for (const fix of f.fixes) {
          for (const e of fix.edits) assertRange(text, e.range, `${what} fix 「${fix.title}」`);
          assertOnlyRangesChange(text, fix, `${what} fix 「${fix.title}」`);
          fixes++;
        }
      }
    }
    console.log(`      fuzz: ${documents} documents, ${fixes} fixes applied, slowest ${Math.round(slowest)} ms`);
    assert.ok(documents >= 200, `only ${documents} documents in the time budget`);
  });
});

describe('ranges are clamped to code points and lines', () => {
  // Imported here so the fuzz above exercises lint() end to end; this pins the clamp itself.
  const { clampRange } = require('../../../server/src/engine/ranges') as typeof import('../../../server/src/engine/ranges');
  it('never between surrogate halves, never between \\r and \\n, never outside the text', () => {
    const text = 'a🎄b\r\nc';
    assert.deepEqual(clampRange(text, { start: 2, end: 2 }), { start: 1, end: 1 });
    assert.deepEqual(clampRange(text, { start: 2, end: 3 }), { start: 1, end: 3 });
    assert.deepEqual(clampRange(text, { start: 0, end: 2 }), { start: 0, end: 3 });
    assert.deepEqual(clampRange(text, { start: 0, end: 5 }), { start: 0, end: 4 }, 'ends at the line end, before \\r');
    assert.deepEqual(clampRange(text, { start: 5, end: 6 }), { start: 4, end: 6 });
    assert.deepEqual(clampRange(text, { start: -3, end: 99 }), { start: 0, end: text.length });
  });
});
