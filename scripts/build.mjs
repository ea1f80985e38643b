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
/**
 * dist/server.js only: yaml (the front-matter parser) is initialised on first use, not at start-up, so a post
 * without front matter is published without it. A shim re-exports what engine/frontMatter.ts imports; esbuild
 * fails the build if that file starts importing something the shim lacks.
 */
function lazyYaml() {
  const shim = `let real;
const yaml = () => (real ??= require('yaml'));
export const parseDocument = (...args) => yaml().parseDocument(...args);
export const isMap = (node) => yaml().isMap(node);
export const isScalar = (node) => yaml().isScalar(node);
export function LineCounter() { return new (yaml().LineCounter)(); }`;
  return {
    name: 'lazy-yaml',
    setup(b) {
      // The shim's own require('yaml') resolves normally (to the real package, bundled as a lazy module).
      b.onResolve({ filter: /^yaml$/ }, (args) => (args.namespace === 'lazy-yaml' ? undefined : { path: 'yaml', namespace: 'lazy-yaml' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({ contents: shim, loader: 'js', resolveDir: root }));
    },
  };
}

/** Fails the build when the first-stage server bundle pulls in what belongs to the engine bundle. */
function checkServerStage(result) {
  const heavy = /node_modules\/(zod|re2js|libphonenumber-js|@holiday-jp|exifr|kuromoji|jsonc-parser)\/|server\/src\/(config\/load|rules\/(pii|policy|team)|morphology|lsp\/postService)/;
  const inputs = Object.keys(result.metafile.inputs).filter((f) => heavy.test(f));
  if (inputs.length > 0) throw new Error(`dist/server.js must stay small (see server/src/lsp/staging.ts); it includes: ${inputs.slice(0, 10).join(', ')}`);
}
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/client.js'), external: ['vscode'] }),
  // The language server starts in two stages (issue 2, server/src/lsp/staging.ts): dist/server.js is the LSP
  // wiring and the quick first pass only; the full engine is dist/engine.js, required at run time from
  // dist/server.js's folder (a computed path, so it is not bundled in). The check below keeps it that way.
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'dist/server.js'), metafile: true, plugins: [...common.plugins, lazyYaml()] }).then(checkServerStage),
  build({ ...common, entryPoints: [join(root, 'server/src/lsp/engine.ts')], outfile: join(root, 'dist/engine.js') }),
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
