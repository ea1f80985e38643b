// Fix-all: applies every safe fix (preferred, edit-only, marked `safe`) without a person choosing. Shared by the
// CLI (`--fix`, `--fix-dry-run`) and the editor (`source.fixAll.postPolicy`), so both change the same bytes.
import type { Finding, TextEdit } from './types';

export interface SafeEditSet {
  edits: TextEdit[];
  /** The findings whose fix was taken. */
  fixed: Finding[];
}

/** The safe fix of a finding, if it has exactly one. */
function safeFix(f: Finding) {
  return f.fixes.find((x) => x.safe && x.isPreferred && !x.configChange && x.edits.length > 0);
}

/** One non-overlapping set of safe edits for these findings (the first finding wins where fixes overlap). */
export function safeEdits(findings: readonly Finding[]): SafeEditSet {
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    const fix = safeFix(f);
    if (!fix) continue;
    const clash = fix.edits.some((e) => taken.some((t) => e.range.start < t.range.end && t.range.start < e.range.end || (e.range.start === t.range.start && e.range.end === t.range.end)));
    if (clash) continue;
    taken.push(...fix.edits);
    fixed.push(f);
  }
  return { edits: taken.sort((a, b) => a.range.start - b.range.start), fixed };
}

/** Applies non-overlapping edits (offsets into `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  return out + text.slice(at);
}

export interface FixAllResult {
  text: string;
  /** Findings fixed, over all passes. */
  fixedCount: number;
  /** Findings left after the last pass. */
  remaining: Finding[];
}

/**
 * Lints, applies the safe edits, and lints again until nothing safe is left (a fix can reveal another finding),
 * at most `maxPasses` times so a pair of fixes that undo each other cannot loop.
 */
export async function fixAll(text: string, lintText: (text: string) => Promise<Finding[]>, maxPasses = 10): Promise<FixAllResult> {
  let current = text;
  let fixedCount = 0;
  let findings = await lintText(current);
  for (let pass = 0; pass < maxPasses; pass++) {
    const { edits, fixed } = safeEdits(findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
    fixedCount += fixed.length;
    findings = await lintText(current);
  }
  return { text: current, fixedCount, remaining: findings };
}
