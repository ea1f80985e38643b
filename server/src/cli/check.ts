// `post-policy check`: lints files, directories and globs; stylish or JSON output; exit 0/1/2.
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { loadConfigFile, loadConfigForPost, type ConfigDiagnostic, type LoadedConfig } from '../config/load';
import { LineIndex } from '../engine/lineIndex';
import { lint, type LintResult } from '../engine/lint';
import type { Finding } from '../engine/types';
import { readBoundedText } from '../io/boundedRead';
import { allRules } from '../rules';
import { createNodeServices, ensureMorphology } from '../services';
import { readPostFile } from './postFile';
import { UsageError } from './usage';

export const CHECK_USAGE = `post-policy check [--format stylish|json] [--config FILE] <ファイル・フォルダ・glob…>
    フォルダは *.post.md を再帰的に探します。
    終了コード: 0 = エラーなし, 1 = error の指摘あり, 2 = 使い方または設定の誤り`;

export interface JsonDiagnostic {
  rule: string;
  severity: Finding['severity'];
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  clause?: string;
}

export interface JsonFileResult {
  file: string;
  posts: { index: number; weightedLength: number; limit: number }[];
  diagnostics: JsonDiagnostic[];
}

export interface CheckArgs {
  format: 'stylish' | 'json';
  config?: string;
  inputs: string[];
}

export function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { format: 'stylish', inputs: [] };
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
      if (f !== 'stylish' && f !== 'json') throw new UsageError(`--format は stylish か json です（指定: ${f}）`);
      out.format = f;
    } else if (a === '--config' || a.startsWith('--config=')) out.config = value('--config');
    else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else out.inputs.push(a);
  }
  if (out.inputs.length === 0) throw new UsageError('チェックするファイルを指定してください');
  return out;
}

/** Expands files, directories (searched for *.post.md) and globs, in a stable order. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat && !stat.isDirectory()) files.push(input); // FIFOs and devices too: readPostFile refuses them with a finding
    else if (stat?.isDirectory()) {
      const found = await glob('**/*.post.md', { cwd: input, dot: false, ignore: ['**/node_modules/**'] });
      files.push(...found.sort().map((f) => joinDisplay(input, f)));
    } else {
      const found = await glob(input, { dot: false, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new UsageError(`見つかりません: ${input}`);
      files.push(...found.sort());
    }
  }
  return [...new Set(files)];
}

function joinDisplay(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

function toJsonDiagnostic(f: Finding, index: LineIndex): JsonDiagnostic {
  const d: JsonDiagnostic = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: { start: index.positionAt(f.range.start), end: index.positionAt(f.range.end) },
  };
  if (f.clause) d.clause = f.clause;
  return d;
}

export function formatConfigErrors(diags: ConfigDiagnostic[]): string {
  const texts = new Map<string, LineIndex>();
  return diags
    .filter((d) => !d.reference) // the root causes, once (an extends chain would repeat them per level)
    .map((d) => {
      let idx = texts.get(d.file);
      if (!idx) {
        let text = '';
        try {
          text = readBoundedText(d.file, 'config') ?? '';
        } catch {
          /* unreadable: position 0 */
        }
        texts.set(d.file, (idx = new LineIndex(text)));
      }
      const p = idx.positionAt(d.range.start);
      return `${relative(process.cwd(), d.file) || d.file}:${p.line + 1}:${p.character + 1}: 設定エラー: ${d.message}`;
    })
    .join('\n');
}

const SEVERITY_JA: Record<Finding['severity'], string> = { error: 'エラー', warning: '警告', info: '情報', hint: 'ヒント' };

function stylish(results: { file: string; result: LintResult; index: LineIndex }[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, result, index } of results) {
    const counts = result.posts.map((p) => `${p.weightedLength}/${p.limit}`).join(', ');
    lines.push(`${file}  （${result.posts.length > 1 ? `スレッド ${result.posts.length} 投稿: ` : ''}${counts}）`);
    for (const f of result.findings) {
      const p = index.positionAt(f.range.start);
      lines.push(`  ${p.line + 1}:${p.character + 1}  ${SEVERITY_JA[f.severity]}  ${f.message}  ${f.rule}`);
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
    }
  }
  lines.push('', `${results.length} ファイル: エラー ${errors} 件、警告 ${warnings} 件`);
  return lines.join('\n');
}

export async function check(args: CheckArgs): Promise<number> {
  const files = await expandInputs(args.inputs);
  const explicit: LoadedConfig | undefined = args.config ? loadConfigFile(resolve(args.config)) : undefined;
  const cache = new Map<string, LoadedConfig>();
  const services = createNodeServices();
  const results: { file: string; result: LintResult; index: LineIndex }[] = [];
  for (const file of files) {
    const absolute = resolve(file);
    // Posts in one folder share their config: look it up once per folder.
    const dir = dirname(absolute);
    let loaded = explicit ?? cache.get(dir);
    if (!loaded) cache.set(dir, (loaded = loadConfigForPost(absolute)));
    if (!loaded.config) {
      process.stderr.write(`${formatConfigErrors(loaded.diagnostics)}\n`);
      return 2;
    }
    // kuromoji is loaded once for all files, and only when a rule that needs it is enabled.
    await ensureMorphology(services, allRules, loaded.config);
    const read = await readPostFile(absolute);
    if (!read.ok) {
      results.push({ file, result: read.result, index: new LineIndex('') });
      continue;
    }
    const text = read.text;
    const result = await lint(text, { rules: allRules, config: loaded.config, services, filePath: absolute, configPath: loaded.path });
    results.push({ file, result, index: new LineIndex(text) });
  }
  if (args.format === 'json') {
    const json: JsonFileResult[] = results.map(({ file, result, index }) => ({
      file,
      posts: result.posts.map((p) => ({ index: p.index, weightedLength: p.weightedLength, limit: p.limit })),
      diagnostics: result.findings.map((f) => toJsonDiagnostic(f, index)),
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else process.stdout.write(`${stylish(results)}\n`);
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export async function runCheck(args: string[]): Promise<number> {
  return check(parseCheckArgs(args));
}
