// Issue 14, items 1–2 through the built CLI: a hostile config exits 2 with one line naming file and position
// (no stack trace); devices, FIFOs and symlinks to /dev/zero are refused with a finding instead of read.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../unit/repoRoot';
import { YAML_ALIAS_BOMB } from '../unit/hostile/fixtures';

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'post-policy.js'), ...args], { cwd, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: hostile repositories', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'post-policy-hostile-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };

  const diamond = (): Record<string, string> => {
    const files: Record<string, string> = { '.postpolicy.json': '{"extends": ["./d0.json"]}', 'd16.json': '{"limit": -5}' };
    for (let i = 0; i < 16; i++) files[`d${i}.json`] = `{"extends": ["./d${i + 1}.json", "./d${i + 1}.json"]}`;
    return files;
  };
  const cases: [string, Record<string, string>, RegExp][] = [
    ['YAML alias bomb', { '.postpolicy.yaml': YAML_ALIAS_BOMB }, /^\.postpolicy\.yaml:2:8: 設定エラー: .*エイリアス/],
    ['JSON nested 100,000 deep', { '.postpolicy.json': '['.repeat(100000) + ']'.repeat(100000) }, /^\.postpolicy\.json:1:65: 設定エラー: 設定ファイルの入れ子が深すぎます/],
    ['terms expected with $`', { '.postpolicy.json': '{"terms": [{"pattern": "/子供/", "expected": "$`子ども"}]}' }, /^\.postpolicy\.json:1:\d+: 設定エラー: terms\[0\] の expected に \$`/],
    ['extends diamond 16 deep, broken at the bottom', diamond(), /^d16\.json:1:11: 設定エラー: /],
  ];
  for (const [name, files, expected] of cases) {
    it(`${name}: exit 2, one line naming file and position, no stack`, () => {
      for (const [f, t] of Object.entries(files)) write(f, t);
      write('a.post.md', '電話 090-1234-5678\n');
      const t0 = performance.now();
      const r = cli(dir, 'check', '.');
      assert.ok(performance.now() - t0 < 10000);
      assert.equal(r.code, 2, r.stderr);
      const lines = r.stderr.trimEnd().split('\n');
      assert.match(lines[0], expected);
      assert.equal(lines.length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /内部エラー|\n\s+at /);
    });
  }

  it('a .postpolicy.json symlinked to /dev/zero: exit 2 with one line (outside the repository; named with --config, not a regular file)', () => {
    symlinkSync('/dev/zero', join(dir, '.postpolicy.json'));
    write('a.post.md', 'こんにちは\n');
    const r = cli(dir, 'check', 'a.post.md');
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    assert.match(r.stderr, /^\.postpolicy\.json:1:1: 設定エラー: ワークスペースの外のファイルは読みません: .*\.postpolicy\.json/);
    const named = cli(dir, 'check', '--config', '.postpolicy.json', 'a.post.md');
    assert.equal(named.code, 2);
    assert.match(named.stderr, /^\.postpolicy\.json:1:1: 設定エラー: 設定ファイル .* は通常のファイルではない（デバイス・FIFO など）ため、読み込みませんでした。/);
  });

  it('a *.post.md symlinked to /dev/zero and a FIFO post in a checked folder get one error finding each', () => {
    write('posts/ok.post.md', 'こんにちは\n');
    symlinkSync('/dev/zero', join(dir, 'posts/zero.post.md'));
    execFileSync('mkfifo', [join(dir, 'posts/pipe.post.md')]);
    const r = cli(dir, 'check', '--format', 'json', 'posts', 'posts/pipe.post.md');
    assert.equal(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; message: string }[] }[];
    const refused = json.filter((f) => f.diagnostics.some((d) => d.rule === 'format/unreadable-file')).map((f) => f.file).sort();
    assert.deepEqual(refused, ['posts/pipe.post.md', 'posts/zero.post.md']);
    assert.deepEqual(json.find((f) => f.file === 'posts/ok.post.md')!.diagnostics, []);
  });

  it('an image symlinked to /dev/zero is reported, and the run stays small and quick', () => {
    write('a.post.md', '写真です\n![x](photo.jpg)\n');
    symlinkSync('/dev/zero', join(dir, 'photo.jpg'));
    const r = cli(dir, 'check', '--format', 'json', 'a.post.md');
    assert.equal(r.code, 0, r.stderr);
    const [file] = JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }[];
    assert.ok(file.diagnostics.some((d) => d.rule === 'pii/photo-metadata'));
  });
});
