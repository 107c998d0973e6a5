/**
 * The keys of the assets of community value register (docs/data-model.md, "Assets of community value"):
 * one builder per item key, and one per access pattern (the index and partition of each list), so the store
 * never names an index itself.
 */
import { assetReferenceKey } from '../../../kernel/domain/identifiers';
import { INDEX } from '../../../kernel/store/access-pattern';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import type { ItemKey } from '../../../kernel/store/keys';

export const acvEntryKey = (id: string): ItemKey => ({ pk: `ACV#${id}`, sk: 'ACV' });

/**
 * A council's listed entries (until removed), sorted by the last day of the listing: the public list is the
 * range from today on, so expired listings drop out of it without a write; listings expiring within N days
 * are a range too.
 */
export const acvListedPartition = (councilCode: string): string => `AREA#${councilCode}#ACV#LISTED`;
export const acvListedSortKey = (listingExpiresOn: string, id: string): string => `${listingExpiresOn}#${id}`;

/** A council's list of unsuccessful nominations, by decision date. */
export const acvUnsuccessfulPartition = (councilCode: string): string =>
  `AREA#${councilCode}#ACV#UNSUCCESSFUL`;
export const acvUnsuccessfulSortKey = (decidedOn: string, id: string): string => `${decidedOn}#${id}`;

/** A nominating organisation's nominations (index gsi2), by the day each was received. */
export const acvNominatorPartition = (organisationId: string): string => `ORG#${organisationId}#ACV`;
export const acvNominatorSortKey = (nominatedOn: string, id: string): string => `${nominatedOn}#${id}`;

/** Links a register building to each entry about it (same partition as the building item). */
export const acvBuildingLinkKey = (buildingId: string, entryId: string): ItemKey => ({
  pk: `BLDG#${buildingId}`,
  sk: `ACV#${entryId}`,
});
export const acvBuildingLinkPartition = (buildingId: string): string => `BLDG#${buildingId}`;
export const ACV_BUILDING_LINK_PREFIX = 'ACV#';

/** One open duty of an entry (decision, review, expiry, moratorium end), in the council's work queue. */
export const acvTaskKey = (entryId: string, kind: string): ItemKey => ({
  pk: `ACV#${entryId}`,
  sk: `TASK#${kind}`,
});
export const acvWorkQueuePartition = (councilCode: string): string => `AREA#${councilCode}#ACVTASK`;
/** Sorted by due date, so the queue reads overdue first and stops at a date with a key condition. */
export const acvWorkQueueSortKey = (dueOn: string, kind: string, entryId: string): string =>
  `${dueOn}#${kind}#${entryId}`;

/** A statutory notice, kept with its entry and, by date, in the outbox (index gsi2). */
export const acvNoticeKey = (entryId: string, date: string, noticeId: string): ItemKey => ({
  pk: `ACV#${entryId}`,
  sk: `NOTICE#${date}#${noticeId}`,
});
export const ACV_NOTICE_PREFIX = 'NOTICE#';
export const acvOutboxPartition = (date: string): string => `ACVOUTBOX#${date}`;
export const acvOutboxSortKey = (councilCode: string, entryId: string, noticeId: string): string =>
  `${councilCode}#${entryId}#${noticeId}`;

/** A council's ACV settings (neighbouring councils, listing-expiry convention), apart from its record. */
export const acvSettingsKey = (councilCode: string): ItemKey => ({
  pk: `ACVSET#${councilCode}`,
  sk: 'ACVSET',
});

/**
 * Holds a council register's reference for one ACV entry: the condition makes the reference unique per
 * council, and the item names the entry, so a file imported again finds its entries by reference.
 */
export const acvRegisterReferenceKey = (councilCode: string, reference: string): ItemKey => ({
  pk: `ACVREF#${councilCode}#${assetReferenceKey(reference)}`,
  sk: 'ACVREF',
});

// --- Access patterns: one per list of the register ---

/** A council's listed entries by the listing's last day (the public list is the range from today on). */
export const listedAcvEntries = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: acvListedPartition(councilCode),
});

/** A council's unsuccessful nominations, by decision date. */
export const unsuccessfulAcvEntries = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: acvUnsuccessfulPartition(councilCode),
});

/** A nominating organisation's nominations, by the day each was received. */
export const acvEntriesOfNominator = (organisationId: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: acvNominatorPartition(organisationId),
});

/** A council's open duties, by due date. */
export const acvWorkQueue = (councilCode: string): AccessPattern => ({
  indexName: INDEX.byAreaOrPerson,
  partition: acvWorkQueuePartition(councilCode),
});

/** An entry's statutory notices, kept in the entry's own partition. */
export const acvNoticesOfEntry = (entryId: string): AccessPattern => ({
  indexName: INDEX.table,
  partition: acvEntryKey(entryId).pk,
  sortPrefix: ACV_NOTICE_PREFIX,
});

/** The notices of one day for one council: the outbox partition is the day, the council leads the sort key. */
export const acvOutbox = (councilCode: string, date: string): AccessPattern => ({
  indexName: INDEX.byOwnerOrName,
  partition: acvOutboxPartition(date),
  sortPrefix: `${councilCode}#`,
});

/** The links from a register building to the entries about it, in the building's partition. */
export const acvLinksOfBuilding = (buildingId: string): AccessPattern => ({
  indexName: INDEX.table,
  partition: acvBuildingLinkPartition(buildingId),
  sortPrefix: ACV_BUILDING_LINK_PREFIX,
});
