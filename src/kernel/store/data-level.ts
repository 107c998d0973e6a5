/**
 * What the table's items are known to hold: one item (`TABLE#DATA` / `LEVEL`) whose `level` says which
 * derived items every record already has. A table created by the current code starts at CURRENT_DATA_LEVEL
 * (ensureTable writes it); an older table reaches it when `npm run backfill` has rewritten its records. Code
 * that may skip a read because a derived item is absent asks for the level first, and reads as before on a
 * table below it, so a deployment never trusts items its data may not have yet.
 *
 * Levels:
 * 1. Every current building whose asset reference has a stem holds that stem's marker (issue 17): an import
 *    skips the recoded-reference lookup for a stem no building of the owner has.
 */
import type { ItemKey } from './keys';

export const TABLE_DATA_LEVEL_KEY: ItemKey = { pk: 'TABLE#DATA', sk: 'LEVEL' };
export const CURRENT_DATA_LEVEL = 1;

/** The level item as stored. */
export const dataLevelItem = (level: number = CURRENT_DATA_LEVEL) => ({
  ...TABLE_DATA_LEVEL_KEY,
  entity: 'TableDataLevel',
  level,
});

/** The level an item read at TABLE_DATA_LEVEL_KEY says (0 when there is none). */
export function readDataLevel(item: Record<string, unknown> | undefined): number {
  const level = item?.['level'];
  return typeof level === 'number' && Number.isInteger(level) ? level : 0;
}
