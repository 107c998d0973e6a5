/**
 * The register's one DynamoDB table, described once. The local server and the tests create the table from
 * this (see ensure-table.ts) and the CDK stack synthesizes it from this, so keys and indexes cannot drift.
 * Every key attribute is a string. See docs/data-model.md for the access pattern each key serves.
 */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey: string;
  /** Epoch seconds after which DynamoDB may delete the item (unclaimed invitations). */
  readonly timeToLiveAttribute: string;
  readonly globalSecondaryIndexes: readonly IndexDefinition[];
  /**
   * What the table's stream carries of a changed item: its new image, which is all the notifier reads of an
   * outbox record (issue 19); the local stream reader and the cloud's event source mapping both read it.
   * Absent: no stream.
   */
  readonly streamViewType?: 'NEW_IMAGE';
}

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAtEpoch',
  globalSecondaryIndexes: [
    // By council area (buildings, organisations working there) and by person (memberships, invitations).
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    // By owner organisation (buildings) and by name prefix (organisations).
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // Issue 7: buildings by council with the category leading the sort key (the category-only filter as a
    // key condition), for all buildings and for their public copies.
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    // Co-location: by place. Partition: a geohash cell of about 156 x 90 km; sort key: the item's 9-character
    // geohash, so any finer cell is a key range (see src/kernel/domain/geo-search.ts).
    { indexName: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
  ],
  streamViewType: 'NEW_IMAGE',
};

/** Every attribute that forms part of a table or index key, each once (an index may reuse the table's). */
export function listKeyAttributes(definition: TableDefinition = TABLE_DEFINITION): string[] {
  return [
    ...new Set([
      definition.partitionKey,
      definition.sortKey,
      ...definition.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
    ]),
  ];
}
