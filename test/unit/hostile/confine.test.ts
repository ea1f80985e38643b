// Issue 14, files outside the workspace: images and `extends` that lead out (by `../`, an absolute path or a symlink)
// are refused unread with a finding at the path, messages never show the outside file, and a folder walk ends and
// lists each real post once.
import { strict as assert } from 'node:assert';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../../../server/src/cli/check';
import { createFileLinter } from '../../../server/src/cli/lintFile';
import { CliScope } from '../../../server/src/cli/scope';
import { walkPosts } from '../../../server/src/cli/walk';
import { loadConfigFile, loadConfigForPost, readTextFromDisk, type ReadText } from '../../../server/src/config/load';
import { defaultConfig } from '../../../server/src/config/load';
import { lint } from '../../../server/src/engine/lint';
import type { LintServices } from '../../../server/src/engine/rule';
import { isInside, realPathOf } from '../../../server/src/io/confine';
import { workspaceRootsFor } from '../../../server/src/lsp/readRoots';
import { imageDataUri, imagePath } from '../../../server/src/preview/images';
import { allRules } from '../../../server/src/rules';
import { clearPhotoMetadataCache } from '../../../server/src/rules/pii/photoMetadata';
import { createNodeServices } from '../../../server/src/services';
import { jpegWith } from '../pii/jpeg';
import { confinementTree, OUTSIDE_IMAGE_PATHS, OUTSIDE_IMAGES_POST, OUTSIDE_KEY, OUTSIDE_SECRET, WALKED_POSTS, type ConfinementTree } from './fixtures';

const OUTSIDE = /^ワークスペースの外のファイルは読みません: /;

