import { acvDates, openTasks } from '../domain/acv-state';
import { ConflictError } from '../../../kernel/domain/errors';
import { assetReferenceKey } from '../../../kernel/domain/identifiers';
import type { AcvEntry, AcvNotice, AcvSettings, AcvTask } from '../domain/acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { AcvChange, AcvStore } from '../domain/acv-port';
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import {
  auditWrite,
  declaringFeed,
  idempotencyWrites,
  IS_NEW,
  membershipGuardWrite,
  toRecord,
  versionedReplace,
} from '../../../kernel/store/items';
import {
  acvBuildingLinkKey,
  acvEntriesOfNominator,
  acvEntryKey,
  acvLinksOfBuilding,
  acvListedSortKey,
  acvNominatorSortKey,
  acvNoticeKey,
  acvNoticesOfEntry,
  acvOutbox,
  acvOutboxPartition,
  acvOutboxSortKey,
  acvRegisterReferenceKey,
  acvSettingsKey,
  acvTaskKey,
  acvUnsuccessfulSortKey,
  acvWorkQueue,
  acvWorkQueueSortKey,
  listedAcvEntries,
  unsuccessfulAcvEntries,
} from './acv-keys';
import type { AccessPattern } from '../../../kernel/store/access-pattern';
import type { GuardedWrite, Item, QuerySpec, Table } from '../../../kernel/store/table';
import { feedChangesOf } from '../../../kernel/domain/change-feed';
import type { FeedChange } from '../../../kernel/domain/change-feed';

/**
 * Assets of community value: the entry, its open duties (tasks, indexed for the work queue), its statutory
 * notices (the outbox) and a council's ACV settings. Every step is one transaction: entry, notices, task
 * changes and audit event succeed or fail together.
 */
export class DynamoAcvStore implements AcvStore {
  constructor(private readonly table: Table) {}

  async getAcvEntry(id: string): Promise<AcvEntry | null> {
    const item = await this.table.get(acvEntryKey(id));
    return item ? toRecord<AcvEntry>(item) : null;
  }

  async getAcvEntries(ids: readonly string[]): Promise<ReadonlyMap<string, AcvEntry>> {
    const items = await this.table.batchGet([...new Set(ids)].map(acvEntryKey));
    return new Map(items.map((item) => [String(item['id']), toRecord<AcvEntry>(item)]));
  }

  async listAcvEntriesOfBuilding(buildingId: string): Promise<AcvEntry[]> {
    return (await this.listAcvEntriesOfBuildings([buildingId])).get(buildingId) ?? [];
  }

  async listAcvEntriesOfBuildings(buildingIds: readonly string[]): Promise<ReadonlyMap<string, AcvEntry[]>> {
    const unique = [...new Set(buildingIds)];
    const links = await Promise.all(
      unique.map((buildingId) => this.table.queryAll(acvLinksOfBuilding(buildingId))),
    );
    const entryIds = links.map((items) => items.map((link) => String(link['entryId'])));
    const all = entryIds.flat();
    const found = all.length ? await this.getAcvEntries(all) : new Map<string, AcvEntry>();
    return new Map(
      unique.map((buildingId, index) => [
        buildingId,
        (entryIds[index] ?? []).flatMap((id) => found.get(id) ?? []),
      ]),
    );
  }

