// Server benchmark over stdio: spawn → first diagnostics, and edit → publish latency.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { starterText } from '../server/src/cli/init';
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
  // The same under a team config (init's starter for ageo-hoiku, a sibling folder): the first start with a text
  // the loader has not accepted yet, then the usual case (accepted on an earlier start, see lsp/validConfigs.ts).
  const teamDir = mkdtempSync(join(tmpdir(), 'post-policy-bench-team-'));
  writeFileSync(join(teamDir, '.postpolicy.json'), `${starterText('ageo-hoiku')}// ${teamDir}\n`);
  const teamUri = pathToFileURL(join(teamDir, 'bench.post.md')).toString();
  const teamRuns: number[] = [];
  let firstEver = NaN;
  for (let run = 0; run < 6; run++) {
    const server = await ServerHarness.start([teamDir]);
    await server.open(teamUri, '子育てひろばでクリスマス会を開催します🎄\n' + '漢'.repeat(141));
    const first = await server.waitForDiagnostics(teamUri, (p) => p.diagnostics.length > 0, 10000);
    if (run === 0) firstEver = first.at - server.startedAt;
    else teamRuns.push(first.at - server.startedAt);
    // Let the full pass publish (and remember the accepted config) before stopping.
    await server.waitForDiagnostics(teamUri, (p) => p.diagnostics.length > 0 && server.published.filter((x) => x.uri === teamUri).length >= 2, 10000).catch(() => undefined);
    await server.stop();
  }
  rmSync(teamDir, { recursive: true, force: true });

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
  const tm = summary(teamRuns);
  console.log(`server: spawn → first diagnostics under a team config p50 ${fmt(tm.p50)}, max ${fmt(tm.max)} over ${teamRuns.length} spawns  (budget ≤ 150 ms: ${tm.max <= 150 ? 'OK' : 'OVER'}); the very first start with a new config text ${fmt(firstEver)}`);
  console.log(`server: edit → publish p50 ${fmt(ed.p50)}, p95 ${fmt(ed.p95)} over ${latencies.length} edits  (budget p95 ≤ 20 ms: ${ed.p95 <= 20 ? 'OK' : 'OVER'})`);
}

void main();
