// kuromoji 0.1.2's Tokenizer.tokenize (word lattice, Viterbi search, IPADIC feature lines) on reused typed arrays.
//
// kuromoji builds an object per lattice node (about 30 per character), wraps the rest of the sentence in a
// SurrogateAwareString at every position (quadratic garbage), asks the trie for fresh {k, v} arrays, splits the feature
// line of every token and formats a token object: over half of all the bytes the engine allocated per post. This
// walks the same lattice in the same order with the same costs and ties, and hands each word of the best path to a
// visitor with its feature line split once per dictionary entry. A unit test compares it with kuromoji token by token.

// Internals of kuromoji 0.1.2 (CommonJS); typed here only as far as we use them.
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number | boolean;
  is_grouping: number | boolean;
}
interface WordDictionary {
  dictionary: { getShort(index: number): number };
  getFeatures(id: number): string;
}
export interface ViterbiDictionaries {
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary & { target_map: Record<number, ArrayLike<number>>; lookup(ch: string): CharacterClass };
  connection_costs: { get(right: number, left: number): number };
}

/** Calls `visit(end, v)` for every dictionary word that is a prefix of text.slice(from), shortest first (see prefixSearch). */
export type PrefixVisitor = (text: string, from: number, visit: (end: number, v: number | undefined) => void) => void;

/** The word map as kuromoji's builder reads it: the token ids of trie record `v` are ints[q + 1 … q + ints[q]], q = at[v]. */
export interface TargetIndex {
  ints: Int32Array;
  at: Int32Array;
}

/**
 * One word of the best path: its surface form, IPADIC's feature line split at commas (品詞, 細分類 1–3, 活用型,
 * 活用形, 原形, 読み, 発音), and whether it is a dictionary word (an unknown word's reading is not read, as in kuromoji).
 */
export type WordVisitor = (surface: string, features: readonly string[], known: boolean) => void;

const BOS = 0;
const KNOWN = 1;
const UNKNOWN = 2;
const EOS = 3;

/** Split feature lines kept per entry: the dictionary never changes. Bounded like the feature cache of kuromoji.ts. */
const FEATURE_CACHE_LIMIT = 50000;

/** kuromoji's lattice (nodes_end_at: node lists by the position of their last character) as parallel arrays. */
class Lattice {
  size = 0;
  kind = new Uint8Array(256);
  name = new Int32Array(256);
  cost = new Int32Array(256);
  start = new Int32Array(256);
  left = new Int32Array(256);
  right = new Int32Array(256);
  /** UTF-16 offsets of the word in the sentence (its surface, read for unknown words). */
  from = new Int32Array(256);
  to = new Int32Array(256);
  best = new Float64Array(256);
  prev = new Int32Array(256);
  /** The next node in the same end position's list, in append order (-1: last). */
  next = new Int32Array(256);
  head = new Int32Array(64);
  tail = new Int32Array(64);
  /** kuromoji's nodes_end_at.length - 1 and eos_pos. */
  lastList = 0;
  eosPos = 1;

  /** Empty lists for a sentence of `units` UTF-16 units (a known word's length is in units, its start in characters). */
  reset(units: number): void {
    const lists = 2 * units + 4;
    if (this.head.length < lists) {
      this.head = new Int32Array(2 * lists);
      this.tail = new Int32Array(2 * lists);
    }
    this.head.fill(-1, 0, lists);
    this.size = 0;
    this.lastList = 0;
    this.eosPos = 1;
    this.link(this.node(BOS, -1, 0, 0, 0, 0, 0, 0), 0);
  }

  /** ViterbiLattice.append: listed under its last character. */
  append(kind: number, name: number, cost: number, start: number, length: number, left: number, right: number, from: number, to: number): void {
    const lastPos = start + length - 1;
    if (this.eosPos < lastPos) this.eosPos = lastPos;
    this.link(this.node(kind, name, cost, start, left, right, from, to), lastPos);
  }

  /** ViterbiLattice.appendEos: after the last list, one position past eos_pos. */
  appendEos(): void {
    const list = this.lastList + 1;
    this.eosPos++;
    this.link(this.node(EOS, -1, 0, this.eosPos, 0, 0, 0, 0), list);
  }

  listAt(i: number): number {
    return i <= this.lastList ? this.head[i] : -1;
  }

  private link(n: number, list: number): void {
    if (list >= this.head.length) this.growLists(list);
    if (list > this.lastList) {
      this.head.fill(-1, this.lastList + 1, list + 1);
      this.lastList = list;
    }
    if (this.head[list] < 0) this.head[list] = n;
    else this.next[this.tail[list]] = n;
    this.tail[list] = n;
  }

  private node(kind: number, name: number, cost: number, start: number, left: number, right: number, from: number, to: number): number {
    if (this.size === this.kind.length) this.growNodes();
    const n = this.size++;
    this.kind[n] = kind;
    this.name[n] = name;
    this.cost[n] = cost;
    this.start[n] = start;
    this.left[n] = left;
    this.right[n] = right;
    this.from[n] = from;
    this.to[n] = to;
    this.best[n] = kind === BOS ? 0 : Number.MAX_VALUE;
    this.prev[n] = -1;
    this.next[n] = -1;
    return n;
  }

  private growNodes(): void {
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(2 * a.length);
      b.set(a);
      return b;
    };
    this.kind = grow(this.kind);
    this.name = grow(this.name);
    this.cost = grow(this.cost);
    this.start = grow(this.start);
    this.left = grow(this.left);
    this.right = grow(this.right);
    this.from = grow(this.from);
    this.to = grow(this.to);
    this.best = grow(this.best);
    this.prev = grow(this.prev);
    this.next = grow(this.next);
  }

  private growLists(list: number): void {
    const head = new Int32Array(2 * list + 2);
    const tail = new Int32Array(2 * list + 2);
    head.set(this.head);
    tail.set(this.tail);
    this.head = head;
    this.tail = tail;
  }
}

