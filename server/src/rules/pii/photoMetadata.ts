// pii/photo-metadata: a local JPEG/PNG/HEIC whose metadata carries GPS coordinates or a capture time
// (read with exifr). A missing or unreadable image is reported, never thrown; one outside the workspace is not read.
import exifr from 'exifr';
import { dirname, resolve } from 'node:path';
import type { Rule } from '../../engine/rule';
import { isInside, outsideMessage, realPathOf } from '../../io/confine';
import { CLAUSE_PERSONAL } from './common';

const IMAGE_EXT = /\.(?:jpe?g|png|heic|heif|tiff?|avif|webp)$/i;

export interface PhotoMetadata {
  gps: boolean;
  captureTime: boolean;
}

type ReadResult = { ok: true; meta: PhotoMetadata } | { ok: false; reason: 'missing' | 'unreadable' };

/** Per-process cache: a keystroke in the post must not re-read every image. Entries expire after a few seconds. */
const cache = new Map<string, { at: number; result: Promise<ReadResult> }>();
const TTL_MS = 3000;

/** Reads GPS and capture-time presence from image bytes; undefined when the format is not understood. */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata | undefined> {
  try {
    const meta = (await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: true,
      xmp: true,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      translateValues: false,
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
    if (!meta) return { gps: false, captureTime: false };
    const has = (k: string) => meta[k] !== undefined && meta[k] !== null && meta[k] !== '';
    return {
      gps: has('latitude') || has('GPSLatitude') || has('longitude') || has('GPSLongitude'),
      captureTime: has('DateTimeOriginal') || has('CreateDate') || has('DateTimeDigitized') || has('DateCreated'),
    };
  } catch {
    return undefined;
  }
}

function load(path: string, readFile: (p: string) => Promise<Uint8Array>): Promise<ReadResult> {
  const now = Date.now();
  const hit = cache.get(path);
  if (hit && now - hit.at < TTL_MS) return hit.result;
  const result = (async (): Promise<ReadResult> => {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      return { ok: false, reason: 'missing' };
    }
    const meta = await readPhotoMetadata(bytes);
    return meta ? { ok: true, meta } : { ok: false, reason: 'unreadable' };
  })();
  if (cache.size > 200) cache.clear();
  cache.set(path, { at: now, result });
  return result;
}

/** Forgets cached metadata (tests; a file watcher could call it). */
export function clearPhotoMetadataCache(): void {
  cache.clear();
}

export const photoMetadata: Rule = {
  id: 'pii/photo-metadata',
  description: '添付画像に位置情報（GPS）や撮影日時のメタデータが残っていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  async check(ctx) {
    const readFile = ctx.services.readFile;
    if (!readFile || !ctx.filePath) return;
    const roots = ctx.readRoots ?? [dirname(ctx.filePath)];
    for (const post of ctx.doc.posts) {
      for (const image of post.images) {
        const raw = image.path.trim().replace(/^<(.*)>$/, '$1').replace(/\s+"[^"]*"$/, '');
        if (!raw || /^[a-z][a-z0-9+.-]*:/i.test(raw)) continue;
        let decoded = raw;
        try {
          decoded = decodeURI(raw);
        } catch {
          /* keep as written */
        }
        const path = resolve(dirname(ctx.filePath), decoded);
        // Every local path, whatever its extension, is checked (the preview would show it): symlinks count where they point.
        if (!isInside(path, roots)) {
          ctx.report({
            message: `${outsideMessage(raw)}（位置情報・撮影日時は確認していません。画像はワークスペースの中に置いてください）`,
            range: image.pathRange,
            severity: 'warning',
          });
          continue;
        }
        if (!IMAGE_EXT.test(raw.split(/[?#]/)[0])) continue;
        // The checked real path is read, so no `..` or link is followed after the check.
        const result = await load(realPathOf(path), readFile);
        if (!result.ok) {
          ctx.report({
            message:
              result.reason === 'missing'
                ? '画像ファイルが見つからないため、位置情報・撮影日時が残っていないか確認できません。パスを確認してください'
                : '画像ファイルのメタデータを読み取れないため、位置情報・撮影日時が残っていないか確認できません',
            range: image.pathRange,
            severity: result.reason === 'missing' ? 'warning' : 'info',
          });
          continue;
        }
        const { gps, captureTime } = result.meta;
        if (!gps && !captureTime) continue;
        const what = gps && captureTime ? '位置情報（GPS）と撮影日時' : gps ? '位置情報（GPS）' : '撮影日時';
        ctx.report({
          message:
            `画像に${what}が記録されています。撮影場所・日時が特定されるおそれがあります。` +
            '投稿前にメタデータを削除してください（例: exiftool -all= 画像ファイル、スマートフォンでは位置情報を含めずに書き出す）',
          range: image.range,
        });
      }
    }
  },
};
