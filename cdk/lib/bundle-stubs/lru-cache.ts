/**
 * Stands in for lru-cache (19 KB) in the Lambda bundle (see lambda-bundling.ts): the part of its API that
 * Apollo Server uses, a least-recently-used cache bounded by entry count (`max`) and by total size
 * (`maxSize` with `sizeCalculation`, Apollo's parsed-document cache), with an optional time to live per
 * entry. Apollo's usage reporting, which uses more of it, is never enabled. tests/cdk/lru-cache-stub.test.ts
 * runs random sequences of operations against this and the real lru-cache and expects the same answers.
 *
 * A Map keeps insertion order, so its first key is the least recently used one: a read moves its key to
 * the end, and eviction takes from the front.
 */
export interface LRUCacheOptions<K, V> {
  readonly max?: number;
  readonly maxSize?: number;
  readonly sizeCalculation?: (value: V, key: K) => number;
  /** Milliseconds an entry lives; 0 or absent: until evicted. */
  readonly ttl?: number;
}

interface Entry<V> {
  readonly value: V;
  readonly size: number;
  /** performance.now() after which the entry is gone; Infinity: never. */
  readonly expiresAt: number;
}

export class LRUCache<K, V> {
  readonly #entries = new Map<K, Entry<V>>();
  readonly #options: LRUCacheOptions<K, V>;
  #totalSize = 0;

  constructor(options: LRUCacheOptions<K, V>) {
    if (!options.max && !options.maxSize && !options.ttl) {
      throw new TypeError('At least one of max, maxSize, or ttl is required');
    }
    this.#options = options;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= performance.now()) {
      this.delete(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    const entry = this.#entries.get(key);
    return entry !== undefined && entry.expiresAt > performance.now();
  }

  set(key: K, value: V, options: { readonly ttl?: number; readonly size?: number } = {}): this {
    this.delete(key);
    if (value === undefined) return this;
    const { max, maxSize, sizeCalculation } = this.#options;
    const size = options.size ?? (maxSize && sizeCalculation ? sizeCalculation(value, key) : 0);
    // lru-cache keeps nothing larger than the whole cache.
    if (maxSize && size > maxSize) return this;
    const ttl = options.ttl ?? this.#options.ttl ?? 0;
    this.#entries.set(key, { value, size, expiresAt: ttl > 0 ? performance.now() + ttl : Infinity });
    this.#totalSize += size;
    for (const oldest of this.#entries.keys()) {
      const tooMany = max !== undefined && max > 0 && this.#entries.size > max;
      const tooLarge = maxSize !== undefined && maxSize > 0 && this.#totalSize > maxSize;
      if (!tooMany && !tooLarge) break;
      this.delete(oldest);
    }
    return this;
  }

  delete(key: K): boolean {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#totalSize -= entry.size;
    return true;
  }

  clear(): void {
    this.#entries.clear();
    this.#totalSize = 0;
  }

  /** Keys from the most recently used to the least, as lru-cache gives them. */
  *keys(): Generator<K> {
    yield* [...this.#entries.keys()].reverse();
  }
}
