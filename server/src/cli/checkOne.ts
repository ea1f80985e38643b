// Checks one file for `check`: lint, optional safe fixes (written, or shown as a diff), and the plain report. The same
// function runs in the main thread and in worker threads, so the output never depends on --jobs.
import { resolve } from 'node:path';
import { fixAll } from '../engine/fixAll';
import { writePostFile } from '../io/postFile';
import { lineDiff } from './diff';
import { toFileReport, type FileReport } from './fileReport';
import type { FileLinter } from './lintFile';

export interface CheckOptions {
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** Keep fixes in the report (SARIF). */
  withFixes: boolean;
}

export type CheckOutcome = { report: FileReport } | { configError: string };

export async function checkOne(linter: FileLinter, file: string, options: CheckOptions, bytes?: Uint8Array): Promise<CheckOutcome> {
  const linted = await linter.lint(file, bytes);
  if ('configError' in linted) return linted;
  if (options.fix || options.fixDryRun) {
    const fixed = await fixAll(linted.text, async (t) => (await linter.lintText(file, t)).result.findings);
    if (fixed.fixedCount > 0) {
      if (options.fix) writePostFile(resolve(file), fixed.text, linted.bom);
      const relinted = await linter.lintText(file, fixed.text);
      const report = toFileReport({ ...relinted, fixedCount: fixed.fixedCount }, options);
      if (options.fixDryRun) report.diff = lineDiff(file, linted.text, fixed.text);
      return { report };
    }
  }
  return { report: toFileReport(linted, options) };
}
