import assert from 'node:assert/strict';
import { weekday } from '../../../server/src/rules/format/weekday';
import { applyFix, covered, lintText } from '../helpers';

async function findings(text: string) {
  return (await lintText(text, { rules: [weekday], services: { now: () => new Date(2026, 5, 1) } })).findings;
}

describe('format/weekday', () => {
  const FM = '---\nscheduled: 2026-10-20T10:00+09:00\n---\n';

  it('reports a wrong weekday with the year of `scheduled`, and fixes only the weekday', async () => {
    const text = `${FM}11月1日（月）は運動会です`;
    const [f, ...rest] = await findings(text);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, f), '11月1日（月）');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /日曜日/);
    const fix = f.fixes.find((x) => x.isPreferred)!;
    assert.equal(fix.safe, undefined, 'the date may be the wrong part: never applied by --fix');
    const fixed = applyFix(text, fix);
    assert.equal(fixed, `${FM}11月1日（日）は運動会です`);
    assert.deepEqual(await findings(fixed), []);
  });

  it('accepts right weekdays in every written form', async () => {
    for (const body of ['11月1日（日）', '11月3日（火・祝）', '１１月８日(日)', '11/1（日）', '11月1日（日曜日）', '2026年11月1日（日）', '令和8年11月1日（日）']) {
      assert.deepEqual(await findings(`${FM}${body}`), [], body);
    }
  });

  it('reads a written year, and a date two months before `scheduled` as next year', async () => {
    assert.equal((await findings(`${FM}2027年11月1日（日）`)).length, 1); // a Monday in 2027
    assert.deepEqual(await findings('---\nscheduled: 2026-12-20T10:00+09:00\n---\n1月10日（日）に新年会'), []); // 2027-01-10 is a Sunday
  });

  it('checks image descriptions too, with the range inside the alt text', async () => {
    const text = `${FM}運動会のお知らせ\n![11月1日（土）の運動会](a.jpg)`;
    const [f] = await findings(text);
    assert.equal(covered(text, f), '11月1日（土）');
  });

  it('without `scheduled`, reads the current year', async () => {
    assert.equal((await findings('8月3日（月）')).length, 0); // a Monday in 2026
    const in2027 = (await lintText('8月3日（月）', { rules: [weekday], services: { now: () => new Date(2027, 7, 1) } })).findings;
    assert.equal(in2027.length, 1);
    // Written in June 2026 about next January: 2027-01-06 is a Wednesday.
    assert.deepEqual(await findings('募集期間：1月6日（水）～2月5日（金）'), []);
  });

  it('leaves impossible dates and plain text alone', async () => {
    assert.deepEqual(await findings(`${FM}2月30日（月）`), []);
    assert.deepEqual(await findings(`${FM}月曜日（祝日）は休みです`), []);
  });
});
