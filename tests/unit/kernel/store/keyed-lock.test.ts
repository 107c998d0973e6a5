import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../../../src/kernel/store/keyed-lock';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('taking turns per key', () => {
  it('runs sections of one key one at a time, in the order they asked', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        lock.run(['E07000078'], async () => {
          inside += 1;
          most = Math.max(most, inside);
          events.push(`start ${i}`);
          await tick();
          events.push(`end ${i}`);
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(events).toEqual(Array.from({ length: 20 }, (_, i) => [`start ${i}`, `end ${i}`]).flat());
    expect(lock.busyKeys).toBe(0);
  });

  it('lets sections of different keys run at the same time', async () => {
    const lock = new KeyedLock();
    let inside = 0;
    let most = 0;
    const section = async () => {
      inside += 1;
      most = Math.max(most, inside);
      await tick();
      await tick();
      inside -= 1;
    };
    await Promise.all([lock.run(['a'], section), lock.run(['b'], section), lock.run(['c'], section)]);
    expect(most).toBe(3);
  });

  it('never deadlocks on overlapping keys asked in opposite orders, and frees a key after a failure', async () => {
    const lock = new KeyedLock();
    const done: string[] = [];
    const results = await Promise.allSettled([
      lock.run(['a', 'b'], async () => {
        await tick();
        done.push('ab');
      }),
      lock.run(['b', 'a'], async () => {
        await tick();
        throw new Error('refused');
      }),
      lock.run(['b'], async () => {
        done.push('b');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([...done].sort()).toEqual(['ab', 'b']);
    expect(lock.busyKeys).toBe(0);
  });
});
