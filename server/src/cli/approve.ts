// `post-policy approve FILE --by NAME [--force --reason 理由]`: records an approval (上尾 4(3)ア) in the post's front
// matter: status, approved_by, approved_at and approved_hash (the hash of the text X will receive). A post with
// error findings is refused unless the approver overrides with a reason, which is recorded for the next reviewer.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex } from '../engine/lineIndex';
import { applyEdits } from '../engine/fixAll';
import { writePostFile } from '../io/postFile';
import { approveEdits, blockingErrors } from '../rules/policy/approvalHash';
import { createFileLinter } from './lintFile';
import { UsageError } from './usage';

export const APPROVE_USAGE = `post-policy approve <ファイル> --by <承認者> [--force --reason <理由>]
    承認を front matter に記録します（status: approved、approved_by、approved_at、approved_hash）。
    error の指摘がある投稿は承認しません（指摘を表示します）。--force --reason "理由" で理由を記録して承認できます
    （approved_override に残り、次のレビュー担当者に policy/approval が表示します）。
    承認後に本文を変えると policy/approval がエラーにします。
    終了コード: 0 = 記録した, 1 = error の指摘があり承認しなかった, 2 = 使い方の誤り・記録できない`;

export interface ApproveArgs {
  file: string;
  by: string;
  force: boolean;
  reason?: string;
}

export function parseApproveArgs(args: string[]): ApproveArgs {
  let by: string | undefined;
  let reason: string | undefined;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--by') {
      by = args[++i];
      if (by === undefined) throw new UsageError('--by に承認者の名前がありません');
    } else if (a.startsWith('--by=')) by = a.slice(5);
    else if (a === '--reason') {
      reason = args[++i];
      if (reason === undefined) throw new UsageError('--reason に理由がありません');
    } else if (a.startsWith('--reason=')) reason = a.slice(9);
    else if (a === '--force') force = true;
    else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('承認するファイルを 1 つ指定してください');
  if (!by || !by.trim()) throw new UsageError('--by で承認者の名前を指定してください');
  if (force && (!reason || !reason.trim())) throw new UsageError('--force には --reason "理由" が必要です（理由は承認欄に記録されます）');
  if (!force && reason !== undefined) throw new UsageError('--reason は --force と一緒に指定します');
  return { file: files[0], by, force, reason };
}

export async function runApprove(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const { file, by, force, reason } = parseApproveArgs(args);
  try {
    if (!statSync(file).isFile()) throw new Error();
  } catch {
    throw new UsageError(`ファイルを読み込めません: ${file}`);
  }
  const linter = createFileLinter(undefined, [file]);
  const linted = await linter.lint(file);
  if ('configError' in linted) {
    process.stderr.write(`${linted.configError}\n`);
    return 2;
  }
  const errors = blockingErrors(linted.result.findings);
  if (errors.length > 0 && !force) {
    const index = new LineIndex(linted.text);
    const lines = errors.map((f) => {
      const p = index.positionAt(f.range.start);
      return `  ${p.line + 1}:${p.character + 1}  ${f.message}  ${f.rule}`;
    });
    process.stderr.write(
      `post-policy: ${file}: error の指摘が ${errors.length} 件あるため承認しません。\n${lines.join('\n')}\n` +
        `直してから承認するか、理由を記録して承認する場合は --force --reason "理由" を付けてください。\n`,
    );
    return 1;
  }
  let edits;
  try {
    edits = approveEdits(linted.text, by, now(), force && errors.length > 0 ? { reason: reason!, errors: errors.map((f) => f.rule) } : undefined);
  } catch (e) {
    process.stderr.write(`post-policy: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  // Refuse to overwrite a file that changed while we linted it (a save in the editor would be lost).
  const again = (await linter.lint(file)) as { text?: string };
  if (again.text !== linted.text) {
    process.stderr.write(`post-policy: ${file}: 検査中にファイルが変更されました。もう一度実行してください。\n`);
    return 2;
  }
  writePostFile(resolve(file), applyEdits(linted.text, edits), linted.bom);
  process.stdout.write(
    `${file}: ${by.trim()} の承認を記録しました。${force && errors.length > 0 ? `（error ${errors.length} 件があるまま、理由「${reason!.trim()}」で承認）` : ''}\n`,
  );
  return 0;
}
