// `npm run pack:cli` → post-policy-<version>.tgz: the CLI as a self-contained npm package for an office's own posts
// repository (`npm i -D ./post-policy-<version>.tgz`, then `npx post-policy check posts/`). The bundle carries every
// dependency and the dictionary, so the tarball declares none and installs offline.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stage = join(root, '.cache/pack/post-policy');
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });

cpSync(join(root, 'scripts/hooks'), join(stage, 'hooks'), { recursive: true });
for (const path of ['bin/post-policy.js', 'dist/cli.js', 'dist/dict', 'dist/word-classes.json', 'docs', 'schemas', 'README.md', 'LICENSE']) {
  cpSync(join(root, path), join(stage, path), { recursive: true });
}
writeFileSync(
  join(stage, 'package.json'),
  `${JSON.stringify(
    {
      name: pkg.name,
      version: pkg.version,
      description: 'X 投稿ポリシーチェッカー（自治体向け）の CLI: post-policy check / approve / init / config',
      license: pkg.license,
      bin: { 'post-policy': 'bin/post-policy.js' },
      engines: { node: pkg.engines.node },
      keywords: pkg.keywords,
    },
    null,
    2,
  )}\n`,
);
const out = execFileSync('npm', ['pack', '--pack-destination', root, '--silent'], { cwd: stage, encoding: 'utf8' }).trim();
process.stdout.write(`${out}\n`);
