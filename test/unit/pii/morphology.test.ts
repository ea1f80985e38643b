import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LruCache } from '../../../server/src/engine/lru';
import { dictionaryCandidates, findDictionary, indexedTargetMap, KuromojiMorphology, buildTokenizer, prefixSearch } from '../../../server/src/morphology/kuromoji';
import { loadMorphology } from '../../../server/src/morphology';
import { piiRules } from '../../../server/src/rules/pii';
import { morphology } from './util';

describe('morphology (kuromoji)', function () {
  this.timeout(30000);

  it('finds a dictionary from out/ (node_modules/kuromoji/dict)', () => {
    assert.ok(dictionaryCandidates().some((d) => d.endsWith('node_modules/kuromoji/dict')));
    assert.ok(findDictionary());
    assert.equal(findDictionary(['/nonexistent/dict']), undefined);
  });

  it('loads once per process: every caller shares one analyser', async () => {
    const [a, b] = await Promise.all([loadMorphology(), loadMorphology()]);
    assert.ok(a);
    assert.equal(a, b);
  });

  it('tokens carry IPADIC parts of speech and exact UTF-16 offsets (emoji, CRLF, full width)', async () => {
    const m = await morphology();
    const text = '🎉👨‍👩‍👧\r\n保護者の高橋さん、ＡＢＣ１２３';
    const tokens = m.tokenize(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.start + t.surface.length), t.surface);
    const takahashi = tokens.find((t) => t.surface === '高橋')!;
    assert.deepEqual(takahashi.pos, ['名詞', '固有名詞', '人名', '姓']);
    assert.equal(takahashi.start, text.indexOf('高橋'));
    // Tokens cover the text without gaps or overlaps.
    let at = 0;
    for (const t of tokens) {
      assert.equal(t.start, at, `gap before ${t.surface}`);
      at = t.start + t.surface.length;
    }
    assert.equal(at, text.length);
  });

  it('known IPADIC gaps the person rule is built around', async () => {
    const m = await morphology();
    assert.deepEqual(m.tokenize('さくらちゃん')[0].pos.slice(0, 2), ['名詞', '一般']);
    assert.deepEqual(m.tokenize('田中太郎さん').map((t) => t.pos[3]), ['姓', '名', '*']);
  });

  it('caches per post text: only a changed text is analysed again', async () => {
    const tokenizer = await buildTokenizer(findDictionary()!);
    const m = new KuromojiMorphology(tokenizer, 2);
    m.tokenize('一投稿目');
    m.tokenize('二投稿目');
    m.tokenize('一投稿目');
    assert.equal(m.analysed, 2);
    m.tokenize('三投稿目'); // evicts the least recently used (二投稿目)
    m.tokenize('一投稿目');
    assert.equal(m.analysed, 3);
    m.tokenize('二投稿目');
    assert.equal(m.analysed, 4);
  });

  it('LRU keeps at most its capacity', () => {
    const c = new LruCache<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    assert.equal(c.size, 2);
    assert.equal(c.get('b'), undefined);
    assert.equal(c.get('a'), 1);
  });

  it('the word map index answers like kuromoji\'s object map', () => {
    // {count=2, key 5 → [10, 11], key 7 → [12]}
    const ints = new Int32Array([2, 5, 2, 10, 11, 7, 1, 12, 0, 0]);
    const map = indexedTargetMap(new Uint8Array(ints.buffer)) as Record<string, Int32Array>;
    assert.deepEqual([...map[5]], [10, 11]);
    assert.deepEqual([...map['7']], [12]);
    assert.equal(map[6].length, 0);
    assert.equal(map[99].length, 0);
  });

  it('the allocation-free prefix search answers exactly like doublearray (kuromoji 0.1.2 internals)', () => {
    const dir = findDictionary()!;
    const read = (name: string) => {
      const raw = existsSync(join(dir, `${name}.dat`)) ? readFileSync(join(dir, `${name}.dat`)) : gunzipSync(readFileSync(join(dir, `${name}.dat.gz`)));
      const copy = new Uint8Array(raw);
      return new Int32Array(copy.buffer, 0, copy.byteLength >> 2);
    };
    const base = read('base');
    const check = read('check');
    const doublearray = require('doublearray') as { load(b: Int32Array, c: Int32Array): { commonPrefixSearch(k: string): unknown[] } };
    const original = doublearray.load(base, check);
    const fast = prefixSearch(base, check);
    for (const s of ['ひまわり組のゆうとくん', '保護者の高橋さん', '上尾市本町三丁目1番1号', '東京都千代田区', 'アンパンマン', 'ＡＢＣabc123', '🎉テスト', '国際連合教育科学文化機関']) {
      for (let i = 0; i < s.length; i++) assert.deepEqual(fast(s.slice(i)), original.commonPrefixSearch(s.slice(i)), s.slice(i));
    }
  });

  it('the typed-array Viterbi search finds kuromoji 0.1.2\'s words, field for field', async () => {
    const tokenizer = (await buildTokenizer(findDictionary()!)) as unknown as {
      tokenize(s: string): Record<string, string | undefined>[];
      eachWord(s: string, visit: (surface: string, f: readonly string[], known: boolean) => void): void;
    };
    const ours = (s: string) => {
      const out: (string | undefined)[][] = [];
      tokenizer.eachWord(s, (surface, f, known) => out.push([surface, f[1], f[2], f[3], f[4], f[6], f[7], known ? f[8] : undefined]));
      return out;
    };
    const kuromoji = (s: string) => tokenizer.tokenize(s).map((t) => [t.surface_form, t.pos, t.pos_detail_1, t.pos_detail_2, t.pos_detail_3, t.conjugated_form, t.basic_form, t.reading]);
    const odd = ['', 'a', '\uD800', '\uDC00あ', 'あ\uD800', '🎉🎉テスト🎉', 'ｱｲｳｴｵ１２３', 'ABCdef123!?', '国際連合教育科学文化機関', 'ひまわり組のゆうとくん、保護者の高橋さん。', '𠮷野家で𠮷田さんと', 'ＡＢＣabc123', '上尾市本町三丁目1番1号', '　 \t', '。、。', 'すもももももももものうち'];
    for (const s of odd) assert.deepEqual(ours(s), kuromoji(s), s);
  });

  it('long and odd inputs never throw', async () => {
    const m = await morphology();
    for (const s of ['', ' ', '\u0000', '\uD800', 'あ'.repeat(5000), '🎉'.repeat(300), 'ｱｲｳｴｵ', '1-2-3'.repeat(100)]) {
      const tokens = m.tokenize(s);
      for (const t of tokens) assert.equal(s.slice(t.start, t.start + t.surface.length), t.surface);
    }
  });

  it('only pii/person needs morphology; the other pii rules publish at once', () => {
    assert.deepEqual(piiRules.filter((r) => r.needsMorphology).map((r) => r.id), ['pii/person']);
  });
});
