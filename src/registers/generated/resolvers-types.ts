import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PageInfoRecord } from '../../kernel/domain/ports';
import type { Organisation as OrganisationRecord, Building as BuildingRecord, Membership as MembershipRecord, Invite as InviteRecord, AuditEvent as AuditEventRecord } from '../../kernel/domain/records';
import type { UserActor as UserActorRecord } from '../../kernel/domain/authorization';
import type { AcvEntry as AcvEntryRecord, AcvSite as AcvSiteRecord, AcvParty as AcvPartyRecord, AcvBidRequest as AcvBidRequestRecord, AcvNotice as AcvNoticeRecord, AcvTask as AcvTaskRecord, AcvSettings as AcvSettingsRecord } from '../acv/domain/acv-records';
import type { AcvMoratorium as AcvMoratoriumRecord } from '../acv/domain/acv-state';
import type { SpaceOffer as SpaceOfferRecord } from '../colocation/domain/space-offer';
import type { SpaceNeed as SpaceNeedRecord } from '../colocation/domain/space-need';
import type { SpaceInterest as SpaceInterestRecord, InterestMessage as InterestMessageRecord } from '../colocation/domain/space-interest';
import type { ScoredMatch as SpaceMatchRecord } from '../colocation/domain/matching';
import type { SurplusListing as SurplusListingRecord, CollectionArrangements as SurplusCollectionRecord } from '../surplus/domain/surplus-listing';
import type { SurplusRequest as SurplusRequestRecord } from '../surplus/domain/surplus-request';
import type { SurplusSettings as SurplusSettingsRecord } from '../surplus/domain/surplus-settings';
import type { ReuseSummary as SurplusImpactRecord } from '../surplus/domain/surplus-impact';
import type { WebhookEndpoint as WebhookEndpointRecord } from '../notifications/domain/webhook-endpoint';
import type { Delivery as NoticeDeliveryRecord } from '../notifications/domain/delivery';
import type { UserNotificationSettings as UserNotificationSettingsRecord, OrganisationNotificationSettings as OrganisationNotificationSettingsRecord } from '../notifications/domain/notification-preferences';
import type { FeedChangeView as RegisterChangeRecord } from '../../kernel/domain/change-feed';
import type { RegisterContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date as ISO-8601 text, `YYYY-MM-DD`, in the Europe/London calendar (for example `2027-03-01`):
   * statutory deadlines and availability are days, not instants. A value that is not a real date (`2027-02-30`)
   * is refused.
   */
  Date: { input: string; output: string; }
  /** An instant in time, as ISO-8601 text in UTC (for example `2026-11-23T09:30:00.000Z`). */
  DateTime: { input: string; output: string; }
};

/** Accessibility features a building offers. */
export type AccessibilityFeature =
  /** Accessible parking close to the entrance. */
  | 'ACCESSIBLE_PARKING'
  /** An accessible toilet. */
  | 'ACCESSIBLE_TOILET'
  /** Baby changing facilities. */
  | 'BABY_CHANGING'
  /** A Changing Places toilet (with a hoist and an adult-sized changing bench). */
  | 'CHANGING_PLACES_TOILET'
  /** A hearing loop. */
  | 'HEARING_LOOP'
  /** A lift to the upper floors. */
  | 'LIFT'
  /** A quiet room. */
  | 'QUIET_ROOM'
  /** Step-free access from the street to the main spaces. */
  | 'STEP_FREE_ACCESS';

/** A step of an asset of community value case, named as the mutation that takes it. */
export type AcvAction =
  /** Agree a later date for the review's decision with the owner (agreeReviewExtension). */
  | 'agreeReviewExtension'
  /** Decide a pending claim for compensation (decideCompensationClaim). */
  | 'decideCompensationClaim'
  /** Decide the review of the listing (decideListingReview). */
  | 'decideListingReview'
  /** Decide the nomination: list the land or refuse it (decideNomination). */
  | 'decideNomination'
  /** Record the owner's appeal against the review, or its outcome (recordAppeal). */
  | 'recordAppeal'
  /** Record an owner's claim for compensation (recordCompensationClaim). */
  | 'recordCompensationClaim'
  /** Record a disposal of the land (recordDisposal). */
  | 'recordDisposal'
  /** Record the owner's notice of intended disposal (recordDisposalNotice). */
  | 'recordDisposalNotice'
  /** Record the listing's local land charge or Land Registry restriction (recordListingRegistration). */
  | 'recordListingRegistration'
  /** Remove the land from the list (removeListing). */
  | 'removeListing'
  /** The owner asks for a review of the listing (requestListingReview). */
  | 'requestListingReview'
  /** A community interest group asks to be treated as a potential bidder (requestToBid). */
  | 'requestToBid'
  /** Withdraw the nomination before it is decided (withdrawNomination). */
  | 'withdrawNomination';

/** The owner's appeal to the First-tier Tribunal. */
export type AcvAppeal = {
  __typename?: 'AcvAppeal';
  /** The day the tribunal decided; null while pending. */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** The day it was lodged. */
  lodgedOn: Scalars['Date']['output'];
  /** Notes (the tribunal's reference, its reasons). */
  notes: Maybe<Scalars['String']['output']>;
  /** Allowed or dismissed; null while pending. */
  outcome: Maybe<AppealOutcome>;
};

/** A community interest group's written request to be treated as a potential bidder. */
export type AcvBidRequest = {
  __typename?: 'AcvBidRequest';
  /** The group. */
  bidder: AcvParty;
  /** The day the council received it. */
  requestedOn: Scalars['Date']['output'];
};

/** A private owner's claim for compensation. */
export type AcvCompensationClaim = {
  __typename?: 'AcvCompensationClaim';
  /** The amount awarded, in pence. */
  amountAwardedPence: Maybe<Scalars['Int']['output']>;
  /** The amount claimed, in pence. */
  amountClaimedPence: Scalars['Int']['output'];
  /** The day it was made. */
  claimedOn: Scalars['Date']['output'];
  /** The moratorium it is about (its notice date), or null for the end of the listing. */
  moratoriumNoticeReceivedOn: Maybe<Scalars['Date']['output']>;
  /** Where it stands. */
  outcome: CompensationOutcome;
};

/** The council's decision on a nomination. */
export type AcvDecision = {
  __typename?: 'AcvDecision';
  /** The officer who decided (user id). */
  decidedBy: Scalars['String']['output'];
  /** The day it was decided (the date of the listing notice when listed). */
  decidedOn: Scalars['Date']['output'];
  /** When listed: the officer's reasons why a Schedule 1 exception the land seemed to fall under does not apply. */
  exceptionsNotApplying: Array<ListingExceptionNotApplying>;
  /** True when it was decided after the 8 weeks (recorded all the same). */
  late: Scalars['Boolean']['output'];
  /** How the listing's 5 years are counted (the council's convention when it listed). */
  listingExpiryConvention: Maybe<ListingExpiryConvention>;
  /** Listed or unsuccessful. */
  outcome: NominationOutcome;
  /** The written reasons. */
  reasons: Maybe<Scalars['String']['output']>;
  /** When unsuccessful, on what ground. */
  unsuccessfulGround: Maybe<UnsuccessfulGround>;
};

/** A disposal of the land. */
export type AcvDisposal = {
  __typename?: 'AcvDisposal';
  /** Who acquired it. */
  buyerName: Scalars['String']['output'];
  /** The day of the disposal. */
  disposedOn: Scalars['Date']['output'];
  /** The Schedule 3 category when the disposal is exempt. */
  exemptCategory: Maybe<ExemptDisposalCategory>;
  /** True when the buyer is a community interest group (allowed during a moratorium). */
  toCommunityInterestGroup: Scalars['Boolean']['output'];
};

/** One rule of reg 5 checked on the nominating body, with its explanation. */
export type AcvEligibilityCheck = {
  __typename?: 'AcvEligibilityCheck';
  /** Why, in words. */
  explanation: Scalars['String']['output'];
  /** True when the body meets it. */
  passed: Scalars['Boolean']['output'];
  /** The rule. */
  rule: AcvEligibilityRule;
};

/** A rule of reg 5 (SI 2012/2421) checked on a body that nominates land. */
export type AcvEligibilityRule =
  /** The body is of a kind that may nominate: a parish council, neighbourhood forum, unincorporated group, charity, company limited by guarantee, community benefit society or community interest company. */
  | 'BODY_KIND'
  /** The body works in the council's area or a neighbouring council's (reg 4). */
  | 'LOCAL_CONNECTION'
  /** The body does not distribute any surplus it makes to its members, where reg 5(1) asks it. */
  | 'NO_SURPLUS_DISTRIBUTION'
  /** A parish council nominates land in its own parish (reg 5(1)(a)). */
  | 'PARISH_OWN_AREA'
  /** Public bodies other than parish councils may not nominate. */
  | 'PUBLIC_BODY'
  /** An unincorporated group has at least 21 members registered to vote locally (reg 5(1)(c)). */
  | 'UNINCORPORATED_MEMBERS';

/**
 * An asset of community value entry: a nomination, and if listed, its listing, reviews, moratoria and removal.
 * Every date it derives is a field; its state is computed from them and today.
 */
export type AcvEntry = {
  __typename?: 'AcvEntry';
  /** The actions possible today (mutation names), in the order a case runs, for a frontend to offer. The caller's own right to take them is not checked here: each mutation says who may. */
  allowedActions: Array<AcvAction>;
  /** The appeal. */
  appeal: Maybe<AcvAppeal>;
  /** The last day to appeal to the First-tier Tribunal: within 28 days of the day notice of the review decision was sent (that day not counted), run on to the next working day when it is a weekend, Christmas Day, Good Friday or a bank holiday in England (GRC Rules 2009 r.22 and r.12). */
  appealDeadline: Maybe<Scalars['Date']['output']>;
  /** The register building it is about, if any. */
  building: Maybe<Building>;
  /** Why the land furthers the social wellbeing or interests of the local community. */
  communityValueReasons: Scalars['String']['output'];
  /** Compensation claims. Private. */
  compensationClaims: Maybe<Array<AcvCompensationClaim>>;
  /** GSS code of the council whose list it is on. */
  councilCode: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The moratorium or protected period running today, if any. */
  currentMoratorium: Maybe<AcvMoratorium>;
  /** The council's decision. */
  decision: Maybe<AcvDecision>;
  /** The last day for the decision: reg 7, eight weeks beginning with the day of receipt (that day counts: receipt + 55 days, on the calendar, not moved off weekends). */
  decisionDueOn: Scalars['Date']['output'];
  /** True while undecided after its due date. */
  decisionOverdue: Scalars['Boolean']['output'];
  /** Disposals recorded. */
  disposals: Array<AcvDisposal>;
  /** The reg 5 rules checked on the nominator when it nominated. */
  eligibility: Array<AcvEligibilityCheck>;
  /** The nominator's evidence of its eligibility. Private. */
  eligibilityEvidence: Maybe<Scalars['String']['output']>;
  /** Notices of exempt disposals. */
  exemptDisposalNotices: Array<AcvExemptDisposalNotice>;
  /** Every change, newest first. Private. */
  history: Maybe<AuditEventConnection>;
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** Known freeholders, leaseholders and occupiers. Private. */
  interests: Maybe<Array<AcvInterest>>;
  /** The last day to claim compensation for the listing itself (13 weeks after it ended). */
  listingCompensationClaimDeadline: Maybe<Scalars['Date']['output']>;
  /** The last day of the listing (5 years, by the convention on the decision). */
  listingExpiresOn: Maybe<Scalars['Date']['output']>;
  /** Every moratorium, oldest first. */
  moratoria: Array<AcvMoratorium>;
  /** The day the council received the nomination. */
  nominatedOn: Scalars['Date']['output'];
  /** The nominating body. */
  nominator: AcvParty;
  /** Statutory notices produced, oldest first. Private. */
  notices: Maybe<AcvNoticeConnection>;
  /** What the nominator knows of the current occupiers. Private (FORBIDDEN unless the caller may see it). */
  occupiersKnown: Maybe<Scalars['String']['output']>;
  /** The owner, when known. */
  owner: Maybe<AcvParty>;
  /** The reference the council's own register gives the entry, when it was imported from that register (importAcvEntries); the open data publishes it as `reference`. */
  registerReference: Maybe<Scalars['String']['output']>;
  /** The listing's local land charge and Land Registry restriction; null until either is recorded. */
  registration: Maybe<AcvListingRegistration>;
  /** The removal from the list. */
  removal: Maybe<AcvRemoval>;
  /** From this day the land may be nominated again (the listing's last 8 weeks). */
  renominationOpensOn: Maybe<Scalars['Date']['output']>;
  /** The owner's review. */
  review: Maybe<AcvReview>;
  /** The day the review is due (8 weeks beginning with the request, or the agreed date). */
  reviewDecisionDueOn: Maybe<Scalars['Date']['output']>;
  /** The last day the owner may ask for a review (8 weeks beginning with the listing notice). */
  reviewRequestDeadline: Maybe<Scalars['Date']['output']>;
  /** The land. */
  site: AcvSite;
  /**
   * Where it stands today: the same as `status`.
   * @deprecated Use `status`, the name every register uses for where a record stands.
   */
  state: AcvState;
  /** Where it stands today. */
  status: AcvState;
  /** The nominator's statement that it does not distribute surplus to its members, where reg 5 asks for one. Private. */
  surplusStatement: Maybe<AcvSurplusStatement>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every step; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** The day it was withdrawn. */
  withdrawnOn: Maybe<Scalars['Date']['output']>;
};


/**
 * An asset of community value entry: a nomination, and if listed, its listing, reviews, moratoria and removal.
 * Every date it derives is a field; its state is computed from them and today.
 */
export type AcvEntryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An asset of community value entry: a nomination, and if listed, its listing, reviews, moratoria and removal.
 * Every date it derives is a field; its state is computed from them and today.
 */
