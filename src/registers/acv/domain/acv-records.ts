/**
 * The asset of community value entry as the domain sees it: what was nominated and every step decided or
 * recorded since, each with the calendar date it happened. The entry's state (listed, in a moratorium,
 * expired...) is never stored: it is computed from these dates and today (acv-lifecycle.ts).
 */
import type { IsoDate } from '../../../kernel/domain/clock';
import type { ListingExpiryConvention } from './acv-timetable';
import type { ListingExceptionNotApplying } from './acv-listability';
import type { Address, BuildingCategory, OrganisationKind, RecordMeta } from '../../../kernel/domain/records';

export type { ListingExpiryConvention } from './acv-timetable';

export const ACV_STATES = [
  'NOMINATED',
  'WITHDRAWN',
  'UNSUCCESSFUL',
  'LISTED',
  'IN_INTERIM_MORATORIUM',
  'IN_FULL_MORATORIUM',
  'IN_PROTECTED_PERIOD',
  'REMOVED',
  'EXPIRED',
] as const;
export type AcvState = (typeof ACV_STATES)[number];

/** A listed state: the land is on the list of assets of community value. */
export const LISTED_STATES: readonly AcvState[] = [
  'LISTED',
  'IN_INTERIM_MORATORIUM',
  'IN_FULL_MORATORIUM',
  'IN_PROTECTED_PERIOD',
];

