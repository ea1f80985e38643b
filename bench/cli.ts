// CLI archive audit (issue 13): `post-policy check --jobs 2` over 10,000 and 100,000 generated post files, against a
// floor measured in the same run: loading kuromoji's dictionary plus tokenizing the same posts once, no caches.
// Prints wall, CPU and peak RSS of each, the ratios, and the tokenizer cache hit rate. Posts are built from ~700
// varied sentences of the PII corpora with per-post numbers and dates, so caches cannot flatter.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile } from '../server/src/config/load';
import { lint } from '../server/src/engine/lint';
import { loadMorphology } from '../server/src/morphology';
import type { KuromojiMorphology } from '../server/src/morphology/kuromoji';
import { allRules } from '../server/src/rules';
import { createNodeServices } from '../server/src/services';
import { rng } from './stats';

const root = join(__dirname, '..', '..');
const SIZES = (process.env.BENCH_CLI_SIZES ?? '10000,100000').split(',').map(Number);
const JOBS = process.env.BENCH_CLI_JOBS ?? '2';

function sentences(): string[] {
  const out: string[] = [];
  for (const f of ['test/fixtures/pii/corpus.jsonl', 'test/fixtures/pii/dev-extra.jsonl']) {
    for (const line of readFileSync(join(root, f), 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text.replace(/\n/g, ' '));
  }
  return out;
}

function generate(dir: string, count: number): string[] {
  const r = rng(11);
  const pool = sentences();
  const bodies: string[] = [];
  writeFileSync(join(dir, '.postpolicy.json'), JSON.stringify({ extends: ['ageo-hoiku'] }));
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder);
    const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pool[Math.floor(r() * pool.length)]);
    lines.push(`受付は${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日、定員${10 + Math.floor(r() * 90)}名（No.${i}）です。`);
    const body = lines.join('\n');
    bodies.push(body);
    writeFileSync(join(folder, `p${i}.post.md`), `---\naccount: ageo_hoiku\ncategory: event\nstatus: draft\n---\n${body}\n`);
  }
  return bodies;
}

interface Usage {
  wall: number;
  cpu: number;
  rssMb: number;
}

/** Runs the bundled CLI in a child process; stdout (the JSON report) is counted, not kept. */
function runCli(dir: string): Usage & { code: number; bytes: number } {
  const script = `
    const cli = require(${JSON.stringify(join(root, 'dist/cli.js'))});
    let bytes = 0;
    process.stdout.write = (c) => { bytes += Buffer.byteLength(c); return true; };
    const t0 = performance.now();
    cli.main(['check', '--jobs', ${JSON.stringify(JOBS)}, '--format', 'json', ${JSON.stringify(dir)}]).then((code) => {
      const u = process.cpuUsage();
      process.stderr.write(JSON.stringify({ code, bytes, wall: performance.now() - t0, cpu: (u.user + u.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{')));
}

/**
 * The floor: dictionary load + one uncached tokenization of every post body, in a fresh process. Bodies are one JSON
 * string per line, parsed one at a time: holding all 100,000 as separate strings (as the CLI never does) made the
 * floor's garbage collection 14× costlier (1.7 s of pauses per 10,000 posts), so the 100,000-post floor read 2.3×.
 */
function runFloor(bodiesFile: string): Usage {
  const script = `
    const t0 = performance.now();
    const { loadMorphology } = require(${JSON.stringify(join(root, 'out/server/src/morphology/index.js'))});
    const lines = require('fs').readFileSync(${JSON.stringify(bodiesFile)}, 'utf8');
    loadMorphology().then((m) => {
      const cold = m.withCaches(0, 0);
      for (let at = 0, end; (end = lines.indexOf('\\n', at)) !== -1; at = end + 1) cold.tokenize(JSON.parse(lines.slice(at, end)));
      const u = process.cpuUsage();
      process.stderr.write(JSON.stringify({ wall: performance.now() - t0, cpu: (u.user + u.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{')));
}

/** Tokenizer cache hit rate of the engine over the first 2,000 generated posts (one thread, as each worker runs). */
async function hitRate(dir: string, bodies: string[]): Promise<number> {
  const services = createNodeServices();
  const m = (await loadMorphology()) as KuromojiMorphology;
  let calls = 0;
  const counting = { tokenize: (t: string) => (calls++, m.tokenize(t)) };
  services.morphology = counting;
  const before = m.analysed;
  const config = loadConfigFile(join(dir, '.postpolicy.json')).config!;
  for (const b of bodies.slice(0, 2000)) await lint(`---\naccount: ageo_hoiku\ncategory: event\nstatus: draft\n---\n${b}\n`, { rules: allRules, config, services });
  return calls === 0 ? 0 : 1 - (m.analysed - before) / calls;
}

async function main(): Promise<void> {
  const figures: { n: number; cli: Usage; floor: Usage }[] = [];
  for (const n of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `pp-bench-cli-${n}-`));
    try {
      const bodies = generate(dir, n);
      const bodiesFile = join(dir, 'bodies.jsonl');
      writeFileSync(bodiesFile, bodies.map((b) => `${JSON.stringify(b)}\n`).join(''));
      const floor = runFloor(bodiesFile);
      const cli = runCli(dir);
      figures.push({ n, cli, floor });
      console.log(
        `cli: ${n.toLocaleString('en')} posts, --jobs ${JOBS}: wall ${(cli.wall / 1000).toFixed(2)} s, CPU ${(cli.cpu / 1000).toFixed(2)} s, peak RSS ${cli.rssMb.toFixed(0)} MB, ` +
          `exit ${cli.code}, ${(cli.bytes / 1e6).toFixed(1)} MB of JSON`,
      );
      console.log(`cli: floor (dictionary + tokenize once, no caches, 1 thread): wall ${(floor.wall / 1000).toFixed(2)} s, CPU ${(floor.cpu / 1000).toFixed(2)} s, peak RSS ${floor.rssMb.toFixed(0)} MB`);
      console.log(`cli: CPU ratio to the floor ${(cli.cpu / floor.cpu).toFixed(2)}× (target ≤ 1.3×)`);
      if (n === SIZES[0]) console.log(`cli: tokenizer cache hit rate ${(100 * (await hitRate(dir, bodies))).toFixed(1)} % (first 2,000 posts, one thread)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const small = figures.find((f) => f.n === 10000);
  const large = figures.find((f) => f.n === 100000);
  if (small) console.log(`cli: 10,000 posts wall ${(small.cli.wall / 1000).toFixed(2)} s (target ≤ 3.5 s on a quiet 2-core machine: ${small.cli.wall <= 3500 ? 'OK' : 'OVER'})`);
  if (small && large) console.log(`cli: peak RSS 100,000 / 10,000 = ${(large.cli.rssMb / small.cli.rssMb).toFixed(2)} (target ≤ 1.5: ${large.cli.rssMb / small.cli.rssMb <= 1.5 ? 'OK' : 'OVER'})`);
}

void main();