describe('hostile files: reads stay inside the workspace', function () {
  this.timeout(20000);
  let t: ConfinementTree;
  beforeEach(() => {
    t = confinementTree(jpegWith({ gps: true, time: true }));
    clearPhotoMetadataCache();
  });
  afterEach(() => rmSync(t.base, { recursive: true, force: true }));

  /** Node services whose image reads are recorded. */
  const recording = (reads: string[]): LintServices => {
    const node = createNodeServices();
    return { ...node, readFile: (p) => (reads.push(p), node.readFile!(p)) };
  };
  /** Disk reads of config files, recorded. */
  const recordingRead = (reads: string[]): ReadText => (p) => (reads.push(p), readTextFromDisk(p));
  const leaks = (messages: string[]) => messages.filter((m) => m.includes(OUTSIDE_SECRET) || m.includes(OUTSIDE_KEY));

  it('a path counts where it really is: links and `..` lead out, a missing outside file is refused like an existing one', () => {
    assert.ok(isInside(join(t.ws, 'inside.jpg'), [t.ws]));
    assert.ok(isInside(join(t.ws, 'not-yet.jpg'), [t.ws]), 'a missing file inside is inside (then reported missing)');
    assert.ok(isInside(t.ws, [t.ws]));
    assert.ok(!isInside(join(t.ws, 'link.jpg'), [t.ws]), 'a link to an outside file');
    assert.ok(!isInside(join(t.ws, 'up', 'outside', 'photo.jpg'), [t.ws]), 'through a link to the parent');
    assert.ok(!isInside(join(t.ws, '..', 'outside.jpg'), [t.ws]));
    assert.ok(!isInside(join(t.outside, 'none.json'), [t.ws]) && !isInside(join(t.outside, 'secret.json'), [t.ws]));
    assert.ok(!isInside(`${t.ws}-evil/x.jpg`, [t.ws]), 'a sibling whose name starts with the root’s is outside');
    assert.equal(realPathOf(join(t.ws, 'up', 'outside.jpg')), join(t.base, 'outside.jpg'));
  });

  it('images out of the workspace are refused unread, each at its path; an image inside is still checked', async () => {
    const reads: string[] = [];
    const r = await lint(OUTSIDE_IMAGES_POST, { rules: allRules, config: defaultConfig(), services: recording(reads), filePath: join(t.ws, 'img.post.md'), readRoots: [t.ws] });
    const meta = r.findings.filter((f) => f.rule === 'pii/photo-metadata');
    const refused = meta.filter((f) => OUTSIDE.test(f.message));
    assert.deepEqual(refused.map((f) => OUTSIDE_IMAGES_POST.slice(f.range.start, f.range.end)), OUTSIDE_IMAGE_PATHS);
    for (const f of refused) assert.equal(f.severity, 'warning');
    // The image inside carries GPS: still read and reported on the whole image.
    const gps = meta.filter((f) => !OUTSIDE.test(f.message));
    assert.deepEqual(gps.map((f) => OUTSIDE_IMAGES_POST.slice(f.range.start, f.range.end)), ['![e](inside.jpg)']);
    assert.match(gps[0].message, /位置情報（GPS）/);
    assert.deepEqual(reads, [join(t.ws, 'inside.jpg')], 'nothing outside was opened');
  });

  it('without roots, a post reads images from its own folder only', async () => {
    const reads: string[] = [];
    const r = await lint(OUTSIDE_IMAGES_POST, { rules: allRules, config: defaultConfig(), services: recording(reads), filePath: join(t.ws, 'img.post.md') });
    assert.equal(r.findings.filter((f) => f.rule === 'pii/photo-metadata' && OUTSIDE.test(f.message)).length, 4);
    assert.deepEqual(reads, [join(t.ws, 'inside.jpg')]);
  });

  it('extends to an absolute path, `../` or a link out of the workspace: refused at the entry, the file never read or described', () => {
    const entries = [join(t.outside, 'secret.json'), './linked.json', '../outside/secret.json', './up/outside/secret.json', join(t.outside, 'missing.json')];
    const text = JSON.stringify({ extends: entries });
    writeFileSync(join(t.ws, '.postpolicy.json'), text);
    const reads: string[] = [];
    const loaded = loadConfigFile(join(t.ws, '.postpolicy.json'), recordingRead(reads), { roots: [t.ws] });
    assert.equal(loaded.config, undefined);
    assert.deepEqual(loaded.diagnostics.map((d) => text.slice(d.range.start, d.range.end)), entries.map((e) => JSON.stringify(e)));
    for (const d of loaded.diagnostics) assert.match(d.message, OUTSIDE);
    assert.deepEqual(leaks(loaded.diagnostics.map((d) => d.message)), []);
    assert.deepEqual(reads, [join(t.ws, '.postpolicy.json')]);
    // A missing file outside gets the same message as an existing one (nothing is told about the outside).
    assert.doesNotMatch(loaded.diagnostics[4].message, /見つかりません/);
  });

  it('extends inside the workspace still work, through a link that stays inside too', () => {
    writeFileSync(join(t.ws, 'base.json'), '{"limit": 150}');
    symlinkSync('base.json', join(t.ws, 'base-link.json'));
    writeFileSync(join(t.ws, '.postpolicy.json'), '{"extends": ["./base-link.json"]}');
    assert.equal(loadConfigFile(join(t.ws, '.postpolicy.json'), undefined, { roots: [t.ws] }).config?.limit, 150);
  });

  it('a .postpolicy.json that is a link out is refused unread when found, and read when the user names it (--config)', () => {
    symlinkSync('../../outside/secret.json', join(t.ws, 'posts', '.postpolicy.json'));
    const reads: string[] = [];
    const found = loadConfigForPost(join(t.ws, 'posts', 'a.post.md'), recordingRead(reads), undefined, () => [t.ws]);
    assert.equal(found.config, undefined);
    assert.match(found.diagnostics[0].message, OUTSIDE);
    assert.deepEqual(found.diagnostics[0].range, { start: 0, end: 0 });
    assert.deepEqual(leaks(found.diagnostics.map((d) => d.message)), []);
    assert.deepEqual(reads.filter((p) => p.endsWith('.postpolicy.json')), [], 'the link is not read (existence is checked by lookup only)');
    const named = loadConfigFile(join(t.ws, 'posts', '.postpolicy.json'), undefined, { roots: [t.ws], named: true });
    assert.match(named.diagnostics[0].message, new RegExp(`不明なキー「${OUTSIDE_KEY}」`), 'named by the user: read as asked');
  });

  it('a folder walk does not leave the folder through links, ends on a loop, and lists each real post once', async () => {
    assert.deepEqual(walkPosts(join(t.ws, 'posts')), WALKED_POSTS);
    // Several inputs naming the same files: still once each, the first name kept.
    const files = await expandInputs([join(t.ws, 'posts'), join(t.ws, 'posts', 'alias.post.md'), join(t.ws, 'posts', 'again', 'b.post.md')]);
    assert.deepEqual(files, WALKED_POSTS.map((f) => `${join(t.ws, 'posts')}/${f}`));
    // From the workspace root, `up` (its parent) and posts/up (the workspace again) add nothing.
    assert.deepEqual(walkPosts(t.ws), ['img.post.md', ...WALKED_POSTS.map((f) => `posts/${f}`)]);
  });

  it('CLI scope: the repository is the nearest folder with .git; a walked link out is refused, the same file named is read', async () => {
    const scope = new CliScope([join(t.ws, 'posts')]);
    assert.equal(scope.repoRootOf(join(t.ws, 'posts', 'sub', 'b.post.md')), t.ws);
    assert.ok(!scope.mayRead(join(t.ws, 'posts', 'evil.post.md')));
    assert.ok(scope.mayRead(join(t.ws, 'posts', 'a.post.md')));
    assert.ok(new CliScope([join(t.ws, 'posts', 'evil.post.md')]).mayRead(join(t.ws, 'posts', 'evil.post.md')));
    assert.ok(new CliScope([join(t.outside, 'secret.post.md')]).mayRead(join(t.ws, 'posts', 'evil.post.md')), 'the link leads to a named file');

    const walked = await createFileLinter(undefined, [join(t.ws, 'posts')]).lint(join(t.ws, 'posts', 'evil.post.md'));
    assert.ok(!('configError' in walked));
    assert.deepEqual(walked.result.findings.map((f) => f.rule), ['format/unreadable-file']);
    assert.match(walked.result.findings[0].message, OUTSIDE);
    assert.deepEqual(leaks(walked.result.findings.map((f) => f.message)), []);
    assert.equal(walked.text, '');
    const named = await createFileLinter(undefined, [join(t.ws, 'posts', 'evil.post.md')]).lint(join(t.ws, 'posts', 'evil.post.md'));
    assert.ok(!('configError' in named));
    assert.ok(named.text.includes(OUTSIDE_SECRET), 'named on the command line: read wherever it leads');
    assert.ok(named.result.findings.some((f) => f.rule === 'pii/phone'));
  });

  it('the editor’s roots are the workspace folders; a file opened on its own gets its folder', () => {
    assert.deepEqual(workspaceRootsFor(join(t.ws, 'posts', 'a.post.md'), [t.ws, t.outside]), [t.ws, t.outside]);
    assert.deepEqual(workspaceRootsFor(join(t.base, 'loose.post.md'), [t.ws]), [t.base]);
    assert.deepEqual(workspaceRootsFor(join(`${t.ws}-other`, 'a.post.md'), [t.ws]), [`${t.ws}-other`]);
  });

  it('the preview and report show no image from outside: no path, no data', () => {
    const post = join(t.ws, 'img.post.md');
    const image = (path: string) => ({ path }) as Parameters<typeof imagePath>[1];
    for (const p of OUTSIDE_IMAGE_PATHS) {
      assert.equal(imagePath(post, image(p), [t.ws]), undefined, p);
      assert.equal(imageDataUri(post, image(p), [t.ws]), undefined, p);
    }
    assert.equal(imagePath(post, image('inside.jpg'), [t.ws]), join(t.ws, 'inside.jpg'));
    assert.match(imageDataUri(post, image('inside.jpg'), [t.ws]) ?? '', /^data:image\/jpeg;base64,/);
  });
});
