// kuromoji 0.1.2's ViterbiBuilder.build (the word lattice of one sentence), rewritten to allocate only its nodes.
//
// The original wraps the rest of the sentence in a SurrogateAwareString at every position (an index array as long
// as the tail: quadratic garbage), slices the tail, wraps the head character again, asks the trie for a fresh array
// of {k, v} objects, reads the word map through a view per look-up and parses every id with parseInt. Half of all
// the bytes the engine allocated per post were these. The nodes, their order and every field are the original's.

// Internals of kuromoji 0.1.2 (CommonJS); typed here only as far as we use them.
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number | boolean;
  is_grouping: number | boolean;
}
interface ShortBuffer {
  getShort(index: number): number;
}
export interface LatticeDictionaries {
  token_info_dictionary: { dictionary: ShortBuffer };
  unknown_dictionary: { dictionary: ShortBuffer; target_map: Record<number, ArrayLike<number>>; lookup(ch: string): CharacterClass };
}
type ViterbiNodeCtor = new (name: number, cost: number, startPos: number, length: number, type: string, leftId: number, rightId: number, surface: string) => unknown;
interface ViterbiLattice {
  append(node: unknown): void;
  appendEos(): void;
}
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode') as ViterbiNodeCtor;
const ViterbiLatticeCtor = require('kuromoji/src/viterbi/ViterbiLattice') as new () => ViterbiLattice;

/** Calls `visit(end, v)` for every dictionary word that is a prefix of text.slice(from), shortest first (see prefixSearch). */
export type PrefixVisitor = (text: string, from: number, visit: (end: number, v: number | undefined) => void) => void;

/** The word map as kuromoji's builder reads it: the token ids of trie record `v` are ints[q + 1 … q + ints[q]], q = at[v]. */
export interface TargetIndex {
  ints: Int32Array;
  at: Int32Array;
}

/** A builder with kuromoji's signature, for `tokenizer.viterbi_builder.build`. */
export function latticeBuilder(dic: LatticeDictionaries, eachPrefix: PrefixVisitor, target: TargetIndex): (sentence: string) => ViterbiLattice {
  const known = dic.token_info_dictionary.dictionary;
  const unknown = dic.unknown_dictionary;
  // The class of a character depends only on its first UTF-16 unit (a surrogate pair is always DEFAULT).
  const classMemo: (CharacterClass | undefined)[] = [];
  const classOf = (code: number) => (classMemo[code] ??= unknown.lookup(String.fromCharCode(code)));
  // Per sentence, reused: the UTF-16 start of each code point (one past the end at the last index).
  let starts = new Int32Array(64);

  let lattice: ViterbiLattice;
  let pos = 0;
  let found = 0;
  let sentence = '';
  const addKnown = (end: number, v: number | undefined) => {
    found++;
    const q = v !== undefined && v >= 0 && v < target.at.length ? target.at[v] : -1;
    if (q < 0) return;
    const from = starts[pos];
    const key = sentence.slice(from, end);
    for (let i = q + 1, last = q + target.ints[q]; i <= last; i++) {
      const id = target.ints[i];
      lattice.append(new ViterbiNode(id, known.getShort(id + 4), pos + 1, key.length, 'KNOWN', known.getShort(id), known.getShort(id + 2), key));
    }
  };

  return (text) => {
    sentence = text;
    lattice = new ViterbiLatticeCtor();
    const length = codePointStarts(text);
    for (pos = 0; pos < length; pos++) {
      found = 0;
      eachPrefix(text, starts[pos], addKnown);
      const head = classOf(text.charCodeAt(starts[pos]));
      if (found === 0 || head.is_always_invoke === 1) addUnknown(text, length, head);
    }
    lattice.appendEos();
    return lattice;
  };

  /** Fills `starts` for `text`; returns its number of code points (kuromoji's SurrogateAwareString). */
  function codePointStarts(text: string): number {
    if (starts.length < text.length + 1) starts = new Int32Array(2 * text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      starts[n++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
    starts[n] = text.length;
    return n;
  }

  /** The unknown-word nodes at `pos`: the head character, or the run of characters of its class when it groups. */
  function addUnknown(text: string, length: number, head: CharacterClass): void {
    let end = starts[pos + 1];
    // kuromoji's key stays a SurrogateAwareString of length 1 until a character is appended, then is a plain string.
    let grouped = false;
    if (head.is_grouping === 1) {
      for (let k = pos + 1; k < length; k++) {
        if (classOf(text.charCodeAt(starts[k])).class_name !== head.class_name) break;
        end = starts[k + 1];
        grouped = true;
      }
    }
    const key = text.slice(starts[pos], end);
    const keyLength = grouped ? key.length : 1;
    const ids = unknown.target_map[head.class_id];
    for (let j = 0; j < ids.length; j++) {
      const id = parseInt(ids[j] as unknown as string);
      const d = unknown.dictionary;
      lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, keyLength, 'UNKNOWN', d.getShort(id), d.getShort(id + 2), key));
    }
  }
}
