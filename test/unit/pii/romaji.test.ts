import assert from 'node:assert/strict';
import { romajiSpellings } from '../../../server/src/rules/pii/romaji';

describe('pii/romaji: Latin spellings of kana given names', () => {
  for (const [kana, spellings] of [
    ['こたろう', ['Kotarou', 'Kotaro', 'Kotaroh']],
    ['しょうた', ['Shouta', 'Shota', 'Shohta']],
    ['ゆうと', ['Yuuto', 'Yuto']],
    ['けんいち', ['Kenichi']],
    ['じゅん', ['Jun']],
    ['いっぺい', ['Ippei']],
    ['ちひろ', ['Chihiro']],
  ] as const) {
    it(`${kana} → ${spellings.join(', ')}`, () => assert.deepEqual(romajiSpellings(kana), spellings));
  }
  it('kana it does not know gives nothing', () => assert.deepEqual(romajiSpellings('ゔぁ'), []));
});
