// The statistical layer of the semantic policy rules (rules/policy/nlp/model.ts, trained by `npm run train`):
// deterministic training, scores equal to the sum of the shipped feature weights, findings that name their cue words
// with exact ranges, and the rules' exemptions (office voice and other hard negatives) keeping it quiet.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presets } from '../../../server/src/config/presets';
import { parsePostDocument } from '../../../server/src/engine/document';
import type { Morphology } from '../../../server/src/engine/morphology';
import { analyseCached } from '../../../server/src/engine/postAnalysis';
import type { Rule } from '../../../server/src/engine/rule';
import { citation } from '../../../server/src/rules/policy/citation';
import { discrimination } from '../../../server/src/rules/policy/discrimination';
import OPINION_MODEL from '../../../server/src/rules/policy/model/opinion.json';
import { featureString, sentenceFeatures } from '../../../server/src/rules/policy/nlp/features';
import { MODEL_CATEGORIES, SILENT_MODELS, sentenceScores, statisticalLayer, type ModelFile } from '../../../server/src/rules/policy/nlp/model';
import { personalOpinion } from '../../../server/src/rules/policy/personalOpinion';
import { secret } from '../../../server/src/rules/policy/secret';
import { undecided } from '../../../server/src/rules/policy/undecided';
import { DEV, readCorpus } from '../../eval/policyEval';
import { buildData, DEFAULTS, trainFinal, weightsHash } from '../../eval/train';
import { covered } from '../helpers';
import { findingsOf, morphologyServices } from './table';

const root = join(__dirname, '..', '..', '..', '..');
const config = presets['ageo-hoiku'];
const RULES: Rule[] = [personalOpinion, discrimination, undecided, citation, secret];

/** Models that give `weights` to one category and nothing to the others. */
function only(category: string, weights: Record<string, number>, threshold: number): ModelFile[] {
  return SILENT_MODELS.map((m) => (m.category === category ? { category, bias: 0, threshold, weights } : m));
}

