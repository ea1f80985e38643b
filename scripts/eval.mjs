// `npm run eval`: precision and recall per category, on a development set and on a blind set (written before
// tuning by someone who never read the rule code, and never tuned on), for
//   - the personal-data rules (test/fixtures/pii/: corpus.jsonl + dev-extra.jsonl; blind.jsonl), span level;
//   - the semantic policy rules (test/fixtures/policy/: dev.jsonl and dev2.jsonl; blind.jsonl and blind2.jsonl), post level.
//     Each policy set also prints an "(any clause)" row: a labelled post that raises any policy warning, whichever
//     rule, is a hit, and a clean post that raises one a false alarm (what a user sees before posting).
// Flags:
//   --pii / --policy                  only that family
//   --dev-details [category]          list the development misses and false alarms
//   --blind-details                   list the misses and false alarms of the newest blind sets (pii blind24, policy
//                                     blind25; for the final report only)
//   --dev-only                        score the development sets only: no blind set is read at all (for work in
//                                     progress; --dev-details alone still scores the blind sets)
// Run `npm run build` first (this reads the compiled modules in out/).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const args = new Set(argv);
const only = args.has('--pii') ? 'pii' : args.has('--policy') ? 'policy' : undefined;
const blindDetails = args.has('--blind-details') || args.has('--list-blind-misses');
const devOnlyRun = args.has('--dev-only');
if (devOnlyRun && blindDetails) {
  console.error('eval: --dev-only and --blind-details exclude each other');
  process.exit(2);
}
// An unknown flag (a typo, --help) must not fall through to a full run that scores the blind sets.
const KNOWN_FLAGS = new Set(['--pii', '--policy', '--dev-details', '--blind-details', '--list-blind-misses', '--dev-only']);
const unknown = argv.filter((a, i) => !KNOWN_FLAGS.has(a) && argv[i - 1] !== '--dev-details');
if (unknown.length > 0) {
  console.error(`eval: unknown ${unknown.join(' ')}; flags: ${[...KNOWN_FLAGS].join(' ')} (see the comment at the top of scripts/eval.mjs)`);
  process.exit(2);
}
const devDetailsAt = argv.indexOf('--dev-details');
const devOnly = devDetailsAt >= 0 && argv[devDetailsAt + 1] && !argv[devDetailsAt + 1].startsWith('--') ? argv[devDetailsAt + 1] : undefined;

