// `npm run eval`: precision and recall of the personal-data rules per category on the development set
// (test/fixtures/pii/corpus.jsonl + dev-extra.jsonl) and on the blind set (blind.jsonl).
//   --dev-details          list the development misses and false alarms
//   --list-blind-misses    list the blind set's misses and false alarms (for the final report only: the blind
//                          set is never used for tuning, so by default only its aggregate figures are printed)
// Run `npm run build` first (this reads the compiled modules in out/).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadSet, evaluate, formatTable, CATEGORIES } = require(join(root, 'out/test/unit/pii/evaluate.js'));
const { loadMorphology } = require(join(root, 'out/server/src/morphology/index.js'));

const args = new Set(process.argv.slice(2));
const morphology = await loadMorphology();
if (!morphology) {
  console.error('eval: kuromoji dictionary not found');
  process.exit(1);
}
const fixtures = join(root, 'test/fixtures/pii');
const dev = [...loadSet(join(fixtures, 'corpus.jsonl')), ...loadSet(join(fixtures, 'dev-extra.jsonl'))];
const devResult = await evaluate(dev, morphology);
console.log(formatTable('development (corpus.jsonl + dev-extra.jsonl)', devResult));
if (args.has('--dev-details')) {
  for (const c of CATEGORIES) {
    for (const m of devResult.stats[c].misses) console.log(`  missed (${c}): ${m}`);
    for (const m of devResult.stats[c].falseAlarms) console.log(`  false alarm (${c}): ${m}`);
  }
}
const blindResult = await evaluate(loadSet(join(fixtures, 'blind.jsonl')), morphology);
console.log(formatTable('\nblind (blind.jsonl, never tuned on)', blindResult));
if (args.has('--list-blind-misses')) {
  for (const c of CATEGORIES) {
    for (const m of blindResult.stats[c].misses) console.log(`  missed (${c}): ${m}`);
    for (const m of blindResult.stats[c].falseAlarms) console.log(`  false alarm (${c}): ${m}`);
  }
}
