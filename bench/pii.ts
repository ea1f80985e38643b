// Personal-data benchmark (issue 4): warm per-post lint p95 with every rule and kuromoji on posts it has not
// seen (no token-cache hits), time from server start to "names ready", and the server's RSS after loading.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultConfig } from '../server/src/config/load';
import { lint } from '../server/src/engine/lint';
import { allRules } from '../server/src/rules';
import type { LintServices } from '../server/src/engine/rule';
import { KuromojiMorphology } from '../server/src/morphology/kuromoji';
import { createNodeServicesWithMorphology } from '../server/src/services';
import { ServerHarness } from '../test/protocol/harness';
import { fmt, rng, summary } from './stats';

const BUDGET = { p95Ms: 1, namesReadyMs: 700, rssMb: 400 };

const GIVEN = ['ゆうと', 'さくら', 'はると', 'あおい', 'りこ', 'そうた', 'ひなた', 'めい', 'ソウタ', 'エマ', '陽翔', '結衣'];
const SURNAME = ['高橋', '佐藤', '田中', '鈴木', '伊藤', '山本', '中村', '小林', '加藤', '吉田'];
const CLASS = ['ひまわり組', 'さくら組', 'たんぽぽ組', 'ばら組', '年長', '年中'];
const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `${pick(r, CLASS)}の${pick(r, GIVEN)}くん（${3 + Math.floor(r() * 3)}歳）が、運動会でかけっこ一等賞になりました🏃`,
  (r) => `保護者の${pick(r, SURNAME)}さんから、手作りの雑巾を${2 + Math.floor(r() * 20)}枚いただきました。ありがとうございます。`,
  (r) => `${pick(r, GIVEN)}ちゃんと${pick(r, GIVEN)}くんが、園庭で育てたミニトマトを収穫しました🍅`,
  (r) => `子育てひろばでクリスマス会を開催します🎄日時：12月${10 + Math.floor(r() * 15)}日（土）10時～ 場所：上尾市子育て支援センター 多目的室`,
  (r) => `お問い合わせ：上尾市保育課 048-775-${5000 + Math.floor(r() * 999)}（平日8時30分～17時15分）`,
  (r) => `担当 090-${1000 + Math.floor(r() * 8999)}-${1000 + Math.floor(r() * 8999)} までご連絡ください。`,
  (r) => `会場は上尾市本町三丁目${1 + Math.floor(r() * 9)}番1号（上尾市役所）です。申込不要・参加無料です。`,
  (r) => `本日の給食は、さつまいもご飯と豚汁でした🍠 ${pick(r, SURNAME)}先生が作り方を教えてくれました。`,
  (r) => `インフルエンザが流行しています。手洗い・うがいを心がけましょう😷 詳しくは https://www.city.ageo.lg.jp/page/${Math.floor(r() * 99999)}.html`,
  (r) => `保育所等の入所申込の一次募集を${1 + Math.floor(r() * 12)}月1日から受け付けます。就労証明書は勤務先で記入していただく必要があります。`,
  (r) => `写真の送り先：hoiku${Math.floor(r() * 999)}@city.ageo.lg.jp までお送りください。#上尾市 #子育て`,
  (r) => `みなさん、ちゃんと手を洗いましょう！サンタさんからのプレゼントに、子どもたちは大喜びでした🎅`,
];

function pick<T>(r: () => number, list: T[]): T {
  return list[Math.floor(r() * list.length)];
}

/**
 * A single post of 1–3 template sentences, at most 140 characters (what X accepts in Japanese), unique so
 * each lint tokenizes afresh (no cache hits).
 */
function generate(r: () => number, i: number): string {
  const n = 1 + Math.floor(r() * 3);
  const lines: string[] = [`（${i}）`];
  for (let k = 0; k < n; k++) {
    const next = pick(r, TEMPLATES)(r);
    if ([...lines, next].join('\n').length > 140) break;
    lines.push(next);
  }
  if (lines.length === 1) lines.push(pick(r, TEMPLATES)(r).slice(0, 130));
  return lines.join('\n');
}

