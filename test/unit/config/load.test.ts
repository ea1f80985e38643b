// Finding and resolving team configs: nearest wins, extends (presets and files), cycles, missing files,
// merge order, multi-root folders, and the last good config in the editor's store.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfigFile, loadConfigForPost, type ReadText } from '../../../server/src/config/load';
import { presets } from '../../../server/src/config/presets';
import { repoRoot } from '../repoRoot';
import { ConfigStore } from '../../../server/src/lsp/configStore';

/** An in-memory file system for the loader. */
function fsOf(files: Record<string, string>): ReadText {
  return (p) => files[p];
}
/** Problems as [file, covered text, message]. */
function problems(files: Record<string, string>, path: string) {
  return loadConfigFile(path, fsOf(files)).diagnostics.map((d) => [d.file, files[d.file]?.slice(d.range.start, d.range.end), d.message]);
}

describe('config resolution', () => {
  it('the nearest file wins, walking up from the post', () => {
    const files = { '/ws/.postpolicy.json': '{"limit": 200}', '/ws/a/b/.postpolicy.yaml': 'limit: 100\n' };
    assert.equal(loadConfigForPost('/ws/a/b/c/x.post.md', fsOf(files)).config!.limit, 100);
    assert.equal(loadConfigForPost('/ws/a/x.post.md', fsOf(files)).path, '/ws/.postpolicy.json');
    assert.equal(loadConfigForPost('/ws/a/x.post.md', fsOf(files)).config!.limit, 200);
  });

  it('.postpolicy.json wins over .postpolicy.yaml in the same folder', () => {
    const files = { '/ws/.postpolicy.json': '{"limit": 200}', '/ws/.postpolicy.yaml': 'limit: 100' };
    assert.equal(loadConfigForPost('/ws/x.post.md', fsOf(files)).path, '/ws/.postpolicy.json');
  });

  it('no file: the built-in recommended preset', () => {
    const loaded = loadConfigForPost('/none/x.post.md', fsOf({}));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.config!.sources, ['preset:recommended']);
  });

  it('extends applies in order, the file itself last: scalars override, lists concatenate', () => {
    const files = {
      '/ws/shared/base.json': '{"limit": 200, "allow": {"phones": ["048-775-5111"]}, "rules": {"count/max-length": "warning"}}',
      '/ws/shared/more.yaml': 'limit: 150\nallow:\n  phones: ["048-111-2222"]\n',
      '/ws/.postpolicy.json': '// team\n{"extends": ["recommended", "./shared/base.json", "shared/more.yaml"], "rules": {"count/max-length": ["error", {}]}, "allow": {"phones": ["03-1111-2222"]}}',
    };
    const loaded = loadConfigFile('/ws/.postpolicy.json', fsOf(files));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.config!.sources, ['preset:recommended', '/ws/shared/base.json', '/ws/shared/more.yaml', '/ws/.postpolicy.json']);
    assert.equal(loaded.config!.limit, 150);
    assert.deepEqual(loaded.config!.allow.phones, ['048-775-5111', '048-111-2222', '03-1111-2222']);
    assert.equal(loaded.config!.rules['count/max-length'].severity, 'error');
    assert.deepEqual(loaded.files!.sort(), ['/ws/.postpolicy.json', '/ws/shared/base.json', '/ws/shared/more.yaml']);
  });

  it('an extended file extends relative to itself', () => {
    const files = {
      '/ws/a/.postpolicy.json': '{"extends": ["../team/base.json"]}',
      '/ws/team/base.json': '{"extends": ["./inner.json"]}',
      '/ws/team/inner.json': '{"limit": 99}',
    };
    assert.equal(loadConfigFile('/ws/a/.postpolicy.json', fsOf(files), { roots: ['/ws'] }).config!.limit, 99);
  });

  it('unknown preset: positioned at the entry', () => {
    const files = { '/ws/.postpolicy.json': '{\n  "extends": ["recomended"]\n}' };
    assert.deepEqual(problems(files, '/ws/.postpolicy.json'), [['/ws/.postpolicy.json', '"recomended"', `不明なプリセット「recomended」です。「recommended」のことですか？使えるもの: ${Object.keys(presets).join(', ')}`]]);
  });

  it('missing extends file: positioned at the entry (YAML)', () => {
    const files = { '/ws/.postpolicy.yaml': 'extends:\n  - ./nothing.json\n' };
    assert.deepEqual(problems(files, '/ws/.postpolicy.yaml'), [['/ws/.postpolicy.yaml', './nothing.json', 'extends のファイルが見つかりません: ./nothing.json']]);
  });

  it('extends cycle: positioned at the entry that closes it, naming the chain', () => {
    const files = {
      '/ws/.postpolicy.json': '{"extends": ["./a.json"]}',
      '/ws/a.json': '{"extends": ["./b.json"]}',
      '/ws/b.json': '{"extends": ["./.postpolicy.json"]}',
    };
    assert.deepEqual(problems(files, '/ws/.postpolicy.json'), [
      ['/ws/b.json', '"./.postpolicy.json"', 'extends が循環しています: .postpolicy.json → a.json → b.json → .postpolicy.json'],
      ['/ws/a.json', '"./b.json"', 'extends のファイル ./b.json に誤りがあります（extends が循環しています: .postpolicy.json → a.json → b.json → .postpolicy.json）'],
      ['/ws/.postpolicy.json', '"./a.json"', 'extends のファイル ./a.json に誤りがあります（extends が循環しています: .postpolicy.json → a.json → b.json → .postpolicy.json）'],
    ]);
  });

  it('a file extending itself', () => {
    const files = { '/ws/.postpolicy.json': '{"extends": ["./.postpolicy.json"]}' };
    assert.deepEqual(problems(files, '/ws/.postpolicy.json'), [['/ws/.postpolicy.json', '"./.postpolicy.json"', 'extends が循環しています: .postpolicy.json → .postpolicy.json']]);
  });

  it('an error inside an extended file is shown there and at the reference; the whole config is invalid', () => {
    const files = {
      '/ws/.postpolicy.json': '{"extends": ["./base.json"]}',
      '/ws/base.json': '{"rules": {"count/max-lenght": "off"}}',
    };
    const loaded = loadConfigFile('/ws/.postpolicy.json', fsOf(files));
    assert.equal(loaded.config, undefined);
    assert.deepEqual(problems(files, '/ws/.postpolicy.json').map(([f, c]) => [f, c]), [
      ['/ws/base.json', '"count/max-lenght"'],
      ['/ws/.postpolicy.json', '"./base.json"'],
    ]);
  });

  it('the shipped examples/.postpolicy.json loads without problems (its specs hold)', () => {
    const loaded = loadConfigForPost(join(repoRoot(), 'examples/christmas-event.post.md'));
    assert.deepEqual(loaded.diagnostics.map((d) => d.message), []);
    assert.deepEqual(loaded.config!.sources.map((s) => s.replace(repoRoot(), '')), ['preset:ageo-hoiku', '/examples/.postpolicy.json']);
    assert.deepEqual(loaded.config!.accounts.own, ['ageo_hoiku'], 'a value the preset already lists is not repeated');
    assert.equal(loaded.config!.terms.length, 4);
  });

  it('multi-root: each workspace folder uses its own config (real files)', () => {
    const root = mkdtempSync(join(tmpdir(), 'post-policy-roots-'));
    try {
      const write = (p: string, t: string) => {
        mkdirSync(dirname(join(root, p)), { recursive: true });
        writeFileSync(join(root, p), t);
      };
      write('ageo/.postpolicy.json', '{"limit": 140, "accounts": {"own": ["ageo_hoiku"]}}');
      write('komae/.postpolicy.yaml', 'limit: 200\naccounts:\n  own: [komae_kodomo]\n');
      const a = loadConfigForPost(join(root, 'ageo/posts/x.post.md'));
      const k = loadConfigForPost(join(root, 'komae/x.post.md'));
      assert.deepEqual([a.config!.limit, a.config!.accounts.own], [140, ['ageo_hoiku']]);
      assert.deepEqual([k.config!.limit, k.config!.accounts.own], [200, ['komae_kodomo']]);
      const store = new ConfigStore((p) => {
        try {
          return require('node:fs').readFileSync(p, 'utf8');
        } catch {
          return undefined;
        }
      });
      assert.equal(store.forPost(join(root, 'ageo/x.post.md')).config.limit, 140);
      assert.equal(store.forPost(join(root, 'komae/x.post.md')).config.limit, 200);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the editor keeps the last good config while the file is broken, and reports the problem', () => {
    const files: Record<string, string> = { '/ws/.postpolicy.json': '{"limit": 140}' };
    const store = new ConfigStore(fsOf(files));
    assert.equal(store.forPost('/ws/x.post.md').config.limit, 140);
    files['/ws/.postpolicy.json'] = '{"limit": 100, "terms": [{"pattern": "/(?=a)/"}]}';
    store.invalidate();
    const broken = store.forPost('/ws/x.post.md');
    assert.equal(broken.config.limit, 140, 'last good config stays in force');
    assert.equal(broken.diagnostics.length, 1);
    files['/ws/.postpolicy.json'] = '{"limit": 100}';
    store.invalidate();
    assert.equal(store.forPost('/ws/x.post.md').config.limit, 100);
  });
});
