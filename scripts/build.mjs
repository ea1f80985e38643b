// Builds everything a fresh clone needs: tsc for tests/CLI types, esbuild bundles for the extension and CLI.
import { build } from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
// Code caches of an earlier build (server/src/lsp/boot.ts); warmServer() below writes the new one.
rmSync(join(root, 'dist/.v8-cache'), { recursive: true, force: true });
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
export const visit = (...args) => yaml().visit(...args);
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
  const heavy = /node_modules\/(zod|re2js|libphonenumber-js|@holiday-jp|exifr|kuromoji)\/|server\/src\/(config\/load|rules\/(pii|policy|team)|morphology|lsp\/postService)/;
  const inputs = Object.keys(result.metafile.inputs).filter((f) => heavy.test(f));
  if (inputs.length > 0) throw new Error(`dist/server.js must stay small (see server/src/lsp/staging.ts); it includes: ${inputs.slice(0, 10).join(', ')}`);
}
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/client.js'), external: ['vscode'] }),
  // The language server starts in two stages (issue 2, server/src/lsp/staging.ts): dist/server-core.js is the
  // LSP wiring and the quick first pass only; the full engine is dist/engine.js, required at run time from the
  // same folder (a computed path, so it is not bundled in). The check below keeps it that way. dist/server.js
  // is a small boot file that runs dist/server-core.js with a V8 code cache (server/src/lsp/boot.ts).
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'dist/server-core.js'), metafile: true, plugins: [...common.plugins, lazyYaml()] })
    .then(checkServerStage)
    .then(() => {
      const coreHash = createHash('sha256').update(readFileSync(join(root, 'dist/server-core.js'))).digest('hex').slice(0, 16);
      return build({ ...common, entryPoints: [join(root, 'server/src/lsp/boot.ts')], outfile: join(root, 'dist/server.js'), define: { ...common.define, __CORE_HASH__: JSON.stringify(coreHash) } });
    }),
  build({ ...common, entryPoints: [join(root, 'server/src/lsp/engine.ts')], outfile: join(root, 'dist/engine.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(root, 'dist/cli.js') }),
]);
await warmServer();

/**
 * Starts dist/server.js once (initialize, open a post, first publish) so it writes its V8 code cache for this
 * Node (dist/.v8-cache, see server/src/lsp/boot.ts); the first start after a build is then as fast as the next.
 * Another Node (VS Code's) writes its own cache on its first start. A failure here only costs that speed-up.
 */
async function warmServer() {
  const dir = mkdtempSync(join(tmpdir(), 'post-policy-warm-'));
  const proc = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (msg) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  try {
    await new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('no diagnostics within 10 s')), 10000);
      let out = '';
      proc.stdout.setEncoding('utf8');
      proc.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('"textDocument/publishDiagnostics"')) {
          clearTimeout(timeout);
          resolve();
        }
      });
      proc.on('error', reject);
      const rootUri = pathToFileURL(dir).toString();
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'warm' }], capabilities: {} } });
      send({ method: 'initialized', params: {} });
      const text = '---\ncategory: event\n---\n子育てひろばでクリスマス会を開催します🎄\n' + '漢'.repeat(141);
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri: `${rootUri}/warm.post.md`, languageId: 'postmd', version: 1, text } } });
    });
    // boot.ts writes the cache one second after start.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  } catch (e) {
    console.warn(`build: could not warm the server's code cache: ${e.message}`);
  } finally {
    send({ id: 2, method: 'shutdown' });
    send({ method: 'exit' });
    setTimeout(() => proc.kill(), 500).unref();
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- kuromoji dictionary (issue 4, owner: pii/morphology) ---------------------------------------------
// The bundle loads IPADIC from dist/dict/. Files are stored decompressed: the VSIX is a zip anyway, and skipping
// gunzip at start-up saves ~400 ms of "names ready" (server/src/morphology/kuromoji.ts reads .dat or .dat.gz).
{
  const from = join(root, 'node_modules/kuromoji/dict');
  const to = join(root, 'dist/dict');
  mkdirSync(to, { recursive: true });
  // kuromoji pads its files with zeros to a power of two (26 of the 96 MB): the manifest says where each file's data
  // ends, so the CLI reads only that part into zero-filled shared memory (server/src/morphology/kuromoji.ts).
  const manifest = {};
  for (const f of readdirSync(from).filter((n) => n.endsWith('.dat.gz'))) {
    const bytes = gunzipSync(readFileSync(join(from, f)));
    writeFileSync(join(to, f.slice(0, -3)), bytes);
    let end = bytes.length;
    while (end > 0 && bytes[end - 1] === 0) end--;
    manifest[f.slice(0, -3)] = { size: bytes.length, dataEnd: end };
  }
  writeFileSync(join(to, 'data-end.json'), JSON.stringify(manifest));
}
// --- end kuromoji dictionary -----------------------------------------------------------------------------
// The policy rules' word classes, compiled once here instead of in every thread at start-up (read by the bundles from
// dist/, see server/src/rules/policy/nlp/shippedWordClasses.ts); uses the tsc output above and the same dictionary.
{
  const require = createRequire(import.meta.url);
  const { loadMorphology } = require(join(root, 'out/server/src/morphology/index.js'));
  const { wordClassData } = require(join(root, 'out/server/src/rules/policy/nlp/wordClasses.js'));
  const morphology = await loadMorphology();
  const data = morphology && wordClassData(morphology);
  if (data) writeFileSync(join(root, 'dist/word-classes.json'), JSON.stringify(data));
  else rmSync(join(root, 'dist/word-classes.json'), { force: true });
}
if (typeErrors) {
  console.error('build: TypeScript reported errors (see above)');
  process.exit(1);
}
