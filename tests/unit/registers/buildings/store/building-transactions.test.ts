import { describe, expect, it } from 'vitest';
import { packTransactions } from '../../../../../src/registers/buildings/store/building-transactions';
import type { GuardedWrite } from '../../../../../src/kernel/store/table';

const write = (name: string): GuardedWrite => ({
  write: { ConditionCheck: { TableName: 't', Key: { pk: name, sk: name }, ConditionExpression: 'x' } },
});
const writes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => write(`${prefix}${i}`));
const sizes = (transactions: GuardedWrite[][]) => transactions.map((one) => one.length);

describe('packTransactions', () => {
  it('puts later groups in the first transaction while they fit, then in further ones, never splitting a group', () => {
    // 94 + 3 = 97 fits; the next 3 would make 100 (fits); 3 more go to a second transaction with the rest.
    const packed = packTransactions(writes('f', 94), [
      writes('a', 3),
      writes('b', 3),
      writes('c', 3),
      writes('d', 1),
    ]);

    expect(sizes(packed)).toEqual([100, 4]);
    expect(packed[1]?.map((w) => String(w.write.ConditionCheck?.Key?.['pk']))).toEqual([
      'c0',
      'c1',
      'c2',
      'd0',
    ]);
  });

  it('refuses, writing nothing, a first part that does not fit one transaction', () => {
    expect(() => packTransactions(writes('f', 101), [])).toThrow(/101 items in one transaction/);
    expect(sizes(packTransactions(writes('f', 100), []))).toEqual([100]);
  });
});
