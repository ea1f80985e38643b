// Loads the Japanese morphology service once per process. Implemented with kuromoji (see kuromoji.ts).
import type { Morphology } from '../engine/morphology';
import { buildTokenizer, findDictionary, KuromojiMorphology } from './kuromoji';

let loading: Promise<Morphology | undefined> | undefined;

/** Milliseconds since process start when the tokenizer became ready (for the benchmark and logs). */
export let morphologyReadyAt: number | undefined;

/**
 * Resolves to the analyser, or undefined when it cannot be loaded (rules needing it then stay silent).
 * The dictionary is read once per process: every caller shares the same promise.
 */
export function loadMorphology(): Promise<Morphology | undefined> {
  loading ??= (async () => {
    const dir = findDictionary();
    if (!dir) return undefined;
    try {
      const morphology = new KuromojiMorphology(await buildTokenizer(dir));
      morphologyReadyAt = process.uptime() * 1000;
      return morphology;
    } catch {
      return undefined;
    }
  })();
  return loading;
}
