// `post-policy report [--format html|md] [-o FILE] <files|dirs>`: the approver's sheet (see preview/report.ts),
// one self-contained page for the posts given — a single post, or every *.post.md of a folder.
import { writeFileSync } from 'node:fs';
import { imageDataUri } from '../preview/images';
import { renderReportHtml, renderReportMarkdown, type ReportItem } from '../preview/report';
import { expandInputs } from './check';
import { createFileLinter } from './lintFile';
import { UsageError } from './usage';

export const REPORT_USAGE = `post-policy report [--format html|md] [-o ファイル] <ファイル・フォルダ…>
    承認用の確認票を作ります: 各投稿の X での表示（画像つき）、文字数、すべての指摘と条項、承認欄（承認者・日時・
    本文ハッシュと現在の本文との一致）、フロントマター（分類・予定日時・アカウント・投稿日時）。
    フォルダを指定すると、その中の *.post.md をまとめた 1 ページ（先頭に一覧、投稿済みの件数）になります。
    --format html|md   出力形式（既定: html。A4 で印刷でき、外部のファイルを読み込まない 1 ファイル。画像は埋め込み）
    -o, --out FILE     書き出すファイル（既定: 標準出力）
    --no-images        画像を埋め込まず、パスだけを表示する
    終了コード: 0 = 作成した（指摘があっても 0）, 2 = 使い方・設定の誤り`;

export interface ReportArgs {
  format: 'html' | 'md';
  out?: string;
  images: boolean;
  inputs: string[];
}

export function parseReportArgs(args: string[]): ReportArgs {
  const out: ReportArgs = { format: 'html', images: true, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq !== -1) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} に値がありません`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'html' && f !== 'md') throw new UsageError(`--format は html・md のいずれかです（指定: ${f}）`);
      out.format = f;
    } else if (a === '-o' || a === '--out' || a.startsWith('--out=')) out.out = value('--out');
    else if (a === '--no-images') out.images = false;
    else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else out.inputs.push(a);
  }
  if (out.inputs.length === 0) throw new UsageError('確認票にするファイルかフォルダを指定してください');
  return out;
}

export async function runReport(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseReportArgs(args);
  const files = await expandInputs(parsed.inputs);
  const linter = createFileLinter(undefined, parsed.inputs);
  const items: ReportItem[] = [];
  for (const file of files) {
    const linted = await linter.lint(file);
    if ('configError' in linted) {
      process.stderr.write(`${linted.configError}\n`);
      return 2;
    }
    items.push({
      file,
      text: linted.text,
      result: linted.result,
      config: linted.loaded.config,
      imageSrc: parsed.images ? (img) => imageDataUri(file, img, linter.rootsFor(file)) : undefined,
    });
  }
  const output = parsed.format === 'md' ? renderReportMarkdown(items, { now: now() }) : renderReportHtml(items, { now: now() });
  if (parsed.out) {
    writeFileSync(parsed.out, output);
    process.stderr.write(`${parsed.out}: 確認票を書き出しました（${items.length} 件）\n`);
  } else process.stdout.write(output);
  return 0;
}
