// Posts on disk for "lint the whole workspace" (issue 11): every `*.post.md` under the workspace folders, read
// exactly as the CLI reads them (UTF-8, BOM stripped), so the Problems panel shows what `post-policy check` shows.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPostFile } from '../io/postFile';

export const POST_SUFFIX = '.post.md';
/** Folders never searched: dependencies, and hidden folders (.git, editor caches…). */
const SKIP_DIR = (name: string) => name === 'node_modules' || name.startsWith('.');
/** A bound, so a workspace opened at `/` cannot hang the server. */
export const MAX_WORKSPACE_POSTS = 5000;

/** Absolute paths of the posts under `dirs` (sorted, without duplicates), at most MAX_WORKSPACE_POSTS. */
export function findPosts(dirs: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable or gone
    }
    for (const e of entries) {
      if (found.size >= MAX_WORKSPACE_POSTS) return;
      if (e.isDirectory()) {
        if (!SKIP_DIR(e.name)) walk(join(dir, e.name));
      } else if (e.isFile() && e.name.endsWith(POST_SUFFIX)) found.add(join(dir, e.name));
    }
  };
  for (const d of dirs) walk(d);
  return [...found].sort();
}

/** The text of a post file as the engine lints it, or undefined when it cannot be read. */
export function readPostText(path: string): string | undefined {
  try {
    return readPostFile(path)?.text;
  } catch {
    return undefined;
  }
}

/** True for a path the workspace scan would include (a post outside node_modules and hidden folders). */
export function isWorkspacePostPath(path: string, dirs: readonly string[]): boolean {
  if (!path.endsWith(POST_SUFFIX)) return false;
  const root = dirs.find((d) => path.startsWith(d.endsWith('/') ? d : `${d}/`));
  if (!root) return false;
  const parts = path.slice(root.length).split('/').filter(Boolean).slice(0, -1);
  return !parts.some(SKIP_DIR);
}
