// engine/entities.ts restates parseTweet over the URLs found once per post and composes extractEntitiesWithIndices from
// them: every result must be twitter-text's own, on X's conformance texts and on generated and hostile ones.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as twitterTextModule from 'twitter-text';
import { parse } from 'yaml';
import { COUNT_CONFIGS, type CountConfig } from '../../../server/src/engine/count';
import { entitiesOf, extractedUrlsOf, mentionsOf, parseTweet, urlsOf } from '../../../server/src/engine/entities';
import { conformanceDir } from '../repoRoot';

const twitter = ((twitterTextModule as unknown as { default?: typeof twitterTextModule }).default ?? twitterTextModule) as typeof twitterTextModule;
const CONFIGS: CountConfig[] = [COUNT_CONFIGS.version1, COUNT_CONFIGS.version2, COUNT_CONFIGS.version3];

/** Every text of validate.yml (counting, validity, usernames, lists, hashtags, URLs). */
function conformanceTexts(): string[] {
  const tests = parse(readFileSync(join(conformanceDir(), 'twitter-text-validate.yml'), 'utf8')).tests as Record<string, { text: string }[]>;
  return Object.values(tests).flatMap((cases) => cases.map((c) => c.text).filter((t): t is string => typeof t === 'string'));
}

/** A fixed-seed mix of the pieces that make entity scans and counting hard. */
function hostileTexts(): string[] {
  let s = 20261207;
  const r = () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
  const pieces = [
    'https://example.com/a?b=c#d', 'www.city.ageo.lg.jp/page/1.html', 'example.com', 'foo.co.jp/x', 'http://t.co/abc', 'https://例え.テスト/パス',
    'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ', '@ageo_city', '@a/list-name.com', '＠全角', '#上尾市', '＃子育て', '#tag.com', '$TSLA', '$cash.com',
    '😀', '👨‍👩‍👧‍👦', '🇯🇵', '1️⃣', '❤️', 'e\u0301', '\u1100\u1161', 'ｶﾞ', '\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\u200F', '\u202E',
    'あいう', '漢字', 'abc', ' ', '\n', '。', '、', '.', '/', ':', '-', '_', 'x'.repeat(30), 'あ'.repeat(150),
  ];
  const out: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const n = 1 + Math.floor(r() * 14);
    let t = '';
    for (let k = 0; k < n; k++) t += pieces[Math.floor(r() * pieces.length)] + (r() < 0.3 ? ' ' : '');
    out.push(t);
  }
  out.push('', 'https://a.b/' + 'x'.repeat(5000), '😀'.repeat(400), 'a.jp b.jp c.jp '.repeat(40), '@'.repeat(300) + 'x', '#'.repeat(500));
  return out;
}

describe('engine/entities: one entity scan per post, same results as twitter-text', () => {
  const texts = [...conformanceTexts(), ...hostileTexts()];

  it('reads the conformance texts', () => assert.ok(texts.length > 1600, `${texts.length} texts`));

  it('parseTweet gives twitter-text parseTweet’s result, under every configuration and limit', () => {
    let compared = 0;
    for (const config of CONFIGS)
      for (const limit of [config.maxWeightedTweetLength, 1, 10, 140])
        for (const text of texts) {
          const options = { ...config, maxWeightedTweetLength: limit };
          assert.deepEqual(parseTweet(text, options), twitter.parseTweet(text, options), JSON.stringify(text.slice(0, 80)));
          compared++;
        }
    assert.ok(compared > 15000);
  });

  it('entitiesOf, urlsOf, extractedUrlsOf and mentionsOf give twitter-text’s extraction', () => {
    for (const text of texts) {
      const entities = twitter.extractEntitiesWithIndices(text);
      assert.deepEqual(entitiesOf(text), entities, JSON.stringify(text.slice(0, 80)));
      assert.deepEqual(urlsOf(text), entities.filter((e) => 'url' in e));
      assert.deepEqual(extractedUrlsOf(text), twitter.extractUrlsWithIndices(text));
      assert.deepEqual(mentionsOf(text), twitter.extractMentionsWithIndices(text));
    }
  });

  it('a list mention overlapping a URL keeps the URL out of urlsOf, as extractEntitiesWithIndices does', () => {
    const text = 'see @a/list-name.com now';
    assert.deepEqual(urlsOf(text), twitter.extractEntitiesWithIndices(text).filter((e) => 'url' in e));
  });

  it('the results are shared and frozen (a rule cannot change another rule’s entities)', () => {
    const text = 'https://example.com と @ageo_city #上尾市';
    assert.equal(entitiesOf(text), entitiesOf(text));
    assert.ok(Object.isFrozen(entitiesOf(text)) && Object.isFrozen(urlsOf(text)) && Object.isFrozen(mentionsOf(text)) && Object.isFrozen(extractedUrlsOf(text)));
  });
});
