// Where the language server reads files a post or config points at (images, `extends`): the workspace folders.
import { dirname, resolve, sep } from 'node:path';

/** The workspace folders when `path` lies in one; a file opened on its own (in no folder) gets its own folder. */
export function workspaceRootsFor(path: string, dirs: readonly string[]): readonly string[] {
  const abs = resolve(path);
  const inWorkspace = dirs.some((d) => abs === resolve(d) || abs.startsWith(resolve(d).replace(/[\\/]?$/, sep)));
  return inWorkspace ? dirs : [dirname(abs)];
}
