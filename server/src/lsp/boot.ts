// Entry of dist/server.js: starts the first stage (dist/server-core.js, built from server.ts) with a V8 code
// cache, so its compile and the lazy compiles of its start-up functions are read instead of redone.
//
// Why (issue 2): of the ~70 ms between Node's own start and the first publish, most is compiling and
// initialising the first stage (vscode-languageserver alone is ~190 KB); with the cache the first publish
// comes ~20–35 ms sooner on the 2-core reference machine (measured with out/bench/server.js).
//
// Safety: V8 accepts a cache only for the same V8 version and flags and a source of the same length, so the
// cache file name also carries a hash of dist/server-core.js (computed by scripts/build.mjs) — a cache is
// never used with another build of the code. V8 does not compare file names: a cache brings back the name of
// the script it was written from, and stack traces would name that folder (the build's, or an install since
// copied or moved), so the file name carries a hash of this install's path too. Any problem (no cache yet,
// rejected, unwritable folder) just means a normal compile; the cache is (re)written a moment after start-up,
// once the start-up functions have been compiled. The build writes the first one (scripts/build.mjs warms the
// server once).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

declare const __CORE_HASH__: string | undefined;

const CORE_FILE = join(__dirname, 'server-core.js');
/** Set by the build (esbuild define); undefined when run from tsc output, which then compiles without a cache. */
const coreHash = typeof __CORE_HASH__ === 'string' ? __CORE_HASH__ : undefined;
const CACHE_DIR = join(__dirname, '.v8-cache');
const cacheFile = coreHash && join(CACHE_DIR, `server-core-${coreHash}-${pathHash(CORE_FILE)}-${process.arch}-v8-${process.versions.v8}.bin`);
/** After start-up (first publish included), so the cache holds the functions compiled on the way. */
const WRITE_CACHE_AFTER_MS = 1000;

/** FNV-1a of the install path, 8 hex digits (node:crypto would cost start-up time for no benefit here). */
function pathHash(path: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function readCache(): Buffer | undefined {
  try {
    return cacheFile ? readFileSync(cacheFile) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script: Script): void {
  if (!cacheFile) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename: servers starting at the same moment never read a half-written file.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // Read-only install: start without a cache.
  }
}

// Started by hand without a transport, vscode-languageserver would throw and print a line of the minified bundle.
const TRANSPORT = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/;
if (!process.argv.slice(2).some((a) => TRANSPORT.test(a))) {
  process.stderr.write('使い方: node dist/server.js --stdio | --node-ipc | --socket=<ポート> | --pipe=<名前>  (Post Policy の言語サーバー。エディターの LSP クライアントから起動します)\n');
  process.exit(2);
}

const source = readFileSync(CORE_FILE, 'utf8');
const cachedData = readCache();
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: CORE_FILE, cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) setTimeout(() => writeCache(script), WRITE_CACHE_AFTER_MS).unref();
const coreModule = { exports: {} as unknown };
(script.runInThisContext() as (...args: unknown[]) => void).call(coreModule.exports, coreModule.exports, createRequire(CORE_FILE), coreModule, CORE_FILE, __dirname);
