import fc from 'fast-check';
import { LRUCache as RealLRUCache } from 'lru-cache';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LRUCache } from '../../cdk/lib/bundle-stubs/lru-cache';

// The reference is lru-cache itself: the same operations on both must give the same answers.
type Operation =
  | { readonly kind: 'set'; readonly key: string; readonly value: string }
  | { readonly kind: 'get' | 'delete' | 'has'; readonly key: string }
  | { readonly kind: 'clear' };

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key, value: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constantFrom('get' as const, 'delete' as const, 'has' as const), key }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

interface Cache {
  get(key: string): string | undefined;
  set(key: string, value: string): unknown;
  delete(key: string): boolean;
  has(key: string): boolean;
  clear(): void;
  keys(): Iterable<string>;
  readonly size: number;
}

function run(cache: Cache, operations: readonly Operation[]): unknown[] {
  const answers: unknown[] = operations.map((op) => {
    switch (op.kind) {
      case 'set':
        cache.set(op.key, op.value);
        return null;
      case 'get':
        return cache.get(op.key);
      case 'delete':
        return cache.delete(op.key);
      case 'has':
        return cache.has(op.key);
      case 'clear':
        cache.clear();
        return null;
    }
  });
  return [...answers, [...cache.keys()], cache.size];
}

describe("the Lambda bundle's lru-cache", () => {
  afterEach(() => vi.useRealTimers());

  it('evicts by entry count as lru-cache does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(operation, { maxLength: 60 }),
        (max, operations) => {
          expect(run(new LRUCache<string, string>({ max }), operations)).toEqual(
            run(new RealLRUCache<string, string>({ max }), operations),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("evicts by total size as lru-cache does, as Apollo's document cache uses it", () => {
    const sizeCalculation = (value: string) => value.length + 1;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.array(operation, { maxLength: 60 }),
        (maxSize, operations) => {
          expect(run(new LRUCache<string, string>({ maxSize, sizeCalculation }), operations)).toEqual(
            run(new RealLRUCache<string, string>({ maxSize, sizeCalculation }), operations),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('forgets an entry once its time to live has passed', () => {
    vi.useFakeTimers();
    const cache = new LRUCache<string, string>({ max: 10 });
    cache.set('short', 'value', { ttl: 1000 });
    cache.set('long', 'value');

    vi.advanceTimersByTime(999);
    expect(cache.get('short')).toBe('value');
    vi.advanceTimersByTime(2);
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toBe('value');
  });

  it('asks for a bound, as lru-cache does', () => {
    expect(() => new LRUCache({})).toThrow(TypeError);
  });
});
