import assert from 'node:assert/strict';
import type { LintServices } from '../../../server/src/engine/rule';
import { clearPhotoMetadataCache, readPhotoMetadata } from '../../../server/src/rules/pii/photoMetadata';
import { covered } from '../helpers';
import { jpegWith } from './jpeg';
import { lintPii, rule } from './util';

const photo = rule('pii/photo');
const meta = rule('pii/photo-metadata');

/** A file system of a few files: missing paths reject like fs.readFile does. */
function files(map: Record<string, Uint8Array>): LintServices {
  return {
    readFile: async (p) => {
      if (!(p in map)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return map[p];
    },
  };
}

describe('pii/photo and pii/photo-metadata', () => {
  beforeEach(() => clearPhotoMetadataCache());

  it('reads GPS and capture time with exifr', async () => {
    assert.deepEqual(await readPhotoMetadata(jpegWith({ gps: true, time: true })), { gps: true, captureTime: true });
    assert.deepEqual(await readPhotoMetadata(jpegWith({ gps: false, time: true })), { gps: false, captureTime: true });
    assert.deepEqual(await readPhotoMetadata(jpegWith({ gps: false, time: false })), { gps: false, captureTime: false });
    assert.equal(await readPhotoMetadata(new TextEncoder().encode('not an image')), undefined);
  });

  it('reminds about consent for every image unless photo_consent: true', async () => {
    const body = '運動会の様子です🏃\n![かけっこ](images/run.jpg)\n---\n2投稿目\n![表彰式](images/prize.png)\n';
    const findings = await lintPii(body, { rules: [photo] });
    assert.deepEqual(findings.map((f) => [f.severity, covered(body, f)]), [
      ['info', '![かけっこ](images/run.jpg)'],
      ['info', '![表彰式](images/prize.png)'],
    ]);
    assert.match(findings[0].message, /肖像権/);
    assert.match(findings[0].message, /［上尾市保育課 X 運用基準 5\(2\)ウ］$/);
    assert.deepEqual(await lintPii(`---\nphoto_consent: true\n---\n${body}`, { rules: [photo] }), []);
    assert.equal((await lintPii(`---\nphoto_consent: "はい"\n---\n${body}`, { rules: [photo] })).length, 2, 'only the boolean true counts');
  });

  it('warns when a local image carries GPS or a capture time, says how to strip it, and names no coordinates', async () => {
    const text = '写真です\r\n![a](gps.jpg)\r\n![b](time.jpg)\r\n![c](clean.jpg)\r\n![d](https://example.jp/x.jpg)\r\n';
    const services = files({ '/posts/gps.jpg': jpegWith({ gps: true, time: true }), '/posts/time.jpg': jpegWith({ gps: false, time: true }), '/posts/clean.jpg': jpegWith({ gps: false, time: false }) });
    const findings = await lintPii(text, { rules: [meta], services, filePath: '/posts/a.post.md' });
    assert.deepEqual(findings.map((f) => [f.severity, covered(text, f)]), [
      ['warning', '![a](gps.jpg)'],
      ['warning', '![b](time.jpg)'],
    ]);
    assert.match(findings[0].message, /位置情報（GPS）と撮影日時/);
    assert.match(findings[0].message, /exiftool/);
    assert.ok(!/35|139/.test(findings[0].message));
    assert.match(findings[1].message, /撮影日時/);
    assert.ok(!findings[1].message.includes('GPS'));
    // No fix of its own (only whatever generic suppression the engine adds): stripping metadata needs a tool.
    assert.deepEqual(findings[0].fixes.filter((f) => !f.edits.some((e) => e.newText.includes('post-policy-disable'))), []);
  });

  it('a missing or unreadable image is a diagnostic on its path, not a crash', async () => {
    const text = '![a](nothere.jpg)\n![b](broken.jpg)';
    const services = files({ '/p/broken.jpg': new TextEncoder().encode('garbage') });
    const findings = await lintPii(text, { rules: [meta], services, filePath: '/p/x.post.md' });
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, covered(text, f)]), [
      ['pii/photo-metadata', 'warning', 'nothere.jpg'],
      ['pii/photo-metadata', 'info', 'broken.jpg'],
    ]);
  });

  it('without a file system (or a file path) the metadata rule stays silent', async () => {
    assert.deepEqual(await lintPii('![a](gps.jpg)', { rules: [meta] }), []);
  });
});
