// CLI output formats for `check`: stylish (for people) and JSON (a stable contract). SARIF lives in sarif.ts.
import type { LineIndex } from '../engine/lineIndex';
import type { LintResult } from '../engine/lint';
import type { Finding } from '../engine/types';

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

/** What a formatter gets per file: the findings to show (after --quiet) and a line index of the linted text. */
export interface ShownFile {
  file: string;
  result: LintResult;
  findings: Finding[];
  index: LineIndex;
  fixedCount?: number;
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

export function toJsonResult(r: ShownFile): JsonFileResult {
  return {
    file: r.file,
    posts: r.result.posts.map((p) => ({ index: p.index, weightedLength: p.weightedLength, limit: p.limit })),
    diagnostics: r.findings.map((f) => toJsonDiagnostic(f, r.index)),
  };
}

const SEVERITY_JA: Record<Finding['severity'], string> = { error: 'エラー', warning: '警告', info: '情報', hint: 'ヒント' };

export function stylish(results: ShownFile[], mode: { fix: boolean; dryRun: boolean } = { fix: false, dryRun: false }): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixed = 0;
  for (const { file, result, findings, index, fixedCount } of results) {
    const counts = result.posts.map((p) => `${p.weightedLength}/${p.limit}`).join(', ');
    const fixedNote = fixedCount ? `、${mode.dryRun ? '修正できる指摘' : '修正した指摘'} ${fixedCount} 件` : '';
    lines.push(`${file}  （${result.posts.length > 1 ? `スレッド ${result.posts.length} 投稿: ` : ''}${counts}${fixedNote}）`);
    fixed += fixedCount ?? 0;
    for (const f of findings) {
      const p = index.positionAt(f.range.start);
      lines.push(`  ${p.line + 1}:${p.character + 1}  ${SEVERITY_JA[f.severity]}  ${f.message}  ${f.rule}`);
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
    }
  }
  const fixSummary = mode.fix || mode.dryRun ? `、${mode.dryRun ? '修正できる' : '修正した'}指摘 ${fixed} 件` : '';
  lines.push('', `${results.length} ファイル: エラー ${errors} 件、警告 ${warnings} 件${fixSummary}`);
  return lines.join('\n');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
export function githubAnnotations(results: ShownFile[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const s = r.index.positionAt(f.range.start);
      const e = r.index.positionAt(f.range.end);
      lines.push(`::${level[f.severity]} file=${prop(r.file)},line=${s.line + 1},col=${s.character + 1},endLine=${e.line + 1},endColumn=${e.character + 1},title=${prop(f.rule)}::${esc(f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
