/**
 * The building hook of the surplus register (wired by the app beside co-location's): a building is not
 * archived while it has open listings, unless the caller asked for them to be closed with it
 * (`archiveBuilding(closeSurplusListings: true)`), which closes each in the building's change; a building
 * that moves (its location or postcode) takes its open listings with it, and their geohash index entries.
 */
import { ConflictError } from '../../../kernel/domain/errors';
import { toRecord } from '../../../kernel/store/items';
import type { Table } from '../../../kernel/store/table';
import type { BuildingChangeHook } from '../../buildings/store/building-store';
import { buildingMoved, closeWithBuilding, moveWithBuilding } from '../domain/surplus-listing';
import type { SurplusListing } from '../domain/surplus-listing';
import { openListingsOfBuilding } from './surplus-keys';
import { surplusRecordWrites } from './surplus-writes';

/**
 * One Query of the building's OPEN listings (`gsi2`, eventually consistent: a listing made in the last
 * second may be missed, and is then closed by its lister, or keeps the old location until it is next
 * changed) when the change archives or moves the building; nothing otherwise. Each closure or move (the
 * listing at its version, its audit event, the geohash entry rewritten with the item) is a group of its own,
 * in the building's transaction while it fits and after it otherwise.
 */
export function listingsFollowBuilding(table: Table): BuildingChangeHook {
  return async (before, after, change, options) => {
    const archives = before.archivedAt === null && after.archivedAt !== null;
    if (!archives && !buildingMoved(before, after)) return { first: [], later: [] };
    const items = await table.queryAll(openListingsOfBuilding(after.id));
    const open = items.map((item) => toRecord<SurplusListing>(item));
    if (open.length === 0) return { first: [], later: [] };
    if (!archives) {
      return {
        first: [],
        later: open.map((listing) =>
          surplusRecordWrites(
            table.tableName,
            {
              kind: 'SURPLUS_LISTING',
              before: listing,
              after: moveWithBuilding(listing, after, change.at),
              action: 'UPDATED',
            },
            change,
          ),
        ),
      };
    }
    if (!options.closeOpenListings) {
      throw new ConflictError(
        `Building ${after.id} has ${open.length} open surplus listing(s); close them first, or archive with closeSurplusListings: true`,
        { field: 'closeSurplusListings', openSurplusListings: open.length },
      );
    }
    return {
      first: [],
      later: open.map((listing) =>
        surplusRecordWrites(
          table.tableName,
          {
            kind: 'SURPLUS_LISTING',
            before: listing,
            after: closeWithBuilding(listing, change.at),
            action: 'CLOSED',
          },
          change,
        ),
      ),
    };
  };
}