export type AcvEntryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entries. */
export type AcvEntryConnection = {
  __typename?: 'AcvEntryConnection';
  /** The entries on this page. */
  edges: Array<AcvEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An entry and its cursor. */
export type AcvEntryEdge = {
  __typename?: 'AcvEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AcvEntry;
};

/** A notice of an exempt disposal (Schedule 3): recorded, starts nothing. */
export type AcvExemptDisposalNotice = {
  __typename?: 'AcvExemptDisposalNotice';
  /** Details given. */
  details: Maybe<Scalars['String']['output']>;
  /** The Schedule 3 category. */
  exemptCategory: ExemptDisposalCategory;
  /** The day the council received it. */
  receivedOn: Scalars['Date']['output'];
};

/** What happened to one row of an ACV register file. */
export type AcvImportRowResult = {
  __typename?: 'AcvImportRowResult';
  /** The entry created, updated or found unchanged; null when rejected (and for creates in a dry run). */
  entryId: Maybe<Scalars['ID']['output']>;
  /** The row's line number, as sent. */
  line: Scalars['Int']['output'];
  /** CREATED, UPDATED (an entry with this reference held other data), UNCHANGED or REJECTED. */
  outcome: ImportOutcome;
  /** Why the row was rejected (the field and the reason); empty otherwise. A rejected row writes nothing. */
  problems: Array<ImportProblem>;
  /** The row's reference, as sent. */
  reference: Scalars['String']['output'];
  /**
   * The same as `status`.
   * @deprecated Use `status`, the name every register uses for where a record stands.
   */
  state: Maybe<AcvState>;
  /** The entry's status today, as its dates give it (null when rejected). */
  status: Maybe<AcvState>;
  /** Its version after the row (null when rejected or in a dry run). */
  version: Maybe<Scalars['Int']['output']>;
  /** What the import assumed or an officer should check. */
  warnings: Array<AcvImportWarning>;
};

/** Something in a row the import took but an officer should look at (a date it assumed, a listing that expired). */
export type AcvImportWarning = {
  __typename?: 'AcvImportWarning';
  /** What kind of warning. */
  code: AcvImportWarningCode;
  /** The row's field (planning.data.gov.uk name) it is about. */
  field: Scalars['String']['output'];
  /** What was assumed or looks wrong, in words an officer can act on. */
  message: Scalars['String']['output'];
};

/** What an imported row's warning is about. */
export type AcvImportWarningCode =
  /** A request to bid without a date is recorded as made on the day the notice was received. */
  | 'BID_REQUEST_DATE_ASSUMED'
  /** An end date on a nomination that was never listed removes nothing, so it is ignored. */
  | 'END_DATE_IGNORED'
  /** The expiry date is not 5 years from the listing; it is kept as the council recorded it. */
  | 'EXPIRY_NOT_FIVE_YEARS'
  /** The file's notice of intended disposal replaces a later one the entry had. */
  | 'LATER_NOTICE_REPLACED'
  /** The listing's 5 years have run out: record its removal or give its end date. */
  | 'LISTING_EXPIRED'
  /** The row has no nomination date: the decision date is recorded as the day the nomination was received. */
  | 'NOMINATION_DATE_MISSING'
  /** No notification-to-sell date: the notice is recorded as received when the protected period began. */
  | 'NOTICE_DATE_FROM_PROTECTED_PERIOD'
  /** An unsuccessful nomination has no written reasons in the file; the council must give them (s.90). */
  | 'NO_REASONS'
  /** The entry has a step the file does not show (a notice, a removal); it is kept. */
  | 'RECORDED_STEP_KEPT';

/** What the nominator knows of a person with an interest in the land. Private: personal data. */
export type AcvInterest = {
  __typename?: 'AcvInterest';
  /** Their address, as the nominator knows it. */
  address: Maybe<Scalars['String']['output']>;
  /** Their email, as the nominator knows it: the council's notices to them are then emailed (else posted). */
  email: Maybe<Scalars['String']['output']>;
  /** Freeholder, leaseholder or occupier. */
  kind: AcvInterestKind;
  /** Their name. */
  name: Scalars['String']['output'];
};

/** A freeholder, leaseholder or occupier as the nominator knows them. */
export type AcvInterestInput = {
  /** Their address (up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Their email (up to 254 characters), when known: the council's notices to them are then emailed as well as recorded; BAD_USER_INPUT (`input.interests.<n>.email`) when it is not an email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Freeholder, leaseholder or occupier. */
  kind: AcvInterestKind;
  /** Their name (up to 200 characters). */
  name: Scalars['String']['input'];
};

/** What the nominator knows about a person with an interest in the land. */
export type AcvInterestKind =
  /** Holds the freehold of the land (the owner for the Act, unless a qualifying lease exists). */
  | 'FREEHOLDER'
  /** Holds a lease of the land (a lease of 25 years or more makes the leaseholder the owner for the Act). */
  | 'LEASEHOLDER'
  /** Lawfully occupies the land without being its owner. */
  | 'OCCUPIER';

/** A listing's registration outside the list: the local land charge, and the restriction at HM Land Registry. */
export type AcvListingRegistration = {
  __typename?: 'AcvListingRegistration';
  /** The day the council applied to HM Land Registry for a restriction; null until recorded. */
  landRegistryRestrictionAppliedOn: Maybe<Scalars['Date']['output']>;
  /** True when the land is not registered at HM Land Registry, so there is no restriction to apply for. */
  landUnregistered: Scalars['Boolean']['output'];
  /** The day the listing was registered as a local land charge; null until recorded. */
  localLandChargeRegisteredOn: Maybe<Scalars['Date']['output']>;
};

/** One moratorium: a notice of a relevant disposal and the periods it starts. An entry keeps all of them. */
export type AcvMoratorium = {
  __typename?: 'AcvMoratorium';
  /** Requests to be treated as a potential bidder. */
  bidRequests: Array<AcvBidRequest>;
  /** The last day a private owner may claim compensation for it (13 weeks after the moratorium ends). */
  compensationClaimDeadline: Scalars['Date']['output'];
  /** The last day of the full moratorium (6 months beginning with the notice); null unless a group asked to bid. */
  fullMoratoriumEndsOn: Maybe<Scalars['Date']['output']>;
  /** The last day of the interim moratorium (6 weeks beginning with the notice). */
  interimMoratoriumEndsOn: Scalars['Date']['output'];
  /** The last day of the moratorium that applies: the full one if a group asked to bid, otherwise the interim one. */
  moratoriumEndsOn: Scalars['Date']['output'];
  /** The day the council received the owner's notice of intended disposal. */
  noticeReceivedOn: Scalars['Date']['output'];
  /** The last day of the protected period (18 months beginning with the notice). */
  protectedPeriodEndsOn: Scalars['Date']['output'];
};

/** A statutory notice: the outbox a notification service sends from. */
export type AcvNotice = {
  __typename?: 'AcvNotice';
  /** The date the notice bears. */
  date: Scalars['Date']['output'];
  /** How the notice was delivered: one per recipient address and channel, and one per webhook endpoint; empty until the notifier has taken it. The council's officers only (FORBIDDEN otherwise). */
  deliveries: Array<NoticeDelivery>;
  /** The entry it is about. */
  entry: AcvEntry;
  /** The notice's id. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: AcvNoticeKind;
  /** Their address, when known. */
  recipientAddress: Maybe<Scalars['String']['output']>;
  /** To whom. */
  recipientName: Scalars['String']['output'];
  /** The recipient organisation's id, when it is in the register. */
  recipientOrganisationId: Maybe<Scalars['ID']['output']>;
  /** Why this recipient gets it. */
  recipientRole: AcvNoticeRecipientRole;
  /** The rule the notice follows (e.g. `Localism Act 2011 s.97(4)`, `SI 2012/2421 reg 8`). */
  rule: Scalars['String']['output'];
  /** The text sent. */
  text: Scalars['String']['output'];
};

/** A page of notices. */
export type AcvNoticeConnection = {
  __typename?: 'AcvNoticeConnection';
  /** The notices on this page. */
  edges: Array<AcvNoticeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A notice and its cursor. */
export type AcvNoticeEdge = {
  __typename?: 'AcvNoticeEdge';
  /** Pass as `after` to continue after this notice. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: AcvNotice;
};

/** The kind of a statutory notice. */
export type AcvNoticeKind =
  /** A community interest group's request to be treated as a potential bidder (passed to the owner). */
  | 'BID_REQUEST'
  /** Notice of listing (to owner, occupiers and nominator). */
  | 'LISTING'
  /** A moratorium has started (to the nominator). */
  | 'MORATORIUM'
  /** A moratorium has started: the public notice in the land's area (Localism Act 2011 s.97(4)). */
  | 'MORATORIUM_PUBLICITY'
  /** A nomination was received (to the owner, occupiers, leaseholders and the parish council): SI 2012/2421 reg 8. */
  | 'NOMINATION_RECEIVED'
  /** Notice of removal from the list (to owner, occupiers and nominator). */
  | 'REMOVAL'
  /** The outcome of a listing review (to the owner). */
  | 'REVIEW_DECISION'
  /** The reasons a nomination was unsuccessful (to the nominator). */
  | 'UNSUCCESSFUL_NOMINATION';

/** Why the recipient gets a notice. */
export type AcvNoticeRecipientRole =
  /** A leaseholder the nominator named. */
  | 'LEASEHOLDER'
  /** The body that nominated the land. */
  | 'NOMINATOR'
  /** The lawful occupier, when not the owner. */
  | 'OCCUPIER'
  /** The owner of the land (the Act requires notice to the owner). */
  | 'OWNER'
  /** The parish council of the land's parish. */
  | 'PARISH_COUNCIL'
  /** The public in the land's area: a notice to publish (website, local press, at the site), to no one in particular. */
  | 'PUBLIC';

/** The owner: an organisation of the register, or a name. */
export type AcvOwnerInput = {
  /** The owner's name when not in the register (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A body taking part in a case: an organisation of the register, or one known only by name. */
export type AcvParty = {
  __typename?: 'AcvParty';
  /** Its name. */
  name: Scalars['String']['output'];
  /** The organisation, when it is in the register. */
  organisation: Maybe<Organisation>;
  /** The organisation's id, when it is in the register. */
  organisationId: Maybe<Scalars['ID']['output']>;
};

/**
 * One row of a council's existing list of assets of community value, in the planning.data.gov.uk
 * `asset-of-community-value` fields, as text (`npm run import -- <file> --format acv-register` reads CSV files
 * into these). The API reads every field, so a bad value is the row's problem, never an error of the call. Dates
 * are `YYYY-MM-DD` or day first (`30/04/2019`); never month first.
 */
export type AcvRegisterRowInput = {
  /** The address on one line, parts separated by commas; a last part that is a postcode becomes the postcode. */
  addressText?: InputMaybe<Scalars['String']['input']>;
  /** listed, unsuccessful, withdrawn, removed or pending (and the usual synonyms: successful, rejected, refused, not listed, delisted...). */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** The day of the decision: for a listing, the day of entry on the list. */
  decisionDate?: InputMaybe<Scalars['String']['input']>;
  /** What the land is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The day the listing was removed (for a withdrawn nomination, the day it was withdrawn). */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The day the record was made (not a step of the case: checked to be a date, not otherwise read). */
  entryDate?: InputMaybe<Scalars['String']['input']>;
  /** The listing's last day; when empty, 5 years by the council's convention (acvSettings). */
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  /** The community interest groups that asked to be treated as potential bidders, separated by `;`. */
  interestedGroup?: InputMaybe<Scalars['String']['input']>;
  /** The row's line number in the source file; echoed in the result so reports can point at the file. */
  line: Scalars['Int']['input'];
  /** The land's or building's name (up to 200 characters). */
  name: Scalars['String']['input'];
  /** The nominating body's name, kept as written (never linked to a register organisation). */
  nominatingGroup?: InputMaybe<Scalars['String']['input']>;
  /** The day the council received the nomination (when empty, startDate, else the decision date with a warning). */
  nominationDate?: InputMaybe<Scalars['String']['input']>;
  /** The decision's reasons; the export's `Ground: ...` and `Removed (REASON): ...` lines are read back. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The day the council received the owner's notice of intended disposal (starts the moratorium). */
  notificationToSellDate?: InputMaybe<Scalars['String']['input']>;
  /** The council (a GSS code, checked against `councilCode`); other values are ignored. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Where it is: WKT `POINT(longitude latitude)` in WGS84. */
  point?: InputMaybe<Scalars['String']['input']>;
  /** The start of the protected period: the notice's day (used when notificationToSellDate is empty). */
  protectedPeriodStartDate?: InputMaybe<Scalars['String']['input']>;
  /** The entry's reference in the council's register: what finds the entry again when the file is imported again (unique per council). */
  reference: Scalars['String']['input'];
  /** The day the asset was nominated, as the specification defines it (stands in for nominationDate when that is empty). */
  startDate?: InputMaybe<Scalars['String']['input']>;
};

/** The land's removal from the list. */
export type AcvRemoval = {
  __typename?: 'AcvRemoval';
  /** Details. */
  details: Scalars['String']['output'];
  /** Why. */
  reason: RemovalReason;
  /** The day it was removed. */
  removedOn: Scalars['Date']['output'];
};

/** The owner's request for a review of the listing, and its outcome. */
export type AcvReview = {
  __typename?: 'AcvReview';
  /** A later decision date agreed with the owner, if any. */
  agreedDueOn: Maybe<Scalars['Date']['output']>;
  /** The officer who decided (never the one who decided to list). */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** The day it was decided; null while pending. */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** True when decided after its due date. */
  late: Scalars['Boolean']['output'];
  /** The day of the oral hearing the owner asked for; null when there was none. */
  oralHearingOn: Maybe<Scalars['Date']['output']>;
  /** Upheld or removed; null while pending. */
  outcome: Maybe<ReviewOutcome>;
  /** The owner's representations for the review, in writing or at a hearing, as the council records them. */
  ownerRepresentations: Maybe<Scalars['String']['output']>;
  /** The written reasons. */
  reasons: Maybe<Scalars['String']['output']>;
  /** The day the council received the request. */
  requestedOn: Scalars['Date']['output'];
};

/** A council's ACV settings, kept by its officers. */
export type AcvSettings = {
  __typename?: 'AcvSettings';
  /** The council's GSS code. */
  councilCode: Scalars['String']['output'];
  /** How listings' 5 years are counted. */
  listingExpiryConvention: ListingExpiryConvention;
  /**
   * GSS codes of neighbouring councils the officers added: bodies working there have a local connection, as
   * do bodies working in the `neighbouringCouncilsByBoundary`.
   */
  neighbouringCouncils: Array<Scalars['String']['output']>;
  /**
   * The districts whose boundaries meet the council's area, from ONS boundary data shipped with the register
   * (source and derivation in src/kernel/domain/council-neighbours.md): bodies working there have a local connection
   * with no settings typed in. Across wide estuaries and from Wales or Scotland, officers add neighbours.
   */
  neighbouringCouncilsByBoundary: Array<Scalars['String']['output']>;
  /** 0 while the defaults apply (never saved); pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A council's ACV settings. */
export type AcvSettingsInput = {
  /** How listings' 5 years are counted (applies to listings decided from now on). */
  listingExpiryConvention?: InputMaybe<ListingExpiryConvention>;
  /** GSS codes of neighbouring councils to add to those by boundary (at most 30); replaces the added list. */
  neighbouringCouncils?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The land nominated. */
export type AcvSite = {
  __typename?: 'AcvSite';
  /** Its address. */
  address: Maybe<Address>;
  /**
   * The proposed boundary as WKT `POLYGON` or `MULTIPOLYGON` in WGS84 (longitude latitude), as the
   * planning.data.gov.uk `geometry` field; null when the nomination gave none.
   */
  boundary: Maybe<Scalars['String']['output']>;
  /** The nominator's description of the proposed boundaries. */
  boundaryDescription: Scalars['String']['output'];
  /** What it is: the register building's category, or the one the nominator gave a described site; decides which Schedule 1 exceptions may apply. */
  category: Maybe<BuildingCategory>;
  /** What it is. */
  description: Maybe<Scalars['String']['output']>;
  /** Where it is, in WGS84. */
  location: Maybe<GeoPoint>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** ONS code of the civil parish the site lies in (E04 and six digits), when known. */
  parishCode: Maybe<Scalars['String']['output']>;
  /** The site's UPRN when it is not a register building (a building's UPRN is on `building`). */
  uprn: Maybe<Scalars['String']['output']>;
  /** ONS code of the electoral ward the site lies in (E05 and six digits), when known. */
  wardCode: Maybe<Scalars['String']['output']>;
};

/** The land nominated when it is not a building of the register. */
export type AcvSiteInput = {
  /** Its address. */
  address?: InputMaybe<AddressInput>;
  /** What it is; RESIDENTIAL means listing needs an officer's reason why the residence exception does not apply. */
  category?: InputMaybe<BuildingCategory>;
  /** What it is (up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where it is. */
  location?: InputMaybe<GeoPointInput>;
  /** Its name (up to 200 characters). */
  name: Scalars['String']['input'];
  /** Its UPRN, when it has one (1 to 12 digits; leading zeros are kept). */
  uprn?: InputMaybe<Scalars['String']['input']>;
};

/** Where an asset of community value entry stands, computed from its recorded dates and today (never stale). */
export type AcvState =
  /** The listing's 5 years have run out. Stays readable as history. */
  | 'EXPIRED'
  /** Listed; a community interest group asked to bid, so the 6-month full moratorium runs. */
  | 'IN_FULL_MORATORIUM'
  /** Listed; the owner has given notice of a relevant disposal and the 6-week interim moratorium runs. */
  | 'IN_INTERIM_MORATORIUM'
  /** Listed; the moratorium has ended and the owner may sell to anyone until the 18-month protected period ends. */
  | 'IN_PROTECTED_PERIOD'
  /** On the list of assets of community value, with no moratorium running. */
  | 'LISTED'
  /** Nominated and awaiting the council's decision. */
  | 'NOMINATED'
  /** Removed from the list (the reason is recorded). Stays readable as history. */
  | 'REMOVED'
  /** Not listed: on the council's list of unsuccessful nominations, with reasons. */
  | 'UNSUCCESSFUL'
  /** Withdrawn by the nominator before the decision. */
  | 'WITHDRAWN';

/** The nominator's statement that it does not distribute any surplus it makes to its members (reg 5(1)(c), (e), (f)). */
export type AcvSurplusStatement = {
  __typename?: 'AcvSurplusStatement';
  /** True when the nominator states that it does not distribute surplus to its members. */
  doesNotDistributeSurplus: Scalars['Boolean']['output'];
  /** What shows it (e.g. the clause of its constitution or articles). */
  evidence: Scalars['String']['output'];
};

/** A nominator's statement about surplus (reg 5). */
export type AcvSurplusStatementInput = {
  /** True when the nominator does not distribute any surplus it makes to its members; false is NOT_ELIGIBLE. */
  doesNotDistributeSurplus: Scalars['Boolean']['input'];
  /** What shows it, e.g. the clause of the constitution or articles (up to 4000 characters). */
  evidence: Scalars['String']['input'];
};

/** An open duty of the council's officers. */
export type AcvTask = {
  __typename?: 'AcvTask';
  /** Days from today to the due date (negative when overdue). */
  daysLeft: Scalars['Int']['output'];
  /** By when. */
  dueOn: Scalars['Date']['output'];
  /** The entry. */
  entry: AcvEntry;
  /** What to do. */
  kind: AcvTaskKind;
  /** True when the due date has passed. */
  overdue: Scalars['Boolean']['output'];
  /** The site's name. */
  siteName: Scalars['String']['output'];
};

/** A page of the work queue. */
export type AcvTaskConnection = {
  __typename?: 'AcvTaskConnection';
  /** The tasks on this page, by due date, overdue first. */
  edges: Array<AcvTaskEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A task and its cursor. */
export type AcvTaskEdge = {
  __typename?: 'AcvTaskEdge';
  /** Pass as `after` to continue after this task. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: AcvTask;
};

/** An officer's open duty in the work queue. */
export type AcvTaskKind =
  /** Apply to HM Land Registry for a restriction on the title (registered land; due from the day of listing). */
  | 'LAND_REGISTRY_RESTRICTION'
  /** A listing reaches its last day: record its removal. */
  | 'LISTING_EXPIRY'
  /** Register the listing as a local land charge (due from the day of listing until its date is recorded). */
  | 'LOCAL_LAND_CHARGE'
  /** A moratorium ends: update the published list. */
  | 'MORATORIUM_END'
  /** Decide a nomination (due 8 weeks after it was received). */
  | 'NOMINATION_DECISION'
  /** A relevant disposal was recorded: remove the listing. */
  | 'REMOVAL_AFTER_DISPOSAL'
  /** Decide a listing review (due 8 weeks after the request, or a later agreed date). */
  | 'REVIEW_DECISION';

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** Street lines (number and street, locality), first line first. */
  lines: Array<Scalars['String']['output']>;
  /** The post town. */
  postTown: Maybe<Scalars['String']['output']>;
  /** The postcode, normalised to upper case with one space (`GL50 1PP`), or only the outward code (`GL50`). */
  postcode: Maybe<Scalars['String']['output']>;
  /** True when only the outward code is known (common for vacant land). */
  postcodeIsPartial: Scalars['Boolean']['output'];
};

/** An address to record. */
export type AddressInput = {
  /** Street lines, first line first (at most 4, each up to 200 characters). */
  lines: Array<Scalars['String']['input']>;
  /** The post town (up to 100 characters). */
  postTown?: InputMaybe<Scalars['String']['input']>;
  /** A UK postcode in any common form (`gl501pp`, `GL50 1PP`), or only the outward code (`GL50`). */
  postcode?: InputMaybe<Scalars['String']['input']>;
};

/** The First-tier Tribunal's decision on the owner's appeal. */
export type AppealOutcome =
  /** The tribunal agreed with the owner: the land comes off the list. */
  | 'ALLOWED'
  /** The listing stands. */
  | 'DISMISSED';

/**
 * What an audit event records. The record type says which of them can occur: the general ones for any record,
 * the others for their register's records.
 */
export type AuditAction =
  /** The offering organisation accepted the expression of interest. */
  | 'ACCEPTED'
  /** Surplus items were allocated to a request (the listing's quantity left went down). */
  | 'ALLOCATED'
  /** The appeal's outcome was recorded. */
  | 'APPEAL_DECIDED'
  /** The owner's appeal against the review was recorded. */
  | 'APPEAL_LODGED'
  /** The building was archived: it left the lists and stays readable by id. */
  | 'ARCHIVED'
  /** A community interest group asked to be treated as a potential bidder (s.95). */
  | 'BID_REQUESTED'
  /** The offer's building changed (it was edited, or changed owner) and the offer follows it. */
  | 'BUILDING_CHANGED'
  /** The invitation was accepted and the invitee became a member. */
  | 'CLAIMED'
  /** Closed: a need for space by its organisation, or an open expression of interest by the register when its offer ended. */
  | 'CLOSED'
  /** The requesting organisation collected the surplus items allocated to it. */
  | 'COLLECTED'
  /** The council decided a claim for compensation. */
  | 'COMPENSATION_CLAIM_DECIDED'
  /** An owner's claim for compensation was recorded (reg 14). */
  | 'COMPENSATION_CLAIM_RECORDED'
  /** The record was made. */
  | 'CREATED'
  /** The offering organisation declined the expression of interest, or a lister declined a request for surplus items. */
  | 'DECLINED'
  /** A webhook endpoint was disabled, by its admin or after a delivery failed for more than 24 hours. */
  | 'DISABLED'
  /** The owner's notice of intended disposal was recorded (s.95), starting a moratorium. */
  | 'DISPOSAL_NOTICE_RECORDED'
  /** A disposal of the listed land was recorded. */
  | 'DISPOSAL_RECORDED'
  /** A disabled webhook endpoint was enabled again. */
  | 'ENABLED'
  /** The owner's notice of a disposal exempt from the moratorium was recorded. */
  | 'EXEMPT_DISPOSAL_NOTICE_RECORDED'
  /** A disposal exempt from the moratorium (s.95(5)) was recorded. */
  | 'EXEMPT_DISPOSAL_RECORDED'
  /** An organisation expressed interest in an offer of space. */
  | 'EXPRESSED'
  /** The entry was created or updated from the council's register file (importAcvEntries). */
  | 'IMPORTED'
  /** An invitation to join was sent. */
  | 'INVITED'
  /** The council listed the nominated land (s.90). */
  | 'LISTED'
  /** A person was made a member of the organisation. */
  | 'MEMBER_ADDED'
  /** A message was added to the expression of interest's thread. */
  | 'MESSAGE'
  /** An asset of community value was nominated (s.89). */
  | 'NOMINATED'
  /** The council decided the nomination was unsuccessful (s.90). */
  | 'NOMINATION_UNSUCCESSFUL'
  /** The requesting organisation did not collect its allocation; the quantity returned to the listing. */
  | 'NO_SHOW'
  /** The listing's local land charge or Land Registry restriction was recorded. */
  | 'REGISTRATION_RECORDED'
  /** The accepted interest ended, so the offer is open again. */
  | 'RELEASED'
  /** The record was removed: a member left or was removed, or an ACV listing was removed from the list. */
  | 'REMOVED'
  /** An organisation requested surplus items. */
  | 'REQUESTED'
  /** The council decided the review of the listing. */
  | 'REVIEW_DECIDED'
  /** The owner and the council agreed a later date for the review's decision. */
  | 'REVIEW_EXTENDED'
  /** The owner asked for a review of the listing (Sch 2). */
  | 'REVIEW_REQUESTED'
  /** The invitation was revoked before it was accepted. */
  | 'REVOKED'
  /** A member's role was changed. */
  | 'ROLE_CHANGED'
  /** A webhook endpoint's signing secret was replaced (the old one signs for 24 hours more). */
  | 'SECRET_ROTATED'
  /** The offer was taken. */
  | 'TAKEN'
  /** An expression of interest in the offer was accepted, so the offer is under offer. */
  | 'UNDER_OFFER'
  /** A platform admin withdrew the organisation's verification. */
  | 'UNVERIFIED'
  /** Fields of the record were changed (for an asset of community value entry, its council's settings). */
  | 'UPDATED'
  /** A platform admin verified the organisation. */
  | 'VERIFIED'
  /** Withdrawn: an ACV nomination by its nominator, an offer of space by its organisation or the register, or an expression of interest by the interested organisation. */
  | 'WITHDRAWN';

/** One change to one record, written in the same transaction as the change itself. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened. */
  action: AuditAction;
  /** The user id of whoever made the change. */
  actorId: Scalars['String']['output'];
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The fields the change touched, with old and new values. */
  changes: Array<FieldChange>;
  /** The event's id. */
  id: Scalars['ID']['output'];
  /** The id of the record changed (for memberships, `organisationId/userId`). */
  recordId: Scalars['ID']['output'];
  /** The kind of record changed. */
  recordType: RecordType;
  /** The record's version after the change. */
  version: Scalars['Int']['output'];
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** A building or piece of land in the register. */
export type Building = {
  __typename?: 'Building';
  /** Accessibility features it offers. */
  accessibilityFeatures: Array<AccessibilityFeature>;
  /** Its address. */
  address: Address;
  /** When it was archived (taken off the register's lists); null while it is current. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Asset of community value entries about this building (nominations, listings, history). */
  assetOfCommunityValueEntries: Array<AcvEntry>;
  /** The owner's own reference for it: unique among the owner's current buildings (compared ignoring case and repeated spaces). */
  assetReference: Maybe<Scalars['String']['output']>;
  /** What it is used as. */
  category: BuildingCategory;
  /** GSS code of the council area it is in. */
  councilCode: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Warnings about its data (a placeholder name, a location far outside its council's area, an asset reference repeated in the file it was imported from); empty when none. Warnings never stop a building being recorded. */
  dataQualityIssues: Array<DataQualityIssue>;
  /** A description. */
  description: Maybe<Scalars['String']['output']>;
  /** Gross internal floor area in square metres. */
  floorAreaSqm: Maybe<Scalars['Float']['output']>;
  /** Changes to it, newest first. Null, with a FORBIDDEN error, unless the caller is a member of the owner, an officer of the area's council or a platform admin. */
  history: Maybe<AuditEventConnection>;
  /** The building's id. */
  id: Scalars['ID']['output'];
  /** The source of the import that first recorded it (`ImportAssetsInput.source`, such as `transparency-code` or `libraries`); null for a building recorded by hand. `npm run import` lists as missing only the buildings of the file's own source. */
  importSource: Maybe<Scalars['String']['output']>;
  /** Where it is, in WGS84. */
  location: Maybe<GeoPoint>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The owning organisation, when the owner is in the register. */
  owner: Maybe<Organisation>;
  /** The owner's name: the owning organisation's name, or the name given when the owner is not in the register. */
  ownerName: Maybe<Scalars['String']['output']>;
  /** Where it stands in the owner's plans. */
  status: BuildingStatus;
  /** How the owner holds it. */
  tenure: Maybe<Tenure>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its Unique Property Reference Number (up to 12 digits, leading zeros kept as given). A UPRN names a property, not an asset: several current buildings may share one (a park, its pavilion and its toilets). */
  uprn: Maybe<Scalars['String']['output']>;
  /** Goes up by one with every change; pass it as `expectedVersion` when changing the building. */
  version: Scalars['Int']['output'];
  /** Who may see it. */
  visibility: Visibility;
};


/** A building or piece of land in the register. */
export type BuildingHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a building or piece of land is used as. */
export type BuildingCategory =
  /** A car park. */
  | 'CAR_PARK'
  /** A community centre. */
  | 'COMMUNITY_CENTRE'
  /** A depot, workshop or industrial unit. */
  | 'DEPOT_OR_INDUSTRIAL'
  /** A school, college or other place of education. */
  | 'EDUCATION'
  /** A village, church or community hall. */
  | 'HALL'
  /** A surgery, clinic or other health facility. */
  | 'HEALTH_FACILITY'
  /** A museum, monument or other heritage site. */
  | 'HERITAGE'
  /** Land without a building of note (a plot, a verge, a site). */
  | 'LAND'
  /** A library. */
  | 'LIBRARY'
  /** Offices. */
  | 'OFFICE'
  /** Anything else. */
  | 'OTHER'
  /** A park, garden, allotment or other open space. */
  | 'PARK_OR_OPEN_SPACE'
  /** A church, mosque, temple, synagogue or other place of worship. */
  | 'PLACE_OF_WORSHIP'
  /** A public house. */
  | 'PUB'
  /** Housing. */
  | 'RESIDENTIAL'
  /** A shop. */
  | 'SHOP'
  /** A sports ground, pitch, pool or leisure centre. */
  | 'SPORTS_FACILITY';

/** A page of buildings. */
export type BuildingConnection = {
  __typename?: 'BuildingConnection';
  /** The buildings on this page. */
  edges: Array<BuildingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A building and its cursor. */
export type BuildingEdge = {
  __typename?: 'BuildingEdge';
  /** Pass as `after` to continue after this building. */
  cursor: Scalars['String']['output'];
  /** The building. */
  node: Building;
};

/** Where a building stands in its owner's plans. */
export type BuildingStatus =
  /** Sold or otherwise disposed of. */
  | 'DISPOSED'
  /** In use. */
  | 'OPERATIONAL'
  /** Declared surplus to the owner's needs. `listBuildingSurplus` sets it and lists the furniture and equipment left in one step. */
  | 'SURPLUS'
  /** Its future is being reviewed. */
  | 'UNDER_REVIEW'
  /** Empty. `listBuildingSurplus` sets it and lists the furniture and equipment left in one step. */
  | 'VACANT';

/** The council's decision on a compensation claim. */
export type CompensationDecision =
  /** Award compensation (the amount is given with the decision). */
  | 'AWARDED'
  /** Refuse the claim (the reasons are given with the decision). */
  | 'REFUSED';

/** Where a compensation claim stands. */
export type CompensationOutcome =
  /** The council awarded compensation. */
  | 'AWARDED'
  /** Claimed and not yet decided. */
  | 'PENDING'
  /** The council refused the claim. */
  | 'REFUSED';

/** Who sees an offer's monthly cost. Offers made before the choice existed are PUBLIC, as they were. */
export type CostVisibility =
  /** Only the offering organisation's members: others ask (for example by expressing interest). */
  | 'ON_REQUEST'
  /** Members of verified organisations (partners) and the offering organisation's members. */
  | 'PARTNERS'
  /** Everyone who may see the offer, anonymous callers too. */
  | 'PUBLIC';

/** A building to record. Give `ownerOrganisationId` when the owner is in the register, otherwise `ownerName`. */
export type CreateBuildingInput = {
  /** Accessibility features it offers. */
  accessibilityFeatures?: InputMaybe<Array<AccessibilityFeature>>;
  /** Its address. */
  address: AddressInput;
  /** The owner's own reference (up to 100 characters). */
  assetReference?: InputMaybe<Scalars['String']['input']>;
  /** What it is used as. */
  category: BuildingCategory;
  /** GSS code of the council area it is in. */
  councilCode: Scalars['String']['input'];
  /** A description (up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Gross internal floor area in square metres (greater than 0). */
  floorAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Where it is, in WGS84. */
  location?: InputMaybe<GeoPointInput>;
  /** Its name (up to 200 characters). */
  name: Scalars['String']['input'];
  /** The owner's name when the owner is not in the register (up to 200 characters). */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it stands; OPERATIONAL when omitted. */
  status?: InputMaybe<BuildingStatus>;
  /** How the owner holds it. */
  tenure?: InputMaybe<TenureInput>;
  /** Its UPRN: 1 to 12 digits, leading zeros kept. */
  uprn?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it; PUBLIC when omitted. */
  visibility?: InputMaybe<Visibility>;
};

/** A new organisation. Which identifiers are required depends on `kind`. */
export type CreateOrganisationInput = {
  /** Required for a CHARITY or CIO. */
  charityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Required for companies (CIC, company limited by guarantee). */
  companyNumber?: InputMaybe<Scalars['String']['input']>;
  /** Private contact details. */
  contact?: InputMaybe<OrganisationContactInput>;
  /** GSS codes of the council areas it works in (at least one; at most 50). */
  councilAreas: Array<Scalars['String']['input']>;
  /** Required for a COUNCIL: its ONS GSS code (E06, E07, E08, E09 or E10 followed by six digits). */
  gssCode?: InputMaybe<Scalars['String']['input']>;
  /** Its legal or organisational form. */
  kind: OrganisationKind;
  /** Required for an UNINCORPORATED_GROUP. */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its name (up to 200 characters). */
  name: Scalars['String']['input'];
  /** For a PARISH_COUNCIL: the ONS code of its parish (E04 and six digits), checked against a nominated site's. */
  parishCode?: InputMaybe<Scalars['String']['input']>;
  /** Required for a PUBLIC_BODY. */
  publicBodyType?: InputMaybe<PublicBodyType>;
  /** Its website (https or http URL). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Items to list. */
export type CreateSurplusListingInput = {
  /** The first day they can be collected. */
  availableFrom: Scalars['Date']['input'];
  /** The last day (not before `availableFrom` nor today); omit to list until every item is allocated. */
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  /** The building they are in (one the caller's organisation owns, or, without a registered owner, its council). */
  buildingId: Scalars['ID']['input'];
  /** What kind of items. */
  category: SurplusCategory;
  /** How to collect them. */
  collection: SurplusCollectionInput;
  /** Their condition. */
  condition: SurplusItemCondition;
  /** What they are; at most 1000 characters. */
  description: Scalars['String']['input'];
  /** Their size; at most 200 characters. */
  dimensions?: InputMaybe<Scalars['String']['input']>;
  /** True when the group must collect (the default). */
  mustCollect?: InputMaybe<Scalars['Boolean']['input']>;
  /** The listing organisation: the building's owner, or its council when the owner is not registered. */
  organisationId: Scalars['ID']['input'];
  /** How many: 1 to 10000. */
  quantity: Scalars['Int']['input'];
};

/** What kind of data quality warning. */
export type DataQualityCode =
  /** The import file gave the same asset reference on more than one row; the first row was recorded. */
  | 'DUPLICATE_ASSET_REFERENCE'
  /**
   * The import client corrected or left out a field it could not read from the file as given (coordinates in the
   * wrong columns, a grid reference outside Great Britain, coordinates that are no numbers); the message says what.
   */
  | 'FILE_FIELD_REPAIRED'
  /** An import row's location was not in or near the UK, even swapped: the row was recorded without it. */
  | 'LOCATION_LEFT_OUT'
  /** The location is more than 5 km outside the council's area (a mistyped grid reference, or the wrong council). */
  | 'LOCATION_OUTSIDE_COUNCIL_AREA'
  /**
   * An import row's latitude and longitude make sense only the other way round: recorded swapped. The message gives
   * both pairs.
   */
  | 'LOCATION_SWAPPED'
  /** An import file gave only the outward code (the district, such as GL50): recorded as the district; add the full postcode. */
  | 'PARTIAL_POSTCODE'
  /** The name is a stand-in such as N/A, - or TBC. */
  | 'PLACEHOLDER_NAME'
  /**
   * An import file's postcode was not one, and exactly one undoing of look-alike slips (the letter O for zero in
   * `M32 OXZ`) gives a real one: that is recorded. The message quotes the file; check it.
   */
  | 'POSTCODE_CORRECTED'
  /** An import file's postcode was not one and could not be corrected with certainty: the row was recorded without it. */
  | 'POSTCODE_LEFT_OUT'
  /**
   * The location is more than 5 km outside the district of the building's postcode: one of the two is wrong. Not
   * given when the location or the postcode is already flagged as outside the council's area.
   */
  | 'POSTCODE_LOCATION_MISMATCH'
  /**
   * The postcode's whole district lies more than 5 km outside the council's area (a Manchester postcode on a
   * Cheltenham asset): a mistyped postcode, or the wrong council. A district that straddles the boundary is not flagged.
   */
  | 'POSTCODE_OUTSIDE_COUNCIL_AREA'
  /** The postcode has the form of one, but its outward code is no postcode district of Great Britain (such as GL99). */
  | 'UNKNOWN_POSTCODE_DISTRICT';

/** A warning about a building's data. */
export type DataQualityIssue = {
  __typename?: 'DataQualityIssue';
  /** What kind of warning. */
  code: DataQualityCode;
  /** The building's field it is about (`name`, `location`, `address.postcode`, `assetReference`). */
  field: Scalars['String']['output'];
  /** What looks wrong, in words an officer can act on. */
  message: Scalars['String']['output'];
};

/** The council's decision on a pending compensation claim. */
export type DecideCompensationClaimInput = {
  /** The amount awarded, in pence; required when awarded. */
  amountAwardedPence?: InputMaybe<Scalars['Int']['input']>;
  /** The day the claim was made (identifies it). */
  claimedOn: Scalars['Date']['input'];
  /** The moratorium it is about (its notice date), or omitted for a claim about the end of the listing. */
  moratoriumNoticeReceivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Awarded or refused. */
  outcome: CompensationDecision;
};

/** The outcome of a listing review. */
export type DecideListingReviewInput = {
  /** The day decided; today when omitted. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The day of the oral hearing, when the owner asked for one: between the request and the decision. */
  oralHearingOn?: InputMaybe<Scalars['Date']['input']>;
  /** Upheld or removed. */
  outcome: ReviewOutcome;
  /** The owner's representations, written or made at a hearing (up to 8000 characters). */
  ownerRepresentations?: InputMaybe<Scalars['String']['input']>;
  /** The written reasons (up to 8000 characters). */
  reasons: Scalars['String']['input'];
};

/** The council's decision on a nomination. */
export type DecideNominationInput = {
  /** The day decided; today when omitted. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** When listing land whose category suggests a Schedule 1 exception (a RESIDENTIAL building): why it does not apply; NOT_LISTABLE without it. Each exception at most once. */
  exceptionsNotApplying?: InputMaybe<Array<ListingExceptionNotApplyingInput>>;
  /** Listed or unsuccessful. */
  outcome: NominationOutcome;
  /** The written reasons; required when unsuccessful (up to 8000 characters). */
  reasons?: InputMaybe<Scalars['String']['input']>;
  /** The ground, required when unsuccessful. */
  unsuccessfulGround?: InputMaybe<UnsuccessfulGround>;
};

/** Statuses an offer can be given by editing it. */
export type EditableSpaceOfferStatus =
  /** Not yet shown to others. */
  | 'DRAFT'
  /** Shown to those who may see the building, and open to expressions of interest. */
  | 'OPEN'
  /** Taken back by the offering organisation (open interests are closed). */
  | 'WITHDRAWN';

/**
 * Every `extensions.code` an error from the register can carry, from GraphQL or from the HTTP layer in front of it
 * (docs/partners.md, "Error codes", says what to do about each). Codes may be added; a client should treat one it
 * does not know as it treats INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  /** The HTTP request is malformed: its body, JSON, `query`, `variables` or `extensions` (HTTP 400). */
  | 'BAD_REQUEST'
  /** An argument was refused; `extensions.field` names it, as the argument's name and a dotted path inside it (`first`, `after`, `input.postcode`, `input.availability.untilDate`), and `extensions.fields` lists every refused one. */
  | 'BAD_USER_INPUT'
  /** A stale `expectedVersion` (`extensions.currentVersion`), a taken reference, or an idempotency key reused with other arguments. */
  | 'CONFLICT'
  /** A real council (`extensions.gssCode`) that has not joined the register, where the council must act. */
  | 'COUNCIL_NOT_REGISTERED'
  /** A `changes` cursor older than the 90 days of changes the register keeps (`extensions.field` is `after`): read the state again and follow on from `changesHead`. */
  | 'CURSOR_EXPIRED'
  /** A statutory period has ended (`extensions.deadline`). */
  | 'DEADLINE_PASSED'
  /** The caller may not do this; the message says why. */
  | 'FORBIDDEN'
  /** The query is not GraphQL (HTTP 400). */
  | 'GRAPHQL_PARSE_FAILED'
  /** The query does not fit this schema, for example a field that was removed (HTTP 400). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** A fault on the register's side; the details are logged, not sent. Report it with the request id. */
  | 'INTERNAL_SERVER_ERROR'
  /** The ACV entry's state does not allow this step; `extensions.allowedActions` lists what it allows. */
  | 'INVALID_TRANSITION'
  /** `/graphql` answers GET and POST only, and mutations only over POST (HTTP 405). */
  | 'METHOD_NOT_ALLOWED'
  /** A disposal of listed land during a moratorium (`extensions.moratoriumEndsOn`). */
  | 'MORATORIUM_IN_FORCE'
  /** A nominating or bidding body, or a claimant, fails a statutory rule (`extensions.rule`). */
  | 'NOT_ELIGIBLE'
  /** No such record, or one the caller may not see (HTTP 404 for a path the API does not serve). */
  | 'NOT_FOUND'
  /** The land falls under an exception of Schedule 1 of SI 2012/2421 (`extensions.exception`). */
  | 'NOT_LISTABLE'
  /** The `operationName` names no operation of the document (HTTP 400). */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** The request body is over 1 MiB (HTTP 413). */
  | 'PAYLOAD_TOO_LARGE'
  /** An automatic persisted query's hash the server has not seen: send it again with its query. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Persisted queries are not accepted on this path: send the full query. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** A request limit was exceeded (`extensions.limit`, `max`, `found`): the query's cost, depth or size, or the reads it needs. */
  | 'QUERY_TOO_COSTLY'
  /** The database was busy or unreachable after the register's own retries (HTTP 503, `Retry-After`); `extensions.retryable` is true. The only code to retry as it is. */
  | 'SERVICE_UNAVAILABLE'
  /** An open-data file holds more records than one answer may (HTTP 503); not worth retrying. */
  | 'TOO_LARGE'
  /** No token where one is needed, or a token that is malformed or has expired (HTTP 401). */
  | 'UNAUTHENTICATED'
  /** An open-data address names no English council the register knows (HTTP 404). */
  | 'UNKNOWN_COUNCIL'
  /** A POST body that is not `application/json` in UTF-8 (HTTP 415). */
  | 'UNSUPPORTED_MEDIA_TYPE';

/** Schedule 3 disposals (and s.95(5)), which never start a moratorium. */
export type ExemptDisposalCategory =
  /** Land on which a business is carried on, sold together with the business as a going concern. */
  | 'BUSINESS_AS_GOING_CONCERN'
  /** A disposal under the Church of England's own measures (glebe, churches, parsonages). */
  | 'CHURCH_OF_ENGLAND'
  /** A disposal under compulsory purchase, or to a body with compulsory purchase powers that could have used them. */
  | 'COMPULSORY_PURCHASE'
  /** A disposal under a court order, or by an insolvency practitioner or in bankruptcy. */
  | 'COURT_ORDER_OR_INSOLVENCY'
  /** A disposal to a member of the owner's family (spouse, civil partner, parent, child, grandchild and others the Act names). */
  | 'FAMILY'
  /** A gift, including a gift to the trustees of a charity or to a charitable body. */
  | 'GIFT'
  /** A disposal between companies of the same group. */
  | 'GROUP_COMPANIES'
  /** A disposal between health service bodies. */
  | 'HEALTH_SERVICE'
  /** Another disposal Schedule 3 of the Regulations exempts (say which in the notes). */
  | 'OTHER_SCHEDULE_3'
  /** A disposal between the partners of a partnership. */
  | 'PARTNERSHIP'
  /** Listed land sold as part of a larger site held under the same title, as Schedule 3 allows. */
  | 'PART_OF_LARGER_SITE'
  /** Land used for a school, disposed of under the education and academies legislation. */
  | 'SCHOOL_OR_ACADEMY'
  /** A disposal between trustees of a settlement, or to a beneficiary under it. */
  | 'TRUSTEES_OF_SETTLEMENT'
  /** A disposal by personal representatives under a will or the rules of intestacy, or to raise money for the estate. */
  | 'WILL_OR_INTESTACY';

/** An expression of interest in an open offer. */
export type ExpressInterestInput = {
  /** Days wanted. */
  daysWanted?: InputMaybe<Array<Weekday>>;
  /** A message to the offering organisation (up to 4000 characters). */
  message: Scalars['String']['input'];
  /** The need it answers, if any (the interested organisation's). */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** The offer. */
  offerId: Scalars['ID']['input'];
  /** The interested organisation (the caller must be one of its editors). */
  organisationId: Scalars['ID']['input'];
  /** Wanted from. */
  proposedStart?: InputMaybe<Scalars['Date']['input']>;
};

/** A facility that comes with the space. */
export type Facility =
  /** A screen, projector or other audio-visual equipment. */
  | 'AV_EQUIPMENT'
  /** A room for confidential conversations. */
  | 'CONFIDENTIAL_ROOM'
  /** Cycle storage. */
  | 'CYCLE_STORAGE'
  /** A kitchen. */
  | 'KITCHEN'
  /** Parking. */
  | 'PARKING'
  /** A printer. */
  | 'PRINTING'
  /** A staffed reception. */
  | 'RECEPTION'
  /** Lockable storage. */
  | 'SECURE_STORAGE'
  /** Showers. */
  | 'SHOWERS'
  /** Wi-Fi. */
  | 'WIFI';

/** One field changed by an audit event, with its value before and after as JSON text. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The record's field, for example `status` or `address`. */
  field: Scalars['String']['output'];
  /** The value after the change, as JSON text; null when the field has no value now. */
  newValue: Maybe<Scalars['String']['output']>;
  /** The value before the change, as JSON text; null when the field had no value. */
  oldValue: Maybe<Scalars['String']['output']>;
};

/** A point on the earth in WGS84 (EPSG:4326). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Degrees north. */
  latitude: Scalars['Float']['output'];
  /** Degrees east (negative is west). */
  longitude: Scalars['Float']['output'];
};

/** A WGS84 point. */
export type GeoPointInput = {
  /** Degrees north; must be in or near the UK. */
  latitude: Scalars['Float']['input'];
  /** Degrees east; must be in or near the UK. */
  longitude: Scalars['Float']['input'];
};

/** A batch of rows of one council's list. */
export type ImportAcvEntriesInput = {
  /** GSS code of the council whose list the rows are. */
  councilCode: Scalars['String']['input'];
  /** When true, every row is checked and matched and the result says what would happen, but nothing is written. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 100 rows, each with a different reference. */
  rows: Array<AcvRegisterRowInput>;
};

/** The result of one importAcvEntries call. */
export type ImportAcvEntriesResult = {
  __typename?: 'ImportAcvEntriesResult';
  /** How many rows made a new entry (or would, with dryRun). */
  created: Scalars['Int']['output'];
  /** True when nothing was written (dryRun). */
  dryRun: Scalars['Boolean']['output'];
  /** How many rows carry at least one warning (whatever their outcome). */
  flagged: Scalars['Int']['output'];
  /** How many rows were refused (each row's errors say why); nothing of them was written. */
  rejected: Scalars['Int']['output'];
  /** One result per row, in the order sent. */
  rows: Array<AcvImportRowResult>;
  /** How many rows matched an entry already in the register exactly. */
  unchanged: Scalars['Int']['output'];
  /** How many rows changed an entry already in the register. */
  updated: Scalars['Int']['output'];
};

/**
 * One row of an asset file, already read by the client (`npm run import` reads CSV files into these). Each row is
 * checked on its own: a bad row is reported as REJECTED with its reasons and never stops the others.
 */
export type ImportAssetRowInput = {
  /** Its address. A postcode that is not one is corrected when the correction is certain, else left out; the row is kept and flagged. */
  address: AddressInput;
  /** The owner's own reference (up to 100 characters): the key that finds the building again next year. */
  assetReference?: InputMaybe<Scalars['String']['input']>;
  /** What it is used as. OTHER never replaces a more specific category already recorded. */
  category: BuildingCategory;
  /** Other lines of the file that gave the same asset reference (the client keeps the first row and sends their numbers here). */
  duplicateLines?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The row's line number in the source file; echoed in the result so reports can point at the file. */
  line: Scalars['Int']['input'];
  /** Where it is, in WGS84 (convert British National Grid before sending). A point not in or near the UK is read swapped when only that makes sense, else left out; the row is kept and flagged. */
  location?: InputMaybe<GeoPointInput>;
  /** Its name (up to 200 characters). Placeholders such as N/A are kept and flagged. */
  name: Scalars['String']['input'];
  /** True when the file has no name column and `name` was made from the address (Cheltenham's 2023 layout): a new building is named so, an existing one keeps its name unless that is a placeholder such as N/A. */
  nameIsAddress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Fields of the file's row the client corrected or left out while reading it (at most 10), each kept on the building as a FILE_FIELD_REPAIRED warning. */
  repairs?: InputMaybe<Array<ImportFieldRepairInput>>;
  /** How the owner holds it. */
  tenure?: InputMaybe<TenureInput>;
  /** Its UPRN: 1 to 12 digits, with or without leading zeros. */
  uprn?: InputMaybe<Scalars['String']['input']>;
};

/** A batch of rows for one council area and one owner. */
export type ImportAssetsInput = {
  /** GSS code of the council area every row is in. */
  councilCode: Scalars['String']['input'];
  /** When true, every row is checked and matched and the result says what would happen, but nothing is written. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The owner's name when the owner is not in the register (the area's council officers then manage the rows). */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. When omitted and `ownerName` is not given, the council registered for `councilCode` owns the rows. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100 rows. */
  rows: Array<ImportAssetRowInput>;
  /** The kind of file the rows come from (up to 100 characters; `npm run import` sends `--source`, by default the format, such as `transparency-code`): recorded as `importSource` on the buildings the batch creates (and on existing ones that have none), so that a file's missing buildings are judged among its own source's only. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Who may see the buildings this batch creates; PUBLIC when omitted. Existing buildings keep theirs. */
  visibility?: InputMaybe<Visibility>;
};

/** The result of one importAssets call. */
export type ImportAssetsResult = {
  __typename?: 'ImportAssetsResult';
  /** How many rows created a building. */
  created: Scalars['Int']['output'];
  /** True when nothing was written (dryRun). */
  dryRun: Scalars['Boolean']['output'];
  /** How many rows carry at least one warning (whatever their outcome). */
  flagged: Scalars['Int']['output'];
  /** The owner of the batch's buildings (null when the owner is not in the register), so a client can list the owner's buildings the file no longer mentions. */
  ownerOrganisationId: Maybe<Scalars['ID']['output']>;
  /** How many rows were rejected. */
  rejected: Scalars['Int']['output'];
  /** One result per row, in the order sent. */
  rows: Array<ImportRowResult>;
  /** How many rows matched a building that already held their data. */
  unchanged: Scalars['Int']['output'];
  /** How many rows changed a building. */
  updated: Scalars['Int']['output'];
};

/** A field of an import file's row that the client could not take as the file gives it, and what it did instead. */
export type ImportFieldRepairInput = {
  /** The register field it concerns, such as `location` (up to 50 characters). */
  field: Scalars['String']['input'];
  /** What the file gives, what was done and what to check, for an officer to act on (up to 300 characters). */
  message: Scalars['String']['input'];
};

/** What happened to one row. */
export type ImportOutcome =
  /** A new building was recorded. */
  | 'CREATED'
  /** The row was not taken; `problems` says why. */
  | 'REJECTED'
  /** An existing building already held exactly this data: nothing was written. */
  | 'UNCHANGED'
  /** An existing building was changed: found by its asset reference; else, when a council has recoded its references (`09/00025/Land and Building` became `09/00025/BLDG`), by the same UPRN and the same reference before its last `/` part; else, for a row without a reference, by UPRN and name. */
  | 'UPDATED';

/** A reason a row was rejected: the offending field of the row and what is wrong with it. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The row's field (`uprn`, `address.postcode`, `location`...), or `row` for the row as a whole. */
  field: Scalars['String']['output'];
  /** What is wrong, and how to fix it. */
  message: Scalars['String']['output'];
};

/** The result for one row. */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** The building created, updated or found unchanged; null when rejected (and for creates in a dry run). */
  buildingId: Maybe<Scalars['ID']['output']>;
  /** The row's line number, as sent. */
  line: Scalars['Int']['output'];
  /** What happened. */
  outcome: ImportOutcome;
  /** Why the row was rejected; empty otherwise. */
  problems: Array<ImportProblem>;
  /** Its version after the row (null when rejected or in a dry run). */
  version: Maybe<Scalars['Int']['output']>;
  /** Data quality warnings on the row (kept on the building as `dataQualityIssues`). */
  warnings: Array<DataQualityIssue>;
};

/** A step in the conversation about an expression of interest. */
export type InterestEvent =
  /** The offering organisation accepted. */
  | 'ACCEPTED'
  /** Closed because the offer was taken, withdrawn or ended. */
  | 'CLOSED'
  /** The offering organisation declined. */
  | 'DECLINED'
  /** The interested organisation expressed its interest. */
  | 'EXPRESSED'
  /** A message from one organisation to the other. */
  | 'MESSAGE'
  /** The interested organisation withdrew. */
  | 'WITHDRAWN';

/** One step of an expression of interest's conversation. */
export type InterestMessage = {
  __typename?: 'InterestMessage';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The user who took it. */
  authorUserId: Scalars['String']['output'];
  /** What happened. */
  event: InterestEvent;
  /** The organisation the step was taken for (null when the register closed the interest). */
  organisation: Maybe<Organisation>;
  /** What they wrote. */
  text: Maybe<Scalars['String']['output']>;
};

/** The offering organisation's answer to an expression of interest. */
export type InterestResponse =
  /** Go ahead with the interested organisation. */
  | 'ACCEPT'
  /** Say no to the interested organisation. */
  | 'DECLINE';

/** Where an expression of interest stands. */
export type InterestStatus =
  /** Accepted: the offer is UNDER_OFFER (and later TAKEN) for this organisation. */
  | 'ACCEPTED'
  /** Closed by the register: the offer was taken by another organisation or withdrawn (see closedReason). */
  | 'CLOSED'
  /** Declined by the offering organisation. */
  | 'DECLINED'
  /** Waiting for the offering organisation's answer. */
  | 'PENDING'
  /** Withdrawn by the interested organisation. */
  | 'WITHDRAWN';

/** An invitation to join an organisation, claimed by the signed-in user whose verified email matches. */
export type Invite = {
  __typename?: 'Invite';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited email address (lower case). */
  email: Scalars['String']['output'];
  /** When it lapses if not claimed. */
  expiresAt: Scalars['DateTime']['output'];
  /** The user id of the admin who sent it. */
  invitedBy: Scalars['String']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** The role the invitee will have. */
  role: MemberRole;
};

/**
 * A building's surplus listed in one step (`listBuildingSurplus`): several kinds of items with the same dates
 * and collection arrangements, and, when the building is closing, its new status.
 */
export type ListBuildingSurplusInput = {
  /** The first day the items can be collected. */
  availableFrom: Scalars['Date']['input'];
  /** The last day (not before `availableFrom` nor today); omit to list until every item is allocated. */
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` of the building you last read; required with `buildingStatus` (CONFLICT, writing nothing, when someone changed it since). */
  buildingExpectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The building they are in (one the caller's organisation owns, or, without a registered owner, its council). */
  buildingId: Scalars['ID']['input'];
  /** The building's new status, set in the same step: SURPLUS or VACANT only (BAD_USER_INPUT otherwise); omit to leave it. Needs the right to change the building (`updateBuilding`'s). */
  buildingStatus?: InputMaybe<BuildingStatus>;
  /** How to collect them. */
  collection: SurplusCollectionInput;
  /** The kinds of items, one listing each: 1 to 21 (what one transaction holds). A bad one is BAD_USER_INPUT naming it (`input.items.<index>.<field>`) and lists none. */
  items: Array<SurplusItemsInput>;
  /** True when the group must collect (the default). */
  mustCollect?: InputMaybe<Scalars['Boolean']['input']>;
  /** The listing organisation: the building's owner, or its council when the owner is not registered. */
  organisationId: Scalars['ID']['input'];
};

/**
 * What `listBuildingSurplus` did: the building as it is after the step, and the listings made, in the order
 * of `items`.
 */
export type ListBuildingSurplusPayload = {
  __typename?: 'ListBuildingSurplusPayload';
  /** The building, with its new status and version when the step set one. */
  building: Building;
  /** The new listings, one per item given, in that order. */
  listings: Array<SurplusListing>;
};

/** A kind of land Schedule 1 of SI 2012/2421 says may not be listed. */
export type ListingException =
  /** Land needing a caravan site licence (Sch 1 para 2). */
  | 'CARAVAN_SITE'
  /** Statutory undertakers' operational land (Sch 1 para 3). */
  | 'OPERATIONAL_LAND'
  /** A residence, with land connected with it (Sch 1 para 1). */
  | 'RESIDENCE';

/** An officer's record, when listing, that a Schedule 1 exception does not apply to the land, and why. */
export type ListingExceptionNotApplying = {
  __typename?: 'ListingExceptionNotApplying';
  /** The exception. */
  exception: ListingException;
  /** Why it does not apply (Schedule 1's own terms, e.g. a building used partly as a residence, such as a pub with a flat above). */
  reason: Scalars['String']['output'];
};

/** Why a Schedule 1 exception does not apply to the land being listed. */
export type ListingExceptionNotApplyingInput = {
  /** The exception. */
  exception: ListingException;
  /** Why it does not apply (up to 4000 characters). */
  reason: Scalars['String']['input'];
};

/** How a council counts a listing's 5 years. */
export type ListingExpiryConvention =
  /** The fifth anniversary of entry (listed 30 Apr 2019, last day 30 Apr 2024), as some councils publish. */
  | 'ANNIVERSARY'
  /** As the statute reads: 5 years beginning with the day of entry (listed 30 Apr 2019, last day 29 Apr 2024). The default. */
  | 'STATUTE';

/** A criterion of the match between a need and an offer. */
export type MatchCriterion =
  /** Has every accessibility feature the need must have. */
  | 'ACCESSIBILITY'
  /** Holds the people needed; a space just big enough is best. */
  | 'CAPACITY'
  /** Within the budget; cheaper is better (also without a budget: see `SpaceMatch.score`). */
  | 'COST'
  /** Available from when it is wanted, and not ending before. */
  | 'DATES'
  /** Within the need's radius (or council area); nearer is better. */
  | 'DISTANCE'
  /** The seeking organisation's kind may apply. */
  | 'ELIGIBILITY'
  /** Has every facility the need must have. */
  | 'FACILITIES'
  /** The days and hours wanted that the offer covers. */
  | 'SCHEDULE'
  /** One of the kinds of space wanted. */
  | 'SPACE_KIND';

/** How one criterion scored. */
export type MatchCriterionScore = {
  __typename?: 'MatchCriterionScore';
  /** The codes the explanation names, for programs: the council's GSS code, space kinds, facilities, accessibility features or organisation kinds. */
  codes: Array<Scalars['String']['output']>;
  /** The criterion. */
  criterion: MatchCriterion;
  /** Why, in plain words (council names, kinds of space, facilities and organisation kinds by their labels). */
  explanation: Scalars['String']['output'];
  /** False when the offer fails a must-have on this criterion (and is excluded), or does not say (`outcome` UNKNOWN). */
  met: Scalars['Boolean']['output'];
  /** MET, NOT_MET (excluded) or UNKNOWN (the offer does not say). */
  outcome: MatchOutcome;
  /** From 0 (worst) to 1 (best). */
  score: Scalars['Float']['output'];
  /** How much it counts towards the total (the weights add up to 1). */
  weight: Scalars['Float']['output'];
};

/** Whether an offer meets one criterion of a need. */
export type MatchOutcome =
  /** It does (or the need asks nothing of this criterion). */
  | 'MET'
  /** It does not: a must-have failed, and the offer is excluded. */
  | 'NOT_MET'
  /** The offer does not say (no capacity, no cost stated, or a cost the caller may not see): the criterion scores 0 and the offer is not excluded; ask the offering organisation. */
  | 'UNKNOWN';

/** The signed-in caller. */
export type Me = {
  __typename?: 'Me';
  /** The caller's email, if the token carries one. */
  email: Maybe<Scalars['String']['output']>;
  /** True when the identity provider has verified the email. */
  emailVerified: Scalars['Boolean']['output'];
  /** Invitations waiting for the caller's verified email. */
  invites: Array<Invite>;
  /** True when configuration names the caller a platform admin. */
  isPlatformAdmin: Scalars['Boolean']['output'];
  /** The organisations the caller belongs to, with roles. */
  memberships: Array<Membership>;
  /** The caller's user id (the `sub` of their token). */
  userId: Scalars['String']['output'];
};

/** A member's role in an organisation. Each role includes the ones below it. */
export type MemberRole =
  /** Manages members and invitations, and everything an editor may do. */
  | 'ADMIN'
  /** Creates and changes the organisation's records (its profile and buildings). */
  | 'EDITOR'
  /** Sees the organisation's private fields. */
  | 'VIEWER';

/** A person's role in an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** When the member was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** What the member may do. */
  role: MemberRole;
  /** When the role last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The member's user id (the `sub` of their sign-in token). */
  userId: Scalars['String']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion` when changing the membership. */
  version: Scalars['Int']['output'];
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships on this page. */
  edges: Array<MembershipEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A membership and its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Pass as `after` to continue after this membership. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The register's write operations. All of them need a signed-in caller. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a user to an organisation by user id (ADMIN, or a platform admin). */
  addMember: Membership;
  /** Records a later review date agreed with the owner. */
  agreeReviewExtension: AcvEntry;
  /** Allocates a pending request, all or part; the listing organisation's editors. CONFLICT (`extensions.quantityLeft`) when less is left. */
  allocateSurplusRequest: SurplusRequest;
  /** Archives a building: it leaves the lists and frees its asset reference, and stays readable by id with its history. Refused with CONFLICT (`extensions.openSurplusListings`) while it has open surplus listings, unless `closeSurplusListings` is true. */
  archiveBuilding: Building;
  /** Adds an uploaded photo to its listing; the listing organisation's editors. BAD_USER_INPUT on `photoId` when nothing was uploaded with this listing's form under that id. */
  attachSurplusPhoto: SurplusListing;
  /** Changes a member's role (ADMIN). The last admin cannot be demoted. */
  changeMemberRole: Membership;
  /** Claims an invitation sent to the caller's verified email; the caller becomes a member. */
  claimInvite: Membership;
  /** Closes a need: it no longer appears in matches. */
  closeSpaceNeed: SpaceNeed;
  /** Closes a listing before its end date; the listing organisation's editors. Allocated items can still be collected. */
  closeSurplusListing: SurplusListing;
  /** Confirms that the group collected its allocation; editors of either organisation. */
  confirmSurplusCollection: SurplusRequest;
  /**
   * Records a building. CONFLICT when the owner already has a current building with the same asset reference
   * (named in `existingBuildingId` only if the caller may see it). A UPRN may be shared by several buildings.
   * Send an `idempotencyKey` (see `createOrganisation`) so that a retry cannot record it twice.
   */
  createBuilding: Building;
  /**
   * Registers an organisation; the caller becomes its first ADMIN. Councils: platform admins only.
   *
   * `idempotencyKey` (on every create): a key the client chooses per intended create (8-100 letters, digits or
   * `. _ : -`; a UUID is a good key). Sent again by the same caller within 24 hours with the same arguments,
   * the mutation answers with the record the first request created instead of creating another, however many
   * retries race; with other arguments it is CONFLICT on `idempotencyKey`.
   */
  createOrganisation: Organisation;
  /** Lists items in a building, for reuse; the editors of the building's owner (or of its council, when it has no registered owner). */
  createSurplusListing: SurplusListing;
  /** Records the council's decision on a pending compensation claim (its officers). */
  decideCompensationClaim: AcvEntry;
  /** Records the review's outcome, by an officer other than the one who listed. */
  decideListingReview: AcvEntry;
  /** Lists the land or enters it as unsuccessful (the council's officers); NOT_LISTABLE for land Schedule 1 excepts, unless `exceptionsNotApplying` says why not. Notices follow. */
  decideNomination: AcvEntry;
  /** Declines a pending request; the listing organisation's editors. */
  declineSurplusRequest: SurplusRequest;
  /** Expresses interest in an OPEN offer (one open interest per organisation and offer). Send an `idempotencyKey` so that a retry cannot express it twice. */
  expressInterest: SpaceInterest;
  /**
   * Records up to 100 entries of a council's existing list of assets of community value as they stand, from
   * its register file: the council's officers (the same who decide nominations) only. A row creates the entry
   * with its reference, or updates the entry that has it; the same rows again change nothing. The entry's state
   * (listed, in a moratorium, expired, removed...) follows from the row's dates, so it then behaves like an
   * entry that went through the workflow; no statutory notices are sent for what happened before. Each created
   * or updated entry is one transaction with its audit event (action IMPORTED); a rejected row never stops the
   * others and writes nothing.
   */
  importAcvEntries: ImportAcvEntriesResult;
  /**
   * Creates or updates up to 100 buildings from rows of an asset file: a row updates the current building with
   * the same owner and asset reference, else the one with the same owner, UPRN and name, and otherwise creates
   * one. Running the same rows again changes nothing. Each row is its own write with its own audit event and the
   * same access rules as createBuilding and updateBuilding; a rejected row never stops the others.
   */
  importAssets: ImportAssetsResult;
  /** Invites an email address to join with a role (ADMIN). Replaces an earlier invitation to the same address. */
  inviteMember: Invite;
  /** Lists a building's surplus in one step, as when it is closing: several kinds of items (one listing each) with the same dates and collection arrangements, and optionally the building set to SURPLUS or VACANT at the same time. All or nothing: a bad item or a stale `buildingExpectedVersion` writes nothing. The listing needs `createSurplusListing`'s rights, the status `updateBuilding`'s. */
  listBuildingSurplus: ListBuildingSurplusPayload;
  /** Marks an offer taken and closes every other open expression of interest, each with the reason. */
  markOfferTaken: SpaceOffer;
  /** Records that the group did not collect its allocation, which returns to the listing; the listing organisation's editors. */
  markSurplusNoShow: SurplusRequest;
  /** Nominates land. NOT_ELIGIBLE, naming the reg 5 rule, when the body may not nominate it. Notices of the nomination (reg 8) follow. */
  nominateAsset: AcvEntry;
  /** Offers space in a building. Send an `idempotencyKey` so that a retry cannot offer it twice. */
  offerSpace: SpaceOffer;
  /** Does nothing; present so that extensions can add mutations. Returns true to a signed-in caller (UNAUTHENTICATED without a token). */
  ping: Scalars['Boolean']['output'];
  /** Posts a need for space. Send an `idempotencyKey` so that a retry cannot post it twice. */
  postSpaceNeed: SpaceNeed;
  /** Records an appeal to the First-tier Tribunal when lodged, and its result when decided (ALLOWED removes the land). */
  recordAppeal: AcvEntry;
  /** Records a private owner's compensation claim; DEADLINE_PASSED after 13 weeks. */
  recordCompensationClaim: AcvEntry;
  /** Records a disposal; MORATORIUM_IN_FORCE for a sale during a moratorium to anyone but a community interest group. */
  recordDisposal: AcvEntry;
  /** Records a notice of intended disposal: a relevant one starts a moratorium; an exempt one starts nothing. */
  recordDisposalNotice: AcvEntry;
  /**
   * Records the listing's local land charge and Land Registry restriction (the council's officers), which
   * closes their tasks in the work queue. Allowed while the land is listed.
   */
  recordListingRegistration: AcvEntry;
  /**
   * Registers a webhook endpoint for an organisation (its admins only). The URL is refused with BAD_USER_INPUT
   * on `input.url`, saying why, unless it is https and its host resolves only to public addresses. Answers the
   * endpoint and its signing secret, shown this once.
   */
  registerWebhookEndpoint: WebhookEndpointWithSecret;
  /** Removes land from the list, with the reason. Notices follow. */
  removeListing: AcvEntry;
  /** Removes a member (ADMIN; any member may remove themselves). The last admin cannot be removed. */
  removeMember: Scalars['Boolean']['output'];
  /** Removes a photo from its listing and deletes it; the listing organisation's editors. */
  removeSurplusPhoto: SurplusListing;
  /** Adds a message to the conversation (editors of either organisation, while the interest is PENDING or ACCEPTED). */
  replyToInterest: SpaceInterest;
  /** Records the owner's request for a review; DEADLINE_PASSED after 8 weeks from the listing notice. */
  requestListingReview: AcvEntry;
  /** Asks for a listing's items for an organisation (its editors); allocated at once under FIRST_COME_FIRST_SERVED, as much as is left. */
  requestSurplusItems: SurplusRequest;
  /** A form to upload one photo of a listing straight to storage; the listing organisation's editors. CONFLICT when the listing is closed or has 6 photos already. Nothing is recorded until `attachSurplusPhoto`. */
  requestSurplusPhotoUpload: SurplusPhotoUpload;
  /** Records a community interest group's request to bid (interim moratorium only): the full moratorium follows. */
  requestToBid: AcvEntry;
  /** The offering organisation accepts (the offer goes UNDER_OFFER) or declines a PENDING interest. */
  respondToInterest: SpaceInterest;
  /** Withdraws an invitation (ADMIN). */
  revokeInvite: Scalars['Boolean']['output'];
  /**
   * Makes a new signing secret, shown this once. The old secret keeps signing beside it for 24 hours (the
   * signature header then holds both), so the receiver can be moved to the new one without losing events.
   */
  rotateWebhookSecret: WebhookEndpointWithSecret;
  /** Marks an organisation verified or not (platform admins). */
  setOrganisationVerified: Organisation;
  /** Saves a council's ACV settings (its officers). `expectedVersion` is the version read (0 for the defaults). */
  updateAcvSettings: AcvSettings;
  /** Changes a building. CONFLICT when `expectedVersion` is stale or the new asset reference is taken. A building closing (set to SURPLUS or VACANT) can have its furniture and equipment listed for reuse in the same step with `listBuildingSurplus` instead. */
  updateBuilding: Building;
  /**
   * Saves your notification settings. Your email is taken from your sign-in: FORBIDDEN unless it is verified.
   * A choice of OFF stops only the copies sent to you personally: statutory notices still reach your
   * organisation's contact address.
   */
  updateMyNotificationSettings: MyNotificationSettings;
  /** Changes an organisation's profile (EDITOR or ADMIN). CONFLICT when `expectedVersion` is stale. */
  updateOrganisation: Organisation;
  /** Saves which member roles of an organisation receive each event type (its admins only). */
  updateOrganisationNotificationSettings: OrganisationNotificationSettings;
  /** Changes an offer. CONFLICT when expectedVersion is stale or the status change is not allowed. */
  updateSpaceOffer: SpaceOffer;
  /** Changes a listing's description, condition, size, end date, collection arrangements, `mustCollect` or quantity; the listing organisation's editors. CONFLICT when closed or when `expectedVersion` is stale (an allocation moves the listing on too). */
  updateSurplusListing: SurplusListing;
  /** Sets how the council's new listings are allocated; its officers (editors). */
  updateSurplusSettings: SurplusSettings;
  /** Changes an endpoint's URL, events or description, or disables or enables it. */
  updateWebhookEndpoint: WebhookEndpoint;
  /** The interested organisation withdraws; an accepted interest withdrawn puts the offer back to OPEN. */
  withdrawInterest: SpaceInterest;
  /** Withdraws a nomination before the decision (the nominator's editors). */
  withdrawNomination: AcvEntry;
  /** Withdraws a pending or allocated request (an allocation returns to the listing); the requesting organisation's editors. INVALID_TRANSITION (`extensions.status`) once collected, declined, a no-show or withdrawn. */
  withdrawSurplusRequest: SurplusRequest;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationAddMemberArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
  userId: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationAgreeReviewExtensionArgs = {
  agreedDueOn: Scalars['Date']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationAllocateSurplusRequestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationArchiveBuildingArgs = {
  closeSurplusListings?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationAttachSurplusPhotoArgs = {
  altText: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  listingId: Scalars['ID']['input'];
  photoId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationChangeMemberRoleArgs = {
  expectedVersion: Scalars['Int']['input'];
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
  userId: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationClaimInviteArgs = {
  organisationId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCloseSpaceNeedArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCloseSurplusListingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationConfirmSurplusCollectionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCreateBuildingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateBuildingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCreateOrganisationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateOrganisationInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCreateSurplusListingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateSurplusListingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationDecideCompensationClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: DecideCompensationClaimInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationDecideListingReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: DecideListingReviewInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationDecideNominationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: DecideNominationInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationDeclineSurplusRequestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationExpressInterestArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ExpressInterestInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationImportAcvEntriesArgs = {
  input: ImportAcvEntriesInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationImportAssetsArgs = {
  input: ImportAssetsInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationListBuildingSurplusArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ListBuildingSurplusInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationMarkOfferTakenArgs = {
  expectedVersion: Scalars['Int']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationMarkSurplusNoShowArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationNominateAssetArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: NominateAssetInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationOfferSpaceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OfferSpaceInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationPostSpaceNeedArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PostSpaceNeedInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRecordAppealArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordAppealInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRecordCompensationClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordCompensationClaimInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRecordDisposalArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordDisposalInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRecordDisposalNoticeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordDisposalNoticeInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRecordListingRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordListingRegistrationInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRegisterWebhookEndpointArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterWebhookEndpointInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRemoveListingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RemoveListingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRemoveMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  organisationId: Scalars['ID']['input'];
  userId: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRemoveSurplusPhotoArgs = {
  expectedVersion: Scalars['Int']['input'];
  listingId: Scalars['ID']['input'];
  photoId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationReplyToInterestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRequestListingReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  requestedOn?: InputMaybe<Scalars['Date']['input']>;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRequestSurplusItemsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RequestSurplusItemsInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRequestSurplusPhotoUploadArgs = {
  contentType: Scalars['String']['input'];
  listingId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRequestToBidArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RequestToBidInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRespondToInterestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  response: InterestResponse;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRevokeInviteArgs = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRotateWebhookSecretArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationSetOrganisationVerifiedArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateAcvSettingsArgs = {
  councilCode: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: AcvSettingsInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateBuildingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateBuildingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateMyNotificationSettingsArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: UpdateMyNotificationSettingsInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateOrganisationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateOrganisationNotificationSettingsArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: UpdateOrganisationNotificationSettingsInput;
  organisationId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateSpaceOfferArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateSpaceOfferInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateSurplusListingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateSurplusListingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateSurplusSettingsArgs = {
  allocationRule: SurplusAllocationRule;
  councilCode: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateWebhookEndpointArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationWithdrawInterestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationWithdrawNominationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  withdrawnOn?: InputMaybe<Scalars['Date']['input']>;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationWithdrawSurplusRequestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/**
 * Your notification settings: where and how you receive the copies of messages sent to the organisations you
 * belong to (when their settings name your role) and reminders. The organisation's contact address always
 * receives every message to the organisation, statutory notices included; these settings change only what is
 * sent to you personally.
 */
export type MyNotificationSettings = {
  __typename?: 'MyNotificationSettings';
  /** Every event type with how you receive it (IMMEDIATE where you chose nothing). */
  choices: Array<NotificationChoice>;
  /** Where your copies are sent: the verified email of your sign-in when you last saved; null until you save (nothing is sent to you personally before). */
  email: Maybe<Scalars['String']['output']>;
  /** When you last saved; null until you save. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** The settings' version: 0 until you save. Pass it as expectedVersion to save. */
  version: Scalars['Int']['output'];
};

/** A nomination (reg 6): the land, why it matters, who holds it, and the evidence of eligibility. */
export type NominateAssetInput = {
  /**
   * The proposed boundary as WKT `POLYGON((lon lat, ...))` or `MULTIPOLYGON(((lon lat, ...)))` in WGS84: rings
   * closed, at most 5000 positions. Published as the open data's `geometry`.
   */
  boundary?: InputMaybe<Scalars['String']['input']>;
  /** The proposed boundaries (up to 4000 characters). */
  boundaryDescription: Scalars['String']['input'];
  /** A building of the register; or give `site` and `councilCode`. */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** Why it furthers the community's social wellbeing or interests (up to 8000 characters). */
  communityValueReasons: Scalars['String']['input'];
  /** GSS code of the council whose area the land is in (taken from the building when one is given). */
  councilCode?: InputMaybe<Scalars['String']['input']>;
  /** Evidence of the nominator's eligibility (up to 4000 characters). */
  eligibilityEvidence: Scalars['String']['input'];
  /** Names and addresses of freeholders, leaseholders and occupiers known (at most 20). */
  interests?: InputMaybe<Array<AcvInterestInput>>;
  /** The nominating organisation (the caller must be its editor). */
  nominatorOrganisationId: Scalars['ID']['input'];
  /** What the nominator knows of the current occupiers (up to 4000 characters). */
  occupiersKnown?: InputMaybe<Scalars['String']['input']>;
  /** The owner, when no register building names it. */
  owner?: InputMaybe<AcvOwnerInput>;
  /**
   * ONS code of the civil parish the land lies in (E04 and six digits). A parish council may nominate land in
   * its own parish only: when both are known they must match; when either is not, the check passes on the
   * district and its explanation says the officer must confirm the parish.
   */
  parishCode?: InputMaybe<Scalars['String']['input']>;
  /** The day the council received it; today when omitted. */
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The land, when it is not a building of the register. */
  site?: InputMaybe<AcvSiteInput>;
  /** Required of an unincorporated group, a company limited by guarantee or a community benefit society (reg 5): NOT_ELIGIBLE (rule NO_SURPLUS_DISTRIBUTION) without it. */
  surplusStatement?: InputMaybe<AcvSurplusStatementInput>;
  /** ONS code of the electoral ward the land lies in (E05 and six digits). */
  wardCode?: InputMaybe<Scalars['String']['input']>;
};

/** The council's decision on a nomination. */
export type NominationOutcome =
  /** Entered in the list of assets of community value. */
  | 'LISTED'
  /** Entered in the list of unsuccessful nominations. */
  | 'UNSUCCESSFUL';

/**
 * One delivery of a notice: to one recipient's address by one channel, or to one webhook endpoint. The notifier
 * records every delivery, sent or not, so a council can show that a statutory notice was given, to whom and how.
 */
export type NoticeDelivery = {
  __typename?: 'NoticeDelivery';
  /** The email or postal address; null for a webhook endpoint (its URL is its organisation's) or when none is known. */
  address: Maybe<Scalars['String']['output']>;
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** How the notice goes. */
  channel: NoticeDeliveryChannel;
  /** The delivery's id (the `webhook-id` an endpoint sees on every attempt). */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed, when it did. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the mail provider or the endpoint took it. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands. */
  state: NoticeDeliveryState;
};

/** How a notice is delivered. */
export type NoticeDeliveryChannel =
  /** By email. */
  | 'EMAIL'
  /** By post: the council prints and posts it. */
  | 'POST'
  /** Publicised by the council (its website, the local press or a notice on the site). */
  | 'PUBLIC'
  /** To a webhook endpoint of the recipient's or the council's organisation. */
  | 'WEBHOOK';

/** Where a delivery stands. */
export type NoticeDeliveryState =
  /** The email bounced. */
  | 'BOUNCED'
  /** The recipient marked the email as spam. */
  | 'COMPLAINED'
  /** Waiting for the recipient's daily digest. */
  | 'DIGEST_QUEUED'
  /** Not delivered, for good (the reason is in `lastError`). */
  | 'FAILED'
  /** The council is to post it. */
  | 'POST_REQUIRED'
  /** The council is to publicise it. */
  | 'PUBLISHED_BY_COUNCIL'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** A webhook attempt failed; another is scheduled. */
  | 'RETRYING'
  /** Being sent now. */
  | 'SENDING'
  /** Taken by the mail provider or the endpoint. */
  | 'SENT';

/** What a person chose for one event type. */
export type NotificationChoice = {
  __typename?: 'NotificationChoice';
  /** How you receive it. */
  delivery: NotificationDelivery;
  /** The event type (the same events partners' webhooks receive). */
  eventType: WebhookEventType;
};

/** A choice for one event type. */
export type NotificationChoiceInput = {
  /** How to receive it. */
  delivery: NotificationDelivery;
  /** The event type. */
  eventType: WebhookEventType;
};

/** How a person receives one kind of message sent to them personally. */
export type NotificationDelivery =
  /** Gathered into one email a day, sent by the daily job the next morning. */
  | 'DAILY_DIGEST'
  /** Each message by email as it happens (the default). */
  | 'IMMEDIATE'
  /**
   * None sent to you personally. A statutory notice to your organisation is still sent to the organisation's
   * contact address: OFF stops only your own copy.
   */
  | 'OFF';

/** Which member roles of an organisation receive one event type, besides its contact address. */
export type NotificationRoleRule = {
  __typename?: 'NotificationRoleRule';
  /** The event type. */
  eventType: WebhookEventType;
  /** The roles whose members receive a copy (each member may still turn the event type OFF for themselves). */
  roles: Array<MemberRole>;
};

/** The roles that receive one event type. */
export type NotificationRoleRuleInput = {
  /** The event type. */
  eventType: WebhookEventType;
  /** The member roles that receive a copy (may be empty: the contact address alone). */
  roles: Array<MemberRole>;
};

/**
 * Space to offer in a building. The offering organisation must own the building (or be its council when it
 * has no registered owner), and the caller must be one of its editors.
 */
export type OfferSpaceInput = {
  /** Accessibility features; the building's when omitted. */
  accessibilityFeatures?: InputMaybe<Array<AccessibilityFeature>>;
  /** When it is available. */
  availability: SpaceAvailabilityInput;
  /** The building. */
  buildingId: Scalars['ID']['input'];
  /** People it holds. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Private contact details. */
  contact?: InputMaybe<SpaceOfferContactInput>;
  /** Who sees `monthlyCost`; PUBLIC when omitted. */
  costVisibility?: InputMaybe<CostVisibility>;
  /** A description (up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Kinds of organisation that may apply; any when omitted. */
  eligibleOrganisationKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Facilities that come with it. */
  facilities?: InputMaybe<Array<Facility>>;
  /** Floor area in square metres. */
  floorAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Indicative cost a month in pounds. */
  monthlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** The offering organisation. */
  organisationId: Scalars['ID']['input'];
  /** The kind of space. */
  spaceKind: SpaceKind;
  /** DRAFT or OPEN; OPEN when omitted. */
  status?: InputMaybe<EditableSpaceOfferStatus>;
  /** On what terms. */
  terms: SpaceTerms;
  /** A short title (up to 200 characters). */
  title: Scalars['String']['input'];
};

/** A council, voluntary group, public body or business in the register. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Buildings and land it owns, by name. */
  buildings: BuildingConnection;
  /** For a CHARITY or CIO: the Charity Commission number. */
  charityNumber: Maybe<Scalars['String']['output']>;
  /** For companies: the Companies House number. */
  companyNumber: Maybe<Scalars['String']['output']>;
  /** Private contact details; null when the caller may not see them. */
  contact: Maybe<OrganisationContact>;
  /** GSS codes of the council areas it works in (a council always includes its own). */
  councilAreas: Array<Scalars['String']['output']>;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** For a COUNCIL: its ONS GSS code, for example `E08000027` (Dudley). */
  gssCode: Maybe<Scalars['String']['output']>;
  /** Changes to the organisation, newest first. Null, with a FORBIDDEN error, for the same callers as `members`. */
  history: Maybe<AuditEventConnection>;
  /** The organisation's id. */
  id: Scalars['ID']['output'];
  /** Invitations not yet claimed or lapsed. Null, with a FORBIDDEN error, for the same callers as `members`. */
  invites: Maybe<Array<Invite>>;
  /** Its legal or organisational form. */
  kind: OrganisationKind;
  /** For an UNINCORPORATED_GROUP: how many individual members it has. */
  memberCount: Maybe<Scalars['Int']['output']>;
  /** Its members. Null, with a FORBIDDEN error, unless the caller is a member, an officer of one of its councils or a platform admin. */
  members: Maybe<MembershipConnection>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** For a PARISH_COUNCIL: the ONS code of its parish (E04 and six digits); it may nominate land there only. */
  parishCode: Maybe<Scalars['String']['output']>;
  /** For a PUBLIC_BODY: which part of the public sector. */
  publicBodyType: Maybe<PublicBodyType>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** True once a platform admin has checked the organisation is who it says it is. */
  verified: Scalars['Boolean']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion` when changing the organisation. */
  version: Scalars['Int']['output'];
  /** Its website. */
  website: Maybe<Scalars['String']['output']>;
};


/** A council, voluntary group, public body or business in the register. */
export type OrganisationBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, voluntary group, public body or business in the register. */
export type OrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, voluntary group, public body or business in the register. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page. */
  edges: Array<OrganisationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/**
 * Private contact details, visible only to the organisation's members, the officers of councils it works
 * with and platform admins.
 */
export type OrganisationContact = {
  __typename?: 'OrganisationContact';
  /** A postal address. */
  address: Maybe<Scalars['String']['output']>;
  /** A contact email address. */
  email: Maybe<Scalars['String']['output']>;
  /** A contact person. */
  name: Maybe<Scalars['String']['output']>;
  /** A contact telephone number. */
  phone: Maybe<Scalars['String']['output']>;
};

/** Contact details to set; every field is optional and an omitted one is cleared. */
export type OrganisationContactInput = {
  /** A postal address (up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** A contact email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A contact person (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A contact telephone number (digits, spaces, +, brackets and dashes). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation and its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Pass as `after` to continue after this organisation. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/**
 * The legal or organisational form of a body in the register. It decides which identifiers it must give and,
 * later, whether it may nominate an asset of community value.
 */
export type OrganisationKind =
  /** A private business. */
  | 'BUSINESS'
  /** A registered charity (charity number required). */
  | 'CHARITY'
  /** A charitable incorporated organisation (charity number required). */
  | 'CIO'
  /** A co-operative or community benefit society. */
  | 'COMMUNITY_BENEFIT_SOCIETY'
  /** A community interest company (company number required). */
  | 'COMMUNITY_INTEREST_COMPANY'
  /** A company limited by guarantee (company number required). */
  | 'COMPANY_LIMITED_BY_GUARANTEE'
  /** A principal local authority, identified by its ONS GSS code. Only platform admins register councils. */
  | 'COUNCIL'
  /** A designated neighbourhood forum. */
  | 'NEIGHBOURHOOD_FORUM'
  /** A parish or town council. */
  | 'PARISH_COUNCIL'
  /** A public body other than a council: NHS, police, fire, DWP (Jobcentre Plus)... (type required). */
  | 'PUBLIC_BODY'
  /** An unincorporated community group (member count required). */
  | 'UNINCORPORATED_GROUP';

/**
 * An organisation's notification settings (its admins only): per event type, which members receive a copy of
 * the messages sent to the organisation. By default admins receive everything and editors co-location events
 * too. The organisation's contact address always receives every message, statutory notices included.
 */
export type OrganisationNotificationSettings = {
  __typename?: 'OrganisationNotificationSettings';
  /** The organisation. */
  organisationId: Scalars['ID']['output'];
  /** Every event type with the roles that receive it. */
  rules: Array<NotificationRoleRule>;
  /** When the admins last saved; null until then. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** The settings' version: 0 until saved. Pass it as expectedVersion to save. */
  version: Scalars['Int']['output'];
};

/** Where a page of a list ends and whether more follows (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge on this page, or null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one; pass `endCursor` as `after` to fetch it. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Always false: lists are read forwards only (`first` and `after`; there is no `last` or `before`), which the
   * Relay specification allows a server to answer with false.
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge on this page, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** What an organisation looks for. Say where with `location` and `radiusKm`, or with `councilCode`. */
export type PostSpaceNeedInput = {
  /** People to seat. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** A council area instead of a point. */
  councilCode?: InputMaybe<Scalars['String']['input']>;
  /** Wanted from. */
  fromDate: Scalars['Date']['input'];
  /** Centre of the area searched. */
  location?: InputMaybe<GeoPointInput>;
  /** Most it can pay a month, in pounds. */
  monthlyBudget?: InputMaybe<Scalars['Float']['input']>;
  /** Accessibility features the space must have. */
  mustHaveAccessibility?: InputMaybe<Array<AccessibilityFeature>>;
  /** Facilities the space must have. */
  mustHaveFacilities?: InputMaybe<Array<Facility>>;
  /** The organisation looking for space. */
  organisationId: Scalars['ID']['input'];
  /** What the space is for (up to 2000 characters). */
  purpose: Scalars['String']['input'];
  /** Radius around location, in km (at most 100). */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  /** Days and hours wanted. */
  slots?: InputMaybe<Array<WeeklySlotInput>>;
  /** Kinds of space that would do; any when omitted. */
  spaceKinds?: InputMaybe<Array<SpaceKind>>;
};

/** Which part of the public sector a PUBLIC_BODY belongs to. */
export type PublicBodyType =
  /** The Department for Work and Pensions (Jobcentre Plus). */
  | 'DWP'
  /** A school, academy trust, college or university. */
  | 'EDUCATION'
  /** A fire and rescue authority. */
  | 'FIRE'
  /** An NHS body (a trust, an integrated care board, a practice). */
  | 'NHS'
  /** Another public body. */
  | 'OTHER'
  /** A police force or police and crime commissioner. */
  | 'POLICE';

/** The register's read operations. Anonymous callers may use them and see public data only. */
export type Query = {
  __typename?: 'Query';
  /** An organisation's own nominations, newest first. Its members only. */
  acvNominations: AcvEntryConnection;
  /** The outbox: a council's statutory notices dated `date` (today when omitted), to send or print. Officers only. */
  acvOutbox: AcvNoticeConnection;
  /** A council's ACV settings (the defaults until its officers save them). */
  acvSettings: AcvSettings;
  /** The register's today (Europe/London): the pinned date when the local server runs with --today. */
  acvToday: Scalars['Date']['output'];
  /** The officers' work queue: duties due within `withinDays` days, by due date, overdue first. Officers only. */
  acvWorkQueue: AcvTaskConnection;
  /** One entry by id with its whole history; NOT_FOUND when there is none. */
  assetOfCommunityValue: AcvEntry;
  /** A council's list of assets of community value: entries listed today, by the last day of their listing. */
  assetsOfCommunityValue: AcvEntryConnection;
  /** One building by id; NOT_FOUND when there is none or the caller may not see it. */
  building: Building;
  /**
   * Current buildings with this UPRN, by name, that the caller may see; written with or without leading zeros.
   * A UPRN names a property, and one property often holds several assets (a park, its pavilion, its toilets), so
   * this is a page of buildings, empty when there is none; the owner's asset reference is what is unique.
   */
  buildingByUprn: BuildingConnection;
  /** Current buildings in a council area, ordered by status, then category, then name; optionally filtered. */
  buildingsByCouncil: BuildingConnection;
  /** Current buildings owned by an organisation, by name. */
  buildingsByOwner: BuildingConnection;
  /**
   * Every create, update and archive of the buildings, assets of community value, offers of space and surplus
   * listings of one council that the caller may see, oldest first, in the order they were committed. Follow it by passing
   * `resumeCursor` as `after` until `hasNextPage` is false, then poll with the last `resumeCursor`: applying each
   * change in order (replace the record on UPSERTED, drop it on REMOVED) leaves the client with exactly the
   * records the caller may see. Changes are kept for 90 days; an older cursor is refused with CURSOR_EXPIRED
   * (read the register again, starting from `changesHead`). See docs/partners.md, "Following changes".
   */
  changes: RegisterChangeConnection;
  /** A cursor at the council's latest change: read the register's current state, then follow `changes` from here. */
  changesHead: Scalars['String']['output'];
  /** The council registered for a GSS code (`E10000013`), or null when none is registered yet. */
  councilByGssCode: Maybe<Organisation>;
  /** Expressions of interest an organisation's offers have received, by offer (its members only). */
  interestsReceived: SpaceInterestConnection;
  /** Expressions of interest an organisation has sent, newest first (its members only). */
  interestsSent: SpaceInterestConnection;
  /** Open offers ranked for a need, best first; with includeExcluded, also those failing a must-have, with reasons. */
  matchesForNeed: SpaceMatchConnection;
  /** Open needs ranked for an offer, best first (the offering organisation's members). */
  matchesForOffer: SpaceMatchConnection;
  /** The signed-in caller: identity, memberships and pending invitations. Null for anonymous callers. */
  me: Maybe<Me>;
  /** Your own notification settings (signed in). */
  myNotificationSettings: MyNotificationSettings;
  /** One organisation by id; NOT_FOUND when there is none. */
  organisation: Organisation;
  /** An organisation's notification settings (its admins only). */
  organisationNotificationSettings: OrganisationNotificationSettings;
  /** Organisations working in a council area (by GSS code), by name. */
  organisationsByCouncilArea: OrganisationConnection;
  /** Organisations whose name starts with `prefix` (case and accents ignored), by name. */
  organisationsByName: OrganisationConnection;
  /** One expression of interest: the two organisations only (NOT_FOUND otherwise). */
  spaceInterest: SpaceInterest;
  /** How one offer fits one need, with every criterion and any reason for exclusion. */
  spaceMatch: SpaceMatch;
  /** One need; NOT_FOUND when there is none or the caller may not see it. */
  spaceNeed: SpaceNeed;
  /** An organisation's needs, newest first. */
  spaceNeedsByOrganisation: SpaceNeedConnection;
  /** One offer; NOT_FOUND when there is none or the caller may not see it. */
  spaceOffer: SpaceOffer;
  /** Offers in a building, oldest first, that the caller may see. */
  spaceOffersByBuilding: SpaceOfferConnection;
  /** Offers in a council area with a status (OPEN when omitted), newest first. */
  spaceOffersByCouncil: SpaceOfferConnection;
  /** An organisation's offers that the caller may see, by status then newest first; optionally one status. */
  spaceOffersByOrganisation: SpaceOfferConnection;
  /**
   * OPEN offers within radiusKm (at most 100) of a point, nearest first, each with its distance. A page may
   * end short of `first`, even empty, with hasNextPage true when the search reached what one request may
   * read: pass its endCursor as `after` to go on.
   */
  spaceOffersNear: SpaceOfferNearConnection;
  /** OPEN offers within radiusKm of a building of the register (which must have a location), nearest first, paged as spaceOffersNear. */
  spaceOffersNearBuilding: SpaceOfferNearConnection;
  /**
   * OPEN offers within radiusKm of a postcode or a postcode district of Great Britain, nearest first, paged as
   * spaceOffersNear. The search starts from the centre of the postcode's district (see SearchCentreSource), so
   * a full postcode and its district find the same offers; `searchCentre` says where that is.
   */
  spaceOffersNearPostcode: SpaceOfferNearConnection;
  /** Items reused from listings in a council area (also published as /open-data/<GSS>/surplus-reuse.csv); anyone may read it. */
  surplusImpactByCouncil: SurplusImpact;
  /** Items an organisation collected for reuse; anyone may read it. */
  surplusImpactByOrganisation: SurplusImpact;
  /** One listing; NOT_FOUND when there is none or the caller may not see its building. */
  surplusListing: SurplusListing;
  /** A building's listings, open ones first, oldest first within each; NOT_FOUND when the caller may not see the building. */
  surplusListingsByBuilding: SurplusListingConnection;
  /**
   * A council area's open listings (not closed), newest first within each category, optionally one category and
   * only those available now. A page may hold fewer than `first` when listings ended or not visible to the
   * caller were left out after reading.
   */
  surplusListingsByCouncil: SurplusListingConnection;
  /**
   * Live listings (AVAILABLE, UPCOMING or FULLY_ALLOCATED; not ENDED nor CLOSED) whose building is within
   * radiusKm (at most 100) of a point, nearest first, each with its distance; anyone may search, and sees the
   * listings whose building they may see. A page may end short of `first`, even empty, with hasNextPage true
   * when the search reached what one request may read: pass its endCursor as `after` to go on.
   */
  surplusListingsNear: SurplusListingNearConnection;
  /** Live listings within radiusKm of a building of the register (which must have a location): near my organisation, from one of its buildings. Nearest first, paged as surplusListingsNear. */
  surplusListingsNearBuilding: SurplusListingNearConnection;
  /**
   * Live listings within radiusKm of a postcode or a postcode district of Great Britain, nearest first, paged
   * as surplusListingsNear. The search starts from the centre of the postcode's district (see
   * SearchCentreSource), so a full postcode and its district find the same listings.
   */
  surplusListingsNearPostcode: SurplusListingNearConnection;
  /** One request; NOT_FOUND unless the caller is a member of the requesting or the listing organisation. */
  surplusRequest: SurplusRequest;
  /** The requests an organisation made, newest first; its members only (FORBIDDEN otherwise). */
  surplusRequestsByOrganisation: SurplusRequestConnection;
  /** A council's surplus settings (the default, version 0, until it saves its own). */
  surplusSettings: SurplusSettings;
  /** A council's list of unsuccessful nominations, newest decision first. */
  unsuccessfulNominations: AcvEntryConnection;
  /** An organisation's webhook endpoints, oldest first (its admins only). */
  webhookEndpoints: WebhookEndpointConnection;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryAcvNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryAcvOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryAcvSettingsArgs = {
  councilCode: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryAcvWorkQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryAssetOfCommunityValueArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryAssetsOfCommunityValueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingByUprnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  uprn: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingsByCouncilArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<BuildingCategory>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BuildingStatus>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingsByOwnerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryChangesHeadArgs = {
  councilCode: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryCouncilByGssCodeArgs = {
  gssCode: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryInterestsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryInterestsSentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryMatchesForNeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeExcluded?: InputMaybe<Scalars['Boolean']['input']>;
  needId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryMatchesForOfferArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeExcluded?: InputMaybe<Scalars['Boolean']['input']>;
  offerId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationNotificationSettingsArgs = {
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationsByCouncilAreaArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationsByNameArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceInterestArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceMatchArgs = {
  needId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceNeedArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceNeedsByOrganisationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOfferArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOffersByBuildingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  buildingId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOffersByCouncilArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SpaceOfferStatus>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOffersByOrganisationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
  status?: InputMaybe<SpaceOfferStatus>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOffersNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SpaceOfferSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  radiusKm: Scalars['Float']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOffersNearBuildingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  buildingId: Scalars['ID']['input'];
  filter?: InputMaybe<SpaceOfferSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  radiusKm: Scalars['Float']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySpaceOffersNearPostcodeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SpaceOfferSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  postcode: Scalars['String']['input'];
  radiusKm: Scalars['Float']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusImpactByCouncilArgs = {
  councilCode: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusImpactByOrganisationArgs = {
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusListingArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusListingsByBuildingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  buildingId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusListingsByCouncilArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  availableNow?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<SurplusCategory>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusListingsNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurplusListingSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  radiusKm: Scalars['Float']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusListingsNearBuildingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  buildingId: Scalars['ID']['input'];
  filter?: InputMaybe<SurplusListingSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  radiusKm: Scalars['Float']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusListingsNearPostcodeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurplusListingSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  postcode: Scalars['String']['input'];
  radiusKm: Scalars['Float']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusRequestArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusRequestsByOrganisationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QuerySurplusSettingsArgs = {
  councilCode: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryUnsuccessfulNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};

/**
 * The owner's appeal, and later its result: record it when lodged (no outcome), then again with the outcome; or
 * both at once for a past case.
 */
export type RecordAppealInput = {
  /** The day the tribunal decided; today when omitted. Only with an outcome. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The day it was lodged (within 28 days of the review decision); required the first time. */
  lodgedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Notes (up to 4000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Allowed or dismissed; omit while the appeal is pending. */
  outcome?: InputMaybe<AppealOutcome>;
};

/** A private owner's compensation claim. */
export type RecordCompensationClaimInput = {
  /** The amount awarded, in pence. */
  amountAwardedPence?: InputMaybe<Scalars['Int']['input']>;
  /** The amount claimed, in pence. */
  amountClaimedPence: Scalars['Int']['input'];
  /** The day it was made; today when omitted. */
  claimedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The moratorium it is about (its notice date); omit for the end of the listing. */
  moratoriumNoticeReceivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Where it stands; PENDING when omitted. */
  outcome?: InputMaybe<CompensationOutcome>;
};

/** A disposal of the land. */
export type RecordDisposalInput = {
  /** Who acquired it (up to 200 characters). */
  buyerName: Scalars['String']['input'];
  /** The buyer, when it is in the register (a community interest group may buy during a moratorium). */
  buyerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The day of the disposal; today when omitted. */
  disposedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The Schedule 3 category when the disposal is exempt. */
  exemptCategory?: InputMaybe<ExemptDisposalCategory>;
};

/** A notice of intended disposal. */
export type RecordDisposalNoticeInput = {
  /** Details (up to 4000 characters). */
  details?: InputMaybe<Scalars['String']['input']>;
  /** The Schedule 3 category when the disposal is exempt; omit for a relevant disposal (which starts a moratorium). */
  exemptCategory?: InputMaybe<ExemptDisposalCategory>;
  /** The day the council received it; today when omitted. */
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The dates a listing was registered outside the list. Omitted fields stay as they are; null clears a date. */
export type RecordListingRegistrationInput = {
  /** The day the council applied to HM Land Registry for a restriction (on or after the listing). */
  landRegistryRestrictionAppliedOn?: InputMaybe<Scalars['Date']['input']>;
  /** True when the land is not registered at HM Land Registry (no restriction to apply for). */
  landUnregistered?: InputMaybe<Scalars['Boolean']['input']>;
  /** The day the listing was registered as a local land charge (on or after the listing, not in the future). */
  localLandChargeRegisteredOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The kind of record an audit event is about. */
export type RecordType =
  /** An asset of community value entry. */
  | 'ACV_ENTRY'
  /** A council's settings for assets of community value. */
  | 'ACV_SETTINGS'
  /** A building or piece of land. */
  | 'BUILDING'
  /** An invitation to join an organisation. */
  | 'INVITE'
  /** A person's membership of an organisation. */
  | 'MEMBERSHIP'
  /** An organisation. */
  | 'ORGANISATION'
  /** An organisation's notification settings (which member roles receive each event). */
  | 'ORGANISATION_NOTIFICATION_SETTINGS'
  /** An expression of interest in an offer of space. */
  | 'SPACE_INTEREST'
  /** A need for space (co-location). */
  | 'SPACE_NEED'
  /** An offer of space (co-location). */
  | 'SPACE_OFFER'
  /** A listing of surplus items for reuse. */
  | 'SURPLUS_LISTING'
  /** An organisation's request for a listing's surplus items. */
  | 'SURPLUS_REQUEST'
  /** A council's settings for surplus listings (how items are allocated). */
  | 'SURPLUS_SETTINGS'
  /** A user's notification settings (which events they receive, and how). */
  | 'USER_NOTIFICATION_SETTINGS'
  /** A partner's webhook endpoint. */
  | 'WEBHOOK_ENDPOINT';

/** One change of one record, as the caller sees it. */
export type RegisterChange = {
  __typename?: 'RegisterChange';
  /** The entry after the change, when recordType is ACV_ENTRY and kind is UPSERTED. */
  assetOfCommunityValue: Maybe<AcvEntry>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The building after the change, when recordType is BUILDING and kind is UPSERTED. */
  building: Maybe<Building>;
  /** Whether the record is now seen (UPSERTED) or has left the caller's view (REMOVED). */
  kind: RegisterChangeKind;
  /** The record's id. */
  recordId: Scalars['ID']['output'];
  /** Which kind of record changed. */
  recordType: RegisterChangeRecordType;
  /** Its place in the council's changes: one more than the change before it in the council. */
  sequence: Scalars['Int']['output'];
  /** The offer after the change, when recordType is SPACE_OFFER and kind is UPSERTED. */
  spaceOffer: Maybe<SpaceOffer>;
  /** The listing after the change, when recordType is SURPLUS_LISTING and kind is UPSERTED (a closed one too: its `state` is CLOSED). */
  surplusListing: Maybe<SurplusListing>;
  /** The record's version after the change. */
  version: Scalars['Int']['output'];
};

/** A page of a council's changes. */
export type RegisterChangeConnection = {
  __typename?: 'RegisterChangeConnection';
  /** The changes on this page the caller may see, in order. */
  edges: Array<RegisterChangeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Where to go on from: after every change read for this page, including those passed over. Always set. */
  resumeCursor: Scalars['String']['output'];
};

/** A change and its cursor. */
export type RegisterChangeEdge = {
  __typename?: 'RegisterChangeEdge';
  /** Pass as `after` to read the changes after this one. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: RegisterChange;
};

/** What a change means to the caller. */
export type RegisterChangeKind =
  /** The record was archived, withdrawn, moved to another council or made visible to fewer: drop any copy. */
  | 'REMOVED'
  /** The record was created or changed and the caller may see it: replace any copy with this one. */
  | 'UPSERTED';

/** The kinds of record the changes feed follows. */
export type RegisterChangeRecordType =
  /** An entry on the list of assets of community value (or a nomination). */
  | 'ACV_ENTRY'
  /** A building or piece of land. */
  | 'BUILDING'
  /** An offer of space. */
  | 'SPACE_OFFER'
  /** A listing of surplus items (each allocation, collection and no-show changes its quantities too). */
  | 'SURPLUS_LISTING';

/** A new webhook endpoint. */
export type RegisterWebhookEndpointInput = {
  /** What the endpoint is for (at most 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events to receive: at least one. */
  eventTypes: Array<WebhookEventType>;
  /** The organisation whose events the endpoint receives (the caller must be one of its admins). */
  organisationId: Scalars['ID']['input'];
  /** https URL of at most 2,048 characters, to a host that resolves only to public addresses. */
  url: Scalars['String']['input'];
};

/** Why land came off the list. */
export type RemovalReason =
  /** The First-tier Tribunal allowed the owner's appeal against the listing. */
  | 'APPEAL'
  /** The five years of the listing ended. */
  | 'LISTING_EXPIRED'
  /** The council decided the land no longer meets the test of community value. */
  | 'NO_LONGER_OF_COMMUNITY_VALUE'
  /** Another reason (given in the removal's notes). */
  | 'OTHER'
  /** A relevant disposal of the land took place (the listing ends with it). */
  | 'RELEVANT_DISPOSAL'
  /** The council decided on the owner's review that the land should not be listed. */
  | 'REVIEW';

/** Taking land off the list. */
export type RemoveListingInput = {
  /** Details (up to 4000 characters). */
  details: Scalars['String']['input'];
  /** Why. */
  reason: RemovalReason;
  /** The day removed; today when omitted. */
  removedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A request for a listing's items. */
export type RequestSurplusItemsInput = {
  /** What the items will be used for; at most 1000 characters. */
  intendedUse: Scalars['String']['input'];
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** The requesting organisation: verified, a public body or a voluntary, community or faith group (NOT_ELIGIBLE otherwise). */
  organisationId: Scalars['ID']['input'];
  /** How many: at least 1 and at most the quantity listed. */
  quantity: Scalars['Int']['input'];
};

/** A community interest group's request to be treated as a potential bidder. */
export type RequestToBidInput = {
  /** The group (a community interest group of the register with a local connection). */
  bidderOrganisationId: Scalars['ID']['input'];
  /** The day the council received the request; today when omitted. */
  requestedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The outcome of the council's review of a listing. */
export type ReviewOutcome =
  /** The land comes off the list. */
  | 'REMOVED'
  /** The land stays listed. */
  | 'UPHELD';

/** The centre of a distance search, as the register resolved it. */
export type SearchCentre = {
  __typename?: 'SearchCentre';
  /** Latitude of the centre, WGS84 decimal degrees. */
  latitude: Scalars['Float']['output'];
  /** Longitude of the centre, WGS84 decimal degrees. */
  longitude: Scalars['Float']['output'];
  /** The postcode as read (upper case, one space; a district alone such as GL50), when the search was by postcode. */
  postcode: Maybe<Scalars['String']['output']>;
  /** The postcode district whose centre the search starts from, when the search was by postcode. */
  postcodeDistrict: Maybe<Scalars['String']['output']>;
  /** What the centre was given as. */
  source: SearchCentreSource;
};

/** What a distance search's centre was given as. */
export type SearchCentreSource =
  /** A building's location. */
  | 'BUILDING'
  /** A latitude and longitude. */
  | 'POINT'
  /**
   * A postcode or postcode district, placed at the centre of its district's extent (from Ordnance Survey's
   * Code-Point Open): a median 2 km from a full postcode's own location, 6 km at the 90th percentile.
   */
  | 'POSTCODE_DISTRICT';

/** When the space is available. */
export type SpaceAvailability = {
  __typename?: 'SpaceAvailability';
  /** First day available. */
  fromDate: Scalars['Date']['output'];
  /** Days of the week with hours. */
  slots: Array<WeeklySlot>;
  /** Last day available, or null when open-ended. */
  untilDate: Maybe<Scalars['Date']['output']>;
};

/** When the space is available. */
export type SpaceAvailabilityInput = {
  /** First day available. */
  fromDate: Scalars['Date']['input'];
  /** Days of the week with hours. */
  slots: Array<WeeklySlotInput>;
  /** Last day available, omitted when open-ended. */
  untilDate?: InputMaybe<Scalars['Date']['input']>;
};

/** An organisation's interest in an offer of space: a conversation the two organisations see, nobody else. */
export type SpaceInterest = {
  __typename?: 'SpaceInterest';
  /** The steps this caller may take on the interest today (mutation names): each listed is accepted by its mutation, each not listed refused. */
  allowedActions: Array<SpaceInterestAction>;
  /** Why the register closed it. */
  closedReason: Maybe<Scalars['String']['output']>;
  /** When it was expressed. */
  createdAt: Scalars['DateTime']['output'];
  /** Days wanted. */
  daysWanted: Array<Weekday>;
  /** Changes to it, newest first. */
  history: Maybe<AuditEventConnection>;
  /** The interest's id. */
  id: Scalars['ID']['output'];
  /** The first message. */
  message: Scalars['String']['output'];
  /** The need it answers, when given. */
  need: Maybe<SpaceNeed>;
  /** The offer (null when the caller may no longer see it). */
  offer: Maybe<SpaceOffer>;
  /** The offering organisation. */
  offeringOrganisation: Maybe<Organisation>;
  /** The interested organisation. */
  organisation: Maybe<Organisation>;
  /** Wanted from. */
  proposedStart: Maybe<Scalars['Date']['output']>;
  /** Where it stands. */
  status: InterestStatus;
  /** Every step, oldest first. */
  thread: Array<InterestMessage>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change. */
  version: Scalars['Int']['output'];
};


/** An organisation's interest in an offer of space: a conversation the two organisations see, nobody else. */
export type SpaceInterestHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A step of an expression of interest, named as the mutation that takes it. */
export type SpaceInterestAction =
  /** Write in the interest's thread (replyToInterest). */
  | 'replyToInterest'
  /** Accept or decline the interest, for the offering organisation (respondToInterest). Accepting also needs the offer to be OPEN. */
  | 'respondToInterest'
  /** Withdraw the interest, for the interested organisation (withdrawInterest). */
  | 'withdrawInterest';

/** A page of expressions of interest. */
export type SpaceInterestConnection = {
  __typename?: 'SpaceInterestConnection';
  /** The interests on this page. */
  edges: Array<SpaceInterestEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An expression of interest and its cursor. */
export type SpaceInterestEdge = {
  __typename?: 'SpaceInterestEdge';
  /** Pass as `after` to continue after this interest. */
  cursor: Scalars['String']['output'];
  /** The interest. */
  node: SpaceInterest;
};

/** A kind of space on offer. */
export type SpaceKind =
  /** A clinic or consulting room. */
  | 'CLINIC_ROOM'
  /** Desks in a shared office. */
  | 'DESKS'
  /** A hall. */
  | 'HALL'
  /** A meeting room. */
  | 'MEETING_ROOM'
  /** Outdoor space. */
  | 'OUTDOOR_SPACE'
  /** An office for one organisation. */
  | 'PRIVATE_OFFICE'
  /** Storage. */
  | 'STORAGE'
  /** A whole floor. */
  | 'WHOLE_FLOOR';

/** How well an offer fits a need, explained. */
export type SpaceMatch = {
  __typename?: 'SpaceMatch';
  /** Every criterion with its score and explanation. */
  criteria: Array<MatchCriterionScore>;
  /** Distance between the need's point and the offer's building, in km, when both are known. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** True when the offer fails a must-have. */
  excluded: Scalars['Boolean']['output'];
  /** Why it is excluded, one reason per failed must-have. */
  exclusionReasons: Array<Scalars['String']['output']>;
  /** The need. */
  need: Maybe<SpaceNeed>;
  /** The offer. */
  offer: Maybe<SpaceOffer>;
  /**
   * 0 to 100 (0 when excluded): 100 x the sum of each criterion's score (0 to 1) times its weight. Weights:
   * distance 0.20, schedule 0.20, cost 0.20, capacity 0.15, kind of space 0.10, dates 0.05, facilities 0.05,
   * accessibility 0.03, eligibility 0.02. Distance scores 1 - d / radius (1 inside the council area named).
   * Cost scores 1 - cost / (2 x budget) within a budget; with no budget, 500 / (500 + cost): free is 1, £500 a
   * month 0.5, £2,572 0.16, so a free room a couple of km further ranks above a costly near one. A criterion
   * the offer does not state (UNKNOWN) scores 0.
   */
  score: Scalars['Int']['output'];
  /** The must-haves the offer does not say whether it meets (UNKNOWN criteria), in words: ask the offering organisation. */
  unknowns: Array<Scalars['String']['output']>;
};

/** A page of matches, best first. */
export type SpaceMatchConnection = {
  __typename?: 'SpaceMatchConnection';
  /** The matches on this page. */
  edges: Array<SpaceMatchEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A match and its cursor. */
export type SpaceMatchEdge = {
  __typename?: 'SpaceMatchEdge';
  /** Pass as `after` to continue after this match. */
  cursor: Scalars['String']['output'];
  /** The match. */
  node: SpaceMatch;
};

/** What an organisation is looking for. */
export type SpaceNeed = {
  __typename?: 'SpaceNeed';
  /** The steps this caller may take on the need today (mutation names): each listed is accepted by its mutation, each not listed refused. */
  allowedActions: Array<SpaceNeedAction>;
  /** People to seat. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** The council area wanted, when the need names one instead of a point. */
  councilCode: Maybe<Scalars['String']['output']>;
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** Wanted from. */
  fromDate: Scalars['Date']['output'];
  /** Changes to it, newest first; the organisation's members only. */
  history: Maybe<AuditEventConnection>;
  /** The need's id. */
  id: Scalars['ID']['output'];
  /** Centre of the area searched (with radiusKm), or null when the need names a council area. */
  location: Maybe<GeoPoint>;
  /** Most it can pay a month, in pounds. */
  monthlyBudget: Maybe<Scalars['Float']['output']>;
  /** Accessibility features the space must have. */
  mustHaveAccessibility: Array<AccessibilityFeature>;
  /** Facilities the space must have. */
  mustHaveFacilities: Array<Facility>;
  /** The organisation looking for space. */
  organisation: Maybe<Organisation>;
  /** What the space is for. */
  purpose: Scalars['String']['output'];
  /** Radius around location, in km. */
  radiusKm: Maybe<Scalars['Float']['output']>;
  /** Days and hours wanted. */
  slots: Array<WeeklySlot>;
  /** Kinds of space that would do; empty means any. */
  spaceKinds: Array<SpaceKind>;
  /** Open or closed. */
  status: SpaceNeedStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change. */
  version: Scalars['Int']['output'];
};


/** What an organisation is looking for. */
export type SpaceNeedHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A step of a need for space, named as the mutation that takes it. */
export type SpaceNeedAction =
  /** Close the need (closeSpaceNeed). */
  | 'closeSpaceNeed';

/** A page of needs. */
export type SpaceNeedConnection = {
  __typename?: 'SpaceNeedConnection';
  /** The needs on this page. */
  edges: Array<SpaceNeedEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A need and its cursor. */
export type SpaceNeedEdge = {
  __typename?: 'SpaceNeedEdge';
  /** Pass as `after` to continue after this need. */
  cursor: Scalars['String']['output'];
  /** The need. */
  node: SpaceNeed;
};

/** Where a need for space stands. */
export type SpaceNeedStatus =
  /** No longer looking. */
  | 'CLOSED'
  /** Still looking for space. */
  | 'OPEN';

/** Space one organisation offers in one of its buildings. */
export type SpaceOffer = {
  __typename?: 'SpaceOffer';
  /** Accessibility features (the building's unless the offer gives its own). */
  accessibilityFeatures: Array<AccessibilityFeature>;
  /** The building's address. */
  address: Address;
  /** The steps this caller may take on the offer today (mutation names): each listed is accepted by its mutation, each not listed refused. Expressing interest is not among them: it depends on the organisation that expresses it. */
  allowedActions: Array<SpaceOfferAction>;
  /** When it is available. */
  availability: SpaceAvailability;
  /** The building, when the caller may see it. */
  building: Maybe<Building>;
  /** The building's name. */
  buildingName: Scalars['String']['output'];
  /** People it holds. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** Private contact details; null unless the caller may see the offering organisation's private fields. */
  contact: Maybe<SpaceOfferContact>;
  /** Who sees `monthlyCost`. */
  costVisibility: CostVisibility;
  /** GSS code of the council area the building is in. */
  councilCode: Scalars['String']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** A description. */
  description: Maybe<Scalars['String']['output']>;
  /** Kinds of organisation that may apply; empty means any. */
  eligibleOrganisationKinds: Array<OrganisationKind>;
  /** Facilities that come with it. */
  facilities: Array<Facility>;
  /** Floor area in square metres. */
  floorAreaSqm: Maybe<Scalars['Float']['output']>;
  /** Changes to it, newest first; those who may see the offering organisation's private fields only. */
  history: Maybe<AuditEventConnection>;
  /** The offer's id. */
  id: Scalars['ID']['output'];
  /** Expressions of interest in it, oldest first; the offering organisation's members only (FORBIDDEN otherwise). */
  interests: Maybe<SpaceInterestConnection>;
  /** The building's location, in WGS84; offers without one are not found by distance. */
  location: Maybe<GeoPoint>;
  /** Indicative cost a month in pounds; null when none is stated or the caller may not see it (`costVisibility`). */
  monthlyCost: Maybe<Scalars['Float']['output']>;
  /** The organisation offering the space. */
  organisation: Maybe<Organisation>;
  /** The kind of space. */
  spaceKind: SpaceKind;
  /** Where it stands; EXPIRED when its end date has passed. */
  status: SpaceOfferStatus;
  /** On what terms. */
  terms: SpaceTerms;
  /** A short title. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** Why the register withdrew the offer (its building was archived, disposed of or changed owner); null otherwise. */
  withdrawnReason: Maybe<Scalars['String']['output']>;
};


/** Space one organisation offers in one of its buildings. */
export type SpaceOfferHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Space one organisation offers in one of its buildings. */
export type SpaceOfferInterestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A step of an offer of space, named as the mutation that takes it. */
export type SpaceOfferAction =
  /** Mark the offer taken (markOfferTaken). */
  | 'markOfferTaken'
  /** Edit the offer, open it, put it back to draft or withdraw it (updateSpaceOffer). */
  | 'updateSpaceOffer';

/** A page of offers. */
export type SpaceOfferConnection = {
  __typename?: 'SpaceOfferConnection';
  /** The offers on this page. */
  edges: Array<SpaceOfferEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** Who to contact about an offer: private, seen by those who may see the offering organisation's private fields. */
export type SpaceOfferContact = {
  __typename?: 'SpaceOfferContact';
  /** An email address. */
  email: Maybe<Scalars['String']['output']>;
  /** A contact person. */
  name: Maybe<Scalars['String']['output']>;
  /** A telephone number. */
  phone: Maybe<Scalars['String']['output']>;
};

/** Private contact details for an offer. */
export type SpaceOfferContactInput = {
  /** An email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A contact person (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A telephone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** An offer and its cursor. */
export type SpaceOfferEdge = {
  __typename?: 'SpaceOfferEdge';
  /** Pass as `after` to continue after this offer. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: SpaceOffer;
};

/** A page of offers found by distance, nearest first. */
export type SpaceOfferNearConnection = {
  __typename?: 'SpaceOfferNearConnection';
  /** The offers on this page. */
  edges: Array<SpaceOfferNearEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Where the distances are measured from: the point, the building, or the postcode district's centre. */
  searchCentre: SearchCentre;
};

/** An offer found by distance. */
export type SpaceOfferNearEdge = {
  __typename?: 'SpaceOfferNearEdge';
  /** Pass as `after` to continue after this offer. */
  cursor: Scalars['String']['output'];
  /** Distance on the ground from the search centre (on the WGS84 ellipsoid, to the metre), in kilometres. */
  distanceKm: Scalars['Float']['output'];
  /** The offer. */
  node: SpaceOffer;
};

/** Filters for a distance search; all optional. */
export type SpaceOfferSearchFilter = {
  /** Only spaces available on this day. */
  day?: InputMaybe<Weekday>;
  /** Only spaces with every one of these facilities. */
  facilities?: InputMaybe<Array<Facility>>;
  /** Only spaces holding at least this many people. */
  minCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** Only this kind of space. */
  spaceKind?: InputMaybe<SpaceKind>;
};

/** Where an offer of space stands. */
export type SpaceOfferStatus =
  /** Being prepared; seen only by the offering organisation. */
  | 'DRAFT'
  /** Its end date has passed (computed from the end date and today; never set). */
  | 'EXPIRED'
  /** On the market: searchable, open to expressions of interest. */
  | 'OPEN'
  /** The space has been taken. */
  | 'TAKEN'
  /** An expression of interest has been accepted. */
  | 'UNDER_OFFER'
  /** Taken off the market by the offering organisation, or by the register when its building was archived, disposed of or changed owner (see `withdrawnReason`). */
  | 'WITHDRAWN';

/** On what terms the space is offered. */
export type SpaceTerms =
  /** A share of the running costs, without profit. */
  | 'COST_SHARING'
  /** No charge. */
  | 'FREE'
  /** Market rent. */
  | 'MARKET_RENT'
  /** A nominal rent. */
  | 'PEPPERCORN'
  /** Below market rent. */
  | 'SUBSIDISED';

/** How a council's listings are allocated (its surplus settings; a listing keeps the rule it was made under). */
export type SurplusAllocationRule =
  /** Each request is allocated as it arrives, as much as is left. */
  | 'FIRST_COME_FIRST_SERVED'
  /** Requests wait for the lister to allocate, decline or allocate part. */
  | 'LISTER_CHOOSES';

/** What kind of items a listing holds. */
export type SurplusCategory =
  /** Desks and tables. */
  | 'DESKS_AND_TABLES'
  /** Fixtures and fittings: lights, blinds, partitions. */
  | 'FIXTURES_AND_FITTINGS'
  /** Computers, screens, projectors and sound equipment. */
  | 'IT_AND_AV'
  /** Kitchen and catering equipment. */
  | 'KITCHEN_AND_CATERING'
  /** Anything else. */
  | 'OTHER'
  /** Outdoor furniture and equipment. */
  | 'OUTDOOR'
  /** Chairs, benches, sofas. */
  | 'SEATING'
  /** Signs and noticeboards. */
  | 'SIGNAGE'
  /** Cupboards, shelving, filing cabinets. */
  | 'STORAGE';

/**
 * How many listed items were collected for reuse in one category, and what they are estimated to weigh and
 * to have saved (from `SurplusImpact.factors`).
 */
export type SurplusCategoryReuse = {
  __typename?: 'SurplusCategoryReuse';
  /** The category. */
  category: SurplusCategory;
  /** The estimated greenhouse gas emissions their reuse avoided, in kilograms CO2e to 0.1: the weight times `kgCo2eAvoidedPerKg`; null when the category has no sourced factor for either. */
  estimatedCarbonAvoidedKgCo2e: Maybe<Scalars['Float']['output']>;
  /** Their estimated weight in kilograms, to 0.1: items times the category's `kgPerItem`; null when the category has no sourced factor. */
  estimatedWeightKg: Maybe<Scalars['Float']['output']>;
  /** Items collected. */
  itemsReused: Scalars['Int']['output'];
};

/**
 * How to collect the items: shown to the lister, the area's council officers and members of verified
 * organisations that may request.
 */
export type SurplusCollection = {
  __typename?: 'SurplusCollection';
  /** When the items can be collected (e.g. weekdays 9:00 to 16:00). */
  accessTimes: Maybe<Scalars['String']['output']>;
  /** Their email. */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** Whom to ask. */
  contactName: Maybe<Scalars['String']['output']>;
  /** Their phone. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** Loading: stairs, lifts, parking and the van that fits. */
  loading: Maybe<Scalars['String']['output']>;
};

/** How to collect the items. */
export type SurplusCollectionInput = {
  /** When the items can be collected; at most 500 characters. */
  accessTimes?: InputMaybe<Scalars['String']['input']>;
  /** Their email. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Whom to ask; at most 200 characters. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Their phone. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Loading: stairs, lifts, parking; at most 1000 characters. */
  loading?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Reuse figures: items that groups collected from surplus listings, with estimates of their weight and of the
 * carbon their reuse avoided. The estimates come from a small table of conversion factors (`factors`), taken
 * from WRAP's Benefits of reuse case studies (2011), and cover only the categories it has figures for.
 */
export type SurplusImpact = {
  __typename?: 'SurplusImpact';
  /** Items collected per category, in this enum's order; categories without any are left out. */
  byCategory: Array<SurplusCategoryReuse>;
  /** Collections: requests that ended with the group collecting its items. */
  collections: Scalars['Int']['output'];
  /** Estimated greenhouse gas emissions avoided, in kilograms CO2e to 0.1, over the categories with both factors. */
  estimatedCarbonAvoidedKgCo2e: Scalars['Float']['output'];
  /** Estimated weight of the items collected, in kilograms to 0.1, over the categories with a weight factor (an estimate, not a weighing). */
  estimatedWeightKg: Scalars['Float']['output'];
  /** The conversion factors the estimates use, every category in the enum's order, with their sources. */
  factors: Array<SurplusReuseFactor>;
  /** Items collected. */
  itemsReused: Scalars['Int']['output'];
  /** Items collected in categories without both factors, left out of `estimatedCarbonAvoidedKgCo2e`. */
  itemsWithoutCarbonEstimate: Scalars['Int']['output'];
  /** Items collected in categories without a weight factor, left out of `estimatedWeightKg`. */
  itemsWithoutWeightEstimate: Scalars['Int']['output'];
};

/** The items' condition, as the lister describes it. */
export type SurplusItemCondition =
  /** Unused or as good as new. */
  | 'AS_NEW'
  /** Worn but usable. */
  | 'FAIR'
  /** Used, in good working order. */
  | 'GOOD'
  /** Needs repair before use. */
  | 'NEEDS_REPAIR';

/** One kind of items of a building's surplus (`ListBuildingSurplusInput.items`): becomes one listing. */
export type SurplusItemsInput = {
  /** What kind of items. */
  category: SurplusCategory;
  /** Their condition. */
  condition: SurplusItemCondition;
  /** What they are; at most 1000 characters. */
  description: Scalars['String']['input'];
  /** Their size; at most 200 characters. */
  dimensions?: InputMaybe<Scalars['String']['input']>;
  /** How many: 1 to 10000. */
  quantity: Scalars['Int']['input'];
};

/** Items listed for reuse by the owner of a building. */
export type SurplusListing = {
  __typename?: 'SurplusListing';
  /** How its items are allocated. */
  allocationRule: SurplusAllocationRule;
  /** What the calling user may do to it today: a step listed is accepted by its mutation (given valid input and the current version), a step not listed is refused. Empty for anonymous callers. */
  allowedActions: Array<SurplusListingAction>;
  /** The first day the items can be collected. */
  availableFrom: Scalars['Date']['output'];
  /** The last day; null when the listing lasts until every item is allocated. */
  availableUntil: Maybe<Scalars['Date']['output']>;
  /** The building the items are in; null when the caller may not see it any more. */
  building: Maybe<Building>;
  /** The building's name, as it was when the listing was last changed. */
  buildingName: Scalars['String']['output'];
  /** What kind of items. */
  category: SurplusCategory;
  /** Why it was closed; null unless CLOSED. */
  closedReason: Maybe<Scalars['String']['output']>;
  /** How to collect; null unless the caller may request (members of verified eligible organisations), list or manage in the area. */
  collection: Maybe<SurplusCollection>;
  /** Their condition. */
  condition: SurplusItemCondition;
  /** GSS code of the council area the building is in. */
  councilCode: Scalars['String']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** What they are. */
  description: Scalars['String']['output'];
  /** Their size, as the lister gives it (e.g. 45 x 50 x 80 cm). */
  dimensions: Maybe<Scalars['String']['output']>;
  /** Changes to it, newest first; the listing organisation's members only (FORBIDDEN otherwise). */
  history: Maybe<AuditEventConnection>;
  /** The listing's id. */
  id: Scalars['ID']['output'];
  /** True when the group must collect (the lister does not deliver). */
  mustCollect: Scalars['Boolean']['output'];
  /** The listing organisation: the building's owner, or its council when the owner is not registered. */
  organisation: Maybe<Organisation>;
  /** Pictures of the items, in the order added (at most 6); shown to whoever may see the listing. */
  photos: Array<SurplusPhoto>;
  /** The building's postcode, as the listing copies it. */
  postcode: Maybe<Scalars['String']['output']>;
  /** How many were listed. */
  quantity: Scalars['Int']['output'];
  /** How many are allocated (collected ones included). */
  quantityAllocated: Scalars['Int']['output'];
  /** How many groups confirmed they collected. */
  quantityCollected: Scalars['Int']['output'];
  /** How many are left to allocate. */
  quantityLeft: Scalars['Int']['output'];
  /** The requests for its items, oldest first; the listing organisation's members only (FORBIDDEN otherwise). */
  requests: Maybe<SurplusRequestConnection>;
  /** Where it stands today. */
  state: SurplusListingState;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** Items listed for reuse by the owner of a building. */
export type SurplusListingHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Items listed for reuse by the owner of a building. */
export type SurplusListingRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A step on a listing, named as the mutation that takes it. */
export type SurplusListingAction =
  /** Close it (the listing organisation's editors; until it is closed). */
  | 'closeSurplusListing'
  /** Ask for its items (editors of a verified organisation that may request; while it lives and, first come first served, while items are left). */
  | 'requestSurplusItems'
  /** Change its fields (the listing organisation's editors; until it is closed). */
  | 'updateSurplusListing';

/** A page of listings. */
export type SurplusListingConnection = {
  __typename?: 'SurplusListingConnection';
  /** The listings on this page. */
  edges: Array<SurplusListingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A listing and its cursor. */
export type SurplusListingEdge = {
  __typename?: 'SurplusListingEdge';
  /** Pass as `after` to continue after this listing. */
  cursor: Scalars['String']['output'];
  /** The listing. */
  node: SurplusListing;
};

/** A page of listings found by distance, nearest first. */
export type SurplusListingNearConnection = {
  __typename?: 'SurplusListingNearConnection';
  /** The listings on this page. */
  edges: Array<SurplusListingNearEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Where the distances are measured from: the point, the building, or the postcode district's centre. */
  searchCentre: SearchCentre;
};

/** A listing found by distance. */
export type SurplusListingNearEdge = {
  __typename?: 'SurplusListingNearEdge';
  /** Pass as `after` to continue after this listing. */
  cursor: Scalars['String']['output'];
  /** Distance on the ground from the search centre to the listing's building (on the WGS84 ellipsoid, to the metre), in kilometres. */
  distanceKm: Scalars['Float']['output'];
  /** The listing. */
  node: SurplusListing;
};

/** Narrows a distance search of listings. */
export type SurplusListingSearchFilter = {
  /** Only listings whose items can be requested and collected today (AVAILABLE); otherwise UPCOMING and FULLY_ALLOCATED ones too. */
  availableNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only listings of this category; every category when omitted. */
  category?: InputMaybe<SurplusCategory>;
};

/** Where a listing stands today, computed from its dates, its quantities and today's date (Europe/London). */
export type SurplusListingState =
  /** Items are left to allocate and can be collected now. */
  | 'AVAILABLE'
  /** The lister closed it. */
  | 'CLOSED'
  /** Its last day (`availableUntil`) has passed. */
  | 'ENDED'
  /** Every item is allocated; a no-show makes its items available again. */
  | 'FULLY_ALLOCATED'
  /** Requests are taken; the items can be collected from `availableFrom`. */
  | 'UPCOMING';

/** A picture of a listing's items. The file is stored privately; `url` shows it for a short while only. */
export type SurplusPhoto = {
  __typename?: 'SurplusPhoto';
  /** When it was added. */
  addedAt: Scalars['DateTime']['output'];
  /** What the photo shows, for screen readers. */
  altText: Scalars['String']['output'];
  /** Its size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** Its type: image/jpeg, image/png or image/webp. */
  contentType: Scalars['String']['output'];
  /** The photo's id: random, it says nothing of the listing or the file. */
  id: Scalars['ID']['output'];
  /** A link that shows the photo until `urlExpiresAt` (a presigned link: read the listing again for a new one). */
  url: Scalars['String']['output'];
  /** When `url` stops working. */
  urlExpiresAt: Scalars['DateTime']['output'];
};

/**
 * How to upload one photo from the browser: POST `url` as multipart/form-data with every field of `fields`, in
 * order, then the file as the last field, named `file`. The storage refuses a file of another content type or
 * larger than `maxBytes`, and the form after `expiresAt`. Then attach it with `attachSurplusPhoto(photoId)`.
 */
export type SurplusPhotoUpload = {
  __typename?: 'SurplusPhotoUpload';
  /** When the form stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The form's fields, in order; the file goes after them. */
  fields: Array<UploadFormField>;
  /** The largest file accepted, in bytes (5 MiB). */
  maxBytes: Scalars['Int']['output'];
  /** The photo's id, to attach it by once uploaded. */
  photoId: Scalars['ID']['output'];
  /** Where to POST the form. */
  url: Scalars['String']['output'];
};

/** An organisation's request for a listing's items, and what was allocated to it. */
export type SurplusRequest = {
  __typename?: 'SurplusRequest';
  /** When the items were allocated; null until then. */
  allocatedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the calling user may do to it today: a step listed is accepted by its mutation (given valid input and the current version; an allocation of no more than `quantityLeft` of the listing), a step not listed is refused. */
  allowedActions: Array<SurplusRequestAction>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Changes to it, newest first; the requesting and the listing organisations' members only (FORBIDDEN otherwise). */
  history: Maybe<AuditEventConnection>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** What the items will be used for. */
  intendedUse: Scalars['String']['output'];
  /** The listing asked from; null when the caller may not see it any more. */
  listing: Maybe<SurplusListing>;
  /** The requesting organisation. */
  organisation: Maybe<Organisation>;
  /** How many it asked for. */
  quantity: Scalars['Int']['output'];
  /** How many were allocated (kept after collection or a no-show, for the record). */
  quantityAllocated: Scalars['Int']['output'];
  /** How many were collected. */
  quantityCollected: Scalars['Int']['output'];
  /** Where it stands. */
  status: SurplusRequestStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** An organisation's request for a listing's items, and what was allocated to it. */
export type SurplusRequestHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A step on a request, named as the mutation that takes it. */
export type SurplusRequestAction =
  /** Allocate some or all of it (the listing organisation's editors; a pending request whose listing lives with items left). */
  | 'allocateSurplusRequest'
  /** Confirm the group collected its allocation (either organisation's editors; an allocated request). */
  | 'confirmSurplusCollection'
  /** Decline it (the listing organisation's editors; a pending request). */
  | 'declineSurplusRequest'
  /** Record that the group did not collect (the listing organisation's editors; an allocated request). */
  | 'markSurplusNoShow'
  /** Withdraw it (the requesting organisation's editors; a pending or allocated request). */
  | 'withdrawSurplusRequest';

/** A page of requests. */
export type SurplusRequestConnection = {
  __typename?: 'SurplusRequestConnection';
  /** The requests on this page. */
  edges: Array<SurplusRequestEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A request and its cursor. */
export type SurplusRequestEdge = {
  __typename?: 'SurplusRequestEdge';
  /** Pass as `after` to continue after this request. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: SurplusRequest;
};

/** Where a request stands. */
export type SurplusRequestStatus =
  /** Items are reserved for the group, to collect. */
  | 'ALLOCATED'
  /** The group collected its items. */
  | 'COLLECTED'
  /** The lister declined the request. */
  | 'DECLINED'
  /** The group did not collect; its items returned to the listing. */
  | 'NO_SHOW'
  /** Waiting for the lister. */
  | 'PENDING'
  /** The group withdrew the request; items allocated to it returned to the listing. */
  | 'WITHDRAWN';

/**
 * One category's conversion factors for the reuse estimates. Null where no published figure was found: no
 * estimate is made for that category then.
 */
export type SurplusReuseFactor = {
  __typename?: 'SurplusReuseFactor';
  /** The item the figures are for (e.g. an office chair). */
  basis: Maybe<Scalars['String']['output']>;
  /** The category. */
  category: SurplusCategory;
  /** Greenhouse gas emissions avoided per kilogram reused directly, in kilograms CO2e. */
  kgCo2eAvoidedPerKg: Maybe<Scalars['Float']['output']>;
  /** The typical weight of one item, in kilograms. */
  kgPerItem: Maybe<Scalars['Float']['output']>;
  /** Where the figures come from. */
  source: Maybe<SurplusReuseFactorSource>;
};

/** A published document a conversion factor comes from. */
export type SurplusReuseFactorSource = {
  __typename?: 'SurplusReuseFactorSource';
  /** The figures of it that were used, as it states them. */
  figures: Scalars['String']['output'];
  /** When: YYYY-MM, or YYYY when only the year is known. */
  published: Scalars['String']['output'];
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
  /** Where it is published. */
  url: Scalars['String']['output'];
};

/** A council's settings for surplus listings in its area. */
export type SurplusSettings = {
  __typename?: 'SurplusSettings';
  /** How new listings in the area are allocated. */
  allocationRule: SurplusAllocationRule;
  /** The council's GSS code. */
  councilCode: Scalars['String']['output'];
  /** 0 until the council first saves its settings; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** How the owner holds the building. */
export type Tenure = {
  __typename?: 'Tenure';
  /** Detail as published: occupied by the council, ground lease, licence, vacant... */
  detail: Maybe<Scalars['String']['output']>;
  /** Freehold or leasehold. */
  type: TenureType;
};

/** How the owner holds the building. */
export type TenureInput = {
  /** Detail as published (up to 200 characters). */
  detail?: InputMaybe<Scalars['String']['input']>;
  /** Freehold or leasehold. */
  type: TenureType;
};

/** Freehold or leasehold, as the Transparency Code asks councils to publish. */
export type TenureType =
  /** The owner holds the freehold. */
  | 'FREEHOLD'
  /** The owner holds a lease. */
  | 'LEASEHOLD';

/** Why a nomination was unsuccessful. */
export type UnsuccessfulGround =
  /** It is a caravan site (Schedule 1). */
  | 'CARAVAN_SITE'
  /** The nomination lacked what reg 6 requires. */
  | 'NOMINATION_INCOMPLETE'
  /** The land does not further the social wellbeing or interests of the local community. */
  | 'NOT_OF_COMMUNITY_VALUE'
  /** It is operational land of a statutory undertaker (Schedule 1). */
  | 'OPERATIONAL_LAND'
  /** Another ground, given in the reasons. */
  | 'OTHER'
  /** It is a residence, or land with one (Schedule 1). */
  | 'RESIDENCE';

/** Changes to a building. Omitted fields stay as they are; a field given as null is cleared. */
export type UpdateBuildingInput = {
  /** Accessibility features it offers (replaces the list). */
  accessibilityFeatures?: InputMaybe<Array<AccessibilityFeature>>;
  /** Its address (replaces it). */
  address?: InputMaybe<AddressInput>;
  /** The owner's own reference. */
  assetReference?: InputMaybe<Scalars['String']['input']>;
  /** What it is used as. */
  category?: InputMaybe<BuildingCategory>;
  /** GSS code of the council area it is in. */
  councilCode?: InputMaybe<Scalars['String']['input']>;
  /** A description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Gross internal floor area in square metres. */
  floorAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Where it is. */
  location?: InputMaybe<GeoPointInput>;
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The owner's name when the owner is not in the register. */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it stands. */
  status?: InputMaybe<BuildingStatus>;
  /** How the owner holds it. */
  tenure?: InputMaybe<TenureInput>;
  /** Its UPRN. */
  uprn?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it. */
  visibility?: InputMaybe<Visibility>;
};

/**
 * Your settings to save. Your email is not given here: it is taken from your sign-in, which must have a verified
 * email address.
 */
export type UpdateMyNotificationSettingsInput = {
  /** Choices for some event types (at most one per event type); event types left out keep their choice. */
  choices: Array<NotificationChoiceInput>;
};

/** Changes to an organisation. Omitted fields stay as they are; `kind` and `gssCode` never change. */
export type UpdateOrganisationInput = {
  /** Charity number (CHARITY and CIO). */
  charityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Companies House number. */
  companyNumber?: InputMaybe<Scalars['String']['input']>;
  /** Private contact details (replaces them). */
  contact?: InputMaybe<OrganisationContactInput>;
  /** The council areas it works in (replaces the list). */
  councilAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Number of individual members (UNINCORPORATED_GROUP). */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its name (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The ONS code of its parish (PARISH_COUNCIL), E04 and six digits. */
  parishCode?: InputMaybe<Scalars['String']['input']>;
  /** Which part of the public sector (PUBLIC_BODY). */
  publicBodyType?: InputMaybe<PublicBodyType>;
  /** Its website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation's settings to save. */
export type UpdateOrganisationNotificationSettingsInput = {
  /** Rules for some event types (at most one per event type); event types left out keep their rule. */
  rules: Array<NotificationRoleRuleInput>;
};

/** Changes to an offer; omitted fields stay as they are. Its building copy (address, location) is refreshed. */
export type UpdateSpaceOfferInput = {
  /** Accessibility features (replaces the list). */
  accessibilityFeatures?: InputMaybe<Array<AccessibilityFeature>>;
  /** When it is available (replaces it). */
  availability?: InputMaybe<SpaceAvailabilityInput>;
  /** People it holds. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Private contact details (replaces them). */
  contact?: InputMaybe<SpaceOfferContactInput>;
  /** Who sees `monthlyCost`. */
  costVisibility?: InputMaybe<CostVisibility>;
  /** A description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Kinds of organisation that may apply (replaces the list). */
  eligibleOrganisationKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Facilities (replaces the list). */
  facilities?: InputMaybe<Array<Facility>>;
  /** Floor area in square metres. */
  floorAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Indicative cost a month in pounds. */
  monthlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** The kind of space. */
  spaceKind?: InputMaybe<SpaceKind>;
  /** DRAFT, OPEN or WITHDRAWN (withdrawing closes the open expressions of interest). */
  status?: InputMaybe<EditableSpaceOfferStatus>;
  /** On what terms. */
  terms?: InputMaybe<SpaceTerms>;
  /** A short title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a listing: omitted fields stay as they are; the category and the building cannot change. */
export type UpdateSurplusListingInput = {
  /** The last day: not before `availableFrom` nor today; null lists until every item is allocated. Items allocated and not yet collected can still be collected after it. */
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  /** How to collect them (replaces the arrangements). */
  collection?: InputMaybe<SurplusCollectionInput>;
  /** Their condition. */
  condition?: InputMaybe<SurplusItemCondition>;
  /** What they are; at most 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Their size; at most 200 characters; null clears it. */
  dimensions?: InputMaybe<Scalars['String']['input']>;
  /** True when the group must collect. */
  mustCollect?: InputMaybe<Scalars['Boolean']['input']>;
  /** How many: 1 to 10000, and not fewer than are allocated or collected (BAD_USER_INPUT on `input.quantity`). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a webhook endpoint; a field left out stays as it is. */
export type UpdateWebhookEndpointInput = {
  /** A new description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** false disables the endpoint; true enables it again (a disabled endpoint's failures start over). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events to receive from now on: at least one. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** A new URL, checked as at registration. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One field of an upload form: send it, by this name and with this value, before the file. */
export type UploadFormField = {
  __typename?: 'UploadFormField';
  /** The field's name. */
  name: Scalars['String']['output'];
  /** Its value. */
  value: Scalars['String']['output'];
};

/** Who may see a building. */
export type Visibility =
  /** Members of verified organisations, the owner's members and the area's council officers. */
  | 'PARTNERS'
  /** Anyone, signed in or not. */
  | 'PUBLIC';

/**
 * A partner's HTTPS endpoint that receives the register's events, each delivery signed as the Standard Webhooks
 * specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the endpoint's
 * secret). Seen and managed by the organisation's admins only.
 */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When the endpoint was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The admin's note of what the endpoint is for. */
  description: Maybe<Scalars['String']['output']>;
  /** Why the endpoint is disabled, when it is. */
  disabledReason: Maybe<Scalars['String']['output']>;
  /** The events the endpoint receives, each once. */
  eventTypes: Array<WebhookEventType>;
  /** The endpoint's id. */
  id: Scalars['ID']['output'];
  /** The organisation whose events the endpoint receives. */
  organisationId: Scalars['ID']['output'];
  /** When the newest secret was made. */
  secretCreatedAt: Scalars['DateTime']['output'];
  /** How many secrets sign each delivery now: 2 for a day after a rotation (old and new), else 1. */
  signingSecretCount: Scalars['Int']['output'];
  /** ACTIVE receives events; DISABLED (by its admin, or after a delivery failed for more than 24 hours) receives none. */
  status: WebhookEndpointStatus;
  /** When the endpoint last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are posted: https, to a public address (private, loopback, link-local and metadata addresses are refused, when registered and at every delivery). */
  url: Scalars['String']['output'];
  /** The record's version: pass it as expectedVersion to change the endpoint. */
  version: Scalars['Int']['output'];
};

/** A page of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints on this page. */
  edges: Array<WebhookEndpointEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A webhook endpoint in a list. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Pass as `after` to continue after this endpoint. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

/** Whether an endpoint receives events. */
export type WebhookEndpointStatus =
  /** Receives the events it subscribes to. */
  | 'ACTIVE'
  /** Receives none: disabled by its admin, or after a delivery failed for more than 24 hours. */
  | 'DISABLED';

/**
 * An endpoint with its new signing secret, which is shown here once and never again: store it where the receiver
 * can read it.
 */
export type WebhookEndpointWithSecret = {
  __typename?: 'WebhookEndpointWithSecret';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The signing secret (`whsec_` and base64), for the receiver's Standard Webhooks verification. */
  secret: Scalars['String']['output'];
};

/**
 * The register's events a webhook endpoint may receive. The payload's `type` is the dotted form of the name in
 * lower case (ACV_ENTRY_LISTED is `acv.entry.listed`).
 */
export type WebhookEventType =
  /** A community interest group asked to be treated as a potential bidder (s.98). */
  | 'ACV_BID_REQUESTED'
  /** An asset was entered in the list of assets of community value (Localism Act 2011 s.91). */
  | 'ACV_ENTRY_LISTED'
  /** An asset was removed from the list (s.91). */
  | 'ACV_ENTRY_REMOVED'
  /** An owner's notice of intended disposal started a moratorium (s.97). */
  | 'ACV_MORATORIUM_STARTED'
  /** A nomination was received (SI 2012/2421 reg 8 information to the owner and others). */
  | 'ACV_NOMINATION_RECEIVED'
  /** A nomination was unsuccessful (s.90). */
  | 'ACV_NOMINATION_UNSUCCESSFUL'
  /** The review of a listing was decided (s.92). */
  | 'ACV_REVIEW_DECIDED'
  /** An expression of interest was accepted. */
  | 'COLOCATION_INTEREST_ACCEPTED'
  /** An organisation expressed interest in an offer of space. */
  | 'COLOCATION_INTEREST_EXPRESSED'
  /** An expression of interest was answered or replied to. */
  | 'COLOCATION_INTEREST_REPLIED'
  /** An offer of space was marked taken. */
  | 'COLOCATION_OFFER_TAKEN'
  /** A person was invited to join the organisation. */
  | 'ORGANISATION_INVITATION_SENT'
  /** A reminder fell due (a decision, a review, a moratorium's end, a listing's expiry). */
  | 'REMINDER_DUE'
  /** Surplus items were listed for reuse. */
  | 'SURPLUS_LISTING_CREATED'
  /** Surplus items were allocated to an organisation's request. */
  | 'SURPLUS_REQUEST_ALLOCATED'
  /** An organisation withdrew its request for surplus items (the lister is told; allocated items return to the listing). */
  | 'SURPLUS_REQUEST_WITHDRAWN'
  /** One of the organisation's webhook endpoints was disabled after a delivery failed for more than 24 hours (its admins are emailed too). */
  | 'WEBHOOK_ENDPOINT_DISABLED';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Hours on one day of the week (24-hour `HH:MM`, UK local time). */
export type WeeklySlot = {
  __typename?: 'WeeklySlot';
  /** Until, e.g. `17:30`. */
  closes: Scalars['String']['output'];
  /** The day. */
  day: Weekday;
  /** From, e.g. `09:00`. */
  opens: Scalars['String']['output'];
};

/** Hours on one day of the week. */
export type WeeklySlotInput = {
  /** Until, 24-hour `HH:MM`, after opens. */
  closes: Scalars['String']['input'];
  /** The day (each day at most once). */
  day: Weekday;
  /** From, 24-hour `HH:MM`. */
  opens: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessibilityFeature: AccessibilityFeature;
  AcvAction: AcvAction;
  AcvAppeal: ResolverTypeWrapper<AcvAppeal>;
  AcvBidRequest: ResolverTypeWrapper<AcvBidRequestRecord>;
  AcvCompensationClaim: ResolverTypeWrapper<AcvCompensationClaim>;
  AcvDecision: ResolverTypeWrapper<AcvDecision>;
  AcvDisposal: ResolverTypeWrapper<AcvDisposal>;
  AcvEligibilityCheck: ResolverTypeWrapper<AcvEligibilityCheck>;
  AcvEligibilityRule: AcvEligibilityRule;
  AcvEntry: ResolverTypeWrapper<AcvEntryRecord>;
  AcvEntryConnection: ResolverTypeWrapper<Omit<AcvEntryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['AcvEntryEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  AcvEntryEdge: ResolverTypeWrapper<Omit<AcvEntryEdge, 'node'> & { node: ResolversTypes['AcvEntry'] }>;
  AcvExemptDisposalNotice: ResolverTypeWrapper<AcvExemptDisposalNotice>;
  AcvImportRowResult: ResolverTypeWrapper<AcvImportRowResult>;
  AcvImportWarning: ResolverTypeWrapper<AcvImportWarning>;
  AcvImportWarningCode: AcvImportWarningCode;
  AcvInterest: ResolverTypeWrapper<AcvInterest>;
  AcvInterestInput: AcvInterestInput;
  AcvInterestKind: AcvInterestKind;
  AcvListingRegistration: ResolverTypeWrapper<AcvListingRegistration>;
  AcvMoratorium: ResolverTypeWrapper<AcvMoratoriumRecord>;
  AcvNotice: ResolverTypeWrapper<AcvNoticeRecord>;
  AcvNoticeConnection: ResolverTypeWrapper<Omit<AcvNoticeConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['AcvNoticeEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  AcvNoticeEdge: ResolverTypeWrapper<Omit<AcvNoticeEdge, 'node'> & { node: ResolversTypes['AcvNotice'] }>;
  AcvNoticeKind: AcvNoticeKind;
  AcvNoticeRecipientRole: AcvNoticeRecipientRole;
  AcvOwnerInput: AcvOwnerInput;
  AcvParty: ResolverTypeWrapper<AcvPartyRecord>;
  AcvRegisterRowInput: AcvRegisterRowInput;
  AcvRemoval: ResolverTypeWrapper<AcvRemoval>;
  AcvReview: ResolverTypeWrapper<AcvReview>;
  AcvSettings: ResolverTypeWrapper<AcvSettingsRecord>;
  AcvSettingsInput: AcvSettingsInput;
  AcvSite: ResolverTypeWrapper<AcvSiteRecord>;
  AcvSiteInput: AcvSiteInput;
  AcvState: AcvState;
  AcvSurplusStatement: ResolverTypeWrapper<AcvSurplusStatement>;
  AcvSurplusStatementInput: AcvSurplusStatementInput;
  AcvTask: ResolverTypeWrapper<AcvTaskRecord>;
  AcvTaskConnection: ResolverTypeWrapper<Omit<AcvTaskConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['AcvTaskEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  AcvTaskEdge: ResolverTypeWrapper<Omit<AcvTaskEdge, 'node'> & { node: ResolversTypes['AcvTask'] }>;
  AcvTaskKind: AcvTaskKind;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AppealOutcome: AppealOutcome;
  AuditAction: AuditAction;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['AuditEventEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Building: ResolverTypeWrapper<BuildingRecord>;
  BuildingCategory: BuildingCategory;
  BuildingConnection: ResolverTypeWrapper<Omit<BuildingConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['BuildingEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  BuildingEdge: ResolverTypeWrapper<Omit<BuildingEdge, 'node'> & { node: ResolversTypes['Building'] }>;
  BuildingStatus: BuildingStatus;
  CompensationDecision: CompensationDecision;
  CompensationOutcome: CompensationOutcome;
  CostVisibility: CostVisibility;
  CreateBuildingInput: CreateBuildingInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateSurplusListingInput: CreateSurplusListingInput;
  DataQualityCode: DataQualityCode;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideCompensationClaimInput: DecideCompensationClaimInput;
  DecideListingReviewInput: DecideListingReviewInput;
  DecideNominationInput: DecideNominationInput;
  EditableSpaceOfferStatus: EditableSpaceOfferStatus;
  ErrorCode: ErrorCode;
  ExemptDisposalCategory: ExemptDisposalCategory;
  ExpressInterestInput: ExpressInterestInput;
  Facility: Facility;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAcvEntriesInput: ImportAcvEntriesInput;
  ImportAcvEntriesResult: ResolverTypeWrapper<ImportAcvEntriesResult>;
  ImportAssetRowInput: ImportAssetRowInput;
  ImportAssetsInput: ImportAssetsInput;
  ImportAssetsResult: ResolverTypeWrapper<ImportAssetsResult>;
  ImportFieldRepairInput: ImportFieldRepairInput;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterestEvent: InterestEvent;
  InterestMessage: ResolverTypeWrapper<InterestMessageRecord>;
  InterestResponse: InterestResponse;
  InterestStatus: InterestStatus;
  Invite: ResolverTypeWrapper<InviteRecord>;
  ListBuildingSurplusInput: ListBuildingSurplusInput;
  ListBuildingSurplusPayload: ResolverTypeWrapper<Omit<ListBuildingSurplusPayload, 'building' | 'listings'> & { building: ResolversTypes['Building'], listings: Array<ResolversTypes['SurplusListing']> }>;
  ListingException: ListingException;
  ListingExceptionNotApplying: ResolverTypeWrapper<ListingExceptionNotApplying>;
  ListingExceptionNotApplyingInput: ListingExceptionNotApplyingInput;
  ListingExpiryConvention: ListingExpiryConvention;
  MatchCriterion: MatchCriterion;
  MatchCriterionScore: ResolverTypeWrapper<MatchCriterionScore>;
  MatchOutcome: MatchOutcome;
  Me: ResolverTypeWrapper<UserActorRecord>;
  MemberRole: MemberRole;
  Membership: ResolverTypeWrapper<MembershipRecord>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['MembershipEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyNotificationSettings: ResolverTypeWrapper<UserNotificationSettingsRecord>;
  NominateAssetInput: NominateAssetInput;
  NominationOutcome: NominationOutcome;
  NoticeDelivery: ResolverTypeWrapper<NoticeDeliveryRecord>;
  NoticeDeliveryChannel: NoticeDeliveryChannel;
  NoticeDeliveryState: NoticeDeliveryState;
  NotificationChoice: ResolverTypeWrapper<NotificationChoice>;
  NotificationChoiceInput: NotificationChoiceInput;
  NotificationDelivery: NotificationDelivery;
  NotificationRoleRule: ResolverTypeWrapper<NotificationRoleRule>;
  NotificationRoleRuleInput: NotificationRoleRuleInput;
  OfferSpaceInput: OfferSpaceInput;
  Organisation: ResolverTypeWrapper<OrganisationRecord>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['OrganisationEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  OrganisationContact: ResolverTypeWrapper<OrganisationContact>;
  OrganisationContactInput: OrganisationContactInput;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  OrganisationNotificationSettings: ResolverTypeWrapper<OrganisationNotificationSettingsRecord>;
  PageInfo: ResolverTypeWrapper<PageInfoRecord>;
  PostSpaceNeedInput: PostSpaceNeedInput;
  PublicBodyType: PublicBodyType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAppealInput: RecordAppealInput;
  RecordCompensationClaimInput: RecordCompensationClaimInput;
  RecordDisposalInput: RecordDisposalInput;
  RecordDisposalNoticeInput: RecordDisposalNoticeInput;
  RecordListingRegistrationInput: RecordListingRegistrationInput;
  RecordType: RecordType;
  RegisterChange: ResolverTypeWrapper<RegisterChangeRecord>;
  RegisterChangeConnection: ResolverTypeWrapper<Omit<RegisterChangeConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['RegisterChangeEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  RegisterChangeEdge: ResolverTypeWrapper<Omit<RegisterChangeEdge, 'node'> & { node: ResolversTypes['RegisterChange'] }>;
  RegisterChangeKind: RegisterChangeKind;
  RegisterChangeRecordType: RegisterChangeRecordType;
  RegisterWebhookEndpointInput: RegisterWebhookEndpointInput;
  RemovalReason: RemovalReason;
  RemoveListingInput: RemoveListingInput;
  RequestSurplusItemsInput: RequestSurplusItemsInput;
  RequestToBidInput: RequestToBidInput;
  ReviewOutcome: ReviewOutcome;
  SearchCentre: ResolverTypeWrapper<SearchCentre>;
  SearchCentreSource: SearchCentreSource;
  SpaceAvailability: ResolverTypeWrapper<SpaceAvailability>;
  SpaceAvailabilityInput: SpaceAvailabilityInput;
  SpaceInterest: ResolverTypeWrapper<SpaceInterestRecord>;
  SpaceInterestAction: SpaceInterestAction;
  SpaceInterestConnection: ResolverTypeWrapper<Omit<SpaceInterestConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SpaceInterestEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SpaceInterestEdge: ResolverTypeWrapper<Omit<SpaceInterestEdge, 'node'> & { node: ResolversTypes['SpaceInterest'] }>;
  SpaceKind: SpaceKind;
  SpaceMatch: ResolverTypeWrapper<SpaceMatchRecord>;
  SpaceMatchConnection: ResolverTypeWrapper<Omit<SpaceMatchConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SpaceMatchEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SpaceMatchEdge: ResolverTypeWrapper<Omit<SpaceMatchEdge, 'node'> & { node: ResolversTypes['SpaceMatch'] }>;
  SpaceNeed: ResolverTypeWrapper<SpaceNeedRecord>;
  SpaceNeedAction: SpaceNeedAction;
  SpaceNeedConnection: ResolverTypeWrapper<Omit<SpaceNeedConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SpaceNeedEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SpaceNeedEdge: ResolverTypeWrapper<Omit<SpaceNeedEdge, 'node'> & { node: ResolversTypes['SpaceNeed'] }>;
  SpaceNeedStatus: SpaceNeedStatus;
  SpaceOffer: ResolverTypeWrapper<SpaceOfferRecord>;
  SpaceOfferAction: SpaceOfferAction;
  SpaceOfferConnection: ResolverTypeWrapper<Omit<SpaceOfferConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SpaceOfferEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SpaceOfferContact: ResolverTypeWrapper<SpaceOfferContact>;
  SpaceOfferContactInput: SpaceOfferContactInput;
  SpaceOfferEdge: ResolverTypeWrapper<Omit<SpaceOfferEdge, 'node'> & { node: ResolversTypes['SpaceOffer'] }>;
  SpaceOfferNearConnection: ResolverTypeWrapper<Omit<SpaceOfferNearConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SpaceOfferNearEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SpaceOfferNearEdge: ResolverTypeWrapper<Omit<SpaceOfferNearEdge, 'node'> & { node: ResolversTypes['SpaceOffer'] }>;
  SpaceOfferSearchFilter: SpaceOfferSearchFilter;
  SpaceOfferStatus: SpaceOfferStatus;
  SpaceTerms: SpaceTerms;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SurplusAllocationRule: SurplusAllocationRule;
  SurplusCategory: SurplusCategory;
  SurplusCategoryReuse: ResolverTypeWrapper<SurplusCategoryReuse>;
  SurplusCollection: ResolverTypeWrapper<SurplusCollectionRecord>;
  SurplusCollectionInput: SurplusCollectionInput;
  SurplusImpact: ResolverTypeWrapper<SurplusImpactRecord>;
  SurplusItemCondition: SurplusItemCondition;
  SurplusItemsInput: SurplusItemsInput;
  SurplusListing: ResolverTypeWrapper<SurplusListingRecord>;
  SurplusListingAction: SurplusListingAction;
  SurplusListingConnection: ResolverTypeWrapper<Omit<SurplusListingConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SurplusListingEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SurplusListingEdge: ResolverTypeWrapper<Omit<SurplusListingEdge, 'node'> & { node: ResolversTypes['SurplusListing'] }>;
  SurplusListingNearConnection: ResolverTypeWrapper<Omit<SurplusListingNearConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SurplusListingNearEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SurplusListingNearEdge: ResolverTypeWrapper<Omit<SurplusListingNearEdge, 'node'> & { node: ResolversTypes['SurplusListing'] }>;
  SurplusListingSearchFilter: SurplusListingSearchFilter;
  SurplusListingState: SurplusListingState;
  SurplusPhoto: ResolverTypeWrapper<SurplusPhoto>;
  SurplusPhotoUpload: ResolverTypeWrapper<SurplusPhotoUpload>;
  SurplusRequest: ResolverTypeWrapper<SurplusRequestRecord>;
  SurplusRequestAction: SurplusRequestAction;
  SurplusRequestConnection: ResolverTypeWrapper<Omit<SurplusRequestConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SurplusRequestEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SurplusRequestEdge: ResolverTypeWrapper<Omit<SurplusRequestEdge, 'node'> & { node: ResolversTypes['SurplusRequest'] }>;
  SurplusRequestStatus: SurplusRequestStatus;
  SurplusReuseFactor: ResolverTypeWrapper<SurplusReuseFactor>;
  SurplusReuseFactorSource: ResolverTypeWrapper<SurplusReuseFactorSource>;
  SurplusSettings: ResolverTypeWrapper<SurplusSettingsRecord>;
  Tenure: ResolverTypeWrapper<Tenure>;
  TenureInput: TenureInput;
  TenureType: TenureType;
  UnsuccessfulGround: UnsuccessfulGround;
  UpdateBuildingInput: UpdateBuildingInput;
  UpdateMyNotificationSettingsInput: UpdateMyNotificationSettingsInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationNotificationSettingsInput: UpdateOrganisationNotificationSettingsInput;
  UpdateSpaceOfferInput: UpdateSpaceOfferInput;
  UpdateSurplusListingInput: UpdateSurplusListingInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UploadFormField: ResolverTypeWrapper<UploadFormField>;
  Visibility: Visibility;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRecord>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEndpointStatus: WebhookEndpointStatus;
  WebhookEndpointWithSecret: ResolverTypeWrapper<Omit<WebhookEndpointWithSecret, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEventType: WebhookEventType;
  Weekday: Weekday;
  WeeklySlot: ResolverTypeWrapper<WeeklySlot>;
  WeeklySlotInput: WeeklySlotInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcvAppeal: AcvAppeal;
  AcvBidRequest: AcvBidRequestRecord;
  AcvCompensationClaim: AcvCompensationClaim;
  AcvDecision: AcvDecision;
  AcvDisposal: AcvDisposal;
  AcvEligibilityCheck: AcvEligibilityCheck;
  AcvEntry: AcvEntryRecord;
  AcvEntryConnection: Omit<AcvEntryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['AcvEntryEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  AcvEntryEdge: Omit<AcvEntryEdge, 'node'> & { node: ResolversParentTypes['AcvEntry'] };
  AcvExemptDisposalNotice: AcvExemptDisposalNotice;
  AcvImportRowResult: AcvImportRowResult;
  AcvImportWarning: AcvImportWarning;
  AcvInterest: AcvInterest;
  AcvInterestInput: AcvInterestInput;
  AcvListingRegistration: AcvListingRegistration;
  AcvMoratorium: AcvMoratoriumRecord;
  AcvNotice: AcvNoticeRecord;
  AcvNoticeConnection: Omit<AcvNoticeConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['AcvNoticeEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  AcvNoticeEdge: Omit<AcvNoticeEdge, 'node'> & { node: ResolversParentTypes['AcvNotice'] };
  AcvOwnerInput: AcvOwnerInput;
  AcvParty: AcvPartyRecord;
  AcvRegisterRowInput: AcvRegisterRowInput;
  AcvRemoval: AcvRemoval;
  AcvReview: AcvReview;
  AcvSettings: AcvSettingsRecord;
  AcvSettingsInput: AcvSettingsInput;
  AcvSite: AcvSiteRecord;
  AcvSiteInput: AcvSiteInput;
  AcvSurplusStatement: AcvSurplusStatement;
  AcvSurplusStatementInput: AcvSurplusStatementInput;
  AcvTask: AcvTaskRecord;
  AcvTaskConnection: Omit<AcvTaskConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['AcvTaskEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  AcvTaskEdge: Omit<AcvTaskEdge, 'node'> & { node: ResolversParentTypes['AcvTask'] };
  Address: Address;
  AddressInput: AddressInput;
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  Boolean: Scalars['Boolean']['output'];
  Building: BuildingRecord;
  BuildingConnection: Omit<BuildingConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['BuildingEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  BuildingEdge: Omit<BuildingEdge, 'node'> & { node: ResolversParentTypes['Building'] };
  CreateBuildingInput: CreateBuildingInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateSurplusListingInput: CreateSurplusListingInput;
  DataQualityIssue: DataQualityIssue;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideCompensationClaimInput: DecideCompensationClaimInput;
  DecideListingReviewInput: DecideListingReviewInput;
  DecideNominationInput: DecideNominationInput;
  ExpressInterestInput: ExpressInterestInput;
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  ID: Scalars['ID']['output'];
  ImportAcvEntriesInput: ImportAcvEntriesInput;
  ImportAcvEntriesResult: ImportAcvEntriesResult;
  ImportAssetRowInput: ImportAssetRowInput;
  ImportAssetsInput: ImportAssetsInput;
  ImportAssetsResult: ImportAssetsResult;
  ImportFieldRepairInput: ImportFieldRepairInput;
  ImportProblem: ImportProblem;
  ImportRowResult: ImportRowResult;
  Int: Scalars['Int']['output'];
  InterestMessage: InterestMessageRecord;
  Invite: InviteRecord;
  ListBuildingSurplusInput: ListBuildingSurplusInput;
  ListBuildingSurplusPayload: Omit<ListBuildingSurplusPayload, 'building' | 'listings'> & { building: ResolversParentTypes['Building'], listings: Array<ResolversParentTypes['SurplusListing']> };
  ListingExceptionNotApplying: ListingExceptionNotApplying;
  ListingExceptionNotApplyingInput: ListingExceptionNotApplyingInput;
  MatchCriterionScore: MatchCriterionScore;
  Me: UserActorRecord;
  Membership: MembershipRecord;
  MembershipConnection: Omit<MembershipConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['MembershipEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  MyNotificationSettings: UserNotificationSettingsRecord;
  NominateAssetInput: NominateAssetInput;
  NoticeDelivery: NoticeDeliveryRecord;
  NotificationChoice: NotificationChoice;
  NotificationChoiceInput: NotificationChoiceInput;
  NotificationRoleRule: NotificationRoleRule;
  NotificationRoleRuleInput: NotificationRoleRuleInput;
  OfferSpaceInput: OfferSpaceInput;
  Organisation: OrganisationRecord;
  OrganisationConnection: Omit<OrganisationConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['OrganisationEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  OrganisationContact: OrganisationContact;
  OrganisationContactInput: OrganisationContactInput;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationNotificationSettings: OrganisationNotificationSettingsRecord;
  PageInfo: PageInfoRecord;
  PostSpaceNeedInput: PostSpaceNeedInput;
  Query: Record<PropertyKey, never>;
  RecordAppealInput: RecordAppealInput;
  RecordCompensationClaimInput: RecordCompensationClaimInput;
  RecordDisposalInput: RecordDisposalInput;
  RecordDisposalNoticeInput: RecordDisposalNoticeInput;
  RecordListingRegistrationInput: RecordListingRegistrationInput;
  RegisterChange: RegisterChangeRecord;
  RegisterChangeConnection: Omit<RegisterChangeConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['RegisterChangeEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  RegisterChangeEdge: Omit<RegisterChangeEdge, 'node'> & { node: ResolversParentTypes['RegisterChange'] };
  RegisterWebhookEndpointInput: RegisterWebhookEndpointInput;
  RemoveListingInput: RemoveListingInput;
  RequestSurplusItemsInput: RequestSurplusItemsInput;
  RequestToBidInput: RequestToBidInput;
  SearchCentre: SearchCentre;
  SpaceAvailability: SpaceAvailability;
  SpaceAvailabilityInput: SpaceAvailabilityInput;
  SpaceInterest: SpaceInterestRecord;
  SpaceInterestConnection: Omit<SpaceInterestConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SpaceInterestEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SpaceInterestEdge: Omit<SpaceInterestEdge, 'node'> & { node: ResolversParentTypes['SpaceInterest'] };
  SpaceMatch: SpaceMatchRecord;
  SpaceMatchConnection: Omit<SpaceMatchConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SpaceMatchEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SpaceMatchEdge: Omit<SpaceMatchEdge, 'node'> & { node: ResolversParentTypes['SpaceMatch'] };
  SpaceNeed: SpaceNeedRecord;
  SpaceNeedConnection: Omit<SpaceNeedConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SpaceNeedEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SpaceNeedEdge: Omit<SpaceNeedEdge, 'node'> & { node: ResolversParentTypes['SpaceNeed'] };
  SpaceOffer: SpaceOfferRecord;
  SpaceOfferConnection: Omit<SpaceOfferConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SpaceOfferEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SpaceOfferContact: SpaceOfferContact;
  SpaceOfferContactInput: SpaceOfferContactInput;
  SpaceOfferEdge: Omit<SpaceOfferEdge, 'node'> & { node: ResolversParentTypes['SpaceOffer'] };
  SpaceOfferNearConnection: Omit<SpaceOfferNearConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SpaceOfferNearEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SpaceOfferNearEdge: Omit<SpaceOfferNearEdge, 'node'> & { node: ResolversParentTypes['SpaceOffer'] };
  SpaceOfferSearchFilter: SpaceOfferSearchFilter;
  String: Scalars['String']['output'];
  SurplusCategoryReuse: SurplusCategoryReuse;
  SurplusCollection: SurplusCollectionRecord;
  SurplusCollectionInput: SurplusCollectionInput;
  SurplusImpact: SurplusImpactRecord;
  SurplusItemsInput: SurplusItemsInput;
  SurplusListing: SurplusListingRecord;
  SurplusListingConnection: Omit<SurplusListingConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SurplusListingEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SurplusListingEdge: Omit<SurplusListingEdge, 'node'> & { node: ResolversParentTypes['SurplusListing'] };
  SurplusListingNearConnection: Omit<SurplusListingNearConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SurplusListingNearEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SurplusListingNearEdge: Omit<SurplusListingNearEdge, 'node'> & { node: ResolversParentTypes['SurplusListing'] };
  SurplusListingSearchFilter: SurplusListingSearchFilter;
  SurplusPhoto: SurplusPhoto;
  SurplusPhotoUpload: SurplusPhotoUpload;
  SurplusRequest: SurplusRequestRecord;
  SurplusRequestConnection: Omit<SurplusRequestConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SurplusRequestEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SurplusRequestEdge: Omit<SurplusRequestEdge, 'node'> & { node: ResolversParentTypes['SurplusRequest'] };
  SurplusReuseFactor: SurplusReuseFactor;
  SurplusReuseFactorSource: SurplusReuseFactorSource;
  SurplusSettings: SurplusSettingsRecord;
  Tenure: Tenure;
  TenureInput: TenureInput;
  UpdateBuildingInput: UpdateBuildingInput;
  UpdateMyNotificationSettingsInput: UpdateMyNotificationSettingsInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationNotificationSettingsInput: UpdateOrganisationNotificationSettingsInput;
  UpdateSpaceOfferInput: UpdateSpaceOfferInput;
  UpdateSurplusListingInput: UpdateSurplusListingInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UploadFormField: UploadFormField;
  WebhookEndpoint: WebhookEndpointRecord;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  WebhookEndpointWithSecret: Omit<WebhookEndpointWithSecret, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  WeeklySlot: WeeklySlot;
  WeeklySlotInput: WeeklySlotInput;
};

export type AcvAppealResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvAppeal'] = ResolversParentTypes['AcvAppeal']> = {
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lodgedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
};

export type AcvBidRequestResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvBidRequest'] = ResolversParentTypes['AcvBidRequest']> = {
  bidder?: Resolver<ResolversTypes['AcvParty'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AcvCompensationClaimResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvCompensationClaim'] = ResolversParentTypes['AcvCompensationClaim']> = {
  amountAwardedPence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  amountClaimedPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  moratoriumNoticeReceivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CompensationOutcome'], ParentType, ContextType>;
};

export type AcvDecisionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvDecision'] = ResolversParentTypes['AcvDecision']> = {
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exceptionsNotApplying?: Resolver<Array<ResolversTypes['ListingExceptionNotApplying']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  listingExpiryConvention?: Resolver<Maybe<ResolversTypes['ListingExpiryConvention']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['NominationOutcome'], ParentType, ContextType>;
  reasons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unsuccessfulGround?: Resolver<Maybe<ResolversTypes['UnsuccessfulGround']>, ParentType, ContextType>;
};

export type AcvDisposalResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvDisposal'] = ResolversParentTypes['AcvDisposal']> = {
  buyerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disposedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exemptCategory?: Resolver<Maybe<ResolversTypes['ExemptDisposalCategory']>, ParentType, ContextType>;
  toCommunityInterestGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AcvEligibilityCheckResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvEligibilityCheck'] = ResolversParentTypes['AcvEligibilityCheck']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AcvEligibilityRule'], ParentType, ContextType>;
};

export type AcvEntryResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvEntry'] = ResolversParentTypes['AcvEntry']> = {
  allowedActions?: Resolver<Array<ResolversTypes['AcvAction']>, ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['AcvAppeal']>, ParentType, ContextType>;
  appealDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  communityValueReasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  compensationClaims?: Resolver<Maybe<Array<ResolversTypes['AcvCompensationClaim']>>, ParentType, ContextType>;
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentMoratorium?: Resolver<Maybe<ResolversTypes['AcvMoratorium']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['AcvDecision']>, ParentType, ContextType>;
  decisionDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disposals?: Resolver<Array<ResolversTypes['AcvDisposal']>, ParentType, ContextType>;
  eligibility?: Resolver<Array<ResolversTypes['AcvEligibilityCheck']>, ParentType, ContextType>;
  eligibilityEvidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exemptDisposalNotices?: Resolver<Array<ResolversTypes['AcvExemptDisposalNotice']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<AcvEntryHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interests?: Resolver<Maybe<Array<ResolversTypes['AcvInterest']>>, ParentType, ContextType>;
  listingCompensationClaimDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  listingExpiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  moratoria?: Resolver<Array<ResolversTypes['AcvMoratorium']>, ParentType, ContextType>;
  nominatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nominator?: Resolver<ResolversTypes['AcvParty'], ParentType, ContextType>;
  notices?: Resolver<Maybe<ResolversTypes['AcvNoticeConnection']>, ParentType, ContextType, RequireFields<AcvEntryNoticesArgs, 'first'>>;
  occupiersKnown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['AcvParty']>, ParentType, ContextType>;
  registerReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['AcvListingRegistration']>, ParentType, ContextType>;
  removal?: Resolver<Maybe<ResolversTypes['AcvRemoval']>, ParentType, ContextType>;
  renominationOpensOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['AcvReview']>, ParentType, ContextType>;
  reviewDecisionDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewRequestDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['AcvSite'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AcvState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AcvState'], ParentType, ContextType>;
  surplusStatement?: Resolver<Maybe<ResolversTypes['AcvSurplusStatement']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AcvEntryConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvEntryConnection'] = ResolversParentTypes['AcvEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AcvEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AcvEntryEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvEntryEdge'] = ResolversParentTypes['AcvEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType>;
};

export type AcvExemptDisposalNoticeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvExemptDisposalNotice'] = ResolversParentTypes['AcvExemptDisposalNotice']> = {
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exemptCategory?: Resolver<ResolversTypes['ExemptDisposalCategory'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AcvImportRowResultResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvImportRowResult'] = ResolversParentTypes['AcvImportRowResult']> = {
  entryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['AcvState']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AcvState']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['AcvImportWarning']>, ParentType, ContextType>;
};

export type AcvImportWarningResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvImportWarning'] = ResolversParentTypes['AcvImportWarning']> = {
  code?: Resolver<ResolversTypes['AcvImportWarningCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AcvInterestResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvInterest'] = ResolversParentTypes['AcvInterest']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AcvInterestKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AcvListingRegistrationResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvListingRegistration'] = ResolversParentTypes['AcvListingRegistration']> = {
  landRegistryRestrictionAppliedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  landUnregistered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localLandChargeRegisteredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AcvMoratoriumResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvMoratorium'] = ResolversParentTypes['AcvMoratorium']> = {
  bidRequests?: Resolver<Array<ResolversTypes['AcvBidRequest']>, ParentType, ContextType>;
  compensationClaimDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fullMoratoriumEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  interimMoratoriumEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  moratoriumEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  noticeReceivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  protectedPeriodEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AcvNoticeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvNotice'] = ResolversParentTypes['AcvNotice']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['NoticeDelivery']>, ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AcvNoticeKind'], ParentType, ContextType>;
  recipientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recipientRole?: Resolver<ResolversTypes['AcvNoticeRecipientRole'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AcvNoticeConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvNoticeConnection'] = ResolversParentTypes['AcvNoticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AcvNoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AcvNoticeEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvNoticeEdge'] = ResolversParentTypes['AcvNoticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AcvNotice'], ParentType, ContextType>;
};

export type AcvPartyResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvParty'] = ResolversParentTypes['AcvParty']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AcvRemovalResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvRemoval'] = ResolversParentTypes['AcvRemoval']> = {
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RemovalReason'], ParentType, ContextType>;
  removedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AcvReviewResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvReview'] = ResolversParentTypes['AcvReview']> = {
  agreedDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  oralHearingOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReviewOutcome']>, ParentType, ContextType>;
  ownerRepresentations?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AcvSettingsResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvSettings'] = ResolversParentTypes['AcvSettings']> = {
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listingExpiryConvention?: Resolver<ResolversTypes['ListingExpiryConvention'], ParentType, ContextType>;
  neighbouringCouncils?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  neighbouringCouncilsByBoundary?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AcvSiteResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvSite'] = ResolversParentTypes['AcvSite']> = {
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  boundary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  boundaryDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['BuildingCategory']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parishCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uprn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wardCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AcvSurplusStatementResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvSurplusStatement'] = ResolversParentTypes['AcvSurplusStatement']> = {
  doesNotDistributeSurplus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AcvTaskResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvTask'] = ResolversParentTypes['AcvTask']> = {
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AcvTaskKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AcvTaskConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvTaskConnection'] = ResolversParentTypes['AcvTaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AcvTaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AcvTaskEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AcvTaskEdge'] = ResolversParentTypes['AcvTaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AcvTask'], ParentType, ContextType>;
};

export type AddressResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  postTown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcodeIsPartial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['RecordType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type BuildingResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = {
  accessibilityFeatures?: Resolver<Array<ResolversTypes['AccessibilityFeature']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assetOfCommunityValueEntries?: Resolver<Array<ResolversTypes['AcvEntry']>, ParentType, ContextType>;
  assetReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BuildingCategory'], ParentType, ContextType>;
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dataQualityIssues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  floorAreaSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<BuildingHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BuildingStatus'], ParentType, ContextType>;
  tenure?: Resolver<Maybe<ResolversTypes['Tenure']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uprn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type BuildingConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['BuildingConnection'] = ResolversParentTypes['BuildingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BuildingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BuildingEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['BuildingEdge'] = ResolversParentTypes['BuildingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
};

export type DataQualityIssueResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = {
  code?: Resolver<ResolversTypes['DataQualityCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportAcvEntriesResultResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['ImportAcvEntriesResult'] = ResolversParentTypes['ImportAcvEntriesResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AcvImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportAssetsResultResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['ImportAssetsResult'] = ResolversParentTypes['ImportAssetsResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownerOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  buildingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
};

export type InterestMessageResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['InterestMessage'] = ResolversParentTypes['InterestMessage']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorUserId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['InterestEvent'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InviteResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Invite'] = ResolversParentTypes['Invite']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  invitedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
};

export type ListBuildingSurplusPayloadResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['ListBuildingSurplusPayload'] = ResolversParentTypes['ListBuildingSurplusPayload']> = {
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  listings?: Resolver<Array<ResolversTypes['SurplusListing']>, ParentType, ContextType>;
};

export type ListingExceptionNotApplyingResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['ListingExceptionNotApplying'] = ResolversParentTypes['ListingExceptionNotApplying']> = {
  exception?: Resolver<ResolversTypes['ListingException'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchCriterionScoreResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['MatchCriterionScore'] = ResolversParentTypes['MatchCriterionScore']> = {
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  criterion?: Resolver<ResolversTypes['MatchCriterion'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['MatchOutcome'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invites?: Resolver<Array<ResolversTypes['Invite']>, ParentType, ContextType>;
  isPlatformAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMember?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'organisationId' | 'role' | 'userId'>>;
  agreeReviewExtension?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationAgreeReviewExtensionArgs, 'agreedDueOn' | 'expectedVersion' | 'id'>>;
  allocateSurplusRequest?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<MutationAllocateSurplusRequestArgs, 'expectedVersion' | 'id'>>;
  archiveBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationArchiveBuildingArgs, 'closeSurplusListings' | 'expectedVersion' | 'id'>>;
  attachSurplusPhoto?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType, RequireFields<MutationAttachSurplusPhotoArgs, 'altText' | 'expectedVersion' | 'listingId' | 'photoId'>>;
  changeMemberRole?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'expectedVersion' | 'organisationId' | 'role' | 'userId'>>;
  claimInvite?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationClaimInviteArgs, 'organisationId'>>;
  closeSpaceNeed?: Resolver<ResolversTypes['SpaceNeed'], ParentType, ContextType, RequireFields<MutationCloseSpaceNeedArgs, 'expectedVersion' | 'id'>>;
  closeSurplusListing?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType, RequireFields<MutationCloseSurplusListingArgs, 'expectedVersion' | 'id'>>;
  confirmSurplusCollection?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<MutationConfirmSurplusCollectionArgs, 'expectedVersion' | 'id'>>;
  createBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationCreateBuildingArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createSurplusListing?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType, RequireFields<MutationCreateSurplusListingArgs, 'input'>>;
  decideCompensationClaim?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationDecideCompensationClaimArgs, 'expectedVersion' | 'id' | 'input'>>;
  decideListingReview?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationDecideListingReviewArgs, 'expectedVersion' | 'id' | 'input'>>;
  decideNomination?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationDecideNominationArgs, 'expectedVersion' | 'id' | 'input'>>;
  declineSurplusRequest?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<MutationDeclineSurplusRequestArgs, 'expectedVersion' | 'id'>>;
  expressInterest?: Resolver<ResolversTypes['SpaceInterest'], ParentType, ContextType, RequireFields<MutationExpressInterestArgs, 'input'>>;
  importAcvEntries?: Resolver<ResolversTypes['ImportAcvEntriesResult'], ParentType, ContextType, RequireFields<MutationImportAcvEntriesArgs, 'input'>>;
  importAssets?: Resolver<ResolversTypes['ImportAssetsResult'], ParentType, ContextType, RequireFields<MutationImportAssetsArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['Invite'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'email' | 'organisationId' | 'role'>>;
  listBuildingSurplus?: Resolver<ResolversTypes['ListBuildingSurplusPayload'], ParentType, ContextType, RequireFields<MutationListBuildingSurplusArgs, 'input'>>;
  markOfferTaken?: Resolver<ResolversTypes['SpaceOffer'], ParentType, ContextType, RequireFields<MutationMarkOfferTakenArgs, 'expectedVersion' | 'offerId'>>;
  markSurplusNoShow?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<MutationMarkSurplusNoShowArgs, 'expectedVersion' | 'id'>>;
  nominateAsset?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationNominateAssetArgs, 'input'>>;
  offerSpace?: Resolver<ResolversTypes['SpaceOffer'], ParentType, ContextType, RequireFields<MutationOfferSpaceArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  postSpaceNeed?: Resolver<ResolversTypes['SpaceNeed'], ParentType, ContextType, RequireFields<MutationPostSpaceNeedArgs, 'input'>>;
  recordAppeal?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRecordAppealArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordCompensationClaim?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRecordCompensationClaimArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordDisposal?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRecordDisposalArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordDisposalNotice?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRecordDisposalNoticeArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordListingRegistration?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRecordListingRegistrationArgs, 'expectedVersion' | 'id' | 'input'>>;
  registerWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointWithSecret'], ParentType, ContextType, RequireFields<MutationRegisterWebhookEndpointArgs, 'input'>>;
  removeListing?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRemoveListingArgs, 'expectedVersion' | 'id' | 'input'>>;
  removeMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'expectedVersion' | 'organisationId' | 'userId'>>;
  removeSurplusPhoto?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType, RequireFields<MutationRemoveSurplusPhotoArgs, 'expectedVersion' | 'listingId' | 'photoId'>>;
  replyToInterest?: Resolver<ResolversTypes['SpaceInterest'], ParentType, ContextType, RequireFields<MutationReplyToInterestArgs, 'expectedVersion' | 'id' | 'message'>>;
  requestListingReview?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRequestListingReviewArgs, 'expectedVersion' | 'id'>>;
  requestSurplusItems?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<MutationRequestSurplusItemsArgs, 'input'>>;
  requestSurplusPhotoUpload?: Resolver<ResolversTypes['SurplusPhotoUpload'], ParentType, ContextType, RequireFields<MutationRequestSurplusPhotoUploadArgs, 'contentType' | 'listingId'>>;
  requestToBid?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationRequestToBidArgs, 'expectedVersion' | 'id' | 'input'>>;
  respondToInterest?: Resolver<ResolversTypes['SpaceInterest'], ParentType, ContextType, RequireFields<MutationRespondToInterestArgs, 'expectedVersion' | 'id' | 'response'>>;
  revokeInvite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeInviteArgs, 'email' | 'organisationId'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointWithSecret'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'expectedVersion' | 'id'>>;
  setOrganisationVerified?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationSetOrganisationVerifiedArgs, 'expectedVersion' | 'id' | 'verified'>>;
  updateAcvSettings?: Resolver<ResolversTypes['AcvSettings'], ParentType, ContextType, RequireFields<MutationUpdateAcvSettingsArgs, 'councilCode' | 'expectedVersion' | 'input'>>;
  updateBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationUpdateBuildingArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMyNotificationSettings?: Resolver<ResolversTypes['MyNotificationSettings'], ParentType, ContextType, RequireFields<MutationUpdateMyNotificationSettingsArgs, 'expectedVersion' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateOrganisationNotificationSettings?: Resolver<ResolversTypes['OrganisationNotificationSettings'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationNotificationSettingsArgs, 'expectedVersion' | 'input' | 'organisationId'>>;
  updateSpaceOffer?: Resolver<ResolversTypes['SpaceOffer'], ParentType, ContextType, RequireFields<MutationUpdateSpaceOfferArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSurplusListing?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType, RequireFields<MutationUpdateSurplusListingArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSurplusSettings?: Resolver<ResolversTypes['SurplusSettings'], ParentType, ContextType, RequireFields<MutationUpdateSurplusSettingsArgs, 'allocationRule' | 'councilCode' | 'expectedVersion'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawInterest?: Resolver<ResolversTypes['SpaceInterest'], ParentType, ContextType, RequireFields<MutationWithdrawInterestArgs, 'expectedVersion' | 'id'>>;
  withdrawNomination?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<MutationWithdrawNominationArgs, 'expectedVersion' | 'id'>>;
  withdrawSurplusRequest?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<MutationWithdrawSurplusRequestArgs, 'expectedVersion' | 'id'>>;
};

export type MyNotificationSettingsResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['MyNotificationSettings'] = ResolversParentTypes['MyNotificationSettings']> = {
  choices?: Resolver<Array<ResolversTypes['NotificationChoice']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoticeDeliveryResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['NoticeDelivery'] = ResolversParentTypes['NoticeDelivery']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['NoticeDeliveryChannel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['NoticeDeliveryState'], ParentType, ContextType>;
};

export type NotificationChoiceResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['NotificationChoice'] = ResolversParentTypes['NotificationChoice']> = {
  delivery?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['WebhookEventType'], ParentType, ContextType>;
};

export type NotificationRoleRuleResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['NotificationRoleRule'] = ResolversParentTypes['NotificationRoleRule']> = {
  eventType?: Resolver<ResolversTypes['WebhookEventType'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['MemberRole']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  buildings?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<OrganisationBuildingsArgs, 'first'>>;
  charityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['OrganisationContact']>, ParentType, ContextType>;
  councilAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gssCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<OrganisationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invites?: Resolver<Maybe<Array<ResolversTypes['Invite']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parishCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicBodyType?: Resolver<Maybe<ResolversTypes['PublicBodyType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganisationContactResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['OrganisationContact'] = ResolversParentTypes['OrganisationContact']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationNotificationSettingsResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['OrganisationNotificationSettings'] = ResolversParentTypes['OrganisationNotificationSettings']> = {
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['NotificationRoleRule']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  acvNominations?: Resolver<ResolversTypes['AcvEntryConnection'], ParentType, ContextType, RequireFields<QueryAcvNominationsArgs, 'first' | 'organisationId'>>;
  acvOutbox?: Resolver<ResolversTypes['AcvNoticeConnection'], ParentType, ContextType, RequireFields<QueryAcvOutboxArgs, 'councilCode' | 'first'>>;
  acvSettings?: Resolver<ResolversTypes['AcvSettings'], ParentType, ContextType, RequireFields<QueryAcvSettingsArgs, 'councilCode'>>;
  acvToday?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  acvWorkQueue?: Resolver<ResolversTypes['AcvTaskConnection'], ParentType, ContextType, RequireFields<QueryAcvWorkQueueArgs, 'councilCode' | 'first' | 'withinDays'>>;
  assetOfCommunityValue?: Resolver<ResolversTypes['AcvEntry'], ParentType, ContextType, RequireFields<QueryAssetOfCommunityValueArgs, 'id'>>;
  assetsOfCommunityValue?: Resolver<ResolversTypes['AcvEntryConnection'], ParentType, ContextType, RequireFields<QueryAssetsOfCommunityValueArgs, 'councilCode' | 'first'>>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<QueryBuildingArgs, 'id'>>;
  buildingByUprn?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingByUprnArgs, 'first' | 'uprn'>>;
  buildingsByCouncil?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingsByCouncilArgs, 'councilCode' | 'first'>>;
  buildingsByOwner?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingsByOwnerArgs, 'first' | 'organisationId'>>;
  changes?: Resolver<ResolversTypes['RegisterChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'councilCode' | 'first'>>;
  changesHead?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryChangesHeadArgs, 'councilCode'>>;
  councilByGssCode?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryCouncilByGssCodeArgs, 'gssCode'>>;
  interestsReceived?: Resolver<ResolversTypes['SpaceInterestConnection'], ParentType, ContextType, RequireFields<QueryInterestsReceivedArgs, 'first' | 'organisationId'>>;
  interestsSent?: Resolver<ResolversTypes['SpaceInterestConnection'], ParentType, ContextType, RequireFields<QueryInterestsSentArgs, 'first' | 'organisationId'>>;
  matchesForNeed?: Resolver<ResolversTypes['SpaceMatchConnection'], ParentType, ContextType, RequireFields<QueryMatchesForNeedArgs, 'first' | 'includeExcluded' | 'needId'>>;
  matchesForOffer?: Resolver<ResolversTypes['SpaceMatchConnection'], ParentType, ContextType, RequireFields<QueryMatchesForOfferArgs, 'first' | 'includeExcluded' | 'offerId'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  myNotificationSettings?: Resolver<ResolversTypes['MyNotificationSettings'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationNotificationSettings?: Resolver<ResolversTypes['OrganisationNotificationSettings'], ParentType, ContextType, RequireFields<QueryOrganisationNotificationSettingsArgs, 'organisationId'>>;
  organisationsByCouncilArea?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsByCouncilAreaArgs, 'councilCode' | 'first'>>;
  organisationsByName?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsByNameArgs, 'first' | 'prefix'>>;
  spaceInterest?: Resolver<ResolversTypes['SpaceInterest'], ParentType, ContextType, RequireFields<QuerySpaceInterestArgs, 'id'>>;
  spaceMatch?: Resolver<ResolversTypes['SpaceMatch'], ParentType, ContextType, RequireFields<QuerySpaceMatchArgs, 'needId' | 'offerId'>>;
  spaceNeed?: Resolver<ResolversTypes['SpaceNeed'], ParentType, ContextType, RequireFields<QuerySpaceNeedArgs, 'id'>>;
  spaceNeedsByOrganisation?: Resolver<ResolversTypes['SpaceNeedConnection'], ParentType, ContextType, RequireFields<QuerySpaceNeedsByOrganisationArgs, 'first' | 'organisationId'>>;
  spaceOffer?: Resolver<ResolversTypes['SpaceOffer'], ParentType, ContextType, RequireFields<QuerySpaceOfferArgs, 'id'>>;
  spaceOffersByBuilding?: Resolver<ResolversTypes['SpaceOfferConnection'], ParentType, ContextType, RequireFields<QuerySpaceOffersByBuildingArgs, 'buildingId' | 'first'>>;
  spaceOffersByCouncil?: Resolver<ResolversTypes['SpaceOfferConnection'], ParentType, ContextType, RequireFields<QuerySpaceOffersByCouncilArgs, 'councilCode' | 'first' | 'status'>>;
  spaceOffersByOrganisation?: Resolver<ResolversTypes['SpaceOfferConnection'], ParentType, ContextType, RequireFields<QuerySpaceOffersByOrganisationArgs, 'first' | 'organisationId'>>;
  spaceOffersNear?: Resolver<ResolversTypes['SpaceOfferNearConnection'], ParentType, ContextType, RequireFields<QuerySpaceOffersNearArgs, 'first' | 'latitude' | 'longitude' | 'radiusKm'>>;
  spaceOffersNearBuilding?: Resolver<ResolversTypes['SpaceOfferNearConnection'], ParentType, ContextType, RequireFields<QuerySpaceOffersNearBuildingArgs, 'buildingId' | 'first' | 'radiusKm'>>;
  spaceOffersNearPostcode?: Resolver<ResolversTypes['SpaceOfferNearConnection'], ParentType, ContextType, RequireFields<QuerySpaceOffersNearPostcodeArgs, 'first' | 'postcode' | 'radiusKm'>>;
  surplusImpactByCouncil?: Resolver<ResolversTypes['SurplusImpact'], ParentType, ContextType, RequireFields<QuerySurplusImpactByCouncilArgs, 'councilCode'>>;
  surplusImpactByOrganisation?: Resolver<ResolversTypes['SurplusImpact'], ParentType, ContextType, RequireFields<QuerySurplusImpactByOrganisationArgs, 'organisationId'>>;
  surplusListing?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType, RequireFields<QuerySurplusListingArgs, 'id'>>;
  surplusListingsByBuilding?: Resolver<ResolversTypes['SurplusListingConnection'], ParentType, ContextType, RequireFields<QuerySurplusListingsByBuildingArgs, 'buildingId' | 'first'>>;
  surplusListingsByCouncil?: Resolver<ResolversTypes['SurplusListingConnection'], ParentType, ContextType, RequireFields<QuerySurplusListingsByCouncilArgs, 'availableNow' | 'councilCode' | 'first'>>;
  surplusListingsNear?: Resolver<ResolversTypes['SurplusListingNearConnection'], ParentType, ContextType, RequireFields<QuerySurplusListingsNearArgs, 'first' | 'latitude' | 'longitude' | 'radiusKm'>>;
  surplusListingsNearBuilding?: Resolver<ResolversTypes['SurplusListingNearConnection'], ParentType, ContextType, RequireFields<QuerySurplusListingsNearBuildingArgs, 'buildingId' | 'first' | 'radiusKm'>>;
  surplusListingsNearPostcode?: Resolver<ResolversTypes['SurplusListingNearConnection'], ParentType, ContextType, RequireFields<QuerySurplusListingsNearPostcodeArgs, 'first' | 'postcode' | 'radiusKm'>>;
  surplusRequest?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType, RequireFields<QuerySurplusRequestArgs, 'id'>>;
  surplusRequestsByOrganisation?: Resolver<ResolversTypes['SurplusRequestConnection'], ParentType, ContextType, RequireFields<QuerySurplusRequestsByOrganisationArgs, 'first' | 'organisationId'>>;
  surplusSettings?: Resolver<ResolversTypes['SurplusSettings'], ParentType, ContextType, RequireFields<QuerySurplusSettingsArgs, 'councilCode'>>;
  unsuccessfulNominations?: Resolver<ResolversTypes['AcvEntryConnection'], ParentType, ContextType, RequireFields<QueryUnsuccessfulNominationsArgs, 'councilCode' | 'first'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first' | 'organisationId'>>;
};

export type RegisterChangeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['RegisterChange'] = ResolversParentTypes['RegisterChange']> = {
  assetOfCommunityValue?: Resolver<Maybe<ResolversTypes['AcvEntry']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegisterChangeKind'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['RegisterChangeRecordType'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spaceOffer?: Resolver<Maybe<ResolversTypes['SpaceOffer']>, ParentType, ContextType>;
  surplusListing?: Resolver<Maybe<ResolversTypes['SurplusListing']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegisterChangeConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['RegisterChangeConnection'] = ResolversParentTypes['RegisterChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegisterChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  resumeCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterChangeEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['RegisterChangeEdge'] = ResolversParentTypes['RegisterChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegisterChange'], ParentType, ContextType>;
};

export type SearchCentreResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SearchCentre'] = ResolversParentTypes['SearchCentre']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SearchCentreSource'], ParentType, ContextType>;
};

export type SpaceAvailabilityResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceAvailability'] = ResolversParentTypes['SpaceAvailability']> = {
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['WeeklySlot']>, ParentType, ContextType>;
  untilDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SpaceInterestResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceInterest'] = ResolversParentTypes['SpaceInterest']> = {
  allowedActions?: Resolver<Array<ResolversTypes['SpaceInterestAction']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  daysWanted?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<SpaceInterestHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['SpaceNeed']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['SpaceOffer']>, ParentType, ContextType>;
  offeringOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  proposedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterestStatus'], ParentType, ContextType>;
  thread?: Resolver<Array<ResolversTypes['InterestMessage']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpaceInterestConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceInterestConnection'] = ResolversParentTypes['SpaceInterestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceInterestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpaceInterestEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceInterestEdge'] = ResolversParentTypes['SpaceInterestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpaceInterest'], ParentType, ContextType>;
};

export type SpaceMatchResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceMatch'] = ResolversParentTypes['SpaceMatch']> = {
  criteria?: Resolver<Array<ResolversTypes['MatchCriterionScore']>, ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exclusionReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['SpaceNeed']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['SpaceOffer']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpaceMatchConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceMatchConnection'] = ResolversParentTypes['SpaceMatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceMatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpaceMatchEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceMatchEdge'] = ResolversParentTypes['SpaceMatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpaceMatch'], ParentType, ContextType>;
};

export type SpaceNeedResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceNeed'] = ResolversParentTypes['SpaceNeed']> = {
  allowedActions?: Resolver<Array<ResolversTypes['SpaceNeedAction']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  councilCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<SpaceNeedHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  monthlyBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mustHaveAccessibility?: Resolver<Array<ResolversTypes['AccessibilityFeature']>, ParentType, ContextType>;
  mustHaveFacilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  radiusKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['WeeklySlot']>, ParentType, ContextType>;
  spaceKinds?: Resolver<Array<ResolversTypes['SpaceKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SpaceNeedStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpaceNeedConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceNeedConnection'] = ResolversParentTypes['SpaceNeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceNeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpaceNeedEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceNeedEdge'] = ResolversParentTypes['SpaceNeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpaceNeed'], ParentType, ContextType>;
};

export type SpaceOfferResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceOffer'] = ResolversParentTypes['SpaceOffer']> = {
  accessibilityFeatures?: Resolver<Array<ResolversTypes['AccessibilityFeature']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['SpaceOfferAction']>, ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['SpaceAvailability'], ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  buildingName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['SpaceOfferContact']>, ParentType, ContextType>;
  costVisibility?: Resolver<ResolversTypes['CostVisibility'], ParentType, ContextType>;
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibleOrganisationKinds?: Resolver<Array<ResolversTypes['OrganisationKind']>, ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  floorAreaSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<SpaceOfferHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interests?: Resolver<Maybe<ResolversTypes['SpaceInterestConnection']>, ParentType, ContextType, RequireFields<SpaceOfferInterestsArgs, 'first'>>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  monthlyCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  spaceKind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SpaceOfferStatus'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['SpaceTerms'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpaceOfferConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceOfferConnection'] = ResolversParentTypes['SpaceOfferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceOfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpaceOfferContactResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceOfferContact'] = ResolversParentTypes['SpaceOfferContact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpaceOfferEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceOfferEdge'] = ResolversParentTypes['SpaceOfferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpaceOffer'], ParentType, ContextType>;
};

export type SpaceOfferNearConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceOfferNearConnection'] = ResolversParentTypes['SpaceOfferNearConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceOfferNearEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  searchCentre?: Resolver<ResolversTypes['SearchCentre'], ParentType, ContextType>;
};

export type SpaceOfferNearEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SpaceOfferNearEdge'] = ResolversParentTypes['SpaceOfferNearEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpaceOffer'], ParentType, ContextType>;
};

export type SurplusCategoryReuseResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusCategoryReuse'] = ResolversParentTypes['SurplusCategoryReuse']> = {
  category?: Resolver<ResolversTypes['SurplusCategory'], ParentType, ContextType>;
  estimatedCarbonAvoidedKgCo2e?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  estimatedWeightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  itemsReused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurplusCollectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusCollection'] = ResolversParentTypes['SurplusCollection']> = {
  accessTimes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SurplusImpactResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusImpact'] = ResolversParentTypes['SurplusImpact']> = {
  byCategory?: Resolver<Array<ResolversTypes['SurplusCategoryReuse']>, ParentType, ContextType>;
  collections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estimatedCarbonAvoidedKgCo2e?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  estimatedWeightKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['SurplusReuseFactor']>, ParentType, ContextType>;
  itemsReused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsWithoutCarbonEstimate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsWithoutWeightEstimate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurplusListingResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusListing'] = ResolversParentTypes['SurplusListing']> = {
  allocationRule?: Resolver<ResolversTypes['SurplusAllocationRule'], ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['SurplusListingAction']>, ParentType, ContextType>;
  availableFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  availableUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  buildingName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['SurplusCategory'], ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collection?: Resolver<Maybe<ResolversTypes['SurplusCollection']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['SurplusItemCondition'], ParentType, ContextType>;
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimensions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<SurplusListingHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mustCollect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['SurplusPhoto']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityAllocated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityCollected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['SurplusRequestConnection']>, ParentType, ContextType, RequireFields<SurplusListingRequestsArgs, 'first'>>;
  state?: Resolver<ResolversTypes['SurplusListingState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurplusListingConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusListingConnection'] = ResolversParentTypes['SurplusListingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SurplusListingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SurplusListingEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusListingEdge'] = ResolversParentTypes['SurplusListingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType>;
};

export type SurplusListingNearConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusListingNearConnection'] = ResolversParentTypes['SurplusListingNearConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SurplusListingNearEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  searchCentre?: Resolver<ResolversTypes['SearchCentre'], ParentType, ContextType>;
};

export type SurplusListingNearEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusListingNearEdge'] = ResolversParentTypes['SurplusListingNearEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SurplusListing'], ParentType, ContextType>;
};

export type SurplusPhotoResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusPhoto'] = ResolversParentTypes['SurplusPhoto']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  altText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urlExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SurplusPhotoUploadResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusPhotoUpload'] = ResolversParentTypes['SurplusPhotoUpload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['UploadFormField']>, ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  photoId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurplusRequestResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusRequest'] = ResolversParentTypes['SurplusRequest']> = {
  allocatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['SurplusRequestAction']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<SurplusRequestHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intendedUse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['SurplusListing']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityAllocated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityCollected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurplusRequestStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurplusRequestConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusRequestConnection'] = ResolversParentTypes['SurplusRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SurplusRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SurplusRequestEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusRequestEdge'] = ResolversParentTypes['SurplusRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SurplusRequest'], ParentType, ContextType>;
};

export type SurplusReuseFactorResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusReuseFactor'] = ResolversParentTypes['SurplusReuseFactor']> = {
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['SurplusCategory'], ParentType, ContextType>;
  kgCo2eAvoidedPerKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kgPerItem?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['SurplusReuseFactorSource']>, ParentType, ContextType>;
};

export type SurplusReuseFactorSourceResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusReuseFactorSource'] = ResolversParentTypes['SurplusReuseFactorSource']> = {
  figures?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurplusSettingsResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['SurplusSettings'] = ResolversParentTypes['SurplusSettings']> = {
  allocationRule?: Resolver<ResolversTypes['SurplusAllocationRule'], ParentType, ContextType>;
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TenureResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TenureType'], ParentType, ContextType>;
};

export type UploadFormFieldResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['UploadFormField'] = ResolversParentTypes['UploadFormField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secretCreatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signingSecretCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookEndpointStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointConnectionResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookEndpointEdgeResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
};

export type WebhookEndpointWithSecretResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['WebhookEndpointWithSecret'] = ResolversParentTypes['WebhookEndpointWithSecret']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WeeklySlotResolvers<ContextType = RegisterContext, ParentType extends ResolversParentTypes['WeeklySlot'] = ResolversParentTypes['WeeklySlot']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RegisterContext> = {
  AcvAppeal?: AcvAppealResolvers<ContextType>;
  AcvBidRequest?: AcvBidRequestResolvers<ContextType>;
  AcvCompensationClaim?: AcvCompensationClaimResolvers<ContextType>;
  AcvDecision?: AcvDecisionResolvers<ContextType>;
  AcvDisposal?: AcvDisposalResolvers<ContextType>;
  AcvEligibilityCheck?: AcvEligibilityCheckResolvers<ContextType>;
  AcvEntry?: AcvEntryResolvers<ContextType>;
  AcvEntryConnection?: AcvEntryConnectionResolvers<ContextType>;
  AcvEntryEdge?: AcvEntryEdgeResolvers<ContextType>;
  AcvExemptDisposalNotice?: AcvExemptDisposalNoticeResolvers<ContextType>;
  AcvImportRowResult?: AcvImportRowResultResolvers<ContextType>;
  AcvImportWarning?: AcvImportWarningResolvers<ContextType>;
  AcvInterest?: AcvInterestResolvers<ContextType>;
  AcvListingRegistration?: AcvListingRegistrationResolvers<ContextType>;
  AcvMoratorium?: AcvMoratoriumResolvers<ContextType>;
  AcvNotice?: AcvNoticeResolvers<ContextType>;
  AcvNoticeConnection?: AcvNoticeConnectionResolvers<ContextType>;
  AcvNoticeEdge?: AcvNoticeEdgeResolvers<ContextType>;
  AcvParty?: AcvPartyResolvers<ContextType>;
  AcvRemoval?: AcvRemovalResolvers<ContextType>;
  AcvReview?: AcvReviewResolvers<ContextType>;
  AcvSettings?: AcvSettingsResolvers<ContextType>;
  AcvSite?: AcvSiteResolvers<ContextType>;
  AcvSurplusStatement?: AcvSurplusStatementResolvers<ContextType>;
  AcvTask?: AcvTaskResolvers<ContextType>;
  AcvTaskConnection?: AcvTaskConnectionResolvers<ContextType>;
  AcvTaskEdge?: AcvTaskEdgeResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingConnection?: BuildingConnectionResolvers<ContextType>;
  BuildingEdge?: BuildingEdgeResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  ImportAcvEntriesResult?: ImportAcvEntriesResultResolvers<ContextType>;
  ImportAssetsResult?: ImportAssetsResultResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  InterestMessage?: InterestMessageResolvers<ContextType>;
  Invite?: InviteResolvers<ContextType>;
  ListBuildingSurplusPayload?: ListBuildingSurplusPayloadResolvers<ContextType>;
  ListingExceptionNotApplying?: ListingExceptionNotApplyingResolvers<ContextType>;
  MatchCriterionScore?: MatchCriterionScoreResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MyNotificationSettings?: MyNotificationSettingsResolvers<ContextType>;
  NoticeDelivery?: NoticeDeliveryResolvers<ContextType>;
  NotificationChoice?: NotificationChoiceResolvers<ContextType>;
  NotificationRoleRule?: NotificationRoleRuleResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationContact?: OrganisationContactResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationNotificationSettings?: OrganisationNotificationSettingsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterChange?: RegisterChangeResolvers<ContextType>;
  RegisterChangeConnection?: RegisterChangeConnectionResolvers<ContextType>;
  RegisterChangeEdge?: RegisterChangeEdgeResolvers<ContextType>;
  SearchCentre?: SearchCentreResolvers<ContextType>;
  SpaceAvailability?: SpaceAvailabilityResolvers<ContextType>;
  SpaceInterest?: SpaceInterestResolvers<ContextType>;
  SpaceInterestConnection?: SpaceInterestConnectionResolvers<ContextType>;
  SpaceInterestEdge?: SpaceInterestEdgeResolvers<ContextType>;
  SpaceMatch?: SpaceMatchResolvers<ContextType>;
  SpaceMatchConnection?: SpaceMatchConnectionResolvers<ContextType>;
  SpaceMatchEdge?: SpaceMatchEdgeResolvers<ContextType>;
  SpaceNeed?: SpaceNeedResolvers<ContextType>;
  SpaceNeedConnection?: SpaceNeedConnectionResolvers<ContextType>;
  SpaceNeedEdge?: SpaceNeedEdgeResolvers<ContextType>;
  SpaceOffer?: SpaceOfferResolvers<ContextType>;
  SpaceOfferConnection?: SpaceOfferConnectionResolvers<ContextType>;
  SpaceOfferContact?: SpaceOfferContactResolvers<ContextType>;
  SpaceOfferEdge?: SpaceOfferEdgeResolvers<ContextType>;
  SpaceOfferNearConnection?: SpaceOfferNearConnectionResolvers<ContextType>;
  SpaceOfferNearEdge?: SpaceOfferNearEdgeResolvers<ContextType>;
  SurplusCategoryReuse?: SurplusCategoryReuseResolvers<ContextType>;
  SurplusCollection?: SurplusCollectionResolvers<ContextType>;
  SurplusImpact?: SurplusImpactResolvers<ContextType>;
  SurplusListing?: SurplusListingResolvers<ContextType>;
  SurplusListingConnection?: SurplusListingConnectionResolvers<ContextType>;
  SurplusListingEdge?: SurplusListingEdgeResolvers<ContextType>;
  SurplusListingNearConnection?: SurplusListingNearConnectionResolvers<ContextType>;
  SurplusListingNearEdge?: SurplusListingNearEdgeResolvers<ContextType>;
  SurplusPhoto?: SurplusPhotoResolvers<ContextType>;
  SurplusPhotoUpload?: SurplusPhotoUploadResolvers<ContextType>;
  SurplusRequest?: SurplusRequestResolvers<ContextType>;
  SurplusRequestConnection?: SurplusRequestConnectionResolvers<ContextType>;
  SurplusRequestEdge?: SurplusRequestEdgeResolvers<ContextType>;
  SurplusReuseFactor?: SurplusReuseFactorResolvers<ContextType>;
  SurplusReuseFactorSource?: SurplusReuseFactorSourceResolvers<ContextType>;
  SurplusSettings?: SurplusSettingsResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
  UploadFormField?: UploadFormFieldResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEndpointWithSecret?: WebhookEndpointWithSecretResolvers<ContextType>;
  WeeklySlot?: WeeklySlotResolvers<ContextType>;
};

