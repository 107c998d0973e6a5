import { describe, expect, it } from 'vitest';
import { INDEX } from '../../../../src/kernel/store/access-pattern';
import { TABLE_DEFINITION } from '../../../../src/kernel/store/table-definition';

describe('INDEX', () => {
  it('names exactly the global secondary indexes the table defines, each once', () => {
    const named = Object.values(INDEX).filter((name): name is Exclude<typeof name, null> => name !== null);
    const defined = TABLE_DEFINITION.globalSecondaryIndexes.map((index) => index.indexName);

    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...defined].sort());
  });

  it('has one entry, and only one, for the table itself (a query on its own key)', () => {
    expect(Object.values(INDEX).filter((name) => name === null)).toHaveLength(1);
  });
});
