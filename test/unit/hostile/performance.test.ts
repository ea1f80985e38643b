// Issue 14, item 3: pathological inputs stay near-linear. Each of the documents took 9–105 s before;
// the budgets here are generous (shared CI machines) but far below any quadratic behaviour.
import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/config/load';
import { parsePostDocument } from '../../../server/src/engine/document';
import { applyDirectives } from '../../../server/src/engine/directives';
import { MAX_FRONT_MATTER } from '../../../server/src/engine/frontMatter';
import { LARGE_FILE_BYTES, LARGE_FILE_RULE, lint, utf8Length } from '../../../server/src/engine/lint';
import { loadMorphology } from '../../../server/src/morphology';
import { chunks, MAX_RUN } from '../../../server/src/morphology/kuromoji';
import { allRules } from '../../../server/src/rules';
import { createNodeServices } from '../../../server/src/services';
import { HOSTILE_DOCUMENTS } from '../../../bench/hostile';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PostService } from '../../../server/src/lsp/postService';

describe('hostile inputs: near-linear', function () {
  this.timeout(60000);
  const services = createNodeServices();
  const config = defaultConfig();
  before(async () => {
    services.morphology = await loadMorphology();
  });
  const timed = async (text: string) => {
    const t0 = performance.now();
    const result = await lint(text, { rules: allRules, config, services, filePath: '/nonexistent/x.post.md' });
    return { result, ms: performance.now() - t0 };
  };

  it('the tokenizer cuts long single-script runs and NUL runs', () => {
    for (const text of ['あ'.repeat(50000), '\0'.repeat(10000), '漢'.repeat(3000)]) {
      const pieces = [...chunks(text)];
      assert.ok(pieces.every(([s, e]) => e - s <= MAX_RUN), 'every piece bounded');
      assert.equal(pieces.map(([s, e]) => text.slice(s, e)).join(''), text, 'pieces cover the text');
    }
  });

  it('a post file above the cap is checked for count and format only, with one finding saying so', async () => {
    for (const name of ['long single-script run (あ×50,000)', '3,200 disable-next-line directives', 'names ×4,000', 'front matter of 50,000 keys', '1 MB of NUL']) {
      const text = HOSTILE_DOCUMENTS[name];
      assert.ok(utf8Length(text) > LARGE_FILE_BYTES, name);
      const { result, ms } = await timed(text);
      assert.ok(ms < 3000, `${name}: ${Math.round(ms)} ms`);
      assert.equal(result.findings.filter((f) => f.rule === LARGE_FILE_RULE).length, 1, name);
      assert.ok(result.findings.every((f) => /^(format|count)\//.test(f.rule)), `${name}: only count and format: ${[...new Set(result.findings.map((f) => f.rule))]}`);
      assert.match(result.findings.find((f) => f.rule === LARGE_FILE_RULE)!.message, /文字数と書式以外の検査を省略しました/);
    }
  });

  it('a long single-script run just under the cap runs every rule in bounded time', async () => {
    const { result, ms } = await timed(HOSTILE_DOCUMENTS['under the cap: あ run']);
    assert.ok(ms < 5000, `${Math.round(ms)} ms`);
    assert.ok(!result.findings.some((f) => f.rule === LARGE_FILE_RULE));
  });

  it('3,200 disable-next-line directives: applied in near-linear time, every one still effective', () => {
    const text = Array.from({ length: 3200 }, (_, i) => `<!-- post-policy-disable-next-line pii/phone -- 代表 -->\n048-775-${String(i).padStart(4, '0')}`).join('\n');
    const doc = parsePostDocument(text);
    const findings = doc.posts[0].comments.map((c) => ({ rule: 'pii/phone', severity: 'warning' as const, message: 'x', range: { start: c.range.end + 1, end: c.range.end + 13 }, fixes: [] }));
    const t0 = performance.now();
    const kept = applyDirectives(doc, findings, { knownRules: new Set(['pii/phone']) });
    assert.ok(performance.now() - t0 < 2000, `${Math.round(performance.now() - t0)} ms`);
    assert.deepEqual(kept, [], 'every finding suppressed, no directive unused');
  });

  it('3,200 directive lines in a row all point at the one line after them', () => {
    const text = `${Array(3200).fill('<!-- post-policy-disable-next-line pii/phone -- 代表 -->').join('\n')}\n048-775-5111`;
    const doc = parsePostDocument(text);
    const start = text.lastIndexOf('\n') + 1;
    const t0 = performance.now();
    const kept = applyDirectives(doc, [{ rule: 'pii/phone', severity: 'warning', message: 'x', range: { start, end: text.length }, fixes: [] }], { knownRules: new Set(['pii/phone']) });
    assert.ok(performance.now() - t0 < 2000);
    assert.deepEqual(kept, []);
  });

  it('a front matter above 8 KB is reported, not parsed; 50,000 keys cost nothing', async () => {
    const { result, ms } = await timed(HOSTILE_DOCUMENTS['front matter of 50,000 keys']);
    assert.ok(ms < 2000, `${Math.round(ms)} ms`);
    const fm = result.findings.find((f) => f.rule === 'format/front-matter');
    assert.match(fm!.message, new RegExp(`フロントマターが大きすぎます（\\d+ KB、上限 ${MAX_FRONT_MATTER / 1024} KB）`));
  });

  it('duplicate front-matter keys are still found (one pass instead of the library\'s quadratic check)', () => {
    const doc = parsePostDocument('---\na: 1\nb: 2\na: 3\n---\n本文');
    assert.deepEqual(doc.frontMatter.errors.map((e) => [doc.text.slice(e.range.start, e.range.end), e.message]), [['a', 'フロントマターの YAML が正しくありません: Map keys must be unique']]);
  });

  it('many lines parse in near-linear time (100,000 lines)', () => {
    const t0 = performance.now();
    const doc = parsePostDocument('あいうえお\n'.repeat(100000));
    assert.equal(doc.posts.length, 1);
    assert.ok(performance.now() - t0 < 3000);
  });

  it('the server yields to the event loop while linting a large post (tokenizing in slices, between rules)', async () => {
    const service = new PostService(() => undefined, services, () => []);
    // Every line differs, so no earlier test's tokenizer caches make the lint too short to need a yield.
    const kana = (i: number, n: number) => Array.from({ length: n }, (_, k) => String.fromCharCode(0x3042 + ((i * 7 + k * 13) % 80))).join('');
    const text = Array.from({ length: 270 }, (_, i) => `${kana(i, 100)}。子育てひろばのお知らせです\n`).join('');
    assert.ok(utf8Length(text) < LARGE_FILE_BYTES);
    let ticks = 0;
    let last = performance.now();
    let gap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
      ticks++;
    }, 1);
    const t0 = performance.now();
    await service.lint(TextDocument.create('file:///nonexistent/big.post.md', 'postmd', 1, text));
    const total = performance.now() - t0;
    clearInterval(timer);
    console.log(`      server lint of ${Math.round(utf8Length(text) / 1024)} KB: ${Math.round(total)} ms, longest block ${Math.round(gap)} ms`);
    assert.ok(ticks >= 3, `the event loop ran ${ticks} times during ${Math.round(total)} ms`);
  });
});
