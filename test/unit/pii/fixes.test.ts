// Every pii quick fix: one edit inside the finding's range, and relinting clears that finding.
import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../../server/src/engine/types';
import { applyFix } from '../helpers';
import { lintPii } from './util';

const POSTS = [
  '---\naccount: ageo_hoiku\n---\nひまわり組のゆうとくん（5歳）が発表しました🎉\n担当 090-1234-5678',
  '保護者の高橋さんから、手作りの雑巾をいただきました。\r\n---\r\n😀 連絡は taro.yamada@gmail.com まで\r\n',
  '落とし物は〒362-0011 上尾市平塚1234番地 山田様方へ',
  '自宅は上尾市小泉三丁目12番5号です🏠',
  'マイナンバー １２３４ ５６７８ ９０１８ の書類、カード 4111 1111 1111 1111、パスポート TK1234567',
  '免許証番号 301234567890、口座番号 1234567',
  'さくらちゃんとはるとくん、担任の佐藤先生',
  'お問い合わせ：上尾市保育課 048-775-5111 hoiku@city.ageo.lg.jp',
  '市長の畠山稔が挨拶しました',
];

const own = (fix: Fix) => !fix.edits.some((e) => e.newText.includes('post-policy-disable'));
const overlaps = (a: Finding['range'], start: number, end: number) => a.start < Math.max(end, start + 1) && start < a.end;

describe('pii quick fixes', function () {
  this.timeout(30000);
  for (const text of POSTS) {
    it(`mask fixes stay in range and clear the finding: ${text.replace(/\r?\n/g, '⏎').slice(0, 40)}…`, async () => {
      const findings = (await lintPii(text)).filter((f) => f.rule.startsWith('pii/'));
      const masks = findings.flatMap((f) => f.fixes.filter((x) => own(x) && x.edits.length > 0).map((fix) => ({ f, fix })));
      assert.ok(masks.length > 0, 'no fix to test');
      for (const { f, fix } of masks) {
        assert.equal(fix.edits.length, 1, fix.title);
        const e = fix.edits[0];
        assert.ok(f.range.start <= e.range.start && e.range.end <= f.range.end, `${fix.title}: edit outside the finding`);
        const after = applyFix(text, fix);
        // Nothing outside the edited range changed.
        assert.equal(after.slice(0, e.range.start), text.slice(0, e.range.start));
        assert.equal(after.slice(e.range.start + e.newText.length), text.slice(e.range.end));
        const relinted = (await lintPii(after)).filter((g) => g.rule === f.rule);
        const again = relinted.filter((g) => overlaps(g.range, e.range.start, e.range.start + e.newText.length));
        assert.deepEqual(again.map((g) => after.slice(g.range.start, g.range.end)), [], `${f.rule} / ${fix.title}`);
        // Exactly that finding went away: nothing new appeared next to the mask (「Aくん（5歳）」 is not a name).
        assert.equal(relinted.length, findings.filter((g) => g.rule === f.rule).length - 1, `${f.rule} / ${fix.title}: ${relinted.map((g) => after.slice(g.range.start, g.range.end))}`);
      }
    });
  }

  it('allow fixes carry the exact value and clear the finding once the config has it', async () => {
    const text = 'お問い合わせ：上尾市保育課 048-775-5111 hoiku@city.ageo.lg.jp\n会場 上尾市本町三丁目1番1号（上尾市役所）\n市長の畠山稔が挨拶';
    const findings = (await lintPii(text)).filter((f) => f.fixes.some((x) => x.configChange));
    assert.deepEqual(findings.map((f) => f.rule).sort(), ['pii/address', 'pii/email', 'pii/person', 'pii/phone']);
    const allow: Record<string, string[]> = {};
    for (const f of findings) {
      const change = f.fixes.find((x) => x.configChange)!.configChange!;
      assert.equal(change.path[0], 'allow');
      assert.equal(change.append, text.slice(f.range.start, f.range.end));
      (allow[change.path[1]] ??= []).push(change.append as string);
    }
    const after = await lintPii(text, { config: { allow } });
    assert.deepEqual(after.filter((f) => findings.some((g) => g.rule === f.rule && g.range.start === f.range.start)), []);
  });
});