  listListedAcvEntries(councilCode: string, from: IsoDate, page: PageRequest): Promise<Page<AcvEntry>> {
    // The list is "listed as of `from`": a cursor from another day is refused (BAD_USER_INPUT on `after`)
    // rather than resuming at a position the new day's range may no longer hold.
    return this.#list<AcvEntry>(listedAcvEntries(councilCode), page, {
      sortRange: { from },
      cursorQuery: `assetsOfCommunityValue|${councilCode}|${from}`,
    });
  }

  listUnsuccessfulAcvEntries(councilCode: string, page: PageRequest): Promise<Page<AcvEntry>> {
    return this.#list<AcvEntry>(unsuccessfulAcvEntries(councilCode), page, {
      newestFirst: true,
      cursorQuery: `unsuccessfulNominations|${councilCode}`,
    });
  }

  listAcvEntriesOfNominator(organisationId: string, page: PageRequest): Promise<Page<AcvEntry>> {
    return this.#list<AcvEntry>(acvEntriesOfNominator(organisationId), page, {
      newestFirst: true,
      cursorQuery: `acvNominations|${organisationId}`,
    });
  }

  listAcvWorkQueue(
    councilCode: string,
    today: IsoDate,
    until: IsoDate,
    page: PageRequest,
  ): Promise<Page<AcvTask>> {
    return this.#list<AcvTask>(acvWorkQueue(councilCode), page, {
      // '~' sorts after every character of a task's sort key, so the range takes all of `until`'s day.
      sortRange: { to: `${until}#~` },
      // A moratorium that has ended needs no action; every other duty stays in the queue until done.
      filter: {
        expression: 'NOT (#kind = :moratoriumEnd AND #dueOn < :today)',
        names: { '#kind': 'kind', '#dueOn': 'dueOn' },
        values: { ':moratoriumEnd': 'MORATORIUM_END', ':today': today },
      },
      cursorQuery: `acvWorkQueue|${councilCode}|${until}`,
    });
  }

  /**
   * Every open duty of the council due on or before `until`, overdue ones included (the daily reminders
   * read the queue's whole range: one Query per MB, no filter).
   */
  async listAcvTasksDueBy(councilCode: string, until: IsoDate): Promise<AcvTask[]> {
    const items = await this.table.queryAll({
      ...acvWorkQueue(councilCode),
      sortRange: { to: `${until}#~` },
    });
    return items.map((item) => toRecord<AcvTask>(item));
  }

  /** The council's listed entries whose listing's last day is from `from` to `until` (both included). */
  async listListedAcvEntriesExpiringBetween(
    councilCode: string,
    from: IsoDate,
    until: IsoDate,
  ): Promise<AcvEntry[]> {
    const items = await this.table.queryAll({
      ...listedAcvEntries(councilCode),
      sortRange: { from, to: `${until}#~` },
    });
    return items.map((item) => toRecord<AcvEntry>(item));
  }

  listAcvNotices(entryId: string, page: PageRequest): Promise<Page<AcvNotice>> {
    return this.#list<AcvNotice>(acvNoticesOfEntry(entryId), page, { cursorQuery: `acvNotices|${entryId}` });
  }

  listAcvOutbox(councilCode: string, date: IsoDate, page: PageRequest): Promise<Page<AcvNotice>> {
    return this.#list<AcvNotice>(acvOutbox(councilCode, date), page, {
      cursorQuery: `acvOutbox|${councilCode}|${date}`,
    });
  }

  /** One page of an access pattern's records, with the list's own range, filter, order and cursor name. */
  #list<T>(
    pattern: AccessPattern,
    page: PageRequest,
    options: Omit<QuerySpec, 'indexName' | 'partition' | 'sortPrefix'>,
  ): Promise<Page<T>> {
    return this.table.queryPage({ ...pattern, ...options }, page, (item) => toRecord<T>(item));
  }

  async createAcvEntry(
    change: AcvChange,
    ctx: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const { entry } = change;
    const writes: GuardedWrite[] = [
      // The idempotency claim goes first, so a replayed create is recognised before anything else fails.
      ...idempotencyWrites(tableName, ctx),
      ...this.#guard(guard),
      {
        write: { Put: { TableName: tableName, Item: entryItem(entry), ...IS_NEW } },
        feed: acvFeedChanges(null, entry, ctx.at),
      },
      auditWrite(
        tableName,
        { recordType: 'ACV_ENTRY', recordId: entry.id, action: change.auditAction, version: entry.version },
        null,
        entry,
        ctx,
      ),
      ...this.#taskWrites(null, entry),
      ...change.notices.map((notice) => this.#noticeWrite(notice)),
    ];
    if (entry.registerReference) {
      // The council register's reference is unique per council: a second entry for it (a concurrent run of
      // the same file) fails the whole create, so nothing is doubled.
      const reference = entry.registerReference;
      writes.push({
        write: {
          Put: {
            TableName: tableName,
            Item: {
              ...acvRegisterReferenceKey(entry.councilCode, reference),
              entity: 'AcvRegisterReference',
              entryId: entry.id,
              councilCode: entry.councilCode,
              reference,
            },
            ...IS_NEW,
          },
        },
        onConditionFailed: () =>
          new ConflictError(
            `Reference ${reference} is already on ${entry.councilCode}'s list of assets of community value; import the row again to update that entry`,
            { field: 'reference' },
          ),
      });
    }
    if (entry.buildingId) {
      writes.push({
        write: {
          Put: {
            TableName: tableName,
            Item: {
              ...acvBuildingLinkKey(entry.buildingId, entry.id),
              entity: 'AcvBuildingLink',
              entryId: entry.id,
            },
            ...IS_NEW,
          },
        },
      });
    }
    await this.table.transact(writes);
  }

  async updateAcvEntry(
    before: AcvEntry,
    change: AcvChange,
    ctx: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const after = change.entry;
    await this.table.transact([
      // The caller's role first: a caller without it is told so, not that the entry changed meanwhile.
      ...this.#guard(guard),
      ...declaringFeed(
        versionedReplace(
          tableName,
          { what: 'Entry', recordType: 'ACV_ENTRY', recordId: after.id, item: entryItem(after) },
          before,
          after,
          change.auditAction,
          ctx,
        ),
        acvFeedChanges(before, after, ctx.at),
      ),
      ...this.#taskWrites(before, after),
      ...change.notices.map((notice) => this.#noticeWrite(notice)),
    ]);
  }

  async getAcvSettings(councilCode: string): Promise<AcvSettings | null> {
    const item = await this.table.get(acvSettingsKey(councilCode));
    return item ? toRecord<AcvSettings>(item) : null;
  }

  /** The caller's role, checked in the step's own transaction instead of read before it. */
  #guard(guard: MembershipGuard | null): GuardedWrite[] {
    return guard ? [membershipGuardWrite(this.table.tableName, guard)] : [];
  }

  async putAcvSettings(
    before: AcvSettings | null,
    after: AcvSettings,
    ctx: ChangeContext,
    guard: MembershipGuard | null = null,
  ): Promise<void> {
    const { tableName } = this.table;
    const item = { ...acvSettingsKey(after.councilCode), entity: 'AcvSettings', ...after };
    const record = {
      what: 'ACV settings of',
      recordType: 'ACV_SETTINGS' as const,
      recordId: after.councilCode,
      item,
    };
    if (before) {
      await this.table.transact([
        ...this.#guard(guard),
        ...versionedReplace(tableName, record, before, after, 'UPDATED', ctx),
      ]);
      return;
    }
    await this.table.transact([
      ...this.#guard(guard),
      {
        write: { Put: { TableName: tableName, Item: item, ...IS_NEW } },
        onConditionFailed: () =>
          new ConflictError(
            `ACV settings of ${after.councilCode} were created meanwhile; reload and try again`,
          ),
      },
      auditWrite(
        tableName,
        {
          recordType: 'ACV_SETTINGS',
          recordId: after.councilCode,
          action: 'CREATED',
          version: after.version,
        },
        null,
        after,
        ctx,
      ),
    ]);
  }

  async findAcvEntryIdsByRegisterReference(
    councilCode: string,
    references: readonly string[],
  ): Promise<ReadonlyMap<string, string>> {
    const keys = [...new Set(references.map(assetReferenceKey))];
    if (keys.length === 0) return new Map();
    const items = await this.table.batchGet(keys.map((key) => acvRegisterReferenceKey(councilCode, key)));
    return new Map(
      items.map((item) => [assetReferenceKey(String(item['reference'])), String(item['entryId'])]),
    );
  }

  /** Puts tasks that are new or moved, deletes tasks that are done: the work queue follows the entry. */
  #taskWrites(before: AcvEntry | null, after: AcvEntry): GuardedWrite[] {
    const { tableName } = this.table;
    const old = new Map((before ? openTasks(before) : []).map((task) => [task.kind, task]));
    const next = new Map(openTasks(after).map((task) => [task.kind, task]));
    const writes: GuardedWrite[] = [];
    for (const [kind, task] of next) {
      if (old.get(kind)?.dueOn === task.dueOn && old.get(kind)?.siteName === task.siteName) continue;
      writes.push({
        write: {
          Put: {
            TableName: tableName,
            Item: {
              ...acvTaskKey(after.id, kind),
              entity: 'AcvTask',
              gsi1pk: acvWorkQueue(after.councilCode).partition,
              gsi1sk: acvWorkQueueSortKey(task.dueOn, kind, after.id),
              ...task,
            },
          },
        },
      });
    }
    for (const kind of old.keys()) {
      if (!next.has(kind))
        writes.push({ write: { Delete: { TableName: tableName, Key: acvTaskKey(after.id, kind) } } });
    }
    return writes;
  }

  #noticeWrite(notice: AcvNotice): GuardedWrite {
    return {
      write: {
        Put: {
          TableName: this.table.tableName,
          Item: {
            ...acvNoticeKey(notice.entryId, notice.date, notice.id),
            entity: 'AcvNotice',
            gsi2pk: acvOutboxPartition(notice.date),
            gsi2sk: acvOutboxSortKey(notice.councilCode, notice.entryId, notice.id),
            ...notice,
          },
          ...IS_NEW,
        },
      },
    };
  }
}

