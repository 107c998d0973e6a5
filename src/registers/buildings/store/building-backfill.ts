import { ConflictError } from '../../../kernel/domain/errors';
import { canonicalJson } from '../../../kernel/domain/idempotency';
import { buildingFeedChanges } from '../../../kernel/domain/change-feed';
import type { Building } from '../../../kernel/domain/records';
import { assetReferenceStemMarker } from './building-items';
import { buildingItemsFor } from './building-store';
import { hasVersion, toRecord } from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import type { Item, Table } from '../../../kernel/store/table';

/** What rewriting one building's items did (or, in a dry run, would do). */
export type BuildingRewrite = 'written' | 'unchanged' | 'gone';

// A change of the building landing between the read and the write cancels the write; read again and retry.
const REWRITE_ATTEMPTS = 5;

/**
 * Rewrites one building's items as the current code writes them (building-store.ts buildingItemsFor: the record
 * with its index keys, its public copy, its restricted copy; and its asset reference stem's marker), for buildings written before those existed
 * (docs/data-model.md, "Data written before issue 7"). Off the request path: the backfill tool
 * (scripts/backfill-access.ts) calls it for each building its Scan found.
 *
 * Never loses an update: the record is read strongly consistent, and the rewrite is one transaction whose Put
 * of the record requires the version that was read; a change in between cancels it, and the building is read
 * again. Writes nothing when every item already is what the record gives, so a second run writes nothing.
 */
export async function rewriteBuildingItems(
  table: Table,
  key: ItemKey,
  options: { readonly dryRun: boolean },
): Promise<BuildingRewrite> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rewriteOnce(table, key, options.dryRun);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= REWRITE_ATTEMPTS) throw error;
    }
  }
}

async function rewriteOnce(table: Table, key: ItemKey, dryRun: boolean): Promise<BuildingRewrite> {
  const stored = await table.get(key, { consistent: true });
  if (!stored) return 'gone';
  const building = toRecord<Building>(stored);
  const [record, ...ownCopies] = buildingItemsFor(building);
  // The stem marker too (data level 1): shared by the buildings of one stem, put whatever it holds.
  const marker = assetReferenceStemMarker(building);
  const copies = marker ? [...ownCopies, marker] : ownCopies;
  if (!record) return 'unchanged';
  const storedCopies = copies.length
    ? await table.batchGet(
        copies.map((copy) => ({ pk: String(copy['pk']), sk: String(copy['sk']) })),
        { consistent: true },
      )
    : [];
  const same = (want: Item, have: Item | undefined) =>
    have !== undefined && canonicalJson(want) === canonicalJson(have);
  const upToDate =
    same(record, stored) &&
    copies.every((copy) =>
      same(
        copy,
        storedCopies.find((item) => item['pk'] === copy['pk'] && item['sk'] === copy['sk']),
      ),
    );
  if (upToDate) return 'unchanged';
  if (dryRun) return 'written';
  await table.transact([
    {
      write: { Put: { TableName: table.tableName, Item: record, ...hasVersion(building.version) } },
      // The rewrite is a change like any other to a follower of the feed (the same version, rewritten).
      feed: buildingFeedChanges(building, building, new Date().toISOString()),
      onConditionFailed: () => new ConflictError(`Building ${building.id} changed meanwhile`),
    },
    ...copies.map((copy) => ({ write: { Put: { TableName: table.tableName, Item: copy } } })),
  ]);
  return 'written';
}
