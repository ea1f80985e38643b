// Shared by the pii tests: one kuromoji per process, lint with the pii rules, the repository root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RawConfig } from '../../../server/src/config/schema';
import type { Morphology } from '../../../server/src/engine/morphology';
import type { LintServices, Rule } from '../../../server/src/engine/rule';
import type { Finding } from '../../../server/src/engine/types';
import { loadMorphology } from '../../../server/src/morphology';
import { piiRules } from '../../../server/src/rules/pii';
import { lintText } from '../helpers';

let morph: Morphology | undefined;

/** Loads kuromoji once (shared promise); fails loudly when the dictionary is missing. */
export async function morphology(): Promise<Morphology> {
  morph ??= await loadMorphology();
  if (!morph) throw new Error('kuromoji dictionary not found');
  return morph;
}

/** Repository root (works from out/test/unit/pii and from test/unit/pii). */
export function repoRoot(): string {
  let d = __dirname;
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
}

export function rule(id: string): Rule {
  const r = piiRules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

export interface PiiLintOptions {
  rules?: readonly Rule[];
  config?: RawConfig;
  services?: LintServices;
  filePath?: string;
}

/** Lints with the pii rules (all by default) and kuromoji loaded. */
export async function lintPii(text: string, options: PiiLintOptions = {}): Promise<Finding[]> {
  const services = { ...(options.services ?? {}), morphology: options.services?.morphology ?? (await morphology()) };
  const result = await lintText(text, { rules: options.rules ?? piiRules, config: options.config, services, filePath: options.filePath });
  return result.findings;
}

/** [rule, severity, covered text] triples, for compact assertions. */
export function summary(text: string, findings: Finding[]): [string, string, string][] {
  return findings.map((f) => [f.rule, f.severity, text.slice(f.range.start, f.range.end)]);
}
