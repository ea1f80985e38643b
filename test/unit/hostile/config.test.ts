// Issue 14, item 1: a config that makes a library throw (alias bombs, deep nesting, $` expansions, extends
// diamonds, __proto__) never switches checking off: the loader returns a positioned diagnostic instead.
import { strict as assert } from 'node:assert';
import { loadConfigFile, type ReadText } from '../../../server/src/config/load';
import { applyTerm, findTermHits } from '../../../server/src/config/terms';
import { MAX_EXPANSION } from '../../../server/src/config/patterns';
import { ConfigStore } from '../../../server/src/lsp/configStore';
import { YAML_ALIAS_BOMB } from './fixtures';

const fsOf = (files: Record<string, string>): ReadText => (p) => files[p];
/** [covered text, message] of each problem in `path`. */
function problems(files: Record<string, string>, path = '/ws/.postpolicy.json') {
  const loaded = loadConfigFile(path, fsOf(files));
  assert.equal(loaded.config, undefined, 'a hostile file must not load');
  return loaded.diagnostics.map((d) => [files[d.file]?.slice(d.range.start, d.range.end), d.message]);
}


describe('hostile configs: loading never throws', () => {
  it('a YAML alias bomb is reported at its first alias', () => {
    assert.deepEqual(problems({ '/ws/.postpolicy.yaml': YAML_ALIAS_BOMB }, '/ws/.postpolicy.yaml'), [
      ['*a', '設定ファイルの YAML のエイリアス（*名前）の展開が多すぎます。エイリアスを使わずに書いてください。'],
    ]);
  });

  it('JSON nested 100,000 deep is reported at the 65th bracket (and fast)', () => {
    const t0 = performance.now();
    const text = '['.repeat(100000) + ']'.repeat(100000);
    const loaded = loadConfigFile('/ws/.postpolicy.json', fsOf({ '/ws/.postpolicy.json': text }));
    assert.deepEqual(loaded.diagnostics.map((d) => [d.range.start, d.message]), [[64, '設定ファイルの入れ子が深すぎます（64 段まで）。']]);
    assert.ok(performance.now() - t0 < 1000);
  });

  it('deep YAML flow nesting too; brackets inside quotes and comments do not count', () => {
    assert.equal(problems({ '/ws/.postpolicy.yaml': `limit: ${'['.repeat(5000)}` }, '/ws/.postpolicy.yaml')[0][1], '設定ファイルの入れ子が深すぎます（64 段まで）。');
    const fine = `policyName: "${'['.repeat(100)}" # ${'{'.repeat(100)}\nlimit: 200\n`;
    assert.equal(loadConfigFile('/ws/.postpolicy.yaml', fsOf({ '/ws/.postpolicy.yaml': fine })).config?.limit, 200);
  });

  it('a regex term whose expected holds $` or $\' is rejected at expected', () => {
    const text = '{"terms": [{"pattern": "/子供/", "expected": "$`$`$`$`"}]}';
    assert.deepEqual(problems({ '/ws/.postpolicy.json': text }), [
      ['"$`$`$`$`"', "terms[0] の expected に $` や $' は使えません（一致した語の前後の投稿全体に展開されてしまうため）。$& や $1 を使ってください。"],
    ]);
    // $$` is an escaped dollar followed by a backquote: allowed.
    assert.ok(loadConfigFile('/ws/.postpolicy.json', fsOf({ '/ws/.postpolicy.json': '{"terms": [{"pattern": "/子供/", "expected": "$$`"}]}' })).config);
  });

  it('replacement expansion is bounded even when such a term reaches the engine (20k post)', () => {
    const term = { pattern: '/子/', expected: '$`$`$`$`' };
    const post = '子'.repeat(20000);
    const t0 = performance.now();
    const hits = findTermHits(term, post);
    assert.equal(hits.length, 20000);
    assert.ok(hits.every((h) => h.replacement === undefined || h.replacement.length <= MAX_EXPANSION));
    assert.ok(hits[hits.length - 1].tooLong);
    assert.ok(applyTerm(term, post).length <= post.length * MAX_EXPANSION);
    assert.ok(performance.now() - t0 < 2000, `${performance.now() - t0} ms`);
  });

  it('an extends diamond 16 levels deep (17 files) resolves each file once, in well under a second', () => {
    const files: Record<string, string> = { '/ws/.postpolicy.json': '{"extends": ["./d0.json"]}' };
    for (let i = 0; i < 16; i++) files[`/ws/d${i}.json`] = `{"extends": ["./d${i + 1}.json", "./d${i + 1}.json"], "allow": {"phones": ["03-0000-00${String(i).padStart(2, '0')}"]}}`;
    files['/ws/d16.json'] = '{"limit": 200, "terms": [{"pattern": "子供", "expected": "子ども"}]}';
    let reads = 0;
    const t0 = performance.now();
    const loaded = loadConfigFile('/ws/.postpolicy.json', (p) => (reads++, files[p]));
    assert.ok(performance.now() - t0 < 1000);
    assert.equal(reads, 18, 'each file read once');
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.config!.limit, 200);
    assert.equal(loaded.config!.terms.length, 1, 'a file reached twice applies once');
    assert.equal(loaded.layers!.length, 18);
  });

  it('a broken file at the bottom of a diamond is reported once per place, not 2^16 times', () => {
    const files: Record<string, string> = { '/ws/.postpolicy.json': '{"extends": ["./d0.json"]}' };
    for (let i = 0; i < 16; i++) files[`/ws/d${i}.json`] = `{"extends": ["./d${i + 1}.json", "./d${i + 1}.json"]}`;
    files['/ws/d16.json'] = '{"limit": -1}';
    const loaded = loadConfigFile('/ws/.postpolicy.json', fsOf(files));
    assert.equal(loaded.config, undefined);
    assert.ok(loaded.diagnostics.length <= 1 + 2 * 16 + 1, `${loaded.diagnostics.length} diagnostics`);
  });

  it('__proto__ keys are rejected at the key (JSONC and YAML), so they cannot switch rules off', () => {
    assert.deepEqual(problems({ '/ws/.postpolicy.json': '{"__proto__": {"rules": {"pii/phone": "off"}}}' }), [
      ['"__proto__"', 'キー「__proto__」は使えません（設定の検証を迂回できてしまうため）。'],
    ]);
    assert.deepEqual(problems({ '/ws/.postpolicy.yaml': 'rules:\n  __proto__:\n    pii/phone: "off"\n' }, '/ws/.postpolicy.yaml'), [
      ['__proto__', 'キー「__proto__」は使えません（設定の検証を迂回できてしまうため）。'],
    ]);
    assert.equal(({} as Record<string, unknown>).rules, undefined, 'Object.prototype untouched');
  });

  it('a read that throws (refused or not) becomes a diagnostic, never an exception', () => {
    const loaded = loadConfigFile('/ws/.postpolicy.json', () => {
      throw new Error('EIO');
    });
    assert.equal(loaded.config, undefined);
    assert.match(loaded.diagnostics[0].message, /設定ファイルを読み込めません: \/ws\/\.postpolicy\.json（EIO）/);
  });

  it('the editor store falls back to the built-in default when a config was never good, and says so', () => {
    const files: Record<string, string> = { '/ws/.postpolicy.yaml': YAML_ALIAS_BOMB };
    const store = new ConfigStore(fsOf(files));
    const state = store.forPost('/ws/a.post.md');
    assert.equal(state.usingDefaults, true);
    assert.deepEqual(state.config.sources, ['preset:recommended']);
    assert.equal(state.diagnostics.length, 1);
    files['/ws/.postpolicy.yaml'] = 'limit: 200\n';
    store.invalidate();
    assert.equal(store.forPost('/ws/a.post.md').config.limit, 200);
    files['/ws/.postpolicy.yaml'] = YAML_ALIAS_BOMB;
    store.invalidate();
    const broken = store.forPost('/ws/a.post.md');
    assert.equal(broken.usingDefaults, false);
    assert.equal(broken.config.limit, 200);
  });
});

describe('rule options are always checked', () => {
  it('options for a rule without options are rejected at the key', () => {
    assert.deepEqual(problems({ '/ws/.postpolicy.json': '{"rules": {"pii/phone": ["warning", {"nope": 1}]}}' }), [['"nope"', 'ルール「pii/phone」にはオプションがありません（「nope」は使えません）。']]);
    assert.ok(loadConfigFile('/ws/.postpolicy.json', fsOf({ '/ws/.postpolicy.json': '{"rules": {"pii/phone": ["warning", {}]}}' })).config, 'an empty options object is fine');
  });

  it('the rules with options (timing, approval, category) are validated when the config loads', () => {
    assert.deepEqual(problems({ '/ws/.postpolicy.json': '{"rules": {"policy/timing": ["warning", {"yearEndClosure": "yes"}], "policy/approval": ["error", {"approverz": []}]}}' }).map(([t]) => t), ['"yes"', '"approverz"']);
    assert.ok(loadConfigFile('/ws/.postpolicy.json', fsOf({ '/ws/.postpolicy.json': '{"extends": ["ageo-hoiku"], "rules": {"policy/category": ["error", {"required": false}]}}' })).config);
  });
});
