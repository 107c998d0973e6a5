/**
 * Offers of space in a building of the register: what they are, how they are made and how their status
 * moves. Pure rules: `(record, action, today) -> record`; the caller stamps the version and stores it.
 */
import { BadUserInputError, ConflictError } from '../../../kernel/domain/errors';
import type { GeoPoint } from '../../../kernel/domain/location';
import type {
  AccessibilityFeature,
  Address,
  Building,
  OrganisationKind,
  RecordMeta,
  Visibility,
  CostVisibility,
  OfferStatus,
  ShownOfferStatus,
} from '../../../kernel/domain/records';

export const SPACE_KINDS = [
  'DESKS',
  'PRIVATE_OFFICE',
  'MEETING_ROOM',
  'HALL',
  'CLINIC_ROOM',
  'STORAGE',
  'WHOLE_FLOOR',
  'OUTDOOR_SPACE',
] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const SPACE_TERMS = ['FREE', 'PEPPERCORN', 'COST_SHARING', 'SUBSIDISED', 'MARKET_RENT'] as const;
export type SpaceTerms = (typeof SPACE_TERMS)[number];

export const FACILITIES = [
  'WIFI',
  'KITCHEN',
  'PARKING',
  'RECEPTION',
  'SECURE_STORAGE',
  'PRINTING',
  'SHOWERS',
  'CYCLE_STORAGE',
  'CONFIDENTIAL_ROOM',
  'AV_EQUIPMENT',
] as const;
export type Facility = (typeof FACILITIES)[number];

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Hours on one day of the week, as 24-hour `HH:MM` local (Europe/London) times, `opens` before `closes`. */
export interface WeeklySlot {
  readonly day: Weekday;
  readonly opens: string;
  readonly closes: string;
}

export interface Availability {
  readonly slots: readonly WeeklySlot[];
  /** First day the space is available (`YYYY-MM-DD`). */
  readonly fromDate: string;
  /** Last day, or null when open-ended. */
  readonly untilDate: string | null;
}

export interface OfferContact {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
}

/**
 * What an offer shows of its building, copied when the offer is made or changed, so a list or a distance
 * search needs no read of the buildings (an offer refreshes the copy whenever it is updated).
 */
export interface BuildingSnapshot {
  readonly name: string;
  readonly address: Address;
  readonly location: GeoPoint | null;
  readonly councilCode: string;
  readonly ownerOrganisationId: string | null;
  readonly visibility: Visibility;
}

export interface SpaceOffer extends RecordMeta {
  readonly id: string;
  /** The organisation offering the space: the building's owner, or its council when it has no owner. */
  readonly organisationId: string;
  readonly buildingId: string;
  readonly building: BuildingSnapshot;
  readonly title: string;
  readonly spaceKind: SpaceKind;
  readonly description: string | null;
  /** People the space holds. */
  readonly capacity: number | null;
  readonly floorAreaSqm: number | null;
  readonly availability: Availability;
  readonly terms: SpaceTerms;
  /** Indicative cost a month in pounds (0 when free). */
  readonly monthlyCost: number | null;
  readonly facilities: readonly Facility[];
  readonly accessibilityFeatures: readonly AccessibilityFeature[];
  /** Kinds of organisation that may apply; empty means any. */
  readonly eligibleOrganisationKinds: readonly OrganisationKind[];
  readonly status: OfferStatus;
  /** Private: seen by those who may see the offering organisation's private fields. */
  readonly contact: OfferContact;
  /** The expression of interest accepted, while UNDER_OFFER or once TAKEN. */
  readonly acceptedInterestId: string | null;
  /**
   * Why the register withdrew the offer when its building changed (archived, disposed of, another owner);
   * absent or null when the offering organisation withdrew it or it is not withdrawn.
   */
  readonly withdrawnReason?: string | null;
  /** Who sees `monthlyCost`; absent on offers made before the choice existed, read as PUBLIC (what they showed). */
  readonly costVisibility?: CostVisibility;
}

/** An offer's cost visibility; offers made before it could be chosen showed their cost to all, and still do. */
export function costVisibilityOf(offer: Pick<SpaceOffer, 'costVisibility'>): CostVisibility {
  return offer.costVisibility ?? 'PUBLIC';
}

/** Today's date in England (`YYYY-MM-DD`): dates are kept in the Europe/London calendar, not UTC. */

/** The status callers see: an offer still DRAFT, OPEN or UNDER_OFFER after its last day is EXPIRED. */
export function effectiveOfferStatus(
  offer: Pick<SpaceOffer, 'status' | 'availability'>,
  today: string,
): ShownOfferStatus {
  const ended = offer.availability.untilDate !== null && offer.availability.untilDate < today;
  if (ended && (offer.status === 'DRAFT' || offer.status === 'OPEN' || offer.status === 'UNDER_OFFER')) {
    return 'EXPIRED';
  }
  return offer.status;
}

export function buildingSnapshot(building: Building): BuildingSnapshot {
  return {
    name: building.name,
    address: building.address,
    location: building.location,
    councilCode: building.councilCode,
    ownerOrganisationId: building.ownerOrganisationId,
    visibility: building.visibility,
  };
}

