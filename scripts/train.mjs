// `npm run train`: compiles the TypeScript (out/), then trains the statistical layer of the semantic policy rules
// on the development sets (test/fixtures/policy/dev.jsonl, dev2.jsonl; never a blind set) and writes
// server/src/rules/policy/model/<category>.json. Prints the cross-validated figures per category. Then trains pii/person's
// layer on the PII sets already read and writes server/src/rules/pii/model/person.json (test/eval/trainPerson.ts;
// `--only=person` trains that one alone). See test/eval/train.ts. Run `npm run build` afterwards to bundle the new models into dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const started = performance.now();

if (!args.includes('--no-compile')) execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });

const T = require(join(root, 'out/test/eval/train.js'));
const { createNodeServicesWithMorphology } = require(join(root, 'out/server/src/services.js'));
const { MODEL_CATEGORIES } = require(join(root, 'out/server/src/rules/policy/nlp/model.js'));

const K = 5;
/** Precision the model alone (sentences and posts) and the rules with it (posts) must keep in cross-validation at the
 * chosen threshold: the 0.9 the layer aims at, with a margin (folds of our own writers flatter precision). */
const TARGET = Number(process.env.TRAIN_TARGET ?? 0.9);
/** Per category, where the common target silences the model: opinion's rules alone sit at 0.88 over six writers'
 * sets (writers disagree on where a view ends), so at 0.90 the model adds nothing (CV recall 0.63); at 0.85 it adds
 * 74 labelled posts for 24 false alarms (CV P 0.85, R 0.77). secret is an error: at 0.90 its threshold flags a
 * price after フリーパス and an office extension number (内線 1234) in the clean corpora; 0.92 costs 5 posts of 419.
 * With blind4–7 in training (round 8) 0.92 flagged 「ひまわり組のAくんが発表しました」 — what pii/person's own fix writes — on
 * 組・くん・ました alone; 0.95 is quiet there (CV rules + model R 0.82 → 0.77). */
const TARGET_OF = { opinion: Math.min(TARGET, 0.85), secret: Math.max(TARGET, 0.95) };
/** Training options: `base`, with --<prefix><option>=N from the command line (--l2=0.001, --person-l2=0.001). */
function optionsFrom(base, prefix = '') {
  const o = { ...base };
  for (const a of args) {
    const m = new RegExp(`^--${prefix}(l2|positiveWeight|iterations|minCount|prune)=(.+)$`).exec(a);
    if (m) o[m[1]] = Number(m[2]);
  }
  return o;
}
/** Writes a model file into the sources and into out/ (when compiled), unless --dry-run. */
function writeModel(dirs, name, json) {
  if (dryRun) return;
  for (const dir of dirs) {
    if (!existsSync(dirname(dir))) continue;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), json);
  }
}
const opts = optionsFrom(T.DEFAULTS);
const only = args.find((a) => /^--only=/.test(a))?.slice(7);
const dryRun = args.includes('--dry-run');

