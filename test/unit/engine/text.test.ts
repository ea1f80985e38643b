import { strict as assert } from 'node:assert';
import { foldHalfWidthKana } from '../../../server/src/engine/text';

describe('engine/text foldHalfWidthKana', () => {
  it('folds half-width katakana and voiced marks, mapping each index back', () => {
    const f = foldHalfWidthKana('ﾏﾘｱ ｺﾞﾝｻﾞﾚｽ 様');
    assert.ok(f);
    assert.equal(f.text, 'マリア ゴンザレス 様');
    // ゴ came from ｺﾞ (original 4–6), ン from ﾝ (6).
    assert.equal(f.toOriginal[f.text.indexOf('ゴ')], 4);
    assert.equal(f.toOriginal[f.text.indexOf('ン')], 6);
    // The end maps to the end of the original.
    assert.equal(f.toOriginal[f.text.length], 'ﾏﾘｱ ｺﾞﾝｻﾞﾚｽ 様'.length);
  });
  it('keeps a voiced mark with no full-width letter of its own as a mark (ｱﾞ)', () => {
    const f = foldHalfWidthKana('ｱﾞ');
    assert.ok(f);
    assert.equal(f.text.length, 2);
    assert.deepEqual(f.toOriginal, [0, 1, 2]);
  });
  it('is undefined for text without half-width katakana', () => {
    assert.equal(foldHalfWidthKana('ソウタくん、ABC'), undefined);
  });
});
