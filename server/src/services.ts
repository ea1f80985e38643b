// Process-wide services the rules may use (file access, morphology), created once per process.
import { readImageHead } from './io/boundedRead';
import type { ResolvedConfig } from './config/resolved';
import type { LintServices, Rule } from './engine/rule';
import { loadMorphology } from './morphology';
import { detectFileEncoding } from './io/postFile';

/** Services for a Node process. Morphology is attached by the caller once the dictionary is ready. */
export function createNodeServices(): LintServices {
  // Images: regular files only, and only their head, where the metadata is (never /dev/zero, never a FIFO).
  return { readFile: readImageHead, detectEncoding: detectFileEncoding };
}

/** True when some rule enabled by `config` needs the tokenizer. */
export function needsMorphology(rules: readonly Rule[], config: ResolvedConfig): boolean {
  return rules.some((r) => r.needsMorphology && (config.rules[r.id]?.severity ?? r.defaultSeverity) !== 'off');
}

/**
 * For batch runs such as the CLI: attaches the tokenizer (loaded once per process and shared) the first time
 * a config enables a rule that needs it, so a run whose rules need no morphology never reads the dictionary.
 */
export async function ensureMorphology(services: LintServices, rules: readonly Rule[], config: ResolvedConfig): Promise<void> {
  if (!services.morphology && needsMorphology(rules, config)) services.morphology = await loadMorphology();
}

/** Services with the tokenizer already loaded (benchmarks, scripts). */
export async function createNodeServicesWithMorphology(): Promise<LintServices> {
  const services = createNodeServices();
  services.morphology = await loadMorphology();
  return services;
}
