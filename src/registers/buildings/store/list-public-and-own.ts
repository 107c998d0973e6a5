import type { Page, PageRequest } from '../../../kernel/domain/ports';
import type { Building } from '../../../kernel/domain/records';
import type { CursorCodec } from '../../../kernel/store/cursor';
import { toRecord } from '../../../kernel/store/items';
import type { Item, Table } from '../../../kernel/store/table';
import { publicAndOwnCouncilBuildings } from './building-keys';
import type { CouncilListFilter } from './building-keys';

// The caller's own organisations whose buildings a council list merges with the public copies (beyond, it
// filters the council's partition instead).
const OWN_PARTITIONS_AT_MOST = 5;

/**
 * A member of organisations none of which is verified sees the PUBLIC buildings and their own
 * organisations' buildings: the public copies' key range merged, in the list's own order, with each of
 * their organisations' restricted copies in the council (same index, same sort key, a partition per owner).
 * Each range is one Query with no filter reading at most a page (plus one); the organisations' ranges are
 * usually empty or a few items. The cursor is the sort key of the last building shown, signed for this list
 * and the caller's organisations. Null (the filtered Query instead) without a cursor codec, or for a caller
 * with more organisations than `OWN_PARTITIONS_AT_MOST`.
 */
export async function listPublicAndOwn(
  table: Table,
  cursors: CursorCodec | null,
  councilCode: string,
  filter: CouncilListFilter,
  ownerIds: readonly string[],
  page: PageRequest,
): Promise<Page<Building> | null> {
  const owners = [...new Set(ownerIds)].sort();
  if (!cursors || owners.length > OWN_PARTITIONS_AT_MOST) return null;
  const { patterns, sortAttribute } = publicAndOwnCouncilBuildings(councilCode, filter, owners);
  const prefix = patterns[0]?.sortPrefix ?? '';
  const cursorQuery = `buildingsByCouncil|${councilCode}|${filter.status ?? ''}|${filter.category ?? ''}|own:${owners.join(',')}`;
  const after = page.after ? cursors.decode(cursorQuery, page.after)['sort'] : undefined;
  if (page.after && (after === undefined || !after.startsWith(prefix))) {
    throw new Error('A signed cursor named another list');
  }
  // Sort keys end in the building's id, so none is a prefix of another: `after + ' '` is the least key
  // greater than `after` any building can have.
  const range = { from: after === undefined ? prefix || undefined : `${after} `, to: `${prefix}\uffff` };
  const reads = await Promise.all(
    patterns.map(({ indexName, partition }) =>
      table.queryOnce({ indexName, partition, sortRange: range }, page.first + 1),
    ),
  );
  const sortOf = (item: Item) => String(item[sortAttribute]);
  // A range that holds more than was read is in order only up to its last item read: the page ends there.
  const ends = reads.flatMap((read) => (read.more ? [sortOf(read.items.at(-1) ?? {})] : []));
  const end = ends.length ? ends.reduce((least, key) => (key < least ? key : least)) : null;
  const merged = reads
    .flatMap((read) => read.items)
    .filter((item) => end === null || sortOf(item) <= end)
    .sort((x, y) => (sortOf(x) < sortOf(y) ? -1 : sortOf(x) > sortOf(y) ? 1 : 0));
  const edges = merged.slice(0, page.first).map((item) => ({
    node: toRecord<Building>(item),
    cursor: cursors.encode(cursorQuery, { sort: sortOf(item) }),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: merged.length > page.first || end !== null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