if (only !== 'policy') {
  const { loadSet, evaluate, formatTable, CATEGORIES } = require(join(root, 'out/test/unit/pii/evaluate.js'));
  const { loadMorphology } = require(join(root, 'out/server/src/morphology/index.js'));
  const morphology = await loadMorphology();
  if (!morphology) {
    console.error('eval: kuromoji dictionary not found');
    process.exit(1);
  }
  const listOf = (result) => {
    for (const c of CATEGORIES) {
      if (devOnly && c !== devOnly) continue;
      for (const m of result.stats[c].misses) console.log(`  missed (${c}): ${m}`);
      for (const m of result.stats[c].falseAlarms) console.log(`  false alarm (${c}): ${m}`);
    }
  };
  const fixtures = join(root, 'test/fixtures/pii');
  // Each PII set: its files, its title, whether --dev-only scores it (development sets and blind sets already read;
  // the others are not even opened then) and which flag lists its misses (--dev-details, --blind-details or none).
  const PII_SETS = [
    [['corpus.jsonl', 'dev-extra.jsonl'], 'pii development (corpus.jsonl + dev-extra.jsonl)', true, 'dev'],
    [['dev2.jsonl'], '\npii development 2 (dev2.jsonl, another writer)', true, 'dev'],
    [['dev3.jsonl'], '\npii development 3 (dev3.jsonl, a third writer: names without honorifics, everyday-word names)', true, 'dev'],
    [['dev4.jsonl'], '\npii development 4 (dev4.jsonl, round 14: a helper that read only the policies; 323 names)', true, 'dev'],
    [['dev5.jsonl'], '\npii development 5 (dev5.jsonl, round 15: a helper that read only the policies; 309 names)', true, 'dev'],
    [['dev6.jsonl'], '\npii development 6 (dev6.jsonl, round 16: a helper that read only the policies; 304 names)', true, 'dev'],
    [['blind.jsonl'], '\npii blind (blind.jsonl; its misses were read after the first round)', true, null],
    [['blind3.jsonl'], '\npii blind 3 (blind3.jsonl; its misses were read after round 4)', true, 'dev'],
    [['blind2.jsonl'], '\npii blind 2 (blind2.jsonl, never tuned on; totals only)', false, null],
    [['blind4.jsonl'], '\npii blind 4 (blind4.jsonl; its misses were read after round 5)', false, null],
    [['blind5.jsonl'], '\npii blind 5 (blind5.jsonl; its misses were read after round 6)', false, null],
    [['blind6.jsonl'], '\npii blind 6 (blind6.jsonl; its misses were read after round 7)', true, 'dev'],
    [['blind7.jsonl'], '\npii blind 7 (blind7.jsonl; its misses were read after round 8)', true, 'dev'],
    [['blind8.jsonl'], '\npii blind 8 (blind8.jsonl; its misses were read after round 9)', true, 'dev'],
    [['blind9.jsonl'], '\npii blind 9 (blind9.jsonl; scored at the end of round 10, its misses read then)', true, 'dev'],
    [['blind10.jsonl'], '\npii blind 10 (blind10.jsonl; scored at the end of round 11, its misses read then)', true, 'dev'],
    [['blind11.jsonl'], '\npii blind 11 (blind11.jsonl; scored at the end of round 12, its misses read then)', true, 'dev'],
    [['blind12.jsonl'], '\npii blind 12 (blind12.jsonl; scored at the end of round 13, its misses read then)', true, 'dev'],
    // The blind set of round 14: committed before any tuning, never opened by --dev-only, scored once at the end.
    [['blind13.jsonl'], '\npii blind 13 (blind13.jsonl; scored at the end of round 14, its misses read then)', true, 'dev'],
    // The blind set of round 15: committed before any tuning, never opened by --dev-only, scored once at the end.
    [['blind14.jsonl'], '\npii blind 14 (blind14.jsonl; scored at the end of round 15, its misses read then)', true, 'dev'],
    // The blind set of round 16: committed before any tuning (84d69c2), scored once at the end of round 16 (89a057a).
    [['blind15.jsonl'], '\npii blind 15 (blind15.jsonl; scored at the end of round 16, its misses read then)', true, 'dev'],
    // The blind set of round 17: committed before round 16 was scored (dcf2537), scored once at the end of round 17 (6f5ca38).
    [['blind16.jsonl'], '\npii blind 16 (blind16.jsonl; scored at the end of round 17, its misses read then)', true, 'dev'],
    // The blind set of round 18: committed before round 17 was scored (c73e16b), scored once at the end of round 18 (5d0f292).
    [['blind17.jsonl'], '\npii blind 17 (blind17.jsonl; scored at the end of round 18, its misses read then)', true, 'dev'],
    // The blind set of round 19: committed before round 18 was scored (1a78b7c), scored once at the end of round 19 (52aa449).
    [['blind18.jsonl'], '\npii blind 18 (blind18.jsonl; scored at the end of round 19, its misses read then)', true, 'dev'],
    // The blind set of round 20: committed before round 19 was scored (5bc62b2), scored once at the end of round 20 (b75b310).
    [['blind19.jsonl'], '\npii blind 19 (blind19.jsonl; scored at the end of round 20, its misses read then)', true, 'dev'],
    // The blind set of round 21: committed before round 20 was scored (168d36b), scored once at the end of round 21 (46efb72).
    [['blind20.jsonl'], '\npii blind 20 (blind20.jsonl; scored at the end of round 21, its misses read then)', true, 'dev'],
    // The blind set of round 22: committed before round 21 was scored (775643f), scored once at the end of round 22 (3c8d016).
    [['blind21.jsonl'], '\npii blind 21 (blind21.jsonl; scored at the end of round 22, its misses read then)', true, 'dev'],
    // The blind set of round 23: committed before round 22 was scored (29078f3), scored once at the end of round 23 (f26155e).
    [['blind22.jsonl'], '\npii blind 22 (blind22.jsonl; scored at the end of round 23, its misses read then)', true, 'dev'],
    // The blind set of round 24: committed before round 23 was scored (ec46f1f), scored once at the end of round 24 (f4bad39).
    [['blind23.jsonl'], '\npii blind 23 (blind23.jsonl; scored at the end of round 24, its misses read then)', true, 'dev'],
    // The blind set of round 25: committed before round 24 was scored (2a8b5eb), never opened by --dev-only.
    [['blind24.jsonl'], '\npii blind 24 (blind24.jsonl; round 25, never tuned on)', false, 'blind'],
  ];
  for (const [files, title, inDevOnly, listedBy] of PII_SETS) {
    if (devOnlyRun && !inDevOnly) continue;
    if (!files.every((f) => existsSync(join(fixtures, f)))) continue;
    const result = await evaluate(files.flatMap((f) => loadSet(join(fixtures, f))), morphology);
    console.log(formatTable(title, result));
    if ((listedBy === 'dev' && devDetailsAt >= 0) || (listedBy === 'blind' && blindDetails)) listOf(result);
  }
}

