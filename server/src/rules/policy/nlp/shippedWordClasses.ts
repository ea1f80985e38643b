// Word classes as the build compiled them (dist/word-classes.json, written by scripts/build.mjs with wordClassData()):
// without them every thread that lints (each `check --jobs` thread, the language server) tokenizes the ~2,100 entries
// three ways at start-up, ~200 ms of CPU each time, to arrive at the same entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Morphology } from '../../../engine/morphology';
import type { Entry } from './lexicon';

/** Next to the bundle that reads it (dist/); tests run from out/, where there is none, and compile as before. */
export const WORD_CLASSES_FILE = 'word-classes.json';

export interface WordClassData {
  /** The analyser that cut the entries (Morphology.dictionary). */
  dictionary: string;
  /** Per word class: its entry texts as the lexicon files have them, and the entries they compiled to. */
  classes: Record<string, { entries: string[]; compiled: Entry[] }>;
}

let shipped: WordClassData | null | undefined;

function load(): WordClassData | null {
  if (shipped === undefined) {
    try {
      shipped = JSON.parse(readFileSync(join(__dirname, WORD_CLASSES_FILE), 'utf8')) as WordClassData;
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

/** The build's entries of a word class, when the same analyser compiled them from exactly these entry texts. */
export function shippedEntries(morphology: Morphology, name: string, entries: readonly string[]): Entry[] | undefined {
  if (morphology.dictionary === undefined) return undefined;
  const data = load();
  const c = data && data.dictionary === morphology.dictionary && Object.hasOwn(data.classes, name) ? data.classes[name] : undefined;
  if (!c || c.entries.length !== entries.length || c.entries.some((e, i) => e !== entries[i])) return undefined;
  return c.compiled;
}
