// Where the CLI reads (issue 14). What a post or config points at (images, `extends`) and posts found by walking a
// folder must really lie in the repository (the nearest folder with .git, else the current folder, or the file's own
// folder when it is not under the current one) or in a folder named on the command line; a file named on the command
// line is read wherever it is.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside, isRealPathInside, realPathOf } from '../io/confine';

/** Characters that make an input a glob (tinyglobby's syntax): its folder part before them is its base. */
const GLOB_MAGIC = /[*?[\]{}()!+@]/;

export class CliScope {
  /** Files named on the command line, as given and as real paths (a link named by the user is read). */
  private readonly files = new Set<string>();
  /** Folders named on the command line (or a glob's base): the user asked for what is in them. */
  private readonly dirs: string[] = [];
  private readonly repos = new Map<string, string>();
  private readonly realRoots = new Map<string, readonly string[]>();

  constructor(named: readonly string[]) {
    for (const input of named) {
      let isDir: boolean | undefined;
      try {
        isDir = statSync(input).isDirectory();
      } catch {
        isDir = undefined;
      }
      if (isDir) this.dirs.push(resolve(input));
      else if (isDir === false) this.files.add(resolve(input)).add(realPathOf(input));
      else this.dirs.push(resolve(globBase(input)));
    }
  }

  /**
   * The nearest folder at or above the file's folder that holds .git; without one, the current folder, or the file's
   * own folder for a file elsewhere (a post named in /tmp keeps the images beside it).
   */
  repoRootOf(path: string): string {
    const start = dirname(resolve(path));
    let root = this.repos.get(start);
    if (root === undefined) {
      root = isInside(start, [process.cwd()]) ? process.cwd() : start;
      for (let dir = start; ; dir = dirname(dir)) {
        if (existsSync(join(dir, '.git'))) {
          root = dir;
          break;
        }
        if (dirname(dir) === dir) break;
      }
      this.repos.set(start, root);
    }
    return root;
  }

  /** The folders a post or config at `path` may make the CLI read from (images, extends). */
  rootsFor(path: string): readonly string[] {
    return [this.repoRootOf(path), ...this.dirs];
  }

  /** A post file may be read: named on the command line, or really inside its roots (a walked link out is not). */
  mayRead(path: string): boolean {
    const abs = resolve(path);
    if (this.files.has(abs)) return true;
    const real = realPathOf(abs);
    return this.files.has(real) || isRealPathInside(real, this.realRootsFor(abs));
  }

  /** rootsFor's real paths, resolved once per folder (every post of a folder is checked against the same roots). */
  private realRootsFor(path: string): readonly string[] {
    const dir = dirname(resolve(path));
    let roots = this.realRoots.get(dir);
    if (!roots) this.realRoots.set(dir, (roots = this.rootsFor(path).map(realPathOf)));
    return roots;
  }
}

/** `posts/**\/*.post.md` → `posts`; `*.post.md` → `.`. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => GLOB_MAGIC.test(p));
  const base = parts.slice(0, i < 0 ? parts.length - 1 : i).join('/');
  return base === '' && pattern.startsWith('/') ? '/' : base || '.';
}
