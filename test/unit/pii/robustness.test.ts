// Bad input never crashes a pii rule: every rule runs to completion (no internal-error finding).
import assert from 'node:assert/strict';
import { lintPii } from './util';

function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const ALPHABET = ['0', '9', '-', '－', '０', '〒', '@', '＠', '.', ' ', '\u3000', '\r\n', '\n', '---', 'さん', 'くん', 'ちゃん', '先生', '様', 'の', 'ゆう', '田中', '丁目', '番地', '号', '市', '🎉', '👨‍👩‍👧', '\uD800', '\uDC00', '（', '）', '(', ')', '![a](', 'x.jpg)', '<!--', '-->', 'a', 'Z', '歳', '免許', '口座番号', 'パスポート'];

describe('pii rules on hostile input', function () {
  this.timeout(60000);
  it('never report an internal error on 300 random documents', async () => {
    const next = random(42);
    for (let i = 0; i < 300; i++) {
      let text = '';
      const n = Math.floor(next() * 60);
      for (let k = 0; k < n; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const findings = await lintPii(text);
      const broken = findings.filter((f) => f.message.includes('内部エラー'));
      assert.deepEqual(broken.map((f) => f.message), [], JSON.stringify(text));
      for (const f of findings) assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, JSON.stringify(text));
    }
  });

  it('handles a very long post quickly', async () => {
    const text = 'ゆうとくんと田中さん、090-1234-5678。'.repeat(400);
    const start = Date.now();
    const findings = await lintPii(text);
    assert.ok(findings.length >= 800);
    assert.ok(Date.now() - start < 5000, `${Date.now() - start} ms`);
  });
});
