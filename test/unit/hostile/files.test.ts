// Issue 14, item 2: devices, FIFOs and oversized files are never read (symlinks and FIFOs made in a temp folder).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile, loadConfigForPost } from '../../../server/src/config/load';
import { readBoundedText, readImageHead, READ_CAPS, RefusedFileError } from '../../../server/src/io/boundedRead';
import { lint } from '../../../server/src/engine/lint';
import { allRules } from '../../../server/src/rules';
import { createNodeServices } from '../../../server/src/services';
import { defaultConfig } from '../../../server/src/config/load';

describe('hostile files: only regular files, with a cap', function () {
  this.timeout(10000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'post-policy-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fifo = (name: string) => {
    execFileSync('mkfifo', [join(dir, name)]);
    return join(dir, name);
  };

  it('refuses devices, FIFOs and /dev/stdin without blocking; missing files are undefined', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    const refused = [join(dir, 'zero.json'), '/dev/zero', fifo('pipe.json'), '/dev/stdin'];
    for (const p of refused) assert.throws(() => readBoundedText(p, 'config'), (e: unknown) => e instanceof RefusedFileError && e.reason === 'not-regular', p);
    assert.equal(readBoundedText(join(dir, 'none.json'), 'config'), undefined);
  });

  it('refuses a file above the cap, reads one below it, and drops a UTF-8 BOM', () => {
    writeFileSync(join(dir, 'big.json'), Buffer.alloc(READ_CAPS.config + 1, 0x20));
    assert.throws(() => readBoundedText(join(dir, 'big.json'), 'config'), /大きすぎる/);
    writeFileSync(join(dir, 'bom.json'), '\uFEFF{"limit": 200}');
    assert.equal(readBoundedText(join(dir, 'bom.json'), 'config'), '{"limit": 200}');
  });

  it('a .postpolicy.json with a BOM loads', () => {
    writeFileSync(join(dir, '.postpolicy.json'), '\uFEFF{"limit": 200}');
    assert.equal(loadConfigForPost(join(dir, 'a.post.md')).config?.limit, 200);
  });

  it('.postpolicy.json symlinked to /dev/zero: a positioned diagnostic, not the default config', () => {
    symlinkSync('/dev/zero', join(dir, '.postpolicy.json'));
    const loaded = loadConfigForPost(join(dir, 'a.post.md'));
    assert.equal(loaded.config, undefined);
    assert.equal(loaded.path, join(dir, '.postpolicy.json'));
    // Found by its name, the link leads out of the folder (refused unread); named by the user, it is not a regular file.
    assert.match(loaded.diagnostics[0].message, /^ワークスペースの外のファイルは読みません: /);
    const named = loadConfigFile(join(dir, '.postpolicy.json'), undefined, { named: true });
    assert.equal(named.config, undefined);
    assert.match(named.diagnostics[0].message, /通常のファイルではない（デバイス・FIFO など）ため、読み込みませんでした/);
  });

  it('extends /dev/zero or a FIFO: refused at the entry', () => {
    const pipe = fifo('pipe.json');
    const text = JSON.stringify({ extends: ['/dev/zero', pipe] });
    writeFileSync(join(dir, '.postpolicy.json'), text);
    const loaded = loadConfigFile(join(dir, '.postpolicy.json'));
    assert.deepEqual(
      loaded.diagnostics.map((d) => text.slice(d.range.start, d.range.end)),
      ['"/dev/zero"', JSON.stringify(pipe)],
    );
    // /dev/zero is outside the config's folder: refused before it is even looked at.
    assert.match(loaded.diagnostics[0].message, /^ワークスペースの外のファイルは読みません: \/dev\/zero/);
    assert.match(loaded.diagnostics[1].message, /^extends のファイルを読み込みません: 設定ファイル .* は通常のファイルではない/);
  });

  it('an image symlinked to /dev/zero or a FIFO is refused, quickly, and reported', async () => {
    symlinkSync('/dev/zero', join(dir, 'photo.jpg'));
    fifo('pipe.jpg');
    await assert.rejects(readImageHead(join(dir, 'photo.jpg')), RefusedFileError);
    await assert.rejects(readImageHead(join(dir, 'pipe.jpg')), RefusedFileError);
    const text = '写真です\n![x](photo.jpg)\n![y](pipe.jpg)\n';
    const t0 = performance.now();
    const r = await lint(text, { rules: allRules, config: defaultConfig(), services: createNodeServices(), filePath: join(dir, 'a.post.md') });
    assert.ok(performance.now() - t0 < 2000);
    assert.equal(r.findings.filter((f) => f.rule === 'pii/photo-metadata').length, 2);
  });

  it('reads only the head of a large image', async () => {
    writeFileSync(join(dir, 'big.jpg'), Buffer.alloc(READ_CAPS.imageHead * 4, 1));
    assert.equal((await readImageHead(join(dir, 'big.jpg'))).length, READ_CAPS.imageHead);
  });
});
