import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseApproveArgs, runApprove } from '../../../server/src/cli/approve';
import { UsageError } from '../../../server/src/cli/usage';
import { presets } from '../../../server/src/config/presets';
import { approval } from '../../../server/src/rules/policy/approval';
import { findingsOf } from './table';

/** Writes `original` to a temporary post, runs `approve --by 保育課長` on it (output silenced), returns the file's text. */
async function approvedText(original: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'pp-approve-')), 'a.post.md');
  writeFileSync(file, original);
  const out = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    assert.equal(await runApprove([file, '--by', '保育課長'], () => new Date('2026-11-30T00:00:00Z')), 0);
  } finally {
    process.stdout.write = out;
  }
  return readFileSync(file, 'utf8');
}

describe('post-policy approve', () => {
  it('writes the four fields and the post then passes policy/approval', async () => {
    const text = await approvedText('---\ncategory: event\nstatus: draft\n---\n運動会のお知らせです🏃');
    assert.match(text, /status: approved\napproved_by: 保育課長\napproved_at: 2026-11-30T09:00:00\+09:00\napproved_hash: sha256:[0-9a-f]{64}\n---/);
    assert.deepEqual(await findingsOf(approval, text, presets['ageo-hoiku']), []);
  });
  it('edits a CR-only file and keeps its lone CRs', async () => {
    const text = await approvedText('---\rcategory: event\rstatus: draft\r---\r運動会のお知らせです🏃\r');
    assert.match(text, /^---\rcategory: event\rstatus: approved\rapproved_by: 保育課長\rapproved_at: 2026-11-30T09:00:00\+09:00\rapproved_hash: sha256:[0-9a-f]{64}\r---\r運動会のお知らせです🏃\r$/);
    assert.deepEqual(await findingsOf(approval, text, presets['ageo-hoiku']), []);
  });
  it('rejects missing file or name', () => {
    assert.throws(() => parseApproveArgs(['a.post.md']), UsageError);
    assert.throws(() => parseApproveArgs(['--by', '課長']), UsageError);
    assert.deepEqual(parseApproveArgs(['a.post.md', '--by=課長']), { file: 'a.post.md', by: '課長', force: false, reason: undefined });
  });
});
