// The built `post-policy` binary on fixtures: JSON contract and exit codes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../unit/repoRoot';

const root = repoRoot();
const fixtures = 'test/fixtures/cli';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'post-policy.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: post-policy check', function () {
  this.timeout(30000);

  it('exits 0 on a clean post and prints one JSON array with the contract fields', () => {
    const r = cli('check', '--format', 'json', `${fixtures}/clean`);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.ok(Array.isArray(json));
    assert.equal(json.length, 1);
    assert.deepEqual(Object.keys(json[0]).sort(), ['diagnostics', 'file', 'posts']);
    assert.equal(json[0].file, `${fixtures}/clean/event.post.md`);
    assert.deepEqual(json[0].posts, [{ index: 0, weightedLength: 67, limit: 280 }]);
  });

  it('exits 1 when any error is found, with exact LSP-style ranges', () => {
    const r = cli('check', '--format=json', `${fixtures}/broken/long.post.md`, `${fixtures}/broken/empty-part.post.md`);
    assert.equal(r.code, 1, r.stderr);
    const [long, empty] = JSON.parse(r.stdout);
    const over = long.diagnostics.find((d: { rule: string }) => d.rule === 'count/max-length');
    assert.deepEqual(over.range, { start: { line: 3, character: 140 }, end: { line: 3, character: 168 } });
    assert.equal(over.severity, 'error');
    assert.equal(typeof over.clause, 'string');
    assert.deepEqual(Object.keys(over).sort(), ['clause', 'message', 'range', 'rule', 'severity']);
    assert.deepEqual(empty.diagnostics.map((d: { rule: string; range: { start: { line: number } } }) => [d.rule, d.range.start.line]), [['format/empty-post', 2]]);
    assert.deepEqual(empty.posts.map((p: { weightedLength: number }) => p.weightedLength), [12, 0, 12]);
  });

  it('searches directories for *.post.md and accepts globs', () => {
    const dir = JSON.parse(cli('check', '--format', 'json', `${fixtures}/broken`).stdout);
    assert.deepEqual(dir.map((f: { file: string }) => f.file), [`${fixtures}/broken/empty-part.post.md`, `${fixtures}/broken/long.post.md`]);
    const glob = JSON.parse(cli('check', '--format', 'json', `${fixtures}/*/long.post.md`).stdout);
    assert.deepEqual(glob.map((f: { file: string }) => f.file), [`${fixtures}/broken/long.post.md`]);
  });

  it('prints a readable Japanese report by default', () => {
    const r = cli('check', `${fixtures}/broken/long.post.md`);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /4:141 {2}エラー {2}X の文字数上限を超えています（336\/280、全角換算168\/140字）/);
    assert.match(r.stdout, /1 ファイル: エラー 1 件/);
  });

  it('exits 2 on an invalid config, naming file, line and column', () => {
    const r = cli('check', `${fixtures}/badconfig`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /badconfig\/\.postpolicy\.json:2:12: 設定エラー: .*limit/);
    assert.equal(r.stdout, '');
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli('check').code, 2);
    assert.equal(cli('check', '--format', 'xml', fixtures).code, 2);
    assert.equal(cli('check', `${fixtures}/nothing-here-*.post.md`).code, 2);
    assert.equal(cli('frobnicate').code, 2);
  });
});
