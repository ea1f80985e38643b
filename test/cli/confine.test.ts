// Issue 14, files outside the workspace, through the built CLI run in a repository (a folder with .git): `check DIR`
// stays in the folder, ends on link loops and checks each post once; images and extends that lead out of the
// repository are refused at their position without showing the outside file; paths named on the command line are read.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../unit/repoRoot';
import { jpegWith } from '../unit/pii/jpeg';
import { confinementTree, OUTSIDE_IMAGE_PATHS, OUTSIDE_IMAGES_POST, OUTSIDE_KEY, OUTSIDE_SECRET, WALKED_POSTS, type ConfinementTree } from '../unit/hostile/fixtures';

interface JsonFile {
  file: string;
  diagnostics: { rule: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'post-policy.js'), ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const OUTSIDE = /^ワークスペースの外のファイルは読みません: /;
const noLeak = (text: string) => {
  assert.ok(!text.includes(OUTSIDE_SECRET), 'no content of an outside file');
  assert.ok(!text.includes(OUTSIDE_KEY), 'no key name of an outside file');
};

/** The [line, character] range of the first `needle` in `text` (0-based, as the JSON output gives). */
function rangeOf(text: string, needle: string): [number, number, number, number] {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return [before.length - 1, before[before.length - 1].length, before.length - 1, before[before.length - 1].length + needle.length];
}
const flat = (d: JsonFile['diagnostics'][number]) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('CLI: files outside the repository', function () {
  this.timeout(60000);
  let t: ConfinementTree;
  beforeEach(() => (t = confinementTree(jpegWith({ gps: true, time: false }))));
  afterEach(() => rmSync(t.base, { recursive: true, force: true }));

  it('check DIR: no way out through `up -> ..` or a link to a folder outside, a loop ends, each post once; a link out is refused', () => {
    const t0 = performance.now();
    const r = cli(t.ws, 'check', '--format', 'json', 'posts');
    assert.ok(performance.now() - t0 < 30000);
    assert.equal(r.code, 1, r.stderr);
    const files = JSON.parse(r.stdout) as JsonFile[];
    assert.deepEqual(files.map((f) => f.file), WALKED_POSTS.map((f) => `posts/${f}`));
    const evil = files.find((f) => f.file === 'posts/evil.post.md')!;
    assert.deepEqual(evil.diagnostics.map((d) => d.rule), ['format/unreadable-file']);
    assert.match(evil.diagnostics[0].message, OUTSIDE);
    noLeak(r.stdout + r.stderr);
  });

  it('report DIR walks the same way (each post once, nothing from outside)', () => {
    const r = cli(t.ws, 'report', '--format', 'md', 'posts');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([...r.stdout.matchAll(/^## (.+\.post\.md)$/gm)].map((m) => m[1]), WALKED_POSTS.map((f) => `posts/${f}`));
    noLeak(r.stdout + r.stderr);
  });

  it('a path named on the command line is read wherever it is: an outside post, a link to it, an outside --config', () => {
    for (const named of [join('..', 'outside', 'secret.post.md'), join('posts', 'evil.post.md')]) {
      const r = cli(t.ws, 'check', '--format', 'json', named);
      const [file] = JSON.parse(r.stdout) as JsonFile[];
      assert.ok(file.diagnostics.some((d) => d.rule === 'pii/phone'), named);
      assert.ok(!file.diagnostics.some((d) => d.rule === 'format/unreadable-file'), named);
    }
    const r = cli(t.ws, 'check', '--format', 'json', '--config', join(t.outside, 'team.json'), 'posts/a.post.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { posts: { limit: number }[] }[])[0].posts[0].limit, 100);
  });

  it('images out of the repository (../, a link, an absolute /etc/passwd, through up -> ..) are refused at their paths; one inside is read', () => {
    const r = cli(t.ws, 'check', '--format', 'json', 'img.post.md');
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    const refused = file.diagnostics.filter((d) => d.rule === 'pii/photo-metadata' && OUTSIDE.test(d.message));
    assert.deepEqual(refused.map(flat), OUTSIDE_IMAGE_PATHS.map((p) => rangeOf(OUTSIDE_IMAGES_POST, `](${p})`)).map(([l, c, el, ec]) => [l, c + 2, el, ec - 1]));
    const inside = file.diagnostics.filter((d) => d.rule === 'pii/photo-metadata' && !OUTSIDE.test(d.message));
    assert.deepEqual(inside.map(flat), [rangeOf(OUTSIDE_IMAGES_POST, '![e](inside.jpg)')]);
    assert.match(inside[0].message, /位置情報（GPS）/);
    // The approver's sheet embeds the image inside only.
    const sheet = cli(t.ws, 'report', 'img.post.md');
    assert.equal(sheet.code, 0, sheet.stderr);
    assert.equal((sheet.stdout.match(/src="data:image\/jpeg;base64,/g) ?? []).length, 1);
  });

  it('extends to an absolute outside path and to a link out: exit 2, one line per entry at its position, nothing of the file shown', () => {
    mkdirSync(join(t.ws, 'team'));
    const text = `{\n  "extends": [\n    ${JSON.stringify(join(t.outside, 'secret.json'))},\n    "../linked.json"\n  ]\n}\n`;
    writeFileSync(join(t.ws, 'team', '.postpolicy.json'), text);
    writeFileSync(join(t.ws, 'team', 'x.post.md'), 'お知らせ\n');
    const r = cli(t.ws, 'check', 'team/x.post.md');
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0], /^team\/\.postpolicy\.json:3:5: 設定エラー: ワークスペースの外のファイルは読みません: .*secret\.json/);
    assert.match(lines[1], /^team\/\.postpolicy\.json:4:5: 設定エラー: ワークスペースの外のファイルは読みません: \.\.\/linked\.json/);
    noLeak(r.stdout + r.stderr);
    // `post-policy config` says the same.
    const c = cli(t.ws, 'config', 'team/x.post.md');
    assert.equal(c.code, 2);
    noLeak(c.stdout + c.stderr);
  });
});
