#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
//
// Desktop VS Code cannot be downloaded on these machines (npm registry + Debian apt only), so this script
// runs the same extension tests in VS Code's real extension host through code-server + headless Chromium:
//   1. parses the VS Code CLI arguments runTests passes (--extensionDevelopmentPath, --extensionTestsPath,
//      --user-data-dir, --extensions-dir, a workspace folder; everything else is accepted and ignored);
//   2. starts code-server (installed by scripts/editor/install-editor.sh) on 127.0.0.1 on a free port, in its
//      own process group, with a private HOME and `--vscode-option enable-smoke-test-driver`;
//   3. opens the workbench in /usr/bin/chromium via playwright-core with `?folder=…&payload=…`, which makes the
//      workbench load the development extension and run the tests in the extension host;
//   4. forwards code-server's stdout (the tests' output) and exits with the tests' exit code, which the
//      workbench reports through window.codeAutomationExit.
// It never skips silently: a missing editor or browser is an error that says what to install.
// See ../shared/notes/real-vscode-here.md.
//
// Environment: POST_POLICY_EDITOR_CACHE (default <repo>/.cache/editor), POST_POLICY_CHROMIUM (default
// /usr/bin/chromium), POST_POLICY_EDITOR_TIMEOUT_MS (default 300000), POST_POLICY_EDITOR_VERBOSE=1 (also show
// code-server's own log lines and the browser console).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const cacheDir = process.env.POST_POLICY_EDITOR_CACHE || path.join(repoRoot, '.cache', 'editor');
const chromiumPath = process.env.POST_POLICY_CHROMIUM || '/usr/bin/chromium';
const timeoutMs = Number(process.env.POST_POLICY_EDITOR_TIMEOUT_MS || 300_000);
const verbose = process.env.POST_POLICY_EDITOR_VERBOSE === '1';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function say(msg) {
  process.stderr.write(`[code-standin] ${msg}\n`);
}

/** Parses the subset of VS Code's CLI that runTests uses. Flags take `--flag=value` or `--flag value`. */
export function parseArgs(argv) {
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  const out = { extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folders: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      out.folders.push(path.resolve(a));
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (!valued.has(name)) {
      out.ignored.push(a);
      continue;
    }
    let value = eq === -1 ? argv[++i] : a.slice(eq + 1);
    if (value === undefined) throw new Error(`missing value for --${name}`);
    value = path.resolve(value);
    if (name === 'extensionDevelopmentPath') out.extensionDevelopmentPath.push(value);
    else if (name === 'extensionTestsPath') out.extensionTestsPath = value;
    else if (name === 'user-data-dir') out.userDataDir = value;
    else if (name === 'extensions-dir') out.extensionsDir = value;
  }
  return out;
}

