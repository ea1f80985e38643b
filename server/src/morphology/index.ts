// Loads the Japanese morphology service once per process. Implemented with kuromoji (see kuromoji.ts).
import type { Morphology } from '../engine/morphology';
import { buildTokenizer, findDictionary, KuromojiMorphology, readSharedDictionary, tokenizerFromBytes, type DictionaryBytes } from './kuromoji';

let loading: Promise<Morphology | undefined> | undefined;
/** Dictionary bytes handed over by another thread (check --jobs), used instead of reading the files. */
let provided: DictionaryBytes | undefined;

/** Milliseconds since process start when the tokenizer became ready (for the benchmark and logs). */
export let morphologyReadyAt: number | undefined;

/**
 * Resolves to the analyser, or undefined when it cannot be loaded (rules needing it then stay silent).
 * The dictionary is read once per process: every caller shares the same promise.
 */
export function loadMorphology(): Promise<Morphology | undefined> {
  loading ??= (async () => {
    const dir = provided ? undefined : findDictionary();
    if (!provided && !dir) return undefined;
    try {
      const morphology = new KuromojiMorphology(provided ? tokenizerFromBytes(provided) : await buildTokenizer(dir!));
      morphologyReadyAt = process.uptime() * 1000;
      return morphology;
    } catch {
      return undefined;
    }
  })();
  return loading;
}

/**
 * Reads the dictionary into shared memory for this thread and returns it for worker threads (useDictionary), or
 * undefined when it is not available decompressed (each thread then loads its own, as before).
 */
export function shareDictionary(): DictionaryBytes | undefined {
  if (loading) return undefined;
  const dir = findDictionary();
  provided ??= dir ? readSharedDictionary(dir) : undefined;
  return provided;
}

/** In a worker thread: the dictionary another thread read (shareDictionary), used by the next loadMorphology. */
export function useDictionary(bytes: DictionaryBytes): void {
  provided ??= bytes;
}
