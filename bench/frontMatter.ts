// Front-matter benchmark: 10,000 distinct realistic front matters (as in an archive the CLI checks), parsed with the
// fast path (engine/flatYaml.ts, the default) and with the yaml library only. Prints µs per front matter and the ratio.
import { parseFlatYaml } from '../server/src/engine/flatYaml';
import { parseFrontMatter, parseFrontMatterSlow } from '../server/src/engine/frontMatter';
import { rng } from './stats';

const COUNT = 10000;
const ACCOUNTS = ['ageo_hoiku', 'komae_kosodate', 'city_ageo', 'ageo_bousai'];
const CATEGORIES = ['event', 'notice', 'info', 'policy', 'other', 'emergency'];
const APPROVERS = ['保育課長', '広報課 山田', '危機管理課長'];

const two = (n: number) => String(n).padStart(2, '0');
const hex = (r: () => number) => Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');

/** A front matter as staff and `post-policy approve` write them; every one differs (dates, hashes, URLs). */
function frontMatter(r: () => number, i: number): string {
  const date = `2026-${two(1 + (i % 12))}-${two(1 + Math.floor(r() * 28))}`;
  const lines = [`account: ${ACCOUNTS[i % ACCOUNTS.length]}`, `category: ${CATEGORIES[Math.floor(r() * CATEGORIES.length)]}`];
  lines.push(`scheduled: ${date}T${two(6 + Math.floor(r() * 15))}:${two(Math.floor(r() * 4) * 15)}+09:00`);
  if (r() < 0.7) {
    lines.push('status: approved', `approved_by: ${APPROVERS[Math.floor(r() * APPROVERS.length)]}`);
    lines.push(`approved_at: ${date}T10:${two(Math.floor(r() * 60))}:${two(Math.floor(r() * 60))}+09:00`, `approved_hash: sha256:${hex(r)}`);
  }
  if (r() < 0.1) lines.push(`reply_to: https://x.com/${ACCOUNTS[0]}/status/18${i}`);
  if (r() < 0.05) lines.push('urgent: true');
  return `---\n${lines.join('\n')}\n---\n本文です。\n`;
}

function measure(texts: string[], parse: (text: string) => unknown): number {
  const t0 = performance.now();
  for (const t of texts) parse(t);
  return ((performance.now() - t0) * 1000) / texts.length;
}

function main(): void {
  const r = rng(5);
  const texts = Array.from({ length: COUNT }, (_, i) => frontMatter(r, i));
  const warm = Array.from({ length: 2000 }, (_, i) => frontMatter(r, COUNT + i));
  // What the rules read: a few values and their ranges.
  const use = (parse: typeof parseFrontMatter) => (text: string) => {
    const fm = parse(text).frontMatter;
    return [fm.data.account, fm.data.scheduled, fm.valueRange('scheduled'), fm.keyRange('status')];
  };
  const fast = use(parseFrontMatter);
  const slow = use(parseFrontMatterSlow);
  measure(warm, fast);
  measure(warm, slow);
  // Best of 3 runs each (other processes share the machine); the texts are distinct, so the block cache misses.
  let f = Infinity;
  let s = Infinity;
  for (let run = 0; run < 3; run++) {
    s = Math.min(s, measure(texts, slow));
    f = Math.min(f, measure(texts, fast));
  }
  const flat = texts.filter((t) => parseFlatYaml(t.slice(4, t.indexOf('\n---\n') + 1))).length;
  console.log(`front matter: ${COUNT} distinct realistic blocks, ${flat} read by the fast path itself`);
  console.log(`front matter: fast path ${f.toFixed(2)} µs, yaml library ${s.toFixed(2)} µs per block (${(s / f).toFixed(1)}× faster)`);
}

main();
