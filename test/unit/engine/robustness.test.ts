// Bad input never crashes anything: random and hostile texts through every rule, with every preset.
import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../../server/src/config/load';
import { emptyConfig, mergeConfig } from '../../../server/src/config/resolved';
import { presets } from '../../../server/src/config/presets';
import { lint } from '../../../server/src/engine/lint';
import { loadMorphology } from '../../../server/src/morphology';
import { allRules } from '../../../server/src/rules';
import { createNodeServices } from '../../../server/src/services';
import { applyFix } from '../helpers';

const PIECES = [
  '---', '---\n', '\n', '\r\n', '\r', '<!--', '-->', '![', '](', ')', '![写真](x.jpg)', '「', '」', '（', '）', '@', '＠', '#',
  'https://', 'example.com', '🎄', '👨‍👩‍👧‍👦', '\uD83C', '\uDF84', '\u200F', '\u0301', '０９０－１２３４－５６７８', '090-1234-5678',
  '〒362-0011', '上尾市本町三丁目1番1号', 'ゆうとくん', '田中太郎さん', '（5歳）', 'ひまわり組の', '検討中', '個人的には', 'パスワード：',
  'account: ', 'category: ', 'status: approved', 'approved_hash: sha256:00', 'scheduled: 2026-13-45T99:99', 'reply_to: ', '[', '{', '"', "'",
  '\t', '　', 'a', '漢', '。', '！', '？', '-', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'post-policy-disable-next-line', ' -- ',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('engine: robustness on random input', function () {
  this.timeout(120000);
  const configs = [defaultConfig(), ...Object.keys(presets).map((n) => mergeConfig(emptyConfig(), presets[n], n))];
  const services = createNodeServices();
  before(async () => {
    services.morphology = await loadMorphology();
  });

  it('never throws, never reports an internal error, and keeps every range and fix inside the text', async () => {
    const r = rng(20261121);
    for (let i = 0; i < 400; i++) {
      const n = 1 + Math.floor(r() * 40);
      let text = i % 3 === 0 ? '---\n' : '';
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(r() * PIECES.length)];
      const config = configs[i % configs.length];
      const { findings, posts } = await lint(text, { rules: allRules, config, services, filePath: `/nonexistent/dir/p${i}.post.md` });
      assert.ok(posts.length >= 1);
      for (const f of findings) {
        assert.doesNotMatch(f.message, /内部エラー/, `${f.rule} crashed on ${JSON.stringify(text)}: ${f.message}`);
        assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${f.rule} range ${JSON.stringify(f.range)} outside ${text.length}`);
        for (const fix of f.fixes) {
          for (const e of fix.edits) assert.ok(0 <= e.range.start && e.range.start <= e.range.end && e.range.end <= text.length, `${f.rule} fix edit outside the text`);
          assert.equal(typeof applyFix(text, fix), 'string');
        }
      }
    }
  });
});
