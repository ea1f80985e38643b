// Engine findings → LSP diagnostics. Kept apart from convert.ts (code actions, config edits) because the
// quick first pass (quickPass.ts, in dist/server.js) needs only this (no config loader, no zod).
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { LineIndex } from '../engine/lineIndex';
import { ruleDocsUrl } from '../engine/rule';
import type { Finding, OffsetRange, Severity } from '../engine/types';

export const SOURCE = 'post-policy';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(index: LineIndex, r: OffsetRange): Range {
  return { start: index.positionAt(r.start), end: index.positionAt(r.end) };
}

export function toDiagnostic(f: Finding, index: LineIndex, docsBaseUrl?: string): Diagnostic {
  const href = ruleDocsUrl(f.rule, docsBaseUrl);
  return {
    range: toRange(index, f.range),
    severity: SEVERITY[f.severity],
    code: f.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: f.message,
    data: { rule: f.rule, start: f.range.start, end: f.range.end },
  };
}