/** The changes feed's entries of an entry's change (every entry is on the public register). */
function acvFeedChanges(before: AcvEntry | null, after: AcvEntry, at: string): FeedChange[] {
  const audience = { recordType: 'ACV_ENTRY' } as const;
  return feedChangesOf(
    { recordType: 'ACV_ENTRY', recordId: after.id, version: after.version, record: after, at },
    before ? { councilCode: before.councilCode, audience } : null,
    { councilCode: after.councilCode, audience },
  );
}

/** The stored entry: on its council's listed or unsuccessful list as decided, and on its nominator's list. */
function entryItem(entry: AcvEntry): Item {
  const decision = entry.decision;
  let council: { gsi1pk: string; gsi1sk: string } | null = null;
  if (decision?.outcome === 'UNSUCCESSFUL') {
    council = {
      gsi1pk: unsuccessfulAcvEntries(entry.councilCode).partition,
      gsi1sk: acvUnsuccessfulSortKey(decision.decidedOn, entry.id),
    };
  } else if (decision?.outcome === 'LISTED' && !entry.removal) {
    const expires = acvDates(entry).listingExpiresOn ?? decision.decidedOn;
    council = {
      gsi1pk: listedAcvEntries(entry.councilCode).partition,
      gsi1sk: acvListedSortKey(expires, entry.id),
    };
  }
  return {
    ...acvEntryKey(entry.id),
    entity: 'AcvEntry',
    ...(council ?? {}),
    ...(entry.nominator.organisationId
      ? {
          gsi2pk: acvEntriesOfNominator(entry.nominator.organisationId).partition,
          gsi2sk: acvNominatorSortKey(entry.nominatedOn, entry.id),
        }
      : {}),
    ...entry,
  };
}
