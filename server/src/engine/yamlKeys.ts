// Duplicate mapping keys in a parsed YAML document, found in one pass. The yaml library's own check
// (uniqueKeys: true) compares every key with every earlier one: 50,000 keys took ~20 s.
import { isMap, isScalar, visit, type Document } from 'yaml';

/** Ranges [start, end) of every key that repeats an earlier key of the same mapping. */
export function duplicateKeyRanges(doc: Document): [number, number][] {
  const out: [number, number][] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const k = pair.key;
        // Scalars by value (as the library compares them); other keys (rare) are left alone.
        if (!isScalar(k)) continue;
        const id = `${typeof k.value}:${String(k.value)}`;
        if (seen.has(id) && k.range) out.push([k.range[0], k.range[1]]);
        seen.add(id);
      }
    },
  });
  return out;
}

/** The library's message for a duplicate key (kept so messages stay as they were). */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';
