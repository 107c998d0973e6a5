/**
 * An access pattern: where one list of a register lives (the index and the partition, with the sort-key
 * prefix when the partition holds other items too). Each register's keys module has one builder per access
 * pattern, so a store never names an index itself and similar lists share one query helper.
 */
import type { QuerySpec } from './table';

/** The table's own key and its global secondary indexes (table-definition.ts defines their keys). */
export const INDEX = {
  /** The table itself: records by id, and items stored under one record's partition. */
  table: null,
  /** By council area (buildings, organisations working there) and by person (memberships, invitations). */
  byAreaOrPerson: 'gsi1',
  /** By owner organisation (buildings, nominations, offers) and by name prefix (organisations). */
  byOwnerOrName: 'gsi2',
  /** Buildings by council with the category leading the sort key. */
  byCouncilCategory: 'gsi3',
  /** Co-location by place: a geohash cell as partition, the item's geohash as sort key. */
  byPlace: 'gsi5',
} as const;

export type IndexName = (typeof INDEX)[keyof typeof INDEX];

/** Where one list lives, as the query needs it; spread into a QuerySpec with the list's own options. */
export type AccessPattern = Pick<QuerySpec, 'indexName' | 'partition'> & {
  readonly indexName: IndexName;
  readonly sortPrefix?: string | null;
};
