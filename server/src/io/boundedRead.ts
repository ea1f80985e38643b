// Reads files from a repository without trusting it: only regular files (a symlink to /dev/zero, a FIFO or
// /dev/stdin would otherwise be read without end or block forever), and never more than a cap per kind.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Largest file read per kind, in bytes: a config or post far above these is an attack, not a team file. */
export const READ_CAPS = {
  config: 1024 * 1024,
  post: 4 * 1024 * 1024,
  /** Images are never read whole: metadata (EXIF, XMP, GPS) sits in the first blocks of JPEG/PNG/HEIC files. */
  imageHead: 512 * 1024,
} as const;

export type ReadKind = 'config' | 'post';

/** Why a file that exists was not read (message in Japanese, shown to the user). */
export class RefusedFileError extends Error {
  constructor(readonly path: string, readonly reason: 'not-regular' | 'too-large' | 'outside', message: string) {
    super(message);
    this.name = 'RefusedFileError';
  }
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (the fstat check then refuses it).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindName(kind: ReadKind | 'image'): string {
  return kind === 'config' ? '設定ファイル' : kind === 'post' ? '投稿ファイル' : '画像ファイル';
}

function refuseSpecial(path: string, kind: ReadKind | 'image'): RefusedFileError {
  return new RefusedFileError(path, 'not-regular', `${kindName(kind)} ${path} は通常のファイルではない（デバイス・FIFO など）ため、読み込みませんでした。`);
}

function refuseLarge(path: string, kind: ReadKind, size: number): RefusedFileError {
  const cap = READ_CAPS[kind];
  return new RefusedFileError(path, 'too-large', `${kindName(kind)} ${path} は大きすぎる（${Math.ceil(size / 1024)} KB、上限 ${cap / 1024} KB）ため、読み込みませんでした。`);
}

/**
 * The UTF-8 text of a regular file, undefined when it does not exist (or cannot be opened);
 * throws RefusedFileError for a device, FIFO, socket or directory, or a file above the kind's cap.
 */
export function readBoundedText(path: string, kind: ReadKind): string | undefined {
  const bytes = readBoundedBytes(path, kind);
  return bytes && stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** The bytes of a regular file, with the same checks and caps as readBoundedText (posts decode them as the editor does). */
export function readBoundedBytes(path: string, kind: ReadKind): Uint8Array | undefined {
  let pre;
  try {
    pre = statSync(path);
  } catch {
    return undefined;
  }
  // Refuse before opening: opening some devices has side effects.
  if (!pre.isFile()) {
    if (pre.isDirectory()) return undefined;
    throw refuseSpecial(path, kind);
  }
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    // The file may have been swapped between stat and open: check what was actually opened.
    const st = fstatSync(fd);
    if (!st.isFile()) throw refuseSpecial(path, kind);
    const cap = READ_CAPS[kind];
    if (st.size > cap) throw refuseLarge(path, kind, st.size);
    // Read at most cap + 1 bytes even if the file grows meanwhile.
    const buf = Buffer.allocUnsafe(Math.min(cap + 1, Math.max(st.size, 0) + 4096));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      // All the bytes fstat announced: done, without one more call to find the end (a syscall per post in the CLI).
      // A size of 0 says nothing (files of /proc), so those are read to the end.
      if (n === st.size) break;
    }
    if (n > cap) throw refuseLarge(path, kind, n);
    return new Uint8Array(buf.buffer, buf.byteOffset, n);
  } finally {
    closeSync(fd);
  }
}

/** A UTF-8 BOM is not part of the content (editors hide it; JSON.parse and YAML would reject it). */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first `READ_CAPS.imageHead` bytes of a regular file (enough for its metadata); throws when missing or refused. */
export async function readImageHead(path: string): Promise<Uint8Array> {
  const pre = statSync(path);
  if (!pre.isFile()) throw refuseSpecial(path, 'image');
  const handle = await open(path, OPEN_FLAGS);
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw refuseSpecial(path, 'image');
    const buf = Buffer.alloc(Math.min(READ_CAPS.imageHead, st.size));
    let n = 0;
    while (n < buf.length) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, n);
  } finally {
    await handle.close();
  }
}