/** A tokenizer with kuromoji 0.1.2's results: `tokenize(text, visit)` visits the words of `text` in order. */
export function viterbiTokenizer(dic: ViterbiDictionaries, eachPrefix: PrefixVisitor, target: TargetIndex): (text: string, visit: WordVisitor) => void {
  const known = dic.token_info_dictionary;
  const unknown = dic.unknown_dictionary;
  const costs = dic.connection_costs;
  // The class of a character depends only on its first UTF-16 unit (a surrogate pair is always DEFAULT).
  const classMemo: (CharacterClass | undefined)[] = [];
  const classOf = (code: number) => (classMemo[code] ??= unknown.lookup(String.fromCharCode(code)));
  const knownFeatures = new Map<number, readonly string[]>();
  const unknownFeatures = new Map<number, readonly string[]>();
  const featuresOf = (cache: Map<number, readonly string[]>, d: WordDictionary, id: number) => {
    let f = cache.get(id);
    if (f === undefined) {
      if (cache.size > FEATURE_CACHE_LIMIT) cache.clear();
      cache.set(id, (f = d.getFeatures(id).split(',')));
    }
    return f;
  };

  const lattice = new Lattice();
  // The UTF-16 start of each character of the sentence (one past the end at the last index), and the best path.
  let starts = new Int32Array(64);
  let path = new Int32Array(64);
  let sentence = '';
  let pos = 0;
  let found = 0;
  const addKnown = (end: number, v: number | undefined) => {
    found++;
    const q = v !== undefined && v >= 0 && v < target.at.length ? target.at[v] : -1;
    if (q < 0) return;
    const d = known.dictionary;
    const from = starts[pos];
    for (let i = q + 1, last = q + target.ints[q]; i <= last; i++) {
      const id = target.ints[i];
      lattice.append(KNOWN, id, d.getShort(id + 4), pos + 1, end - from, d.getShort(id), d.getShort(id + 2), from, end);
    }
  };

  /** Fills `starts`; returns the number of characters (kuromoji's SurrogateAwareString: a high surrogate takes two units). */
  function characterStarts(text: string): number {
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

  /** ViterbiBuilder.build: dictionary words at every character, and unknown words where none starts or the class always invokes. */
  function build(text: string): void {
    sentence = text;
    lattice.reset(text.length);
    const length = characterStarts(text);
    for (pos = 0; pos < length; pos++) {
      found = 0;
      eachPrefix(text, starts[pos], addKnown);
      const head = classOf(text.charCodeAt(starts[pos]));
      if (found === 0 || head.is_always_invoke === 1) addUnknown(text, length, head);
    }
    lattice.appendEos();
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
    const from = starts[pos];
    const keyLength = grouped ? end - from : 1;
    const ids = unknown.target_map[head.class_id];
    const d = unknown.dictionary;
    for (let j = 0; j < ids.length; j++) {
      const id = parseInt(ids[j] as unknown as string);
      lattice.append(UNKNOWN, id, d.getShort(id + 4), pos + 1, keyLength, d.getShort(id), d.getShort(id + 2), from, end);
    }
  }

  /** ViterbiSearcher.forward: the cheapest way into every node. Its `shortest_prev_node` is declared once per search. */
  function forward(): void {
    const L = lattice;
    let shortestPrev = -1;
    for (let i = 1; i <= L.eosPos; i++) {
      for (let n = L.listAt(i); n >= 0; n = L.next[n]) {
        let cost = Number.MAX_VALUE;
        const p0 = L.listAt(L.start[n] - 1);
        if (p0 < 0) continue;
        const left = L.left[n];
        const own = L.cost[n];
        for (let p = p0; p >= 0; p = L.next[p]) {
          const c = L.best[p] + costs.get(L.right[p], left) + own;
          if (c < cost) {
            shortestPrev = p;
            cost = c;
          }
        }
        L.prev[n] = shortestPrev;
        L.best[n] = cost;
      }
    }
  }

  /** ViterbiSearcher.backward: the best path's nodes into `path`, last first; their number (0 when it breaks off). */
  function backward(): number {
    const L = lattice;
    let n = L.prev[L.head[L.lastList]];
    let count = 0;
    if (n < 0) return 0;
    while (L.kind[n] !== BOS) {
      if (count === path.length) {
        const longer = new Int32Array(2 * path.length);
        longer.set(path);
        path = longer;
      }
      path[count++] = n;
      if (L.prev[n] < 0) return 0;
      n = L.prev[n];
    }
    return count;
  }

  function tokenizeSentence(text: string, visit: WordVisitor): void {
    build(text);
    forward();
    const L = lattice;
    for (let k = backward() - 1; k >= 0; k--) {
      const n = path[k];
      if (L.kind[n] === KNOWN) {
        const f = featuresOf(knownFeatures, known, L.name[n]);
        visit(f[0], f, true);
      } else visit(sentence.slice(L.from[n], L.to[n]), featuresOf(unknownFeatures, unknown, L.name[n]), false);
    }
  }

  // Tokenizer.splitByPunctuation: each sentence ends after 、 or 。 and is searched on its own.
  return (text, visit) => {
    let at = 0;
    while (at < text.length) {
      let end = at;
      while (end < text.length && text[end] !== '、' && text[end] !== '。') end++;
      end = Math.min(end + 1, text.length);
      tokenizeSentence(at === 0 && end === text.length ? text : text.slice(at, end), visit);
      at = end;
    }
  };
}