if (only !== 'pii') {
  const ev = require(join(root, 'out/test/eval/policyEval.js'));
  const { createNodeServicesWithMorphology } = require(join(root, 'out/server/src/services.js'));
  const services = await createNodeServicesWithMorphology();
  const sets = [['\npolicy development', ev.DEV], ['\npolicy development 2', ev.DEV2], ['\npolicy development 3', ev.DEV3], ['\npolicy development 4', ev.DEV4], ...ev.DEV5.map((f, i) => [`\npolicy development 5${'abc'[i]}`, f]), ['\npolicy development 6', ev.DEV6], ['\npolicy development 7', ev.DEV7], ['\npolicy development 8', ev.DEV8], ['\npolicy development 9', ev.DEV9], ['\npolicy development 10', ev.DEV10], ['\npolicy blind (first set; its misses were read after round 1)', ev.BLIND], ['\npolicy blind 2 (its misses were read after round 2)', ev.BLIND2], ['\npolicy blind 3 (never tuned on; totals only)', ev.BLIND3], ['\npolicy blind 4 (its misses were read after round 4)', ev.BLIND4], ['\npolicy blind 5 (its misses were read after round 5)', ev.BLIND5], ['\npolicy blind 6 (its misses were read after round 6)', ev.BLIND6], ['\npolicy blind 7 (its misses were read after round 7)', ev.BLIND7], ['\npolicy blind 8 (its misses were read after round 8)', ev.BLIND8], ['\npolicy blind 9 (its misses were read after round 9)', ev.BLIND9], ['\npolicy blind 10 (scored at the end of round 10; its misses were read then)', ev.BLIND10], ['\npolicy blind 11 (scored at the end of round 11; its misses were read then)', ev.BLIND11], ['\npolicy blind 12 (scored at the end of round 12; its misses were read then)', ev.BLIND12], ['\npolicy blind 13 (scored at the end of round 13; its misses were read then)', ev.BLIND13], ['\npolicy blind 14 (scored at the end of round 14; its misses were read then)', ev.BLIND14], ['\npolicy blind 15 (scored at the end of round 15; its misses were read then)', ev.BLIND15], ['\npolicy blind 16 (scored at the end of round 16; its misses were read then)', ev.BLIND16], ['\npolicy blind 17 (scored at the end of round 17; its misses were read then)', ev.BLIND17], ['\npolicy blind 18 (scored at the end of round 18; its misses were read then)', ev.BLIND18], ['\npolicy blind 19 (scored at the end of round 19; its misses were read then)', ev.BLIND19], ['\npolicy blind 20 (scored at the end of round 20; its misses were read then)', ev.BLIND20], ['\npolicy blind 21 (scored at the end of round 21; its misses were read then)', ev.BLIND21], ['\npolicy blind 22 (scored at the end of round 22; its misses were read then)', ev.BLIND22], ['\npolicy blind 23 (scored at the end of round 23; its misses were read then)', ev.BLIND23], ['\npolicy blind 24 (scored at the end of round 24; its misses were read then)', ev.BLIND24], ['\npolicy blind 25 (round 25, never tuned on)', ev.BLIND25]];
  // --dev-only: the blind files are not even opened.
  // --dev-only: the development sets and the blind sets already read (never the one that is not).
  for (const [name, rel] of devOnlyRun ? sets.filter(([n]) => n.includes('development') || n.includes('were read')) : sets) {
    const path = join(root, rel);
    if (!existsSync(path)) {
      console.log(`${name}: ${rel} not found`);
      continue;
    }
    const posts = ev.readCorpus(path);
    const results = await ev.lintCorpus(posts, services);
    console.log(ev.formatScores(`${name}: ${rel}`, posts.length, ev.score(results), ev.scoreAny(results)));
    if ((name.includes('development') || name.includes('were read')) && devDetailsAt >= 0) console.log(ev.formatDetails(results, devOnly));
    if (name.includes('blind 25') && blindDetails) console.log(ev.formatDetails(results));
  }
}
