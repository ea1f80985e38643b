// The supported way for an office to use the CLI from its own posts repository (issue 11): `npm run pack:cli`
// → post-policy-<version>.tgz, installed offline with `npm i -D ./post-policy-<version>.tgz`, then `npx post-policy`;
// and the shipped pre-commit hook refusing a commit that names a child.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../unit/repoRoot';

const root = repoRoot();
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

describe('CLI package in a separate posts repository', function () {
  this.timeout(240000);
  let repo: string;
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });

  before(() => {
    execFileSync('npm', ['run', '-s', 'pack:cli'], { cwd: root, stdio: 'pipe' });
    repo = mkdtempSync(join(tmpdir(), 'pp-posts-repo-'));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'hoiku-posts', private: true }));
    writeFileSync(join(repo, '.postpolicy.json'), JSON.stringify({ extends: ['ageo-hoiku'], rules: { 'policy/approval': 'off' } }));
    mkdirSync(join(repo, 'posts'));
    // Offline: the tarball carries the bundle and the dictionary and declares no dependencies.
    const npm = run('npm', ['i', '-D', '--offline', '--no-audit', '--no-fund', join(root, `post-policy-${version}.tgz`)]);
    assert.equal(npm.status, 0, npm.stderr);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('npx post-policy check posts/ runs the installed CLI', () => {
    writeFileSync(join(repo, 'posts/ok.post.md'), '---\naccount: ageo_hoiku\ncategory: event\n---\n子育てひろばでクリスマス会を開きます。\n');
    const ok = run('npx', ['--no-install', 'post-policy', 'check', 'posts/']);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /1 ファイル: エラー 0 件、警告 0 件/);
    writeFileSync(join(repo, 'posts/ng.post.md'), '---\naccount: ageo_hoiku\ncategory: event\n---\nひまわり組のゆうとくん（5歳）が一等賞！\n');
    const ng = run('npx', ['--no-install', 'post-policy', 'check', 'posts/']);
    assert.equal(ng.status, 1, ng.stdout);
    assert.match(ng.stdout, /子どもの名前/);
    // Rule pages travel with the package and are named by their local path (they open offline).
    assert.match(ng.stdout, /\nルールの説明:\n {2}pii\/person {2}node_modules\/post-policy\/docs\/rules\/pii\/person\.md\n/);
    rmSync(join(repo, 'posts/ng.post.md'));
  });

  it('the pre-commit hook refuses a commit naming a child and lets a clean one through', () => {
    assert.equal(run('git', ['init', '-q']).status, 0);
    copyFileSync(join(repo, 'node_modules/post-policy/hooks/pre-commit'), join(repo, '.git/hooks/pre-commit'));
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');

    writeFileSync(join(repo, 'posts/ng.post.md'), '---\naccount: ageo_hoiku\ncategory: event\n---\nたんぽぽ組のさくらちゃんが、お手紙を書いてくれました。\n');
    run('git', ['add', '.']);
    const refused = run('git', ['commit', '-q', '-m', 'names a child']);
    assert.notEqual(refused.status, 0, 'the hook refuses the commit');
    assert.match(refused.stdout + refused.stderr, /子どもの名前/);
    assert.notEqual(run('git', ['rev-parse', '--verify', 'HEAD']).status, 0, 'nothing was committed');

    // Fixing the working tree is not enough: the hook checks what is staged.
    writeFileSync(join(repo, 'posts/ng.post.md'), '---\naccount: ageo_hoiku\ncategory: event\n---\nたんぽぽ組のお子さんが、お手紙を書いてくれました。\n');
    assert.notEqual(run('git', ['commit', '-q', '-m', 'still staged']).status, 0);
    run('git', ['add', 'posts/ng.post.md']);
    const passed = run('git', ['commit', '-q', '-m', 'clean']);
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
  });
});
