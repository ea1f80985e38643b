// team/terms: the team word list applied to posts, with prh semantics and re2js patterns.
import { strict as assert } from 'node:assert';
import { terms } from '../../../server/src/rules/team/terms';
import { applyTerm } from '../../../server/src/config/terms';
import { compilePattern } from '../../../server/src/config/patterns';
import type { Term } from '../../../server/src/config/schema';
import { applyFix, covered, lintText } from '../helpers';

async function findings(text: string, list: Term[]) {
  return (await lintText(text, { rules: [terms], config: { terms: list } })).findings.filter((f) => f.rule === 'team/terms');
}

describe('team/terms', () => {
  it('finds a literal term, names the expected wording, and the fix writes it', async () => {
    const text = '---\ncategory: event\n---\n子供たちと子どもたち';
    const [f, ...rest] = await findings(text, [{ pattern: '子供', expected: '子ども' }]);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, f), '子供');
    assert.equal(f.message, '「子供」ではなく「子ども」と書きます（チームの用語リスト）。');
    assert.equal(f.severity, 'warning');
    assert.equal(f.fixes[0].title, '「子ども」に置き換える');
    assert.equal(applyFix(text, f.fixes[0]), '---\ncategory: event\n---\n子どもたちと子どもたち');
  });

  it('uses the term message, with {{matched}} and {{expected}}', async () => {
    const [f] = await findings('ご覧下さい', [{ pattern: '/下さい/', expected: 'ください', message: '「{{matched}}」→「{{expected}}」（公用文）' }]);
    assert.equal(f.message, '「下さい」→「ください」（公用文）');
  });

  it('expands capture groups in expected', async () => {
    const text = '参加出来ます。出来上がり';
    const fs = await findings(text, [{ pattern: '/出来(る|ます)/', expected: 'でき$1' }]);
    assert.deepEqual(fs.map((f) => covered(text, f)), ['出来ます']);
    assert.equal(applyFix(text, fs[0].fixes[0]), '参加できます。出来上がり');
  });

  it('skips an occurrence that already reads as expected (optional suffix instead of lookahead)', async () => {
    const text = 'サーバとサーバー';
    const fs = await findings(text, [{ pattern: '/サーバー?/', expected: 'サーバー' }]);
    assert.deepEqual(fs.map((f) => [covered(text, f), f.range.start]), [['サーバ', 0]]);
  });

  it('a term without expected is reported without a fix', async () => {
    const [f] = await findings('ヤバいイベント', [{ pattern: 'ヤバい' }]);
    assert.equal(f.message, '「ヤバい」はチームの用語リストで使わないことになっています。');
    assert.deepEqual(f.fixes.filter((x) => !x.title.startsWith('この行で無効化')), []);
  });

  it('checks each post of a thread with exact offsets, and ignores comments', async () => {
    const text = '子供\n<!-- 子供 -->\n---\n🎄子供';
    const fs = await findings(text, [{ pattern: '子供', expected: '子ども' }]);
    assert.deepEqual(fs.map((f) => f.range), [
      { start: 0, end: 2 },
      { start: text.lastIndexOf('子供'), end: text.lastIndexOf('子供') + 2 },
    ]);
  });

  it('a broken pattern (already reported in the config file) checks nothing and never throws', async () => {
    assert.deepEqual(await findings('aaa', [{ pattern: '/(a)\\1/', expected: 'b' }]), []);
  });

  it('can be turned off in the config', async () => {
    const fs = (await lintText('子供', { rules: [terms], config: { terms: [{ pattern: '子供', expected: '子ども' }], rules: { 'team/terms': 'off' } } })).findings;
    assert.deepEqual(fs, []);
  });

  it('applyTerm gives the spec result', () => {
    assert.equal(applyTerm({ pattern: '/HP|ＨＰ/', expected: 'ホームページ' }, '市HPと市ＨＰ'), '市ホームページと市ホームページ');
    assert.equal(applyTerm({ pattern: '$1', expected: 'x' }, 'a$1b'), 'axb', 'literal patterns are literal');
  });

  it('runs in linear time: a pattern that would backtrack catastrophically in JavaScript', () => {
    const compiled = compilePattern('(a+)+$');
    assert.ok(compiled.ok);
    const input = `${'a'.repeat(50_000)}b`;
    const t = performance.now();
    assert.equal(compiled.pattern.re.test(input), false);
    assert.ok(performance.now() - t < 1000, 'finishes quickly');
  });

  it('translates \\uXXXX to RE2 syntax', () => {
    const compiled = compilePattern('\\u3000+');
    assert.ok(compiled.ok && compiled.pattern.re.test('a\u3000b'));
  });
});
