// Reads stay inside the workspace: a path counts where it really is (symlinks resolved), so `../`, absolute paths
// and links that leave the workspace folders (or the repository, in the CLI) are refused before anything is read.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

// One realpath(3) call instead of an lstat per path component (the CLI resolves every post file several times).
// Windows keeps the JS version: the native one turns mapped drives into UNC paths.
const realpath = process.platform === 'win32' ? realpathSync : realpathSync.native;

/**
 * Where `path` really is: its real path, or for a path that does not exist, the real path of its nearest existing
 * folder with the rest appended (so a missing file outside is refused like an existing one, revealing nothing).
 */
export function realPathOf(path: string): string {
  const full = resolve(path);
  try {
    return realpath(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realPathOf(parent), basename(full));
  }
}

/** True when `path` (resolved as realPathOf does) is one of `roots` or inside one. */
export function isInside(path: string, roots: readonly string[]): boolean {
  return isRealPathInside(realPathOf(path), roots.map(realPathOf));
}

/** isInside for paths already resolved by realPathOf (callers that check many files against the same roots). */
export function isRealPathInside(real: string, realRoots: readonly string[]): boolean {
  return realRoots.some((root) => {
    const rel = relative(root, real);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  });
}

/** The finding's text for a refused path: the path as written, never anything read from it. */
export function outsideMessage(shown: string): string {
  return `ワークスペースの外のファイルは読みません: ${shown}`;
}
