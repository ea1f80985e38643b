// `npm run bench`: runs every compiled benchmark in out/bench/ one after another, in its own process.
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'out', 'bench');
const skip = new Set(['stats.js']);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && !skip.has(f)).sort()) {
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, ['--expose-gc', join(dir, file)], { stdio: 'inherit', cwd: root });
}
