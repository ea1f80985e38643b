// `post-policy approve FILE --by NAME`: records an approval (上尾 4(3)ア) in the post's front matter:
// status, approved_by, approved_at and approved_hash (the hash of the text X will receive).
import { readFileSync, writeFileSync } from 'node:fs';
import { applyTextEdits, approveEdits } from '../rules/policy/approvalHash';
import { UsageError } from './usage';

export const APPROVE_USAGE = `post-policy approve <ファイル> --by <承認者>
    承認を front matter に記録します（status: approved、approved_by、approved_at、approved_hash）。
    承認後に本文を変えると policy/approval がエラーにします。終了コード: 0 = 記録した, 2 = 使い方の誤り・記録できない`;

export interface ApproveArgs {
  file: string;
  by: string;
}

export function parseApproveArgs(args: string[]): ApproveArgs {
  let by: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--by') {
      by = args[++i];
      if (by === undefined) throw new UsageError('--by に承認者の名前がありません');
    } else if (a.startsWith('--by=')) by = a.slice(5);
    else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('承認するファイルを 1 つ指定してください');
  if (!by || !by.trim()) throw new UsageError('--by で承認者の名前を指定してください');
  return { file: files[0], by };
}

export async function runApprove(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const { file, by } = parseApproveArgs(args);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`ファイルを読み込めません: ${file}`);
  }
  let edits;
  try {
    edits = approveEdits(text, by, now());
  } catch (e) {
    process.stderr.write(`post-policy: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  writeFileSync(file, applyTextEdits(text, edits), 'utf8');
  process.stdout.write(`${file}: ${by.trim()} の承認を記録しました。\n`);
  return 0;
}
