/** What the ACV register needs from storage, in domain terms (src/registers/acv/store implements it). */
import type { ChangeContext, MembershipGuard, Page, PageRequest } from '../../../kernel/domain/ports';
import type { AcvEntry, AcvNotice, AcvSettings, AcvTask } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { AuditAction } from '../../../kernel/domain/records';

// --- Assets of community value (src/registers/acv/store/acv-store.ts) ---

/** A step of an entry as the store writes it: the entry, its notices and its audit action, in one transaction. */
export interface AcvChange {
  readonly entry: AcvEntry;
  readonly notices: readonly AcvNotice[];
  readonly auditAction: AuditAction;
}

export interface AcvStore {
  getAcvEntry(id: string): Promise<AcvEntry | null>;
  getAcvEntries(ids: readonly string[]): Promise<ReadonlyMap<string, AcvEntry>>;
  /** Entries about one register building (a handful), for the re-nomination rule. */
  listAcvEntriesOfBuilding(buildingId: string): Promise<AcvEntry[]>;
  /**
   * Entries about each of several buildings (a page of buildings): one Query of links per building, in
   * parallel, then one BatchGetItem of every entry they name. Keyed by building id (empty when none).
   */
  listAcvEntriesOfBuildings(buildingIds: readonly string[]): Promise<ReadonlyMap<string, AcvEntry[]>>;
  /** Listed entries whose listing lasts until `from` or later, by the last day of the listing. */
  listListedAcvEntries(councilCode: string, from: IsoDate, page: PageRequest): Promise<Page<AcvEntry>>;
  listUnsuccessfulAcvEntries(councilCode: string, page: PageRequest): Promise<Page<AcvEntry>>;
  listAcvEntriesOfNominator(organisationId: string, page: PageRequest): Promise<Page<AcvEntry>>;
  /** Open duties due on or before `until`, overdue first; moratorium ends already past `today` left out. */
  listAcvWorkQueue(
    councilCode: string,
    today: IsoDate,
    until: IsoDate,
    page: PageRequest,
  ): Promise<Page<AcvTask>>;
  listAcvNotices(entryId: string, page: PageRequest): Promise<Page<AcvNotice>>;
  /** The outbox: one council's statutory notices dated `date`, for sending. */
  listAcvOutbox(councilCode: string, date: IsoDate, page: PageRequest): Promise<Page<AcvNotice>>;
  /** Writes a new entry with its tasks, building link and audit event. */
  /** `guard`: the caller's memberships that allow the step, checked in its transaction (see MembershipGuard). */
  createAcvEntry(change: AcvChange, ctx: ChangeContext, guard?: MembershipGuard | null): Promise<void>;
  /** Replaces `before` with `change.entry` if the stored version is still `before.version`; CONFLICT otherwise. */
  updateAcvEntry(
    before: AcvEntry,
    change: AcvChange,
    ctx: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;
  getAcvSettings(councilCode: string): Promise<AcvSettings | null>;
  /** Creates (`before` null) or replaces the council's settings, with an audit event. */
  putAcvSettings(
    before: AcvSettings | null,
    after: AcvSettings,
    ctx: ChangeContext,
    guard?: MembershipGuard | null,
  ): Promise<void>;

  // ACV register import (importAcvEntries). createAcvEntry claims an entry's `registerReference` for its
  // council in the same transaction (CONFLICT when another entry holds it).
  /** The entry ids holding these register references in the council, by `assetReferenceKey(reference)`. */
  findAcvEntryIdsByRegisterReference(
    councilCode: string,
    references: readonly string[],
  ): Promise<ReadonlyMap<string, string>>;
}
