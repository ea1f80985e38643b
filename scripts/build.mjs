// Builds everything a fresh clone needs: tsc for tests/CLI types, esbuild bundles for the extension and CLI.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Type-check and emit out/ (used by the mocha suites). Type errors fail the build, after bundling.
let typeErrors = false;
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
} catch {
  typeErrors = true;
}

// JSON Schema for .postpolicy.json / .yaml, generated from the zod schema (see scripts/build-schema.mjs).
await import('./build-schema.mjs').then((m) => m.buildSchema());

mkdirSync(join(root, 'dist'), { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Smaller bundles parse faster, and the .vsix stays small.
  minify: true,
  logLevel: 'warning',
  // Prefer ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  // ESM dependencies bundled into CJS read import.meta.url; give them this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: [noCoreJs()],
};

/** twitter-text pulls in core-js ES2015 polyfills; Node 20 has all of them, and loading them costs start-up time. */
function noCoreJs() {
  return {
    name: 'no-core-js',
    setup(b) {
      b.onResolve({ filter: /^core-js\// }, (args) => ({ path: args.path, namespace: 'no-core-js' }));
      b.onLoad({ filter: /.*/, namespace: 'no-core-js' }, () => ({ contents: '', loader: 'js' }));
    },
  };
}
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/client.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'dist/server.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(root, 'dist/cli.js') }),
]);
// --- kuromoji dictionary (issue 4, owner: pii/morphology) ---------------------------------------------
// The bundle loads IPADIC from dist/dict/. Files are stored decompressed: the VSIX is a zip anyway, and skipping
// gunzip at start-up saves ~400 ms of "names ready" (server/src/morphology/kuromoji.ts reads .dat or .dat.gz).
{
  const from = join(root, 'node_modules/kuromoji/dict');
  const to = join(root, 'dist/dict');
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from).filter((n) => n.endsWith('.dat.gz'))) {
    writeFileSync(join(to, f.slice(0, -3)), gunzipSync(readFileSync(join(from, f))));
  }
}
// --- end kuromoji dictionary -----------------------------------------------------------------------------
if (typeErrors) {
  console.error('build: TypeScript reported errors (see above)');
  process.exit(1);
}
