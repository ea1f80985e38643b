// The *.post.md files of a folder for `check DIR` and `report DIR`. Symlinked folders are followed only while they
// stay inside the folder (an `up -> ..` link does not lead out), and each real file is listed once, so a link loop
// ends and no post is checked twice. Hidden entries and node_modules are skipped, as before.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isInside, realPathOf } from '../io/confine';

const POST_SUFFIX = '.post.md';
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Paths (relative to `dir`, sorted) of the posts under it, one per real file; links are visited after every plain
 * entry, so a file keeps its plain name.
 */
export function walkPosts(dir: string): string[] {
  return walkPostsWithRealPaths(dir).map((p) => p.rel);
}

/** walkPosts with each file's real path (the caller dedupes files named twice without resolving them again). */
export function walkPostsWithRealPaths(dir: string): { rel: string; real: string }[] {
  const found: { rel: string; real: string }[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const links: string[] = [];
  const addFile = (rel: string, real = realPathOf(join(dir, rel))) => {
    if (seen.has(real)) return;
    seen.add(real);
    found.push({ rel, real });
  };
  const walkDir = (rel: string) => {
    const real = realPathOf(join(dir, rel));
    if (visited.has(real) || !isInside(real, [dir])) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return; // unreadable or gone
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (skipped(e.name)) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) links.push(child);
      else if (e.isDirectory()) walkDir(child);
      // A plain entry of a folder whose real path is known needs no realpath call of its own.
      // FIFOs and devices too: the reader refuses them with a finding.
      else if (e.name.endsWith(POST_SUFFIX)) addFile(child, join(real, e.name));
    }
  };
  walkDir('');
  // Links last (each may add more): a folder link is walked only inside `dir`; a file link is listed and the reader
  // refuses it when it leads out of the repository.
  for (let i = 0; i < links.length; i++) {
    let isDir = false;
    try {
      isDir = statSync(join(dir, links[i])).isDirectory();
    } catch {
      /* a dangling link: listed if it is named like a post (the reader reports it) */
    }
    if (isDir) walkDir(links[i]);
    else if (links[i].endsWith(POST_SUFFIX)) addFile(links[i]);
  }
  return found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
