/**
 * A surplus listing: items a building's owner no longer needs (chairs, desks, kitchen kit), offered for
 * reuse by other public bodies and community groups. Pure rules only: building a listing, its state from its
 * dates and today, and the quantity arithmetic that allocation, collection and no-shows share.
 *
 * Quantities: `quantity` is what was listed; `allocatedQuantity` is what is reserved for requests (allocated
 * and not returned by a no-show, collected included); `collectedQuantity` is what groups confirmed they
 * took away. So what is left to allocate is `quantity - allocatedQuantity`, and never negative.
 */
import type { IsoDate } from '../../../kernel/domain/clock';
import { badInput, ConflictError } from '../../../kernel/domain/errors';
import type { Building, RecordMeta, Visibility } from '../../../kernel/domain/records';
import { MAX_ITEMS_PER_BUILDING_WRITE } from '../../buildings/domain/building-port';

export const SURPLUS_CATEGORIES = [
  'SEATING',
  'DESKS_AND_TABLES',
  'STORAGE',
  'KITCHEN_AND_CATERING',
  'IT_AND_AV',
  'FIXTURES_AND_FITTINGS',
  'SIGNAGE',
  'OUTDOOR',
  'OTHER',
] as const;
export type SurplusCategory = (typeof SURPLUS_CATEGORIES)[number];