/** Lints every post once (after a warm-up) and returns the per-post times. */
async function measure(posts: string[], services: LintServices, warmup: string[]): Promise<number[]> {
  const config = defaultConfig();
  for (const text of warmup) await lint(text, { rules: allRules, config, services });
  const times: number[] = [];
  for (const text of posts) {
    const t0 = performance.now();
    await lint(text, { rules: allRules, config, services });
    times.push(performance.now() - t0);
  }
  return times;
}

async function lintBench(): Promise<void> {
  const r = rng(4);
  const services = await createNodeServicesWithMorphology();
  const loaded = services.morphology as KuromojiMorphology;
  const warmup = Array.from({ length: 300 }, (_, i) => generate(r, -i - 1));
  const posts = Array.from({ length: 1500 }, (_, i) => generate(r, i));
  const chars = posts.reduce((n, p) => n + p.length, 0);
  console.log(`pii: ${posts.length} generated posts (avg ${Math.round(chars / posts.length)} chars, ≤ 140), ${allRules.length} rules incl. kuromoji`);
  // Cold: no cache of posts or sentences, every post goes through kuromoji whole.
  const cold = loaded.withCaches(1, 0);
  const coldTimes = await measure(posts, { ...services, morphology: cold }, warmup);
  // Editor: the server's analyser (post and sentence caches); the posts are new, their sentences partly seen.
  const warm = loaded.withCaches(512, 4096);
  const warmTimes = await measure(posts, { ...services, morphology: warm }, warmup);
  // Typing: the same post edited one character at a time (only the edited sentence is re-tokenized).
  const typing: string[] = [];
  let t = posts[0];
  for (let i = 0; i < 500; i++) typing.push((t = `${t.slice(0, 20)}あ${t.slice(20)}`.slice(0, 140)));
  const typingTimes = await measure(typing, { ...services, morphology: warm }, []);
  const line = (name: string, times: number[]) => {
    const s = summary(times);
    return `pii: ${name} per-post lint p50 ${fmt(s.p50)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}  (budget p95 ≤ ${BUDGET.p95Ms} ms: ${s.p95 <= BUDGET.p95Ms ? 'OK' : 'OVER'})`;
  };
  console.log(line('cold (no token caches)    ', coldTimes));
  console.log(line('editor (new posts, caches)', warmTimes));
  console.log(line('typing (one post edited)  ', typingTimes));
  console.log(`pii: kuromoji ran on ${warm.chunksAnalysed} sentence pieces for ${warm.analysed} new post texts in the editor runs`);
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function serverBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'post-policy-pii-bench-'));
  const uri = pathToFileURL(join(dir, 'names.post.md')).toString();
  const ready: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < 5; run++) {
    const server = await ServerHarness.start([dir]);
    try {
      await server.open(uri, 'ひまわり組のゆうとくん（5歳）が発表しました🎉\n担当 090-1234-5678');
      const named = await server.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'pii/person' || /子どもの名前/.test(typeof d.message === 'string' ? d.message : d.message.value)), 10000);
      ready.push(named.at - server.startedAt);
      // RSS once names are ready and a few edits have been linted.
      for (let v = 2; v <= 30; v++) await server.change(uri, v, [{ text: `ひまわり組のゆうとくん（5歳）が発表しました🎉 ${v}\n担当 090-1234-5678` }]);
      await server.waitForDiagnostics(uri, (p) => p.version === 30, 10000);
      if (server.proc.pid) rss.push(rssMb(server.proc.pid));
    } finally {
      await server.stop();
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const s = summary(ready);
  const maxRss = Math.max(...rss);
  console.log(`pii: names ready (server spawn → first pii/person diagnostic) p50 ${fmt(s.p50)}, max ${fmt(s.max)}  (budget ≤ ${BUDGET.namesReadyMs} ms: ${s.max <= BUDGET.namesReadyMs ? 'OK' : s.p50 <= BUDGET.namesReadyMs ? 'OK at p50' : 'OVER'})`);
  console.log(`pii: server RSS after loading ${maxRss.toFixed(0)} MB  (budget ≤ ${BUDGET.rssMb} MB: ${maxRss <= BUDGET.rssMb ? 'OK' : 'OVER'})`);
}

async function main(): Promise<void> {
  await lintBench();
  console.log(`pii: this process RSS after loading kuromoji and linting ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await serverBench();
}

void main();
