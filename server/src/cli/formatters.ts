// CLI output formats for `check`, written file by file as results arrive (in input order): stylish (for people),
// JSON (a stable contract), GitHub Actions annotations. SARIF lives in sarif.ts.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Severity } from '../engine/types';
import type { FileReport } from './fileReport';

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  clause?: string;
}

export interface JsonFileResult {
  file: string;
  posts: { index: number; weightedLength: number; limit: number }[];
  diagnostics: JsonDiagnostic[];
}

/** A streaming formatter: `file` per checked file, in order; `end` once. */
export interface OutputWriter {
  file(report: FileReport): void;
  end(): void;
}

export type Write = (chunk: string) => void;

export function toJsonResult(r: FileReport): JsonFileResult {
  return {
    file: r.file,
    posts: r.posts,
    diagnostics: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, ...(f.clause ? { clause: f.clause } : {}) })),
  };
}

/** One JSON array, element by element. */
export function jsonWriter(write: Write): OutputWriter {
  let first = true;
  write('[');
  return {
    file(r) {
      // The element indented one level, as inside the array: stringified in a one-element array, whose brackets are cut
      // (about twice as fast as indenting every line of the element with a regex afterwards).
      const element = JSON.stringify([toJsonResult(r)], null, 2).slice(4, -2);
      write(`${first ? '\n  ' : ',\n  '}${element}`);
      first = false;
    },
    end: () => write(first ? ']\n' : '\n]\n'),
  };
}

const SEVERITY_JA: Record<Severity, string> = { error: 'エラー', warning: '警告', info: '情報', hint: 'ヒント' };

export function stylishWriter(write: Write, mode: { fix: boolean; dryRun: boolean } = { fix: false, dryRun: false }): OutputWriter {
  let files = 0;
  let errors = 0;
  let warnings = 0;
  let fixed = 0;
  const docs = new Map<string, string>();
  return {
    file(r) {
      files++;
      for (const f of r.findings) if (f.docs && !docs.has(f.rule)) docs.set(f.rule, f.docs);
      if (r.diff) write(r.diff);
      const counts = r.posts.map((p) => `${p.weightedLength}/${p.limit}`).join(', ');
      const fixedNote = r.fixedCount ? `、${mode.dryRun ? '修正できる指摘' : '修正した指摘'} ${r.fixedCount} 件` : '';
      const lines = [`${r.file}  （${r.posts.length > 1 ? `スレッド ${r.posts.length} 投稿: ` : ''}${counts}${fixedNote}）`];
      fixed += r.fixedCount ?? 0;
      for (const f of r.findings) {
        lines.push(`  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${SEVERITY_JA[f.severity]}  ${f.message}  ${f.rule}`);
        if (f.severity === 'error') errors++;
        if (f.severity === 'warning') warnings++;
      }
      write(`${lines.join('\n')}\n`);
    },
    end() {
      const fixSummary = mode.fix || mode.dryRun ? `、${mode.dryRun ? '修正できる' : '修正した'}指摘 ${fixed} 件` : '';
      write(`\n${files} ファイル: エラー ${errors} 件、警告 ${warnings} 件${fixSummary}\n`);
      // Where each reported rule is explained: the local page (works offline) or the team's docsBaseUrl.
      if (docs.size > 0) write(`\nルールの説明:\n${[...docs].sort().map(([rule, url]) => `  ${rule}  ${displayDocs(url)}`).join('\n')}\n`);
    },
  };
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
export function githubWriter(write: Write): OutputWriter {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
  return {
    file(r) {
      if (r.diff) write(r.diff);
      for (const f of r.findings) {
        const { start: s, end: e } = f.range;
        write(`::${level[f.severity]} file=${prop(r.file)},line=${s.line + 1},col=${s.character + 1},endLine=${e.line + 1},endColumn=${e.character + 1},title=${prop(f.rule)}::${esc(f.message)}\n`);
      }
    },
    end() {},
  };
}

/** A bundled page as a path relative to the current folder (clickable in terminals); a hosted page as its URL. */
function displayDocs(url: string): string {
  if (!url.startsWith('file:')) return url;
  const path = fileURLToPath(url);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') && rel.split(sep).length > 6 ? path : rel;
}
