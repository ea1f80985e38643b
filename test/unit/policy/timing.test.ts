import { strict as assert } from 'node:assert';
import { presets } from '../../../server/src/config/presets';
import { parseScheduled, timing } from '../../../server/src/rules/policy/timing';
import { table } from './table';

const ageo = presets['ageo-hoiku'];
const post = (fm: string) => `---\n${fm}\n---\n子育てひろばのお知らせです。`;

describe('rule policy/timing', () => {
  table(timing, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 5(2)ア',
    fail: [
      {
        name: 'Saturday; fix moves to Monday 8:30',
        text: post('scheduled: 2026-12-05T10:00+09:00'),
        covers: ['2026-12-05T10:00+09:00'],
        message: '2026-12-05（土） 10:00 は土曜日です（業務時間: 月〜金 8:30〜17:15、祝日・年末年始を除く）',
        severity: 'warning',
        fix: true,
        fixInRange: true,
        fixed: post('scheduled: 2026-12-07T08:30+09:00'),
      },
      { name: 'weekday evening; fix moves to the next morning', text: post('scheduled: 2026-12-01T19:00+09:00'), covers: ['2026-12-01T19:00+09:00'], message: '業務時間外', fix: true, fixed: post('scheduled: 2026-12-02T08:30+09:00') },
      { name: 'public holiday (文化の日, a Tuesday)', text: post('scheduled: 2026-11-03T10:00+09:00'), covers: ['2026-11-03T10:00+09:00'], message: '祝日（文化の日）' },
      { name: 'year-end closure; fix skips to 1/5', text: post('scheduled: 2026-12-29T10:00+09:00'), covers: ['2026-12-29T10:00+09:00'], message: '年末年始', fix: true, fixed: post('scheduled: 2027-01-04T08:30+09:00') },
      { name: 'UTC time that is 19:00 in Japan', text: post('scheduled: 2026-12-01T10:00Z'), covers: ['2026-12-01T10:00Z'], message: '19:00' },
      { name: 'CRLF, slashes, Sunday; urgent fix', text: '---\r\nscheduled: 2026/12/06 9:00\r\n---\r\n🎄本文', covers: ['2026/12/06 9:00'], fix: 1, fixed: '---\r\nscheduled: 2026/12/06 9:00\r\nurgent: true\r\n---\r\n🎄本文' },
      { name: 'unreadable date', text: post('scheduled: 来週の月曜'), covers: ['来週の月曜'], message: '読めません' },
      { name: 'a non-emergency category', text: post('category: event\nscheduled: "2026-12-01T07:00+09:00"'), covers: ['"2026-12-01T07:00+09:00"'] },
    ],
    pass: [
      { name: 'weekday 10:00', text: post('scheduled: 2026-12-01T10:00+09:00') },
      { name: 'emergency category at night', text: post('category: emergency\nscheduled: 2026-12-01T23:00+09:00') },
      { name: 'urgent: true', text: post('urgent: true\nscheduled: 2026-12-05T06:00+09:00') },
      { name: 'no business hours configured', text: post('scheduled: 2026-12-05T10:00+09:00'), config: {} },
      { name: 'no schedule', text: post('category: event') },
      { name: 'exactly at closing time', text: post('scheduled: 2026-12-01T17:15+09:00') },
      { name: 'date only, weekday', text: post('scheduled: 2026-12-01') },
      { name: 'custom emergency categories', text: post('category: saigai\nscheduled: 2026-12-05T10:00+09:00'), config: { ...ageo, rules: { 'policy/timing': ['warning', { emergencyCategories: ['saigai'] }] } } },
    ],
  });

  it('parses offsets and rejects impossible dates', () => {
    assert.equal(parseScheduled('2026-02-30T10:00'), undefined);
    assert.equal(parseScheduled('2026-12-01T24:00'), undefined);
    assert.deepEqual(parseScheduled('2026-12-31T16:00-05:00'), { year: 2027, month: 1, day: 1, weekday: 5, minutes: 6 * 60, dateOnly: false });
  });
});