export const INTEREST_KINDS = ['FREEHOLDER', 'LEASEHOLDER', 'OCCUPIER'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

/** Why a nomination was unsuccessful (s.88: land that is not of community value, or not listable). */
export const UNSUCCESSFUL_GROUNDS = [
  'NOT_OF_COMMUNITY_VALUE',
  'RESIDENCE',
  'CARAVAN_SITE',
  'OPERATIONAL_LAND',
  'NOMINATION_INCOMPLETE',
  'OTHER',
] as const;
export type UnsuccessfulGround = (typeof UNSUCCESSFUL_GROUNDS)[number];

/** Schedule 3 of SI 2012/2421 (and s.95(5)): disposals that never start a moratorium. */
export const EXEMPT_DISPOSAL_CATEGORIES = [
  'GIFT',
  'FAMILY',
  'WILL_OR_INTESTACY',
  'TRUSTEES_OF_SETTLEMENT',
  'BUSINESS_AS_GOING_CONCERN',
  'COURT_ORDER_OR_INSOLVENCY',
  'COMPULSORY_PURCHASE',
  'PARTNERSHIP',
  'GROUP_COMPANIES',
  'PART_OF_LARGER_SITE',
  'CHURCH_OF_ENGLAND',
  'SCHOOL_OR_ACADEMY',
  'HEALTH_SERVICE',
  'OTHER_SCHEDULE_3',
] as const;
export type ExemptDisposalCategory = (typeof EXEMPT_DISPOSAL_CATEGORIES)[number];

export const REMOVAL_REASONS = [
  'LISTING_EXPIRED',
  'REVIEW',
  'APPEAL',
  'NO_LONGER_OF_COMMUNITY_VALUE',
  'RELEVANT_DISPOSAL',
  'OTHER',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export type NominationOutcome = 'LISTED' | 'UNSUCCESSFUL';
export type ReviewOutcome = 'UPHELD' | 'REMOVED';
/** ALLOWED: the tribunal agreed with the owner and the land comes off the list. */
export type AppealOutcome = 'ALLOWED' | 'DISMISSED';
export type CompensationOutcome = 'PENDING' | 'AWARDED' | 'REFUSED';

/** The land nominated, as the nominator describes it (for a new site or on top of a register building). */
export interface AcvSite {
  readonly name: string;
  readonly description: string | null;
  readonly boundaryDescription: string;
  readonly address: Address | null;
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  /**
   * What the land is: the register building's category, or the one the nominator gave a described site.
   * Decides which Schedule 1 exceptions may apply (acv-listability.ts); absent on entries made before it.
   */
  readonly category?: BuildingCategory | null;
  /** The proposed boundary as canonical WKT POLYGON or MULTIPOLYGON in WGS84 (site-boundary.ts). */
  readonly boundary?: string | null;
  /** The site's UPRN, for land that is not a register building (a building's is on the building). */
  readonly uprn?: string | null;
  /** ONS codes of the electoral ward (E05...) and the civil parish (E04...) the site lies in, when known. */
  readonly wardCode?: string | null;
  readonly parishCode?: string | null;
}

/** What the nominator knows of an occupier, freeholder or leaseholder (personal data: private). */
export interface AcvInterest {
  readonly kind: InterestKind;
  readonly name: string;
  readonly address: string | null;
  /** Their email, when the nominator knows it: their notices are then emailed; absent on older entries. */
  readonly email?: string | null;
}

/** A body taking part: an organisation of the register (with its kind), or one named only. */
export interface AcvParty {
  readonly organisationId: string | null;
  readonly name: string;
  readonly kind: OrganisationKind | null;
}

/** The rules of reg 5 checked on a nominating body (the schema's AcvEligibilityRule lists the same). */
export const ELIGIBILITY_RULES = [
  'PUBLIC_BODY',
  'BODY_KIND',
  'PARISH_OWN_AREA',
  'UNINCORPORATED_MEMBERS',
  'NO_SURPLUS_DISTRIBUTION',
  'LOCAL_CONNECTION',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/** One rule of reg 5 as checked on the nominating body, with the explanation shown to people. */
export interface EligibilityCheck {
  readonly rule: EligibilityRule;
  readonly passed: boolean;
  readonly explanation: string;
}

/** A nominator's statement about distributing surplus (reg 5), and what shows it (a constitution's clause). */
export interface AcvSurplusStatement {
  readonly doesNotDistributeSurplus: boolean;
  readonly evidence: string;
}

export interface AcvDecision {
  readonly outcome: NominationOutcome;
  readonly decidedOn: IsoDate;
  readonly decidedBy: string;
  readonly reasons: string | null;
  readonly unsuccessfulGround: UnsuccessfulGround | null;
  /** Decided after the 8 weeks: recorded all the same, and flagged. */
  readonly late: boolean;
  /** How this listing's 5 years are counted: the council's convention on the day it listed. */
  readonly listingExpiryConvention: ListingExpiryConvention | null;
  /**
   * The listing's last day as the council's own register records it, when that is neither convention's
   * (set only by an import of an existing list, acv-register-import.ts); absent otherwise.
   */
  readonly recordedExpiresOn?: IsoDate;
  /**
   * The officer's reasons why a Schedule 1 exception the land seemed to fall under does not apply, given
   * when listing it (acv-listability.ts); absent or empty when none was needed.
   */
  readonly exceptionsNotApplying?: readonly ListingExceptionNotApplying[];
}

export interface AcvReview {
  readonly requestedOn: IsoDate;
  readonly requestedBy: string;
  /** A later date the owner agreed to (Sch 2 para 3), instead of 8 weeks from the request. */
  readonly agreedDueOn: IsoDate | null;
  readonly decidedOn: IsoDate | null;
  readonly decidedBy: string | null;
  readonly outcome: ReviewOutcome | null;
  readonly reasons: string | null;
  readonly late: boolean;
  /** What the owner said for the review, in writing or at a hearing (Schedule 2, SI 2012/2421). */
  readonly ownerRepresentations?: string | null;
  /** The day of the oral hearing the owner asked for, when there was one (Schedule 2, SI 2012/2421). */
  readonly oralHearingOn?: IsoDate | null;
}

/**
 * What a listing needs beyond the list: it is registered as a local land charge, and for land registered
 * at HM Land Registry the council applies for a restriction on the title. Each is a task of the work queue
 * from the day of listing until its date is recorded.
 */
export interface AcvListingRegistration {
  readonly localLandChargeRegisteredOn: IsoDate | null;
  readonly landRegistryRestrictionAppliedOn: IsoDate | null;
  /** The land is not registered at HM Land Registry, so there is no restriction to apply for. */
  readonly landUnregistered: boolean;
}

/** An appeal to the First-tier Tribunal: lodged, then (often months later) decided. */
export interface AcvAppeal {
  readonly lodgedOn: IsoDate;
  readonly decidedOn: IsoDate | null;
  readonly outcome: AppealOutcome | null;
  readonly notes: string | null;
}

export interface AcvBidRequest {
  readonly requestedOn: IsoDate;
  readonly bidder: AcvParty;
}

/** A notice of intended disposal. A relevant one (no exempt category) starts a moratorium. */
export interface AcvDisposalNotice {
  readonly receivedOn: IsoDate;
  readonly exemptCategory: ExemptDisposalCategory | null;
  readonly details: string | null;
  readonly bidRequests: readonly AcvBidRequest[];
}

export interface AcvDisposal {
  readonly disposedOn: IsoDate;
  readonly buyerName: string;
  readonly toCommunityInterestGroup: boolean;
  readonly exemptCategory: ExemptDisposalCategory | null;
}

export interface AcvRemoval {
  readonly removedOn: IsoDate;
  readonly reason: RemovalReason;
  readonly details: string;
}

export interface AcvCompensationClaim {
  readonly claimedOn: IsoDate;
  /** The notice whose moratorium the claim is about, or null for the end of the listing. */
  readonly moratoriumNoticeReceivedOn: IsoDate | null;
  readonly amountClaimedPence: number;
  readonly outcome: CompensationOutcome;
  readonly amountAwardedPence: number | null;
}

export interface AcvEntry extends RecordMeta {
  readonly id: string;
  readonly councilCode: string;
  readonly buildingId: string | null;
  readonly site: AcvSite;
  readonly nominator: AcvParty;
  /** The user who made the nomination for the nominating body. */
  readonly nominatedBy: string;
  /** The day the council received the nomination. */
  readonly nominatedOn: IsoDate;
  readonly communityValueReasons: string;
  readonly occupiersKnown: string | null;
  readonly interests: readonly AcvInterest[];
  readonly eligibilityEvidence: string;
  readonly eligibility: readonly EligibilityCheck[];
  /**
   * reg 5(1)(c), (e), (f): the nominator's statement that it does not distribute any surplus it makes to its
   * members, with the evidence (an unincorporated group, a company limited by guarantee, a community benefit
   * society); null for other bodies, absent on entries made before it was asked.
   */
  readonly surplusStatement?: AcvSurplusStatement | null;
  readonly owner: AcvParty | null;
  readonly withdrawnOn: IsoDate | null;
  readonly decision: AcvDecision | null;
  readonly review: AcvReview | null;
  readonly appeal: AcvAppeal | null;
  readonly disposalNotices: readonly AcvDisposalNotice[];
  readonly disposals: readonly AcvDisposal[];
  readonly removal: AcvRemoval | null;
  readonly compensationClaims: readonly AcvCompensationClaim[];
  /** The local land charge and Land Registry restriction of a listing; absent until one is recorded. */
  readonly registration?: AcvListingRegistration;
  /**
   * The reference the council's own register gives the entry (the `reference` of an imported
   * planning.data.gov.uk file), unique per council; absent for entries made through the workflow, whose
   * reference is their id.
   */
  readonly registerReference?: string;
}

export const NOTICE_KINDS = [
  'NOMINATION_RECEIVED',
  'LISTING',
  'UNSUCCESSFUL_NOMINATION',
  'REVIEW_DECISION',
  'REMOVAL',
  'MORATORIUM',
  'MORATORIUM_PUBLICITY',
  'BID_REQUEST',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * The rule each kind of notice follows: the Localism Act 2011 (s.) or SI 2012/2421 (reg). Shown on every
 * notice so whoever sends it knows the duty it meets.
 */
export const NOTICE_RULES: Readonly<Record<NoticeKind, string>> = {
  // The council takes all practicable steps to give information about a nomination to the owner, the lawful
  // occupant, the holders of the freehold and of leases, and the parish council where the land is in a parish.
  NOMINATION_RECEIVED: 'SI 2012/2421 reg 8',
  // Written notice of an inclusion in the list to the owner, the occupier and the nominator.
  LISTING: 'Localism Act 2011 s.91',
  // An unsuccessful nominator is given the council's written reasons.
  UNSUCCESSFUL_NOMINATION: 'Localism Act 2011 s.90',
  // The owner who asked for the review is told the decision and its reasons.
  REVIEW_DECISION: 'Localism Act 2011 s.92',
  // Written notice of a removal from the list, with reasons, to the same people as a listing.
  REMOVAL: 'Localism Act 2011 s.91',
  // The nominator is told that a notice of intended disposal was received, when, and the periods' ends.
  MORATORIUM: 'Localism Act 2011 s.97(3)',
  // The council arranges for the same matters to be publicised in the area where the land is.
  MORATORIUM_PUBLICITY: 'Localism Act 2011 s.97(4)',
  // A community interest group's request to be treated as a potential bidder is passed on to the owner.
  BID_REQUEST: 'Localism Act 2011 s.98',
};

/**
 * Who a notice is for. PUBLIC is publicity in the land's area (a notice on the council's website, in the
 * local press or at the site), addressed to no one in particular.
 */
export type NoticeRecipientRole =
  'OWNER' | 'OCCUPIER' | 'LEASEHOLDER' | 'NOMINATOR' | 'PARISH_COUNCIL' | 'PUBLIC';

/** A statutory notice to send: the outbox a notification service sends from. */
export interface AcvNotice {
  readonly id: string;
  readonly entryId: string;
  readonly councilCode: string;
  readonly kind: NoticeKind;
  readonly recipientRole: NoticeRecipientRole;
  readonly recipientName: string;
  readonly recipientAddress: string | null;
  readonly recipientOrganisationId: string | null;
  /** The email of a recipient known by email only (an interest the nominator named with one); absent when none. */
  readonly recipientEmail?: string | null;
  /** The land's name and address on the day of the step; absent on notices written before they were kept. */
  readonly siteName?: string;
  readonly siteAddress?: string | null;
  /** The date the notice bears (the day of the step that produced it). */
  readonly date: IsoDate;
  readonly text: string;
  readonly createdAt: string;
}

/** A council's own ACV settings, kept by its officers. */
export interface AcvSettings extends RecordMeta {
  readonly councilCode: string;
  /** GSS codes of the neighbouring councils: a body working there has a local connection (reg 4). */
  readonly neighbouringCouncils: readonly string[];
  readonly listingExpiryConvention: ListingExpiryConvention;
}

/** What an officer has to do next, by when. One per open duty of an entry; the work queue lists them. */
export const ACV_TASK_KINDS = [
  'NOMINATION_DECISION',
  'REVIEW_DECISION',
  'LISTING_EXPIRY',
  'MORATORIUM_END',
  'REMOVAL_AFTER_DISPOSAL',
  'LOCAL_LAND_CHARGE',
  'LAND_REGISTRY_RESTRICTION',
] as const;
export type AcvTaskKind = (typeof ACV_TASK_KINDS)[number];

export interface AcvTask {
  readonly entryId: string;
  readonly councilCode: string;
  readonly kind: AcvTaskKind;
  readonly dueOn: IsoDate;
  readonly siteName: string;
}
