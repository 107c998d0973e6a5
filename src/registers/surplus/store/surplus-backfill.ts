/**
 * The surplus step of the backfill tool (scripts/backfill-access.ts): listings and requests stored before
 * their index entries existed (the listing's gsi5 geohash entry of the distance search, the request's gsi3
 * `AREA#<gss>#SURPLUS_ALLOCATED` entry the daily reminders read) are rewritten as the current code writes
 * them (surplus-writes.ts listingItem, requestItem). docs/data-model.md, "Data written before".
 */
import { ConflictError } from '../../../kernel/domain/errors';
import { canonicalJson } from '../../../kernel/domain/idempotency';
import { hasVersion, toRecord } from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Item, Table } from '../../../kernel/store/table';
import type { SurplusListing } from '../domain/surplus-listing';
import type { SurplusRequest } from '../domain/surplus-request';
import { listingFeedChanges, listingItem, requestItem } from './surplus-writes';

/** What rewriting one record's item did (or, in a dry run, would do). */
export type SurplusRewrite = 'written' | 'unchanged' | 'gone';

// A step landing between the read and the write cancels the write; read again and retry.
const REWRITE_ATTEMPTS = 5;

/**
 * Rewrites one surplus listing or request (its table key, as the backfill's Scan found it) as the current
 * code writes it. Never loses an update: the item is read strongly consistent and the Put requires the
 * version read, so a step committing in between cancels it and the record is read again. Writes nothing when
 * the item already is what the record gives, so a second run writes nothing. A listing's rewrite joins its
 * council's changes feed (every write of a listing does: the gateway requires it), at the same version.
 */
export async function rewriteSurplusItem(
  table: Table,
  key: ItemKey,
  options: { readonly dryRun: boolean },
): Promise<SurplusRewrite> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rewriteOnce(table, key, options.dryRun);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= REWRITE_ATTEMPTS) throw error;
    }
  }
}

/** The item the current code writes for a stored surplus item, with the Put that writes it; null for others. */
function surplusRewriteOf(
  tableName: string,
  stored: Item,
  at: string,
): { readonly item: Item; readonly write: GuardedWrite } | null {
  const entity = stored['entity'];
  if (entity !== 'SurplusListing' && entity !== 'SurplusRequest') return null;
  const record = toRecord<SurplusListing | SurplusRequest>(stored);
  const item =
    entity === 'SurplusListing'
      ? listingItem(record as SurplusListing)
      : requestItem(record as SurplusRequest);
  const changed = () => new ConflictError(`Surplus record ${record.id} changed meanwhile`);
  const put = { Put: { TableName: tableName, Item: item, ...hasVersion(record.version) } };
  const write: GuardedWrite =
    entity === 'SurplusListing'
      ? {
          write: put,
          feed: listingFeedChanges(record as SurplusListing, record as SurplusListing, at),
          onConditionFailed: changed,
        }
      : { write: put, onConditionFailed: changed };
  return { item, write };
}

async function rewriteOnce(table: Table, key: ItemKey, dryRun: boolean): Promise<SurplusRewrite> {
  const stored = await table.get(key, { consistent: true });
  if (!stored) return 'gone';
  const rewrite = surplusRewriteOf(table.tableName, stored, new Date().toISOString());
  if (!rewrite || canonicalJson(rewrite.item) === canonicalJson(stored)) return 'unchanged';
  if (dryRun) return 'written';
  await table.transact([rewrite.write]);
  return 'written';
}
