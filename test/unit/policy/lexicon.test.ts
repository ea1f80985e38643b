import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Morphology } from '../../../server/src/engine/morphology';
import { compileEntries, find, lexicon } from '../../../server/src/rules/policy/nlp/lexicon';
import { WORD_CLASSES_FILE } from '../../../server/src/rules/policy/nlp/shippedWordClasses';
import { wordClassData } from '../../../server/src/rules/policy/nlp/wordClasses';
import { repoRoot } from '../repoRoot';
import { morphologyServices } from './table';

describe('policy word classes (nlp/lexicon.ts)', () => {
  const hitsIn = async (entries: string[], text: string) => {
    const m = (await morphologyServices()).morphology!;
    return find(m.tokenize(text), lexicon(m, `test.${entries.join(',')}`, entries)).map((h) => text.slice(h.start, h.end));
  };

  it('matches an entry that kuromoji cuts differently alone and inside a sentence (とのこと alone is とのこ|と)', async () => {
    assert.deepEqual(await hitsIn(['とのこと'], '首の後ろを冷やすのが効果的とのこと。'), ['とのこと']);
    assert.deepEqual(await hitsIn(['無責任'], 'それはあまりに無責任だと思う。'), ['無責任']);
  });

  it('still matches every conjugation and a gap (…)', async () => {
    assert.deepEqual(await hitsIn(['と言われる'], '昔からそう言われています。と言われました。'), ['と言われ']);
    assert.deepEqual(await hitsIn(['議会…前'], '議会に諮る前の案です。'), ['議会に諮る前']);
  });

  it('finds nothing where the words are not there', async () => {
    assert.deepEqual(await hitsIn(['とのこと'], 'このことについてお知らせします。'), []);
  });

  it('the build ships the word classes exactly as they compile (dist/word-classes.json)', async function () {
    const file = join(repoRoot(), 'dist', WORD_CLASSES_FILE);
    if (!existsSync(file)) this.skip();
    const m = (await morphologyServices()).morphology!;
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(JSON.stringify(wordClassData(m))));
  });

  it('an analyser that names no dictionary compiles its word classes itself', async () => {
    const m = (await morphologyServices()).morphology!;
    const plain: Morphology = { tokenize: (t: string) => m.tokenize(t) };
    assert.deepEqual(lexicon(plain, 'citation.test', ['とのこと']).entries, compileEntries(m, ['とのこと']));
  });
});
