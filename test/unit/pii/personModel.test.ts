// pii/person's statistical layer (server/src/rules/pii/personModel.ts): what it proposes, where, and how it says why.
import assert from 'node:assert/strict';
import { applyFix, covered } from '../helpers';
import { activeModel, nameCandidates, personCues, personModel, personScore, type PersonModelFile } from '../../../server/src/rules/pii/personModel';
import { lintPii, morphology, rule } from './util';

const person = rule('pii/person');
const names = async (text: string) => (await lintPii(text, { rules: [person] })).filter((f) => f.severity !== 'info').map((f) => covered(text, f));

describe('pii/person statistical layer', () => {
  afterEach(() => {
    personModel.enabled = true;
    personModel.use(undefined);
  });

  it('ships a trained model with a finite threshold and weights over feature strings', () => {
    const m = activeModel();
    assert.ok(Number.isFinite(m.threshold), 'threshold');
    assert.ok(Object.keys(m.weights).length > 500, 'weights');
    assert.ok(m.weights['lex:given'] > 0, 'a given name of the lexicon counts for a name');
  });

  it('candidates are exact UTF-16 ranges: script runs and hiragana between particles, after emoji and surrogate pairs', async () => {
    const text = '👨‍👩‍👧🎉𠮷野家、いぶきとナギが来たよ Kota Mori';
    const tokens = (await morphology()).tokenize(text);
    const got = nameCandidates(text, tokens, () => false).map((c) => text.slice(c.start, c.end));
    for (const w of ['𠮷野家', 'いぶき', 'ナギ', 'Kota Mori']) assert.ok(got.includes(w), `${w} in ${got.join(' ')}`);
    assert.ok(!got.some((w) => w.includes('🎉') || /^[はがとの]/.test(w) && w !== 'いぶき'), got.join(' '));
  });

  it('skips words the detectors already proposed', async () => {
    const text = 'いぶきとナギ';
    const tokens = (await morphology()).tokenize(text);
    const got = nameCandidates(text, tokens, (a, b) => a < 3 && b > 0).map((c) => text.slice(c.start, c.end));
    assert.ok(!got.includes('いぶき') && got.includes('ナギ'), got.join(' '));
  });

  it('the shipped model adds a list item the detectors alone leave, and says why', async () => {
    const text = '年長組のみのり、こうき、あんずが砂場で遊びました';
    personModel.enabled = false;
    assert.deepEqual(await names(text), []);
    personModel.enabled = true;
    const findings = (await lintPii(text, { rules: [person] })).filter((f) => f.severity !== 'info');
    assert.ok(findings.some((f) => covered(text, f) === 'こうき'), findings.map((f) => covered(text, f)).join(' '));
    for (const f of findings) assert.match(f.message, /手がかり：.*名前の一覧にある語/);
  });

  it('a finding of the layer has an exact range, cues in the message, and a fix that replaces only the name', async () => {
    const text = '🎉今日のお当番は、いぶき、つばさ、こはくでした🍽️';
    personModel.use({ bias: -5, threshold: 0, weights: { 'w:こはく': 4, 'nbr:L': 2 } });
    const findings = (await lintPii(text, { rules: [person] })).filter((f) => f.severity !== 'info');
    assert.deepEqual(findings.map((f) => covered(text, f)), ['いぶき', 'つばさ', 'こはく']);
    const added = findings[2];
    assert.equal(added.range.start, text.indexOf('こはく'));
    assert.match(added.message, /（手がかり：隣に書かれた名前）/);
    const fixed = applyFix(text, added.fixes![0]);
    assert.equal(fixed, '🎉今日のお当番は、いぶき、つばさ、Cでした🍽️');
    assert.ok(!(await names(fixed)).includes('C'));
  });

  it('stays silent on everyday sentences with kana and katakana words', async () => {
    for (const text of ['あさがおの種をまきました。芽が出るのが楽しみです🌱', '園庭のさくらが満開です🌸', '市民まつりは雨天のため中止します。', 'プールの水温は28度でした。タオルと水着をお持ちください。']) {
      assert.deepEqual(await names(text), [], text);
    }
  });

  it('a model that scores a feature high proposes the word; off, it proposes nothing', async () => {
    const text = 'ぽてとが転んでしまいました';
    const m: PersonModelFile = { bias: -10, threshold: 0, weights: { 'w:ぽてと': 20 } };
    personModel.use(m);
    assert.deepEqual(await names(text), ['ぽてと']);
    personModel.enabled = false;
    assert.deepEqual(await names(text), []);
  });

  it('a candidate carries each feature once (a kanji twice in a name is one feature), as in training', async () => {
    const text = '菜々と奈菜菜、りりが来た';
    const tokens = (await morphology()).tokenize(text);
    for (const c of nameCandidates(text, tokens, () => false)) assert.equal(new Set(c.features).size, c.features.length, c.features.join(' '));
  });

  it('scores sum the weights and describe the strongest positive features in Japanese', () => {
    const m: PersonModelFile = { bias: -1, threshold: 0, weights: { 'lex:given': 2, 'R:は': 1, 'list:hira': 0.5, 'nk:none': -3 } };
    assert.equal(personScore(['lex:given', 'R:は', 'nk:none'], m), -1);
    assert.deepEqual(personCues(['nk:none', 'list:hira', 'R:は', 'lex:given'], m), ['名前の一覧にある語', '直後の「は」']);
  });
});
