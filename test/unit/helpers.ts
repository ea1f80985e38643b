// Shared helpers for rule tests: lint a text with chosen rules and read findings back as text.
import { emptyConfig, mergeConfig, type ResolvedConfig } from '../../server/src/config/resolved';
import type { RawConfig } from '../../server/src/config/schema';
import { lint, type LintResult } from '../../server/src/engine/lint';
import type { LintServices, Rule } from '../../server/src/engine/rule';
import type { Finding, Fix } from '../../server/src/engine/types';

export interface LintTextOptions {
  rules: readonly Rule[];
  /** Config as a team would write it (merged over the empty config). */
  config?: RawConfig;
  services?: LintServices;
  filePath?: string;
  configPath?: string;
}

export function configOf(raw: RawConfig = {}): ResolvedConfig {
  return mergeConfig(emptyConfig(), raw, 'test');
}

export async function lintText(text: string, options: LintTextOptions): Promise<LintResult> {
  return lint(text, { rules: options.rules, config: configOf(options.config), services: options.services, filePath: options.filePath, configPath: options.configPath });
}

/** The document text a finding covers — tests compare this and the offsets. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.range.start, f.range.end);
}

/** Applies a fix's document edits (non-overlapping) and returns the new text. */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}