export const ITEM_CONDITIONS = ['AS_NEW', 'GOOD', 'FAIR', 'NEEDS_REPAIR'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

/** How a council's listings are allocated: as requests arrive, or by the lister's choice. */
export const ALLOCATION_RULES = ['FIRST_COME_FIRST_SERVED', 'LISTER_CHOOSES'] as const;
export type AllocationRule = (typeof ALLOCATION_RULES)[number];
/** The rule of a council that has chosen none. */
export const DEFAULT_ALLOCATION_RULE: AllocationRule = 'LISTER_CHOOSES';

/** Stored status: a listing is OPEN until its lister closes it (or its building closes). */
export type SurplusListingStatus = 'OPEN' | 'CLOSED';

/** The state shown: computed from the stored status, the quantities, the dates and today (Europe/London). */
export type SurplusListingState = 'UPCOMING' | 'AVAILABLE' | 'FULLY_ALLOCATED' | 'ENDED' | 'CLOSED';

/** How the items are collected: shown only to organisations that may request them (and the lister). */
export interface CollectionArrangements {
  readonly accessTimes: string | null;
  readonly loading: string | null;
  readonly contactName: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
}

/** What a listing copies of its building, so lists and searches read no buildings. */
export interface ListingBuilding {
  readonly name: string;
  readonly councilCode: string;
  readonly ownerOrganisationId: string | null;
  readonly visibility: Visibility;
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  readonly postcode: string | null;
}

/** What the lister writes. */
export interface SurplusListingFields {
  readonly category: SurplusCategory;
  readonly description: string;
  readonly quantity: number;
  readonly condition: ItemCondition;
  readonly dimensions: string | null;
  readonly availableFrom: IsoDate;
  readonly availableUntil: IsoDate | null;
  readonly collection: CollectionArrangements;
  /** The group must collect (the lister does not deliver). */
  readonly mustCollect: boolean;
}

export interface SurplusListing extends RecordMeta, SurplusListingFields {
  readonly id: string;
  /** The listing organisation: the building's owner, or its council when the owner is not registered. */
  readonly organisationId: string;
  readonly buildingId: string;
  readonly building: ListingBuilding;
  readonly allocatedQuantity: number;
  readonly collectedQuantity: number;
  readonly status: SurplusListingStatus;
  readonly closedReason: string | null;
  /**
   * The council's allocation rule when the listing was made: a listing keeps the rule its requesters saw,
   * whatever the council chooses later.
   */
  readonly allocationRule: AllocationRule;
  /** Pictures of the items, in the order added (surplus-photos.ts); absent on listings stored before photos. */
  readonly photos?: readonly SurplusPhoto[];
}

/** JPEG, PNG and WebP: what phones and browsers make, and what every browser shows (surplus-photos.ts). */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** A picture of a listing's items, kept in the photo store under its id. */
export interface SurplusPhoto {
  /** 128 random bits, hex: names the stored object and says nothing else. */
  readonly id: string;
  readonly contentType: PhotoContentType;
  readonly byteSize: number;
  /** What the photo shows, for screen readers. */
  readonly altText: string;
  readonly addedAt: string;
}

/** The largest quantity one listing holds: a library's worth of chairs, not a warehouse. */
export const MAX_LISTING_QUANTITY = 10_000;

/** The statuses `listBuildingSurplus` may set: a building closing (its furniture is then surplus too). */
export const CLOSING_BUILDING_STATUSES = ['SURPLUS', 'VACANT'] as const;

// What one DynamoDB transaction (TransactWriteItems) holds.
const ITEMS_PER_TRANSACTION = 100;
// A new listing writes the listing, its audit event, its changes feed entry and its outbox message.
const ITEMS_PER_NEW_LISTING = 4;
// The step's own: the idempotency claim, the listing organisation's check, the caller's role, the council's
// feed counter (one for the building and its listings: they are in one council).
const ITEMS_PER_BUILDING_STEP = 4;

/**
 * The most kinds of items one `listBuildingSurplus` step lists, so the step stays one transaction, all or
 * nothing: (100 - 4 - 11 for the building's own update at most) / 4 = 21.
 */
export const MAX_KINDS_PER_BUILDING_STEP = Math.floor(
  (ITEMS_PER_TRANSACTION - ITEMS_PER_BUILDING_STEP - MAX_ITEMS_PER_BUILDING_WRITE) / ITEMS_PER_NEW_LISTING,
);

/** A new listing of `fields` in `building` by `organisationId`, checked against today. */
export function createSurplusListing(
  id: string,
  organisationId: string,
  building: Building,
  fields: SurplusListingFields,
  allocationRule: AllocationRule,
  at: string,
): SurplusListing {
  return {
    id,
    organisationId,
    buildingId: building.id,
    building: copyBuilding(building),
    ...fields,
    allocatedQuantity: 0,
    collectedQuantity: 0,
    status: 'OPEN',
    closedReason: null,
    allocationRule,
    photos: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The building's facts a listing shows and is found by. */
export function copyBuilding(building: Building): ListingBuilding {
  return {
    name: building.name,
    councilCode: building.councilCode,
    ownerOrganisationId: building.ownerOrganisationId,
    visibility: building.visibility,
    location: building.location,
    postcode: building.address.postcode,
  };
}

/** What is left to allocate. */
export function quantityLeft(listing: Pick<SurplusListing, 'quantity' | 'allocatedQuantity'>): number {
  return Math.max(0, listing.quantity - listing.allocatedQuantity);
}

/**
 * The listing's state today: CLOSED once closed; ENDED after its last day; UPCOMING before its first;
 * FULLY_ALLOCATED while nothing is left (a no-show can make it AVAILABLE again); otherwise AVAILABLE.
 */
export function listingState(listing: SurplusListing, today: IsoDate): SurplusListingState {
  if (listing.status === 'CLOSED') return 'CLOSED';
  if (listing.availableUntil !== null && listing.availableUntil < today) return 'ENDED';
  if (quantityLeft(listing) === 0) return 'FULLY_ALLOCATED';
  if (today < listing.availableFrom) return 'UPCOMING';
  return 'AVAILABLE';
}

/** True while the listing's items may be requested and allocated (before its first day too). */
export function isListingOpen(listing: SurplusListing, today: IsoDate): boolean {
  const state = listingState(listing, today);
  return state === 'AVAILABLE' || state === 'UPCOMING';
}

/** True while the listing lives: not closed and not past its end date (a fully allocated one still lives). */
export function isListingLive(listing: SurplusListing, today: IsoDate): boolean {
  const state = listingState(listing, today);
  return state !== 'CLOSED' && state !== 'ENDED';
}

/** True until the listing is closed: its lister may still edit it (an ENDED one too) or close it. */
export function isListingChangeable(listing: Pick<SurplusListing, 'status'>): boolean {
  return listing.status !== 'CLOSED';
}

/**
 * True when a request for the listing's items can be made now: the listing lives, and under first come,
 * first served something is left to allocate at once (`allocateOnArrival`); a listing whose lister chooses
 * takes requests to wait while it is fully allocated.
 */
export function isListingRequestable(listing: SurplusListing, today: IsoDate): boolean {
  return (
    isListingLive(listing, today) &&
    (listing.allocationRule !== 'FIRST_COME_FIRST_SERVED' || quantityLeft(listing) > 0)
  );
}

/** Refuses a step on a listing that has ended or been closed, saying which. */
export function assertListingLive(listing: SurplusListing, today: IsoDate): void {
  const state = listingState(listing, today);
  if (state === 'CLOSED' || state === 'ENDED') {
    throw new ConflictError(
      `Surplus listing ${listing.id} is ${state}; its items can no longer be requested`,
      {
        state,
      },
    );
  }
}

/** What the lister may change after listing: every field but the category (and the building, fixed). */
export type SurplusListingEdits = Partial<
  Pick<
    SurplusListingFields,
    'description' | 'condition' | 'dimensions' | 'availableUntil' | 'collection' | 'mustCollect' | 'quantity'
  >
>;

/**
 * The listing with the lister's edits (omitted fields kept). Refused: a CLOSED listing (CONFLICT); a
 * quantity below what is already allocated, collected included (BAD_USER_INPUT on `input.quantity`, saying
 * the least it may be); an end date before the first day or before today (BAD_USER_INPUT on
 * `input.availableUntil`). An end date of today or later is accepted even while allocations wait to be
 * collected: once the listing ends they can still be collected or marked a no-show, as after closing.
 */
export function reviseListing(
  listing: SurplusListing,
  edits: SurplusListingEdits,
  today: IsoDate,
): SurplusListing {
  if (!isListingChangeable(listing)) {
    throw new ConflictError(`Surplus listing ${listing.id} is closed; it can no longer be changed`, {
      state: 'CLOSED',
    });
  }
  if (edits.quantity !== undefined && edits.quantity < listing.allocatedQuantity) {
    throw badInput(
      'input.quantity',
      `must be at least ${listing.allocatedQuantity}, the quantity already allocated or collected`,
    );
  }
  if (edits.availableUntil !== undefined && edits.availableUntil !== null) {
    if (edits.availableUntil < listing.availableFrom) {
      throw badInput('input.availableUntil', `must not be before availableFrom (${listing.availableFrom})`);
    }
    if (edits.availableUntil < today) throw badInput('input.availableUntil', 'must not be in the past');
  }
  const kept = <K extends keyof SurplusListingEdits>(key: K): SurplusListing[K] => {
    const edited = edits[key];
    return edited === undefined ? listing[key] : (edited as SurplusListing[K]);
  };
  return {
    ...listing,
    description: kept('description'),
    condition: kept('condition'),
    dimensions: kept('dimensions'),
    availableUntil: kept('availableUntil'),
    collection: kept('collection'),
    mustCollect: kept('mustCollect'),
    quantity: kept('quantity'),
  };
}

/** The listing closed by its lister (or with its building), with the reason kept. */
export function closeListing(listing: SurplusListing, reason: string): SurplusListing {
  if (!isListingChangeable(listing)) {
    throw new ConflictError(`Surplus listing ${listing.id} is already closed`, { state: 'CLOSED' });
  }
  return { ...listing, status: 'CLOSED', closedReason: reason };
}

/** The listing closed because its building was archived: its next version, stamped with the change. */
export function closeWithBuilding(listing: SurplusListing, at: string): SurplusListing {
  return {
    ...closeListing(listing, 'The building was archived'),
    updatedAt: at,
    version: listing.version + 1,
  };
}

/** True when a building change moves where its listings are found (their copy of its location or postcode). */
export function buildingMoved(before: Building, after: Building): boolean {
  return (
    before.location?.latitude !== after.location?.latitude ||
    before.location?.longitude !== after.location?.longitude ||
    before.address.postcode !== after.address.postcode
  );
}

/**
 * The listing with its building's new location and postcode copied (the distance search finds it where
 * the building now is): its next version, stamped with the change. The rest of the copy stays as it was.
 */
export function moveWithBuilding(listing: SurplusListing, building: Building, at: string): SurplusListing {
  return {
    ...listing,
    building: { ...listing.building, location: building.location, postcode: building.address.postcode },
    updatedAt: at,
    version: listing.version + 1,
  };
}

/**
 * The listing's version moved on between reading it and writing a step (another request or allocation of
 * the same listing committed first). The step reads it again and decides afresh (changes/surplus-steps.ts).
 */
export class ListingChangedError extends ConflictError {
  constructor(id: string) {
    super(`Surplus listing ${id} changed while this step was being saved; read it again and retry`, {
      listingChanged: true,
    });
  }
}
