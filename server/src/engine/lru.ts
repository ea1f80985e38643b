// A small least-recently-used cache keyed by a string (or a number).

interface Slot<V, K> {
  key: K;
  value: V;
  older: Slot<V, K> | undefined;
  newer: Slot<V, K> | undefined;
}

/**
 * A small LRU keyed by text: the least recently used entry goes first once there are more than `capacity`. Recency is
 * a linked list beside the Map: a hit moves its slot, where deleting and re-inserting the key (to move it to the end of
 * the Map's order) made the Map rehash all its entries every few thousand hits.
 */
export class LruCache<V, K extends string | number = string> {
  private readonly map = new Map<K, Slot<V, K>>();
  /** Least and most recently used. */
  private oldest: Slot<V, K> | undefined;
  private newest: Slot<V, K> | undefined;
  constructor(readonly capacity: number) {}
  get(key: K): V | undefined {
    const slot = this.map.get(key);
    if (slot === undefined) return undefined;
    if (slot.value !== undefined) this.touch(slot);
    return slot.value;
  }
  set(key: K, value: V): void {
    const slot = this.map.get(key);
    if (slot) {
      slot.value = value;
      this.touch(slot);
      return;
    }
    const added: Slot<V, K> = { key, value, older: this.newest, newer: undefined };
    if (this.newest) this.newest.newer = added;
    else this.oldest = added;
    this.newest = added;
    this.map.set(key, added);
    if (this.map.size > this.capacity) this.evict();
  }
  get size(): number {
    return this.map.size;
  }
  /** Makes `slot` the most recently used. */
  private touch(slot: Slot<V, K>): void {
    if (slot === this.newest) return;
    // Unlink (it has a newer neighbour, since it is not the newest)…
    slot.newer!.older = slot.older;
    if (slot.older) slot.older.newer = slot.newer;
    else this.oldest = slot.newer;
    // …and append.
    slot.older = this.newest;
    slot.newer = undefined;
    this.newest!.newer = slot;
    this.newest = slot;
  }
  private evict(): void {
    const first = this.oldest!;
    this.oldest = first.newer;
    if (this.oldest) this.oldest.older = undefined;
    else this.newest = undefined;
    this.map.delete(first.key);
  }
}
