// The package version, read from the package.json above this file (dist/ and out/ both sit under the package).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findVersion(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'post-policy' && pkg.version) return pkg.version;
  }
  return '0.0.0';
}

export const VERSION: string = findVersion();
