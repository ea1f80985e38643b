// Server benchmark over stdio: spawn → first diagnostics, and edit → publish latency.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServerHarness } from '../test/protocol/harness';
import { fmt, generatePost, rng, summary } from './stats';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'post-policy-bench-'));
  const uri = pathToFileURL(join(dir, 'bench.post.md')).toString();
  const spawnRuns: number[] = [];
  for (let run = 0; run < 5; run++) {
    const server = await ServerHarness.start([dir]);
    await server.open(uri, '子育てひろばでクリスマス会を開催します🎄\n' + '漢'.repeat(141));
    const first = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    spawnRuns.push(first.at - server.startedAt);
    await server.stop();
  }
  const server = await ServerHarness.start([dir]);
  const r = rng(11);
  let text = generatePost(r);
  await server.open(uri, text);
  await server.waitForDiagnostics(uri, (p) => p.version === 1);
  const latencies: number[] = [];
  for (let v = 2; v <= 301; v++) {
    // Type one character at the end of the first line, as a person would.
    const line = text.split('\n')[0];
    const t0 = performance.now();
    await server.change(uri, v, [{ range: { start: { line: 0, character: line.length }, end: { line: 0, character: line.length } }, text: 'あ' }]);
    text = text.replace(line, line + 'あ');
    const p = await server.waitForDiagnostics(uri, (x) => x.version === v);
    latencies.push(p.at - t0);
  }
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  const sp = summary(spawnRuns);
  const ed = summary(latencies);
  console.log(`server: spawn → first diagnostics p50 ${fmt(sp.p50)}, max ${fmt(sp.max)} over ${spawnRuns.length} spawns  (budget ≤ 150 ms: ${sp.max <= 150 ? 'OK' : 'OVER'})`);
  console.log(`server: edit → publish p50 ${fmt(ed.p50)}, p95 ${fmt(ed.p95)} over ${latencies.length} edits  (budget p95 ≤ 20 ms: ${ed.p95 <= 20 ? 'OK' : 'OVER'})`);
}

void main();
