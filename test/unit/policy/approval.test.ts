import { strict as assert } from 'node:assert';
import { presets } from '../../../server/src/config/presets';
import { approval } from '../../../server/src/rules/policy/approval';
import { applyTextEdits, approvalHashOfText, approveEdits, formatJst } from '../../../server/src/rules/policy/approvalHash';
import { findingsOf, table } from './table';

const ageo = presets['ageo-hoiku'];
const NOW = new Date('2026-11-30T01:02:03Z'); // 10:02:03 in Japan
const approve = (text: string, by = '保育課長') => applyTextEdits(text, approveEdits(text, by, NOW));

const draft = '---\ncategory: event\nstatus: draft\n---\nクリスマス会を開催します🎄\n---\n参加無料です。';
const approved = approve(draft);
const edited = approved.replace('参加無料', '参加費100円');
const approvedCrlf = approve('---\r\ncategory: notice\r\n---\r\n入所申込のご案内です。');

describe('rule policy/approval', () => {
  table(approval, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 4(3)ア・イ',
    fail: [
      { name: 'no status at all', text: '---\ncategory: event\n---\n本文', covers: ['---'], message: '承認の記録がありません', severity: 'warning' },
      { name: 'draft', text: draft, covers: ['draft'], message: '下書き（未承認）です', severity: 'warning' },
      { name: 'approved without who/when/hash', text: '---\nstatus: approved\n---\n本文', covers: ['status: approved'], message: 'approved_by・approved_at・approved_hash がありません', severity: 'error' },
      { name: 'text changed after approval', text: edited, covers: [approvalHashOfText(draft)], message: '承認後に本文が変更されています', severity: 'error' },
      { name: 'CRLF: text changed after approval', text: approvedCrlf.replace('ご案内', 'ご案内（締切延長）'), covers: [approvalHashOfText(approvedCrlf)], message: '承認後に本文が変更されています' },
      { name: 'unknown status; fix offers the right one', text: '---\nstatus: approve\n---\n本文', covers: ['approve'], fix: 1, fixed: '---\nstatus: approved\n---\n本文' },
      { name: 'unreadable approved_at', text: approved.replace(/approved_at: .*/, 'approved_at: きのう'), covers: ['きのう'], message: '日時として読めません' },
      { name: 'approver not allowed', text: approve(draft, '山田'), covers: ['山田'], config: { ...ageo, rules: { 'policy/approval': ['error', { approvers: ['保育課長'] }] } }, message: '承認権限者' },
    ],
    pass: [
      { name: 'approved by the command', text: approved },
      { name: 'a comment edited after approval', text: approved.replace('参加無料です。', '参加無料です。<!-- 課内メモ -->') },
      { name: 'front matter edited after approval', text: approved.replace('category: event', 'category: event\nscheduled: 2026-12-01T10:00+09:00') },
      { name: 'line endings changed after approval', text: approvedCrlf.replace(/\r\n/g, '\n') },
      { name: 'posted keeps its approval', text: approved.replace('status: approved', 'status: posted') },
      { name: 'Komae has no approval clause (off)', text: '本文', config: presets['komae-kodomo'] },
      { name: 'requireStatus: false', text: '本文', config: { ...ageo, rules: { 'policy/approval': ['error', { requireStatus: false }] } } },
    ],
  });
});

describe('approveEdits', () => {
  it('adds the four fields before the closing ---, keeping the rest', () => {
    assert.equal(
      approved,
      `---\ncategory: event\nstatus: approved\napproved_by: 保育課長\napproved_at: 2026-11-30T10:02:03+09:00\napproved_hash: ${approvalHashOfText(draft)}\n---\nクリスマス会を開催します🎄\n---\n参加無料です。`,
    );
  });
  it('creates front matter when there is none, in the file\'s line-break style', () => {
    const text = '本文です。\r\n2 行目';
    assert.equal(approve(text, '課長'), `---\r\nstatus: approved\r\napproved_by: 課長\r\napproved_at: 2026-11-30T10:02:03+09:00\r\napproved_hash: ${approvalHashOfText(text)}\r\n---\r\n本文です。\r\n2 行目`);
  });
  it('CR-only files (old Mac): the front matter is read and edited with lone CRs', async () => {
    const text = '---\rcategory: event\rstatus: draft\r---\r運動会です。\r';
    assert.equal(approve(text, '課長'), `---\rcategory: event\rstatus: approved\rapproved_by: 課長\rapproved_at: 2026-11-30T10:02:03+09:00\rapproved_hash: ${approvalHashOfText(text)}\r---\r運動会です。\r`);
    assert.equal(approve('本文です。\r2 行目', '課長'), `---\rstatus: approved\rapproved_by: 課長\rapproved_at: 2026-11-30T10:02:03+09:00\rapproved_hash: ${approvalHashOfText('本文です。\r2 行目')}\r---\r本文です。\r2 行目`);
    assert.deepEqual(await findingsOf(approval, approve(text, '課長'), ageo), []);
  });
  it('re-approving replaces the values and clears the finding', async () => {
    const again = approve(edited, '副課長');
    assert.equal((again.match(/approved_hash/g) ?? []).length, 1);
    assert.ok(again.includes('approved_by: 副課長'));
    assert.deepEqual(await findingsOf(approval, again, ageo), []);
  });
  it('quotes names YAML would misread and keeps posted', () => {
    const text = approve('---\nstatus: posted\napproved_by:\n---\n本文', 'yes');
    assert.ok(text.includes('approved_by: "yes"'));
    assert.ok(text.includes('status: posted'));
  });
  it('refuses an empty name and broken front matter', () => {
    assert.throws(() => approveEdits('本文', '  ', NOW), /承認者の名前/);
    assert.throws(() => approveEdits('---\na: [\n---\n本文', '課長', NOW), /フロントマター/);
  });
  it('formats Japan time', () => {
    assert.equal(formatJst(new Date('2026-12-31T15:00:00Z')), '2027-01-01T00:00:00+09:00');
  });
  it('the hash ignores comments and line endings but not the text', () => {
    assert.equal(approvalHashOfText('a\n<!-- x -->\nb'), approvalHashOfText('a\r\nb'));
    assert.notEqual(approvalHashOfText('a\nb'), approvalHashOfText('a\n---\nb'));
  });
});
