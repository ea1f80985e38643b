// Locates the repository root (and the shared/ folder beside it) from compiled tests in out/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('/out') || dir.includes('/out/')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** `../shared/` beside the checkout, as on developer machines and in CI. */
export function sharedDir(): string {
  return join(repoRoot(), '..', 'shared');
}

/** X's conformance data, copied unchanged into the repository (source and licence: its README.md). */
export function conformanceDir(): string {
  return join(repoRoot(), 'test', 'fixtures', 'conformance');
}
