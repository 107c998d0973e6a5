/**
 * The geohash index (gsi5) every register's distance search shares: an item's entry is partitioned by its
 * coarse cell (GEO_PARTITION_PRECISION characters) and sorted by its full geohash, then its id. Each
 * register names its own kinds (co-location's OFFER and NEED, surplus listings), so one partition holds one
 * kind of item in one cell. The planner is src/kernel/domain/geo-search.ts; the reader nearby-store.ts.
 */
import { INDEX } from './access-pattern';
import type { AccessPattern } from './access-pattern';

/** The geospatial index entry: partition by the coarse cell, sort by the full geohash then id. */
export function geoIndexKeys(
  kind: string,
  partitionCell: string,
  geohash: string,
  id: string,
): { gsi5pk: string; gsi5sk: string } {
  return { gsi5pk: geoPartition(kind, partitionCell), gsi5sk: `${geohash}#${id}` };
}

export const geoPartition = (kind: string, partitionCell: string): string => `GEO#${kind}#${partitionCell}`;

/**
 * The inclusive sort-key bounds that select every item whose geohash starts with a cell from `fromCell` to
 * `toCell` (cells of one length): `~` sorts after every geohash character and `#`.
 */
export const geoSortBounds = (fromCell: string, toCell: string): [string, string] => [fromCell, `${toCell}~`];

/** The items of one kind in a coarse geohash cell (the distance search reads ranges of it). */
export const placesInCell = (kind: string, partitionCell: string): AccessPattern => ({
  indexName: INDEX.byPlace,
  partition: geoPartition(kind, partitionCell),
});