/** Reads .cache/editor/editor.json (written by install-editor.sh) and checks the files exist. */
export function findEditor() {
  const installHint = `run: scripts/editor/install-editor.sh  (installs Node 24 and code-server into ${cacheDir}; needs 'apt-get install -y libkrb5-dev')`;
  const manifest = path.join(cacheDir, 'editor.json');
  if (!fs.existsSync(manifest)) throw new Error(`code-server is not installed (${manifest} missing); ${installHint}`);
  const editor = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  for (const f of [editor.node, editor.codeServerEntry]) {
    if (!fs.existsSync(f)) throw new Error(`code-server install is incomplete (${f} missing); ${installHint}`);
  }
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}; run: apt-get install -y chromium  (or set POST_POLICY_CHROMIUM)`);
  }
  return editor;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on loopback in its own process group (detached => setsid) with a private HOME.
 * Returns { child, port, url, stop() }. `onLine(stream, line)` receives its output line by line.
 */
export async function startCodeServer({ editor, userDataDir, extensionsDir, extraArgs = [], onLine, onSpawn, env = {}, home: homeDir }) {
  const port = await freePort();
  const home = homeDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'post-policy-cs-home-'));
  fs.mkdirSync(home, { recursive: true });
  const childEnv = { ...process.env, ...env, HOME: home, PATH: `${path.dirname(editor.node)}${path.delimiter}${process.env.PATH}` };
  // A PORT variable overrides --bind-addr; XDG_* would point code-server back at the real home.
  // No extension marketplace: the default (open-vsx.org) is unreachable here and not wanted in tests.
  childEnv.EXTENSIONS_GALLERY = '{}';
  for (const k of ['PORT', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'VSCODE_IPC_HOOK_CLI', 'ELECTRON_RUN_AS_NODE']) delete childEnv[k];
  const args = [
    editor.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ];
  const child = spawn(editor.node, args, { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  onSpawn?.(child);
  let exited = false;
  child.on('exit', () => { exited = true; });
  for (const [name, stream] of [['stdout', child.stdout], ['stderr', child.stderr]]) {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) !== -1) {
        onLine?.(name, buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
    });
    stream.on('end', () => { if (buf) onLine?.(name, buf); });
  }
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.pid === undefined) return;
    const kill = (sig) => { try { process.kill(-child.pid, sig); } catch { /* group gone */ } };
    const groupAlive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
    kill('SIGTERM');
    for (let i = 0; i < 50 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) kill('SIGKILL');
    fs.rmSync(home, { recursive: true, force: true });
  };
  // Wait until it answers HTTP (usually < 1 s).
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during startup (code ${child.exitCode})`);
    try {
      const res = await fetch(`${url}healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error('code-server did not start listening within 60 s'); }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { child, port, url, stop, home };
}

/** Launches headless Debian Chromium with a fresh profile. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'post-policy-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    // vscode.env.clipboard in the browser workbench is the page's clipboard (the preview's 「X 用にコピー」 test reads it).
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

// code-server's stdout mixes its own log lines with the extension host's output, which the VS Code server
// logs chunk by chunk as "[HH:MM:SS] [127.0.0.1][token][ExtensionHostConnection] <pid> CHUNK\n" (stderr chunks
// as "<pid><stderr> CHUNK"). This unwraps the chunks so the tests' output (mocha) reads as if printed directly,
// and keeps the server's own lines out of the way (shown with POST_POLICY_EDITOR_VERBOSE=1, or as the last
// lines of context when the run fails).
const EH_CHUNK = /^\[\d\d:\d\d:\d\d\] \[[^\]]*\]\[[^\]]*\]\[ExtensionHostConnection\] <\d+>(<stderr>)? (.*)$/;
const EH_LIFECYCLE = /^(Launched Extension Host Process\.|Extension Host Process exited with code|Extension Host Process had an error|\[reconnection-grace-time\])/;
const SERVER_LINE = /^(\[\d\d:\d\d:\d\d\] |\[\d{4}-\d\d-\d\dT[\d:.]+Z\] )/;

export class ExtensionHostOutput {
  constructor({ out, err, verbose = false, keep = 60 }) {
    Object.assign(this, { out, err, verbose, keep });
    this.mode = 'server';
    this.pendingBlank = 0;
    this.hidden = [];
  }
  hide(line) {
    if (this.verbose) this.err.write(`[code-server] ${line}\n`);
    this.hidden.push(line);
    if (this.hidden.length > this.keep) this.hidden.shift();
  }
  /** At a chunk boundary the logger's own trailing newline shows up as one blank line: drop it. */
  boundary() {
    const target = this.mode === 'stderr' ? this.err : this.out;
    if (this.mode !== 'server' && this.pendingBlank > 1) target.write('\n'.repeat(this.pendingBlank - 1));
    this.pendingBlank = 0;
  }
  emit(text) {
    const target = this.mode === 'stderr' ? this.err : this.out;
    if (this.pendingBlank) target.write('\n'.repeat(this.pendingBlank));
    this.pendingBlank = 0;
    target.write(text + '\n');
  }
  line(line) {
    const m = EH_CHUNK.exec(line);
    if (m && !EH_LIFECYCLE.test(m[2])) {
      this.boundary();
      this.mode = m[1] ? 'stderr' : 'stdout';
      this.emit(m[2]);
    } else if (m || SERVER_LINE.test(line)) {
      this.boundary();
      this.mode = 'server';
      this.hide(line);
    } else if (this.mode === 'server') {
      this.hide(line);
    } else if (line === '') {
      this.pendingBlank++;
    } else {
      this.emit(line);
    }
  }
  end() {
    this.boundary();
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    say(`bad arguments: ${e.message}`);
    return 2;
  }
  if (!opts.extensionTestsPath || opts.extensionDevelopmentPath.length === 0) {
    say('usage: code-standin.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]');
    return 2;
  }
  let editor;
  try {
    editor = findEditor();
  } catch (e) {
    say(`ERROR: ${e.message}`);
    return 3;
  }

  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'post-policy-standin-'));
  const userDataDir = opts.userDataDir ?? path.join(tmpRoot, 'user-data');
  const extensionsDir = opts.extensionsDir ?? path.join(tmpRoot, 'extensions');
  const folder = opts.folders[0] ?? path.join(tmpRoot, 'workspace');
  fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });

  // Last resort if this process dies abruptly: never leave code-server's process group behind.
  let csChild;
  const killGroup = () => { if (csChild?.pid) try { process.kill(-csChild.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.on('exit', killGroup);
  let cs;
  let browser;
  let finished = false;
  const cleanup = async () => {
    await browser?.close();
    if (cs) await cs.stop();
    else killGroup(); // start-up did not finish (e.g. the deadline passed)
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    say(`received ${sig}; stopping code-server and Chromium`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const started = Date.now();
  // One deadline for the whole run (start-up included). Settled promises never reject unhandled.
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`TIMEOUT: the extension tests did not finish within ${timeoutMs / 1000} s (raise POST_POLICY_EDITOR_TIMEOUT_MS if the machine is slow)`)), timeoutMs);
  });
  deadline.catch(() => {});
  const withDeadline = (p) => Promise.race([p, deadline]);
  const parsers = {
    stdout: new ExtensionHostOutput({ out: process.stdout, err: process.stderr, verbose }),
    stderr: new ExtensionHostOutput({ out: process.stdout, err: process.stderr, verbose }),
  };
  let exitCode;
  try {
    cs = await withDeadline(startCodeServer({
      editor,
      userDataDir,
      extensionsDir,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      onLine: (stream, line) => parsers[stream].line(line),
      onSpawn: (child) => { csChild = child; },
      home: path.join(tmpRoot, 'home'),
    }));
    say(`code-server ${editor.codeServerVersion} (Node ${editor.nodeVersion}) listening on ${cs.url}`);
    cs.child.on('exit', (code, signal) => {
      if (!finished) say(`code-server exited unexpectedly (code ${code}, signal ${signal})`);
    });

    browser = await withDeadline(launchChromium());
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const result = new Promise((resolve, reject) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))).catch(reject);
      cs.child.on('exit', (code) => reject(new Error(`code-server exited before the tests finished (code ${code})`)));
      page.on('crash', () => reject(new Error('the Chromium page crashed')));
    });
    result.catch(() => {}); // handled below; avoids an unhandled rejection while the page loads
    page.on('pageerror', (err) => parsers.stderr.hide(`[browser pageerror] ${err.message}`));
    page.on('console', (m) => { if (verbose || m.type() === 'error') parsers.stderr.hide(`[browser ${m.type()}] ${m.text()}`); });

    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${pathToFileURL(p).pathname}`;
    const payload = [
      ...opts.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(opts.extensionTestsPath)],
    ];
    const url = `${cs.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    say(`opening the workbench in Chromium: folder=${folder}`);
    await withDeadline(Promise.race([page.goto(url, { waitUntil: 'domcontentloaded' }), result]));
    exitCode = await withDeadline(result);
    say(`extension tests finished with exit code ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    say(`ERROR: ${e.message}`);
    exitCode = 1;
  } finally {
    finished = true;
    clearTimeout(timer);
    await cleanup();
    parsers.stdout.end();
    parsers.stderr.end();
  }
  if (exitCode !== 0 && !verbose) {
    const context = [...parsers.stdout.hidden, ...parsers.stderr.hidden];
    if (context.length) {
      say(`last code-server log lines (set POST_POLICY_EDITOR_VERBOSE=1 for all):`);
      for (const l of context.slice(-40)) process.stderr.write(`  ${l}\n`);
    }
  }
  return exitCode;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code), (e) => { say(`ERROR: ${e.stack ?? e}`); process.exit(1); });
}
