import { describe, expect, it } from 'vitest';
import { buildCreateTableInput } from '../../../../src/kernel/store/ensure-table';
import { TABLE_DEFINITION, listKeyAttributes } from '../../../../src/kernel/store/table-definition';

describe('buildCreateTableInput', () => {
  const input = buildCreateTableInput('mash-register-test');

  it('names the table it is given and bills per request', () => {
    expect(input.TableName).toBe('mash-register-test');
    expect(input.BillingMode).toBe('PAY_PER_REQUEST');
    expect(input).not.toHaveProperty('ProvisionedThroughput');
  });

  it('defines every key attribute of the table and its indexes once, as a string', () => {
    const names = (input.AttributeDefinitions ?? []).map((attribute) => attribute.AttributeName);

    expect(names).toEqual([
      'pk',
      'sk',
      'gsi1pk',
      'gsi1sk',
      'gsi2pk',
      'gsi2sk',
      'gsi3pk',
      'gsi3sk',
      'gsi5pk',
      'gsi5sk',
    ]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(listKeyAttributes(TABLE_DEFINITION));
    expect((input.AttributeDefinitions ?? []).every((attribute) => attribute.AttributeType === 'S')).toBe(
      true,
    );
  });

  it('keys the table on the definition partition and sort keys', () => {
    expect(input.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });

  it('makes the global secondary indexes of the definition, projecting all attributes', () => {
    expect(input.GlobalSecondaryIndexes).toEqual(
      TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(input.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual([
      'gsi1',
      'gsi2',
      'gsi3',
      'gsi5',
    ]);
  });

  it('gives the table a stream of new images, which the notifier reads (issue 19)', () => {
    expect(input.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  });

  it('follows another definition it is given', () => {
    const other = buildCreateTableInput('t', {
      partitionKey: 'id',
      sortKey: 'kind',
      timeToLiveAttribute: 'ttl',
      globalSecondaryIndexes: [],
    });

    expect(other.AttributeDefinitions).toEqual([
      { AttributeName: 'id', AttributeType: 'S' },
      { AttributeName: 'kind', AttributeType: 'S' },
    ]);
    expect(other.GlobalSecondaryIndexes).toEqual([]);
    expect(other).not.toHaveProperty('StreamSpecification');
  });

  it('defines a key attribute that two keys share only once', () => {
    // Single-table designs often reuse the table's sort key as an index sort key; CreateTable refuses an
    // attribute defined twice.
    const shared = buildCreateTableInput('t', {
      partitionKey: 'pk',
      sortKey: 'sk',
      timeToLiveAttribute: 'ttl',
      globalSecondaryIndexes: [{ indexName: 'byType', partitionKey: 'type', sortKey: 'sk' }],
    });

    expect(shared.AttributeDefinitions).toEqual([
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'type', AttributeType: 'S' },
    ]);
  });
});