const services = await createNodeServicesWithMorphology();
const sets = T.loadDevSets(root);
const data = only === 'person' ? undefined : await T.buildData(sets, services);
if (data) {
  console.log(`train: ${sets.map((s) => `${s.name} ${s.posts.length} ${s.name === 'realistic' ? 'files' : 'posts'}`).join(', ')}; ${data.examples.length} sentences; ${K}-fold cross-validation by post; target precision ${TARGET}`);
  console.log(`train: L2 ${opts.l2}, positive weight ${opts.positiveWeight}, ${opts.iterations} L-BFGS iterations, features seen in ≥ ${opts.minCount} sentences`);
}
const out = [join(root, 'server/src/rules/policy/model'), join(root, 'out/server/src/rules/policy/model')];
for (const c of MODEL_CATEGORIES) {
  if (only && c !== only) continue;
  const scores = T.crossValidate(data, c, K, opts);
  const threshold = T.chooseThreshold(data, c, scores, TARGET_OF[c] ?? TARGET);
  const cv = T.figuresAt(data, c, scores, threshold);
  console.log(`\n${T.formatFigures(c, cv)}`);
  for (const s of sets) {
    const rows = new Set(data.posts.flatMap((p, i) => (p.set === s.name ? [i] : [])));
    const f = T.figuresAt(data, c, scores, threshold, rows);
    console.log(`    ${`${s.name} (cv)`.padEnd(22)} model alone, posts P ${f.post.precision.toFixed(2)} R ${f.post.recall.toFixed(2)}; rules + model P ${f.combined.precision.toFixed(2)} R ${f.combined.recall.toFixed(2)} (rules alone P ${f.rules.precision.toFixed(2)} R ${f.rules.recall.toFixed(2)})`);
  }
  if (sets.some((s) => s.name === 'dev2')) {
    // Another writer: trained on one set, scored on the other at the same threshold.
    for (const [from, to] of [['dev', 'dev2'], ['dev2', 'dev']]) {
      const cross = T.crossSet(data, c, from, opts);
      const rows = new Set(data.posts.flatMap((p, i) => (p.set === to ? [i] : [])));
      const f = T.figuresAt(data, c, cross, threshold, rows);
      console.log(`    ${`${from} → ${to}`.padEnd(22)} model alone, posts P ${f.post.precision.toFixed(2)} R ${f.post.recall.toFixed(2)}; rules + model P ${f.combined.precision.toFixed(2)} R ${f.combined.recall.toFixed(2)} (rules alone P ${f.rules.precision.toFixed(2)} R ${f.rules.recall.toFixed(2)})`);
    }
  }
  const final = T.trainFinal(data, c, opts);
  const file = T.modelFile({ category: c, threshold, cv, ...final }, {
    trainedOn: sets.map((s) => `${T.DEV_SETS.find((d) => d.name === s.name)?.path ?? `${T.REALISTIC} (clean)`} (${s.posts.length} ${s.name === 'realistic' ? 'files' : 'posts'})`),
    options: { ...opts, folds: K, targetPrecision: TARGET_OF[c] ?? TARGET },
  });
  const json = JSON.stringify(file, null, 1) + '\n';
  console.log(`    ${Object.keys(file.weights).length} weights, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB, hash ${file.hash}`);
  writeModel(out, `${c}.json`, json);
}
if (!only || only === 'person') {
  // pii/person's layer (test/eval/trainPerson.ts): candidates of the labelled PII sets already read.
  const P = require(join(root, 'out/test/eval/trainPerson.js'));
  const personOpts = optionsFrom(P.PERSON_DEFAULTS, 'person-');
  const pdata = P.buildPersonData(root, services.morphology);
  const scores = P.crossValidatePerson(pdata, K, personOpts);
  const threshold = P.choosePersonThreshold(pdata, scores, P.PERSON_TARGET);
  const f = P.personFiguresAt(pdata, scores, threshold);
  console.log(`\n  person          threshold ${threshold} (${pdata.examples.length} candidates, ${pdata.examples.filter((e) => e.positive).length} on a labelled name; ${P.PERSON_TRAINING_SETS.join(', ')})`);
  console.log(`    names the layer adds (cv)  ${f.added}, ${f.wrong} wrong: P ${f.precision.toFixed(2)}; it finds ${f.recovered} of the ${f.missedByRules} labelled names the detectors miss`);
  console.log(`    recall before the filters (cv)  detectors ${f.rulesRecall.toFixed(3)}, detectors + layer ${f.combinedRecall.toFixed(3)}`);
  const file = P.trainPersonFinal(pdata, personOpts, threshold, {
    category: 'person',
    trainedOn: P.PERSON_TRAINING_SETS.map((s) => `test/fixtures/pii/${s}`),
    options: { ...personOpts, folds: K, targetPrecision: P.PERSON_TARGET },
    cv: { added: f.added, wrong: f.wrong, recovered: f.recovered, missedByDetectors: f.missedByRules },
  });
  const json = JSON.stringify(file, null, 1) + '\n';
  console.log(`    ${Object.keys(file.weights).length} weights, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`);
  writeModel([join(root, 'server/src/rules/pii/model'), join(root, 'out/server/src/rules/pii/model')], 'person.json', json);
}
console.log(`\ntrain: ${((performance.now() - started) / 1000).toFixed(1)} s${dryRun ? ' (dry run: no file written)' : '; run `npm run build` to bundle the models into dist/'}`);