/** The fields a caller gives when offering space (after input validation). */
export type SpaceOfferFields = Omit<
  SpaceOffer,
  | keyof RecordMeta
  | 'id'
  | 'organisationId'
  | 'buildingId'
  | 'building'
  | 'acceptedInterestId'
  | 'accessibilityFeatures'
  | 'status'
  | 'withdrawnReason'
  | 'costVisibility'
> & {
  readonly costVisibility: CostVisibility;
  /** Null: the building's own features. */
  readonly accessibilityFeatures: readonly AccessibilityFeature[] | null;
  readonly status: 'DRAFT' | 'OPEN';
};

/** A new offer (version 1) in `building`, checked for consistency; BAD_USER_INPUT names the field. */
export function createSpaceOffer(
  id: string,
  organisationId: string,
  building: Building,
  fields: SpaceOfferFields,
  at: string,
  today: string,
): SpaceOffer {
  if (building.archivedAt) {
    throw new BadUserInputError([{ field: 'input.buildingId', message: 'the building is archived' }]);
  }
  const offer: SpaceOffer = {
    id,
    organisationId,
    buildingId: building.id,
    building: buildingSnapshot(building),
    ...fields,
    accessibilityFeatures: fields.accessibilityFeatures ?? building.accessibilityFeatures,
    acceptedInterestId: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  assertOfferConsistent(offer, today);
  return offer;
}

/** Problems a whole offer can have that no single field shows. */
export function assertOfferConsistent(offer: SpaceOffer, today: string, opening = true): void {
  const problems = [
    ...describeAvailabilityProblems(offer.availability.slots, 'input.availability.slots'),
    ...(offer.availability.untilDate !== null && offer.availability.untilDate < offer.availability.fromDate
      ? [{ field: 'input.availability.untilDate', message: 'must not be before fromDate' }]
      : []),
    ...(opening &&
    offer.status === 'OPEN' &&
    offer.availability.untilDate !== null &&
    offer.availability.untilDate < today
      ? [{ field: 'input.availability.untilDate', message: 'has passed: an expired offer cannot be opened' }]
      : []),
    ...(offer.terms === 'FREE' && offer.monthlyCost !== null && offer.monthlyCost > 0
      ? [{ field: 'input.monthlyCost', message: 'must be 0 or omitted when the terms are FREE' }]
      : []),
  ];
  if (problems.length) throw new BadUserInputError(problems);
}

/** Each slot opens before it closes, and no day is given twice. */
export function describeAvailabilityProblems(
  slots: readonly WeeklySlot[],
  field: string,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<Weekday>();
  slots.forEach((slot, index) => {
    if (slot.opens >= slot.closes)
      problems.push({ field: `${field}.${index}.closes`, message: 'must be after opens' });
    if (seen.has(slot.day))
      problems.push({ field: `${field}.${index}.day`, message: `${slot.day} is given twice` });
    seen.add(slot.day);
  });
  return problems;
}

/** What can happen to an offer besides editing its fields. */
export type OfferAction =
  | { readonly type: 'ACCEPT_INTEREST'; readonly interestId: string }
  | { readonly type: 'RELEASE' }
  | { readonly type: 'MARK_TAKEN' };

/**
 * The offer after `action`, or CONFLICT explaining why it cannot happen now:
 * OPEN -> UNDER_OFFER (an interest accepted), UNDER_OFFER -> OPEN (the accepted interest withdrawn),
 * OPEN or UNDER_OFFER -> TAKEN. An expired offer accepts nothing until its end date is moved.
 */
export function transitionOffer(offer: SpaceOffer, action: OfferAction, today: string): SpaceOffer {
  const shown = effectiveOfferStatus(offer, today);
  const refuse = (what: string) =>
    new ConflictError(`Space offer ${offer.id} is ${shown}: ${what}`, { status: shown });
  switch (action.type) {
    case 'ACCEPT_INTEREST':
      if (shown !== 'OPEN') throw refuse('only an OPEN offer can accept an expression of interest');
      return { ...offer, status: 'UNDER_OFFER', acceptedInterestId: action.interestId };
    case 'RELEASE':
      if (offer.status !== 'UNDER_OFFER') throw refuse('only an offer UNDER_OFFER can be released');
      return { ...offer, status: 'OPEN', acceptedInterestId: null };
    case 'MARK_TAKEN':
      if (!mayMarkOfferTaken(offer, today)) {
        throw refuse('only an OPEN offer or one UNDER_OFFER can be marked taken');
      }
      return { ...offer, status: 'TAKEN' };
  }
}

/** True when the offer may be marked taken today: it is OPEN or UNDER_OFFER (not expired). */
export function mayMarkOfferTaken(
  offer: Pick<SpaceOffer, 'status' | 'availability'>,
  today: string,
): boolean {
  const shown = effectiveOfferStatus(offer, today);
  return shown === 'OPEN' || shown === 'UNDER_OFFER';
}

/**
 * Status changes a caller may make by editing the offer: DRAFT and OPEN swap, and any offer not yet TAKEN
 * may be WITHDRAWN. UNDER_OFFER and TAKEN come only from the expression-of-interest steps.
 */
export function assertEditableStatusChange(before: SpaceOffer, status: OfferStatus): void {
  assertOfferEditable(before);
  if (before.status === status) return;
  const allowed =
    (status === 'OPEN' && before.status === 'DRAFT') ||
    (status === 'DRAFT' && before.status === 'OPEN') ||
    status === 'WITHDRAWN';
  if (!allowed) {
    throw new ConflictError(
      `Space offer ${before.id} cannot go from ${before.status} to ${status} by editing` +
        (status === 'UNDER_OFFER' || status === 'TAKEN'
          ? '; accept an expression of interest or mark the offer taken'
          : ''),
      { field: 'input.status', status: before.status },
    );
  }
}

/** A TAKEN or WITHDRAWN offer is history: it can no longer change. */
export function assertOfferEditable(offer: SpaceOffer): void {
  if (offer.status === 'WITHDRAWN' || offer.status === 'TAKEN') {
    throw new ConflictError(`Space offer ${offer.id} is ${offer.status} and can no longer change`, {
      status: offer.status,
    });
  }
}

/** A TAKEN or WITHDRAWN offer is history; the others are live (on the market, or about to be). */
export function isOfferLive(offer: Pick<SpaceOffer, 'status'>): boolean {
  return offer.status === 'DRAFT' || offer.status === 'OPEN' || offer.status === 'UNDER_OFFER';
}

/**
 * Whether a change of a building reaches its offers: what they copy and search by (location, council area,
 * visibility), or what ends them (archived, disposed of, another owner). A change of anything else (a name,
 * a floor area) leaves them alone until they are next updated, at no extra request.
 */
export function buildingChangeReachesOffers(before: Building, after: Building): boolean {
  return (
    before.location?.latitude !== after.location?.latitude ||
    before.location?.longitude !== after.location?.longitude ||
    before.councilCode !== after.councilCode ||
    before.visibility !== after.visibility ||
    before.ownerOrganisationId !== after.ownerOrganisationId ||
    (before.archivedAt === null) !== (after.archivedAt === null) ||
    (before.status === 'DISPOSED') !== (after.status === 'DISPOSED')
  );
}

/**
 * Why a live offer cannot stay on the market after its building became `after`, or null. An archived or
 * disposed-of building has no space to give; and an offer made by the building's former owner (or by the
 * council for a building that now has a registered owner) is not the new owner's: the new owner has agreed
 * to nothing, so the offer is withdrawn rather than handed over, and the new owner offers space anew.
 */
export function reasonOfferEnds(offer: SpaceOffer, before: Building, after: Building): string | null {
  if (after.archivedAt) return `The building ${after.name} was archived from the register`;
  if (after.status === 'DISPOSED') return `The building ${after.name} was disposed of`;
  if (
    before.ownerOrganisationId !== after.ownerOrganisationId &&
    offer.organisationId !== after.ownerOrganisationId
  ) {
    return `The building ${after.name} changed owner`;
  }
  return null;
}

/**
 * A live offer after its building changed from `before` to `after`: withdrawn with the reason when the
 * building no longer lets it stand (reasonOfferEnds), otherwise the copy refreshed. Null for an offer that
 * needs no change (history keeps what it showed, except the visibility copy the store keeps in step).
 * The caller stamps the version.
 */
export function followBuilding(
  offer: SpaceOffer,
  before: Building,
  after: Building,
): {
  readonly offer: SpaceOffer;
  readonly action: 'WITHDRAWN' | 'BUILDING_CHANGED';
  readonly reason: string | null;
} | null {
  if (!isOfferLive(offer)) return null;
  const building = buildingSnapshot(after);
  const reason = reasonOfferEnds(offer, before, after);
  if (reason) {
    return {
      offer: { ...offer, building, status: 'WITHDRAWN', withdrawnReason: reason },
      action: 'WITHDRAWN',
      reason,
    };
  }
  return { offer: { ...offer, building }, action: 'BUILDING_CHANGED', reason: null };
}

/** How a caller's edit changes an offer's state: the status asked for, and whether the slots changed. */
export interface OfferEdit {
  readonly status?: OfferStatus | undefined;
  readonly availabilityChanged: boolean;
}

/**
 * The offer as a caller edited it (`edited`: the stored offer with the edit applied), with its copy of the
 * building refreshed: CONFLICT for an offer that is history or a status change editing cannot make; the
 * offer must still be consistent, and its dates valid from today when it (re)opens or its slots change.
 * Reopening an offer forgets the interest it once accepted.
 */
export function reviseSpaceOffer(
  before: SpaceOffer,
  edited: SpaceOffer,
  building: Building,
  edit: OfferEdit,
  today: string,
): SpaceOffer {
  assertOfferEditable(before);
  if (edit.status) assertEditableStatusChange(before, edit.status);
  const revised = { ...edited, building: buildingSnapshot(building) };
  assertOfferConsistent(revised, today, edit.status === 'OPEN' || edit.availabilityChanged);
  return revised.status === 'OPEN' && before.status !== 'OPEN'
    ? { ...revised, acceptedInterestId: null }
    : revised;
}
