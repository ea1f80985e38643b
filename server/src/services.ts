// Process-wide services the rules may use (file access, morphology), created once per process.
import { readFile } from 'node:fs/promises';
import type { LintServices } from './engine/rule';

/** Services for a Node process. Morphology is attached by the caller once the dictionary is ready. */
export function createNodeServices(): LintServices {
  return { readFile: async (path) => new Uint8Array(await readFile(path)) };
}
