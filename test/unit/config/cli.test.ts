// CLI: `post-policy init` and `post-policy config` (the compiled CLI, as a user runs it).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile } from '../../../server/src/config/load';

const CLI = join(__dirname, '../../../server/src/cli.js');
function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: init and config', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('init writes a commented starter that loads cleanly, and refuses to overwrite', () => {
    const r = run(['init', '--preset', 'ageo-hoiku'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '.postpolicy.json を作成しました（プリセット: ageo-hoiku）。\n');
    const text = readFileSync(join(dir, '.postpolicy.json'), 'utf8');
    assert.match(text, /^\/\/ Post Policy のチーム設定/);
    assert.match(text, /"extends": \["ageo-hoiku"\]/);
    const loaded = loadConfigFile(join(dir, '.postpolicy.json'));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.config!.sources.slice(-2), ['preset:ageo-hoiku', join(dir, '.postpolicy.json')]);

    writeFileSync(join(dir, '.postpolicy.json'), '{"limit": 1}');
    const again = run(['init'], dir);
    assert.equal(again.code, 2);
    assert.equal(again.stderr, 'post-policy: 設定ファイルが既にあります: .postpolicy.json（上書きしません）\n');
    assert.equal(readFileSync(join(dir, '.postpolicy.json'), 'utf8'), '{"limit": 1}', 'not overwritten');
  });

  it('init refuses when a YAML config is there, and rejects an unknown preset', () => {
    writeFileSync(join(dir, '.postpolicy.yaml'), 'limit: 1\n');
    assert.equal(run(['init'], dir).code, 2);
    mkdirSync(join(dir, 'other'));
    const r = run(['init', '--preset', 'ageo', 'other'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^post-policy: 不明なプリセット「ageo」です。使えるもの: ageo-hoiku, komae-kodomo, recommended（使い方: post-policy init --help）\n$/);
  });

  it('config prints the sources in order and where each rule is set', () => {
    writeFileSync(join(dir, '.postpolicy.json'), '{"extends": ["komae-kodomo"], "limit": 200}');
    mkdirSync(join(dir, 'events'));
    writeFileSync(join(dir, 'events/.postpolicy.yaml'), 'extends: [../.postpolicy.json]\nrules:\n  team/terms: error\n');
    writeFileSync(join(dir, 'events/a.post.md'), '本文');
    const r = run(['config', 'events/a.post.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^投稿: events\/a\.post\.md\n設定ファイル: events\/\.postpolicy\.yaml\n適用順（後のものが優先）:\n  1\. プリセット「komae-kodomo」\n  2\. \.postpolicy\.json\n  3\. events\/\.postpolicy\.yaml\n/);
    assert.match(r.stdout, /team\/terms +error +← events\/\.postpolicy\.yaml/);
    assert.match(r.stdout, /format\/empty-post +error +← （ルールの既定）/);
    const json = JSON.parse(run(['config', '--format', 'json', 'events/a.post.md'], dir).stdout);
    assert.equal(json.config.limit, 200);
    assert.equal(json.rules['team/terms'].from, join(dir, 'events/.postpolicy.yaml'));
  });

  it('config exits 2 on an invalid config with the editor’s message and position', () => {
    writeFileSync(join(dir, '.postpolicy.json'), '{\n  "terms": [{ "pattern": "/(a)\\\\1/" }]\n}\n');
    writeFileSync(join(dir, 'a.post.md'), '本文');
    const r = run(['config', 'a.post.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      '.postpolicy.json:2:26: 設定エラー: terms[0] の pattern が使えません: 後方参照（\\1 や \\k<名前>）は使えません。チームのパターンは線形時間で評価できる正規表現（RE2 構文）に限ります。\n',
    );
    assert.equal(run(['check', 'a.post.md'], dir).stderr, r.stderr, 'check reports the same');
  });
});
