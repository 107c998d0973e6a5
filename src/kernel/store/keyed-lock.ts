/**
 * One-at-a-time sections per key, within this process. The changes feed numbers every change of a council
 * through one counter item (change-feed.ts): writers of the same council that read the counter at the same
 * moment race, one commits and the others read it again. Across processes that race stays and is settled by
 * the counter's condition; inside one process (an import, the local server, a test) the writers of a council
 * take turns here instead, so no one's transaction is sent only to be cancelled, and fifty concurrent creates
 * in one council commit fifty changes rather than exhaust their attempts.
 *
 * Keys are taken in sorted order, so two sections over overlapping keys cannot wait on each other.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(keys: readonly string[], section: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const releases: (() => void)[] = [];
    try {
      for (const key of sorted) releases.push(await this.#acquire(key));
      return await section();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  /** How many keys have a holder or waiters now (0 once every section has ended). */
  get busyKeys(): number {
    return this.#tails.size;
  }

  async #acquire(key: string): Promise<() => void> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.#tails.set(key, tail);
    await previous;
    return () => {
      release();
      // The last in line leaves no entry behind.
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
  }
}
