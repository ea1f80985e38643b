// `npm run eval`: precision and recall per category of the semantic policy rules on the development corpus
// and the blind corpus (test/fixtures/policy/). Flags:
//   --dev-details [category]   list the development set's misses and false alarms
//   --blind-details            list the blind set's misses and false alarms (for the final report only:
//                              the blind set is never used for tuning)
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ev = require(join(root, 'out/test/eval/policyEval.js'));
const { createNodeServicesWithMorphology } = require(join(root, 'out/server/src/services.js'));

const args = process.argv.slice(2);
const services = await createNodeServicesWithMorphology();
for (const [name, rel] of [['development', ev.DEV], ['blind', ev.BLIND]]) {
  const path = join(root, rel);
  if (!existsSync(path)) {
    console.log(`${name}: ${rel} not found`);
    continue;
  }
  const posts = ev.readCorpus(path);
  const results = await ev.lintCorpus(posts, services);
  console.log(ev.formatScores(`${name}: ${rel}`, posts.length, ev.score(results)));
  const i = args.indexOf('--dev-details');
  if (name === 'development' && i >= 0) {
    const only = args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : undefined;
    console.log(ev.formatDetails(results, only));
  }
  if (name === 'blind' && args.includes('--blind-details')) console.log(ev.formatDetails(results));
}