describe('policy statistical layer (nlp/model.ts)', function () {
  this.timeout(120000);
  afterEach(() => statisticalLayer.use(undefined));

  it('trains deterministically: the same data gives the same weights', async () => {
    const posts = readCorpus(join(root, DEV)).slice(0, 160);
    const services = await morphologyServices();
    const data = await buildData([{ name: 'dev', posts }], services);
    const opts = { ...DEFAULTS, iterations: 40 };
    const a = trainFinal(data, 'opinion', opts);
    const b = trainFinal(await buildData([{ name: 'dev', posts }], services), 'opinion', opts);
    assert.ok(a.weights.size > 50, `${a.weights.size} weights`);
    assert.equal(weightsHash(a.weights, a.bias), weightsHash(b.weights, b.bias));
    assert.deepEqual([...a.weights], [...b.weights]);
  });

  it('ships one model per category, each with the hash of its weights and well under 300 KB', async () => {
    for (const c of MODEL_CATEGORIES) {
      const m = JSON.parse(readFileSync(join(root, 'server/src/rules/policy/model', `${c}.json`), 'utf8')) as ModelFile & { hash: string };
      assert.equal(m.category, c);
      assert.ok(Number.isFinite(m.threshold), `${c}: threshold ${m.threshold}`);
      assert.equal(weightsHash(new Map(Object.entries(m.weights)), m.bias), m.hash, `${c}: weights do not match their hash`);
      assert.ok(JSON.stringify(m).length < 300 * 1024, `${c}: ${JSON.stringify(m).length} bytes`);
    }
  });

  it('scores a sentence as the sum of its feature weights in the model file (each feature once)', async () => {
    const morphology = (await morphologyServices()).morphology as Morphology;
    const posts = readCorpus(join(root, DEV)).slice(0, 120);
    const weights = OPINION_MODEL.weights as Record<string, number>;
    let checked = 0;
    for (const p of posts) {
      for (const post of parsePostDocument(p.text).posts) {
        const a = analyseCached(morphology, post.text);
        for (const s of a.sentences) {
          const seen = new Set<string>();
          let expected = OPINION_MODEL.bias;
          sentenceFeatures(morphology, post.text, a, s, (f, k1, k2, k3, k4) => {
            const name = featureString(f, k1, k2, k3, k4);
            if (name === undefined || seen.has(name)) return;
            seen.add(name);
            expected += weights[name] ?? 0;
          });
          const got = sentenceScores(morphology, post.text, a, s)[MODEL_CATEGORIES.indexOf('opinion')];
          assert.ok(Math.abs(got - expected) < 1e-9, `${s.text}: ${got} ≠ ${expected}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100);
  });

  it('a model-only finding covers the words that weighed most and names them', async () => {
    const text = '今回の新しい制度は、正直ちょっと微妙ですね。';
    // Without the layer the detector finds only 正直 (a stance word); in a sentence it does not flag, the model speaks.
    statisticalLayer.use(only('opinion', { 'w:微妙': 2.5, 'e2:です|ね': 1, 'w:制度': 0.25 }, 3));
    const quiet = '今回の新しい制度は、ちょっと微妙ですね。';
    const findings = await findingsOf(personalOpinion, quiet, config);
    assert.deepEqual(
      findings.map((f) => covered(quiet, f)),
      ['制度は、ちょっと微妙ですね'],
    );
    const [f] = findings;
    assert.equal(f.range.start, quiet.indexOf('制度'));
    assert.equal(f.range.end, quiet.indexOf('ですね') + 3);
    assert.match(f.message, /統計モデルによる判定、手がかり: 『微妙』『ですね』『制度』/);
    assert.equal(f.severity, 'warning');
    // Where the detector found something, the model adds nothing.
    const ruleOnly = await findingsOf(personalOpinion, text, config);
    assert.ok(ruleOnly.every((x) => !x.message.includes('統計モデル')), JSON.stringify(ruleOnly.map((x) => x.message)));
    statisticalLayer.enabled = false;
    try {
      assert.deepEqual(await findingsOf(personalOpinion, quiet, config), []);
    } finally {
      statisticalLayer.enabled = true;
    }
  });

  it('a model-only secret finding names its cue words but never the value', async () => {
    statisticalLayer.use(only('secret', { 'w:ロッカー': 2, 'w:ダイヤル': 0.5, 'e1:です': 0.1 }, 2));
    const text = '更衣室のロッカーは7-3-5で開きます。';
    const findings = await findingsOf(secret, text, config);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(covered(text, findings[0]), 'ロッカー');
    assert.match(findings[0].message, /手がかり: 『ロッカー』/);
    assert.ok(!findings[0].message.includes('7-3-5'), findings[0].message);
    assert.equal(findings[0].severity, 'warning');
  });

  it('a model-only secret finding about a count (120世帯) is about what staff know, not a credential, and shows the count', async () => {
    statisticalLayer.use(only('secret', { 'w:支援': 2, 'e1:です': 0.1 }, 2));
    const text = '継続支援中のご家庭は、今年はもう120世帯です。';
    const findings = await findingsOf(secret, text, config);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /職務上知り得た秘密/);
    assert.ok(!findings[0].message.includes('認証情報'), findings[0].message);
    assert.ok(findings[0].message.includes('120世帯'), findings[0].message);
    // A value with no unit after it is still treated as one and never shown.
    const code = '継続支援中のご家庭の番号は、今年はA120です。';
    const [f] = await findingsOf(secret, code, config);
    assert.match(f.message, /認証情報/);
    assert.ok(!f.message.includes('A120'), f.message);
  });

  describe('hard negatives stay quiet', () => {
    // The office's own voice and the other exemptions the detectors make, with the shipped models.
    const OFFICE_VOICE = [
      '市では、待機児童の解消に向けて保育所の整備を進めていきたいと考えています。',
      '保育課では、今後も保護者の皆さまの声を大切にしていきたいと考えています。',
      '庁内で検討した結果、土曜日も開所することに決定しました。',
      '入所を検討中の方は、保育コンシェルジュにご相談ください。',
      '国籍を問わず、どなたでもご参加いただけます。',
      '園長によると、今年は園庭の桜が例年より早く咲いたそうです。',
      'パスワードは郵送でお知らせします。',
      'ID・パスワードは各自で設定してください。',
      '保育所等の入所申込の一次募集を12月1日（月）から受け付けます。',
      '本日の給食は、さつまいもご飯と豚汁でした🍠',
      '台風接近のため、明日は臨時休園とします。詳しくは市ホームページをご覧ください。',
      '子育てひろばでクリスマス会を開催します🎄 申込不要・参加無料です。',
    ];
    for (const text of OFFICE_VOICE) {
      it(text, async () => {
        for (const rule of RULES) {
          const findings = await findingsOf(rule, text, config);
          assert.deepEqual(findings.map((f) => `${rule.id} ${covered(text, f)}: ${f.message}`), []);
        }
      });
    }

    it('the exemptions hold even for a model that would flag their words', async () => {
      // [category, rule, weights, exempt text, the same words without the exemption (the model speaks)]
      const cases: [string, Rule, Record<string, number>, string, string][] = [
        ['opinion', personalOpinion, { 'w:考える': 5 }, '市では、保育所の整備を進めたいと考えています。', '保育所の整備を進めたいと考えています。'],
        ['discrimination', discrimination, { 'w:国籍': 5 }, '国籍を問わず、どなたでもご参加いただけます。', '国籍によって、ご参加いただけます。'],
        ['undecided', undecided, { 'w:土曜日': 5 }, '庁内で検討した結果、土曜日も開所することに決定しました。', '土曜日も開所します。'],
        ['citation', citation, { 'w:桜': 5 }, '園長によると、今年は桜が早く咲いたそうです。', '今年は桜が早く咲きました。'],
        ['secret', secret, { 'w:郵送': 5 }, 'パスワードは郵送でお知らせします。', '書類は郵送でお知らせします。'],
      ];
      for (const [category, rule, weights, exempt, control] of cases) {
        statisticalLayer.use(only(category, weights, 1));
        assert.deepEqual((await findingsOf(rule, exempt, config)).map((f) => f.message), [], `${category}: ${exempt}`);
        const spoken = await findingsOf(rule, control, config);
        assert.ok(spoken.some((f) => f.message.includes('統計モデル')), `${category}: ${control} ${JSON.stringify(spoken.map((f) => f.message))}`);
      }
    });
  });
});
