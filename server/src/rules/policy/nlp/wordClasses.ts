// Every word class of the semantic policy rules, compiled together on first use so that one scan of a sentence
// (nlp/lexicon.ts) finds the words of all of them.
import type { Morphology } from '../../../engine/morphology';
import CITATION from '../lexicon/citation.json';
import DISCRIMINATION from '../lexicon/discrimination.json';
import OPINION from '../lexicon/opinion.json';
import SECRET from '../lexicon/secret.json';
import UNDECIDED from '../lexicon/undecided.json';
import { compileEntries, lexicon } from './lexicon';
import type { WordClassData } from './shippedWordClasses';

/** The group words of every kind (国籍・出身・ルーツ, 家族の形, …) as one word class. */
export const GROUP_ENTRIES: string[] = Object.values(DISCRIMINATION.groups).flat();

/** Lists used as sets of entry texts, not searched for. */
const NOT_SEARCHED = new Set(['opinion.strongEvaluative', 'opinion.notEvaluativeAfter', 'discrimination.strongGeneralising', 'secret.internalSuffixes', 'secret.internalLabels', 'secret.notValues']);

const done = new WeakSet<Morphology>();

/** Every searched word class: [name, entries]. */
export function wordClassLists(): [string, string[]][] {
  const files: [string, Record<string, unknown>][] = [
    ['opinion', OPINION],
    ['discrimination', DISCRIMINATION],
    ['undecided', UNDECIDED],
    ['citation', CITATION],
    // policy/secret matches its words with regexes; its word classes are searched for the statistical layer's features.
    ['secret', SECRET],
  ];
  const out: [string, string[]][] = [];
  for (const [prefix, file] of files) {
    for (const [key, value] of Object.entries(file)) {
      const name = `${prefix}.${key}`;
      if (NOT_SEARCHED.has(name) || !Array.isArray(value)) continue;
      out.push([name, value as string[]]);
    }
  }
  out.push(['discrimination.groups', GROUP_ENTRIES]);
  return out;
}

export function compileWordClasses(morphology: Morphology): void {
  if (done.has(morphology)) return;
  done.add(morphology);
  for (const [name, entries] of wordClassLists()) lexicon(morphology, name, entries);
}

/** The same, one word class at a time with `pause` in between (the server, right after the dictionary loads). */
export async function compileWordClassesSliced(morphology: Morphology, pause: () => Promise<void>): Promise<void> {
  if (done.has(morphology)) return;
  for (const [name, entries] of wordClassLists()) {
    lexicon(morphology, name, entries);
    await pause();
  }
  done.add(morphology);
}

/** Every searched word class compiled by `morphology`, for the build to ship (see shippedWordClasses.ts). */
export function wordClassData(morphology: Morphology): WordClassData | undefined {
  if (morphology.dictionary === undefined) return undefined;
  return { dictionary: morphology.dictionary, classes: Object.fromEntries(wordClassLists().map(([name, entries]) => [name, { entries, compiled: compileEntries(morphology, entries) }])) };
}
