// Attached images on disk: where a post's image path points, and a data: URI for the self-contained report.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import type { ImageAttachment } from '../engine/document';

/** The file an image line points at (relative to the post), or undefined for remote URLs and other schemes (never fetched). */
export function imagePath(postFile: string, image: ImageAttachment): string | undefined {
  const path = image.path.trim();
  if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  return isAbsolute(path) ? path : resolve(dirname(resolve(postFile)), decodeURIComponentSafe(path));
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp' };
/** Larger images are named by path instead of inlined (X's own photo limit is 5 MB). */
const MAX_INLINE_BYTES = 5 * 1024 * 1024;

/** A data: URI for an image beside the post, or undefined (missing, not an image type X takes, too large, remote). */
export function imageDataUri(postFile: string, image: ImageAttachment): string | undefined {
  const abs = imagePath(postFile, image);
  const mime = abs ? MIME[extname(abs).toLowerCase()] : undefined;
  if (!abs || !mime) return undefined;
  try {
    if (statSync(abs).size > MAX_INLINE_BYTES) return undefined;
    return `data:${mime};base64,${readFileSync(abs).toString('base64')}`;
  } catch {
    return undefined;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

