// Attached images on disk: where a post's image path points, and a data: URI for the self-contained report.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { ImageAttachment } from '../engine/document';
import { isInside, realPathOf } from '../io/confine';

/**
 * The file an image line points at (relative to the post), as its real path; undefined for remote URLs and other
 * schemes (never fetched), and for a file outside `roots` (the workspace): the preview and report never show it.
 */
export function imagePath(postFile: string, image: ImageAttachment, roots: readonly string[]): string | undefined {
  const path = image.path.trim();
  if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  const abs = resolve(dirname(resolve(postFile)), decodeURIComponentSafe(path));
  return isInside(abs, roots) ? realPathOf(abs) : undefined;
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp' };
/** Larger images are named by path instead of inlined (X's own photo limit is 5 MB). */
const MAX_INLINE_BYTES = 5 * 1024 * 1024;

/** A data: URI for an image beside the post, or undefined (missing, outside `roots`, not an image type X takes, too large, remote). */
export function imageDataUri(postFile: string, image: ImageAttachment, roots: readonly string[]): string | undefined {
  const abs = imagePath(postFile, image, roots);
  const mime = abs ? MIME[extname(image.path.trim()).toLowerCase()] : undefined;
  if (!abs || !mime) return undefined;
  try {
    // Regular files only: a FIFO named photo.jpg would block the read forever.
    const st = statSync(abs);
    if (!st.isFile() || st.size > MAX_INLINE_BYTES) return undefined;
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
