// What a checked file becomes before output: plain data with positions already computed, so a worker thread can
// send it to the main thread and a formatter can write it out and forget it (memory stays flat with the file count).
import type { Position } from '../engine/lineIndex';
import { LineIndex } from '../engine/lineIndex';
import { ruleDocsUrl } from '../engine/rule';
import type { Finding, Severity } from '../engine/types';
import type { LintedFile } from './lintFile';

export interface ReportRange {
  start: Position;
  end: Position;
}

export interface ReportFix {
  title: string;
  edits: { range: ReportRange; newText: string }[];
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  message: string;
  clause?: string;
  range: ReportRange;
  fixes: ReportFix[];
  /** The rule's documentation: the team's docsBaseUrl page, or the bundled file (URL). */
  docs?: string;
}

export interface FileReport {
  /** As given on the command line. */
  file: string;
  posts: { index: number; weightedLength: number; limit: number }[];
  findings: ReportFinding[];
  fixedCount?: number;
  /** --fix-dry-run: the unified diff of the safe fixes. */
  diff?: string;
}

/** `quiet`: errors only. `withFixes`: keep each finding's fixes (SARIF shows them). */
export function toFileReport(linted: LintedFile, options: { quiet: boolean; withFixes: boolean }): FileReport {
  const index = new LineIndex(linted.text);
  const range = (r: { start: number; end: number }): ReportRange => ({ start: index.positionAt(r.start), end: index.positionAt(r.end) });
  const shown: Finding[] = options.quiet ? linted.result.findings.filter((f) => f.severity === 'error') : linted.result.findings;
  return {
    file: linted.file,
    posts: linted.result.posts.map((p) => ({ index: p.index, weightedLength: p.weightedLength, limit: p.limit })),
    findings: shown.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.clause ? { clause: f.clause } : {}),
      range: range(f.range),
      docs: ruleDocsUrl(f.rule, linted.loaded.config?.docsBaseUrl),
      fixes: options.withFixes ? f.fixes.filter((x) => x.edits.length > 0).map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: range(e.range), newText: e.newText })) })) : [],
    })),
    ...(linted.fixedCount ? { fixedCount: linted.fixedCount } : {}),
  };
}
