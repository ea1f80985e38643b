// Engine benchmark: per-post lint time over 1,000 generated posts (all rules, warm).
import { defaultConfig } from '../server/src/config/load';
import { lint } from '../server/src/engine/lint';
import { loadMorphology } from '../server/src/morphology';
import { allRules } from '../server/src/rules';
import { createNodeServices } from '../server/src/services';
import { fmt, generatePost, rng, summary } from './stats';

async function main(): Promise<void> {
  const r = rng(7);
  const files = Array.from({ length: 1000 }, () => generatePost(r));
  const services = createNodeServices();
  services.morphology = await loadMorphology();
  const config = defaultConfig();
  // Warm up the JIT and caches on a separate set.
  for (let i = 0; i < 200; i++) await lint(generatePost(r), { rules: allRules, config, services });
  const perPost: number[] = [];
  let posts = 0;
  for (const text of files) {
    const t0 = performance.now();
    const result = await lint(text, { rules: allRules, config, services });
    const dt = performance.now() - t0;
    posts += result.posts.length;
    for (let i = 0; i < result.posts.length; i++) perPost.push(dt / result.posts.length);
  }
  const s = summary(perPost);
  console.log(`engine: ${files.length} files, ${posts} posts, ${allRules.length} rules, morphology ${services.morphology ? 'loaded' : 'not loaded'}`);
  console.log(`engine: per-post lint p50 ${fmt(s.p50)}, p95 ${fmt(s.p95)}, max ${fmt(s.max)}  (budget p95 ≤ 1 ms: ${s.p95 <= 1 ? 'OK' : 'OVER'})`);
}

void main();
