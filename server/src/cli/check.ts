// `post-policy check`: lints files, directories and globs; stylish, JSON or SARIF output; ESLint-style gate
// options (--max-warnings, --quiet, --fix, --fix-dry-run); exit 0/1/2.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { realPathOf } from '../io/confine';
import { glob } from 'tinyglobby';
import { checkOne, type CheckOptions, type CheckOutcome } from './checkOne';
import { githubWriter, jsonWriter, stylishWriter, type OutputWriter } from './formatters';
import { createFileLinter } from './lintFile';
import { shareDictionary } from '../morphology';
import { defaultJobs, effectiveWorkers, runPool } from './pool';
import { sarifWriter } from './sarif';
import { stagedPosts } from './staged';
import { UsageError } from './usage';
import { walkPostsWithRealPaths } from './walk';

export const CHECK_USAGE = `post-policy check [オプション] <ファイル・フォルダ・glob…>
    フォルダは *.post.md を再帰的に探します（フォルダの外へ出るリンクはたどらず、同じファイルは 1 回だけ）。
    投稿が指す画像と extends は、リポジトリ（.git のあるフォルダ）か指定したフォルダの中のものだけを読みます。
    --format stylish|json|sarif|github  出力形式（既定: stylish。sarif は SARIF 2.1.0、github は GitHub Actions の注釈）
    --config FILE                すべての投稿にこの設定ファイルを使う（既定: 投稿から上へたどって最も近いもの）
    --max-warnings N             警告が N 件を超えたら終了コード 1（例: --max-warnings 0 で警告も不可）
    --quiet                      エラーだけを表示する（警告・情報を表示せず、数えない）
    --fix                        安全な修正（用語の置き換え・認証情報の伏せ字など）をファイルに書き込み、残りを表示する
    --fix-dry-run                安全な修正の差分を表示する（ファイルは変えない）
    --jobs N                     N 個のスレッドで並列に検査する（既定: CPU の数。ファイルが少ないときは 1 つ）
    --staged                     git でステージした投稿（*.post.md）を、ステージした内容で検査する（pre-commit フック用）
    終了コード: 0 = エラーなし, 1 = error の指摘あり（または警告が --max-warnings を超えた）, 2 = 使い方または設定の誤り`;

export type { JsonDiagnostic, JsonFileResult } from './formatters';

export interface CheckArgs {
  format: 'stylish' | 'json' | 'sarif' | 'github';
  config?: string;
  inputs: string[];
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  staged: boolean;
  jobs?: number;
}

export function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { format: 'stylish', inputs: [], quiet: false, fix: false, fixDryRun: false, staged: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq !== -1) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} に値がありません`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'stylish' && f !== 'json' && f !== 'sarif' && f !== 'github') throw new UsageError(`--format は stylish・json・sarif・github のいずれかです（指定: ${f}）`);
      out.format = f;
    } else if (a === '--config' || a.startsWith('--config=')) out.config = value('--config');
    else if (a === '--max-warnings' || a.startsWith('--max-warnings=')) {
      const v = value('--max-warnings');
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings には 0 以上の整数を指定してください（指定: ${v}）`);
      out.maxWarnings = Number(v);
    } else if (a === '--quiet') out.quiet = true;
    else if (a === '--fix') out.fix = true;
    else if (a === '--fix-dry-run') out.fixDryRun = true;
    else if (a === '--staged') out.staged = true;
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = value('--jobs');
      if (!/^[1-9]\d*$/.test(v)) throw new UsageError(`--jobs には 1 以上の整数を指定してください（指定: ${v}）`);
      out.jobs = Number(v);
    }
    else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else out.inputs.push(a);
  }
  if (out.fix && out.fixDryRun) throw new UsageError('--fix と --fix-dry-run は同時に指定できません');
  if (out.staged && (out.fix || out.fixDryRun)) throw new UsageError('--staged と --fix は同時に指定できません（ステージした内容は書き換えません）');
  if (out.staged && out.inputs.length > 0) throw new UsageError('--staged のときはファイルを指定しません（ステージした *.post.md を検査します）');
  if (!out.staged && out.inputs.length === 0) throw new UsageError('チェックするファイルを指定してください');
  return out;
}

/**
 * Expands files, directories (searched for *.post.md, see walk.ts) and globs, in a stable order, each real file once
 * (a file reached by two names or by a link is checked once). Finding nothing is a usage error.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, real = realPathOf(file)) => {
    if (!seen.has(real)) files.push(file);
    seen.add(real);
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat && !stat.isDirectory()) add(input); // FIFOs and devices too: the reader refuses them with a finding
    else if (stat?.isDirectory()) {
      const found = walkPostsWithRealPaths(input);
      if (found.length === 0) throw new UsageError(`フォルダに投稿（*.post.md）がありません: ${input}`);
      for (const f of found) add(joinDisplay(input, f.rel), f.real);
    } else {
      // tinyglobby stops at link loops; a file reached twice is dropped by `add`, one leading out is refused by the reader.
      const found = await glob(input, { dot: false, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new UsageError(`見つかりません: ${input}`);
      for (const f of found.sort()) add(f);
    }
  }
  return files;
}

function joinDisplay(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

export { formatConfigErrors } from './lintFile';

function outputWriter(args: CheckArgs): OutputWriter {
  const write = (chunk: string) => process.stdout.write(chunk);
  if (args.format === 'json') return jsonWriter(write);
  if (args.format === 'sarif') return sarifWriter(write, process.cwd());
  if (args.format === 'github') return githubWriter(write);
  return stylishWriter(write, { fix: args.fix, dryRun: args.fixDryRun });
}

export async function check(args: CheckArgs): Promise<number> {
  const staged = args.staged ? stagedPosts() : undefined;
  const files = staged ? [...staged.keys()] : await expandInputs(args.inputs);
  const options: CheckOptions = { quiet: args.quiet, fix: args.fix, fixDryRun: args.fixDryRun, withFixes: args.format === 'sarif' };
  const out = outputWriter(args);
  let errors = 0;
  let warnings = 0;
  let configError: string | undefined;
  // Results arrive in input order; each is written at once and then dropped.
  const take = (outcome: CheckOutcome): boolean => {
    if ('configError' in outcome) {
      configError = outcome.configError;
      return false;
    }
    for (const f of outcome.report.findings) {
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
    }
    out.file(outcome.report);
    return true;
  };
  const workers = effectiveWorkers(args.jobs ?? defaultJobs(), files.length);
  const linter = createFileLinter(args.config, args.inputs);
  if (workers > 1) {
    await runPool(files.map((file) => ({ file, bytes: staged?.get(file) })), workers, { config: args.config, named: args.inputs, options }, (_, outcome) => take(outcome), {
      check: (task) => checkOne(linter, task.file, options, task.bytes),
      // Shared only when the posts' config needs the tokenizer (judged by the first file's, as a cheap guess).
      dictionary: () => (linter.needsMorphology(files[0]) ? shareDictionary() : undefined),
    });
  } else {
    for (const file of files) if (!take(await checkOne(linter, file, options, staged?.get(file)))) break;
  }
  if (configError !== undefined) {
    process.stderr.write(`${configError}\n`);
    return 2;
  }
  out.end();
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    process.stderr.write(`post-policy: 警告が ${warnings} 件あり、--max-warnings ${args.maxWarnings} を超えています。\n`);
    return 1;
  }
  return 0;
}

export async function runCheck(args: string[]): Promise<number> {
  return check(parseCheckArgs(args));
}
