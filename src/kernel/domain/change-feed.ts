/**
 * The changes feed (issue 18): every create, update and archive of a council's buildings, ACV entries,
 * offers of space and surplus listings, in the order they committed. Each change is numbered by its council's sequence inside the
 * record's own transaction (src/kernel/store/change-feed.ts), so the numbers are dense and a later number
 * never commits before an earlier one: a reader that pages by number misses nothing.
 *
 * A change item holds the record as it is after the change and who may see it before and after. What one
 * caller is shown is decided when they read, with the same rules as every other read (authorization.ts):
 * the record if they may see it now, a tombstone if they could see it before and no longer can (archived,
 * made PARTNERS-only, an offer withdrawn), nothing if they could see it neither before nor after (so a
 * private record's id is never revealed). Skipped changes still move the cursor on.
 */
import { authorize } from './authorization';
import type { Actor } from './authorization';
import type { Building, ShownOfferStatus } from './records';

export const FEED_RECORD_TYPES = ['BUILDING', 'ACV_ENTRY', 'SPACE_OFFER', 'SURPLUS_LISTING'] as const;
export type FeedRecordType = (typeof FEED_RECORD_TYPES)[number];

type BuildingRef = Pick<Building, 'councilCode' | 'ownerOrganisationId' | 'visibility'>;

/** Who may see a record, as the facts the rules decide on (kept small: the record itself rides beside it). */
export type FeedAudience =
  | { readonly recordType: 'BUILDING'; readonly building: BuildingRef; readonly archived: boolean }
  | {
      readonly recordType: 'SPACE_OFFER';
      readonly organisationId: string;
      readonly status: ShownOfferStatus;
      readonly building: BuildingRef;
    }
  /** A surplus listing is seen by whoever may see its building, as the listing copies it (closed ones too). */
  | { readonly recordType: 'SURPLUS_LISTING'; readonly building: BuildingRef }
  /** The list of assets of community value is a public register: every entry is seen by everyone. */
  | { readonly recordType: 'ACV_ENTRY' };

/** One record's change, as the write that makes it declares it (GuardedWrite.feed). */
export interface FeedChange {
  readonly councilCode: string;
  readonly recordType: FeedRecordType;
  readonly recordId: string;
  readonly version: number;
  /** The record after the change (the stored record without its keys). */
  readonly record: object;
  /** When the change was made (the change's clock). */
  readonly at: string;
  /** Who could see it in this council before the change; null for a create (or a move into the council). */
  readonly before: FeedAudience | null;
  /** Who may see it in this council after the change; null when it left the council (moved to another). */
  readonly after: FeedAudience | null;
}

/** A stored change: its place in the council's sequence and when it was written. */
export interface FeedEntry extends FeedChange {
  readonly sequence: number;
}

/**
 * Change items are kept this long (DynamoDB TTL, then deleted lazily). A cursor is good while the changes
 * after it are kept; a gap in the sequence after a change past its retention is refused exactly
 * (src/registers/feed/domain/feed-page.ts), never answered with a page that silently misses changes.
 */
export const FEED_RETENTION_DAYS = 90;

/** A change as read, with when its retention period ends (its TTL, in milliseconds since the epoch). */
export interface KeptFeedEntry extends FeedEntry {
  readonly keptUntilMs: number;
}

/** The store port of the feed: one council's changes from a sequence number, and its latest number. */
export interface ChangeFeedStore {
  /** Up to `limit` changes with sequence numbers from `fromSequence` on, in order, strongly consistent. */
  readChanges(councilCode: string, fromSequence: number, limit: number): Promise<KeptFeedEntry[]>;
  /** The council's latest sequence number (0 before its first change). */
  readHead(councilCode: string): Promise<number>;
  /** The opaque cursor of a position in one council's feed (after the change with this number). */
  encodeCursor(councilCode: string, sequence: number): string;
  /** The position a cursor names; BAD_USER_INPUT on `after` for anything but a cursor of this council. */
  decodeCursor(councilCode: string, cursor: string): number;
}

export function isVisibleInFeed(actor: Actor, audience: FeedAudience | null): boolean {
  if (!audience) return false;
  switch (audience.recordType) {
    case 'ACV_ENTRY':
      return true;
    case 'BUILDING':
      return !audience.archived && authorize(actor, 'building.view', audience.building).allowed;
    case 'SURPLUS_LISTING':
      return authorize(actor, 'building.view', audience.building).allowed;
    case 'SPACE_OFFER':
      return authorize(actor, 'spaceOffer.view', {
        organisationId: audience.organisationId,
        status: audience.status,
        building: audience.building,
      }).allowed;
  }
}

/** What a caller is shown of one change: the record, a tombstone, or nothing. */
export type FeedView = 'UPSERTED' | 'REMOVED' | null;

export function viewOfChange(actor: Actor, entry: FeedChange): FeedView {
  if (isVisibleInFeed(actor, entry.after)) return 'UPSERTED';
  if (entry.before && isVisibleInFeed(actor, entry.before)) return 'REMOVED';
  return null;
}

/** The audience of a building: its visibility, owner and council, and whether it is archived. */
export function buildingAudience(building: Building): FeedAudience {
  return {
    recordType: 'BUILDING',
    building: {
      councilCode: building.councilCode,
      ownerOrganisationId: building.ownerOrganisationId,
      visibility: building.visibility,
    },
    archived: building.archivedAt !== null,
  };
}

/**
 * The feed changes of one record: one in its council's feed, and when it moved from another council, one in
 * that council's feed too (where it is gone: a tombstone for whoever could see it there).
 */
export function feedChangesOf(
  record: Pick<FeedChange, 'recordType' | 'recordId' | 'version' | 'record' | 'at'>,
  before: { readonly councilCode: string; readonly audience: FeedAudience } | null,
  after: { readonly councilCode: string; readonly audience: FeedAudience },
): FeedChange[] {
  const here: FeedChange = {
    ...record,
    councilCode: after.councilCode,
    before: before && before.councilCode === after.councilCode ? before.audience : null,
    after: after.audience,
  };
  if (!before || before.councilCode === after.councilCode) return [here];
  return [{ ...record, councilCode: before.councilCode, before: before.audience, after: null }, here];
}

/** The feed changes of a building from `before` (null: created) to `after`. */
export function buildingFeedChanges(before: Building | null, after: Building, at: string): FeedChange[] {
  return feedChangesOf(
    { recordType: 'BUILDING', recordId: after.id, version: after.version, record: after, at },
    before ? { councilCode: before.councilCode, audience: buildingAudience(before) } : null,
    { councilCode: after.councilCode, audience: buildingAudience(after) },
  );
}

/** A change as one caller is shown it. */
export interface FeedChangeView {
  readonly entry: FeedEntry;
  readonly kind: Exclude<FeedView, null>;
}
