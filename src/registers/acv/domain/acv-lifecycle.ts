/**
 * The asset of community value lifecycle, as pure functions: `(entry, action, today) -> { entry, notices,
 * auditAction }` or a typed error. The state is computed from the entry's dates and a day (never stored, so
 * never stale); each step takes the date it happened, defaulting to today, never in the future and never
 * before the last step recorded, so councils can enter past cases in order. Refusals:
 * INVALID_TRANSITION (the state and the actions allowed), DEADLINE_PASSED (the deadline),
 * MORATORIUM_IN_FORCE, NOT_ELIGIBLE, BAD_USER_INPUT (a date out of range or a missing reason).
 */
import type {
  AcvBidRequest,
  AcvCompensationClaim,
  AcvDisposalNotice,
  AcvEntry,
  AcvInterest,
  AcvNotice,
  AcvParty,
  AcvState,
  AcvTask,
  AppealOutcome,
  CompensationOutcome,
  ExemptDisposalCategory,
  NoticeKind,
  NoticeRecipientRole,
  RemovalReason,
  ReviewOutcome,
  UnsuccessfulGround,
} from './acv-records';
import { LISTED_STATES } from './acv-records';
import { assertListable } from './acv-listability';
import type { ListingExceptionNotApplying } from './acv-listability';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { ListingExpiryConvention } from './acv-timetable';
import {
  appealDeadline,
  compensationClaimDeadline,
  fullMoratoriumEndsOn,
  interimMoratoriumEndsOn,
  listingExpiresOn,
  nominationDecisionDueOn,
  protectedPeriodEndsOn,
  renominationOpensOn,
  reviewDecisionDueOn,
  reviewRequestDeadline,
} from './acv-timetable';
import { assertPrivateOwner } from './acv-eligibility';
import {
  badInput,
  DeadlinePassedError,
  InvalidTransitionError,
  MoratoriumInForceError,
  NotEligibleError,
  UnreachableCaseError,
} from '../../../kernel/domain/errors';

/** Every action, named as the mutation that performs it (so errors speak the API's language). */
export type AcvAction =
  | { readonly type: 'withdrawNomination'; readonly withdrawnOn?: IsoDate | null }
  | {
      readonly type: 'decideNomination';
      readonly outcome: 'LISTED' | 'UNSUCCESSFUL';
      readonly decidedOn?: IsoDate | null;
      readonly reasons: string | null;
      readonly unsuccessfulGround: UnsuccessfulGround | null;
      /** Why a Schedule 1 exception the land seems to fall under does not apply (needed to list it). */
      readonly exceptionsNotApplying?: readonly ListingExceptionNotApplying[];
      readonly decidedBy: string;
      /** The council's convention for counting the 5 years, fixed on the entry when it is listed. */
      readonly listingExpiryConvention: ListingExpiryConvention;
    }
  | {
      readonly type: 'requestListingReview';
      readonly requestedOn?: IsoDate | null;
      readonly requestedBy: string;
    }
  | { readonly type: 'agreeReviewExtension'; readonly agreedDueOn: IsoDate }
  | {
      readonly type: 'decideListingReview';
      readonly outcome: ReviewOutcome;
      readonly decidedOn?: IsoDate | null;
      readonly reasons: string;
      readonly decidedBy: string;
      readonly ownerRepresentations?: string | null;
      readonly oralHearingOn?: IsoDate | null;
    }
  | {
      /** The listing's local land charge and Land Registry restriction; omitted fields stay as they are. */
      readonly type: 'recordListingRegistration';
      readonly localLandChargeRegisteredOn?: IsoDate | null;
      readonly landRegistryRestrictionAppliedOn?: IsoDate | null;
      readonly landUnregistered?: boolean | null;
    }
  | {
      readonly type: 'recordAppeal';
      /** Required when the appeal is first recorded; ignored when recording the result of a pending one. */
      readonly lodgedOn?: IsoDate | null;
      readonly decidedOn?: IsoDate | null;
      /** Null records the appeal as lodged and pending; a second call records the tribunal's result. */
      readonly outcome: AppealOutcome | null;
      readonly notes: string | null;
    }
  | {
      readonly type: 'recordDisposalNotice';
      readonly receivedOn?: IsoDate | null;
      readonly exemptCategory: ExemptDisposalCategory | null;
      readonly details: string | null;
    }
  | { readonly type: 'requestToBid'; readonly requestedOn?: IsoDate | null; readonly bidder: AcvParty }
  | {
      readonly type: 'recordDisposal';
      readonly disposedOn?: IsoDate | null;
      readonly buyerName: string;
      readonly toCommunityInterestGroup: boolean;
      readonly exemptCategory: ExemptDisposalCategory | null;
    }
  | {
      readonly type: 'removeListing';
      readonly removedOn?: IsoDate | null;
      readonly reason: RemovalReason;
      readonly details: string;
    }
  | {
      readonly type: 'recordCompensationClaim';
      readonly claimedOn?: IsoDate | null;
      readonly moratoriumNoticeReceivedOn: IsoDate | null;
      readonly amountClaimedPence: number;
      readonly outcome: CompensationOutcome;
      readonly amountAwardedPence: number | null;
    }
  | {
      /** The council's decision on a pending claim, found by the day it was made and what it is about. */
      readonly type: 'decideCompensationClaim';
      readonly claimedOn: IsoDate;
      readonly moratoriumNoticeReceivedOn: IsoDate | null;
      readonly outcome: 'AWARDED' | 'REFUSED';
      readonly amountAwardedPence: number | null;
    };
export type AcvActionType = AcvAction['type'];

/** A notice the step produces; the caller gives it an id and writes it in the step's transaction. */
export type AcvNoticeDraft = Omit<AcvNotice, 'id' | 'entryId' | 'councilCode' | 'createdAt'>;

export interface AcvTransition {
  readonly entry: AcvEntry;
  readonly notices: readonly AcvNoticeDraft[];
  readonly auditAction: string;
}

/** One moratorium (a relevant notice of intended disposal) with its derived dates. */
export interface AcvMoratorium {
  readonly noticeReceivedOn: IsoDate;
  readonly interimMoratoriumEndsOn: IsoDate;
  /** Set once a community interest group has asked to bid. */
  readonly fullMoratoriumEndsOn: IsoDate | null;
  /** The end of the interim moratorium, or of the full one when a group asked to bid. */
  readonly moratoriumEndsOn: IsoDate;
  readonly protectedPeriodEndsOn: IsoDate;
  readonly compensationClaimDeadline: IsoDate;
  readonly bidRequests: readonly AcvBidRequest[];
}

/** The dates derived from an entry's recorded steps (null where the step they follow has not happened). */
export interface AcvDates {
  readonly decisionDueOn: IsoDate;
  readonly listingExpiresOn: IsoDate | null;
  readonly renominationOpensOn: IsoDate | null;
  readonly reviewRequestDeadline: IsoDate | null;
  readonly reviewDecisionDueOn: IsoDate | null;
  readonly appealDeadline: IsoDate | null;
  /** 13 weeks after the listing ends: its removal, or else its last day; null unless listed. */
  readonly listingCompensationClaimDeadline: IsoDate | null;
}

function isRelevant(notice: AcvDisposalNotice): boolean {
  return notice.exemptCategory === null;
}

export function moratoriumOf(notice: AcvDisposalNotice): AcvMoratorium {
  const received = notice.receivedOn;
  const full = notice.bidRequests.length > 0 ? fullMoratoriumEndsOn(received) : null;
  const ends = full ?? interimMoratoriumEndsOn(received);
  return {
    noticeReceivedOn: received,
    interimMoratoriumEndsOn: interimMoratoriumEndsOn(received),
    fullMoratoriumEndsOn: full,
    moratoriumEndsOn: ends,
    protectedPeriodEndsOn: protectedPeriodEndsOn(received),
    compensationClaimDeadline: compensationClaimDeadline(ends),
    bidRequests: notice.bidRequests,
  };
}

/** Every moratorium of the entry, oldest first (exempt disposals start none). */
export function moratoriaOf(entry: AcvEntry): AcvMoratorium[] {
  return entry.disposalNotices.filter(isRelevant).map(moratoriumOf);
}

/** The moratorium whose protected period covers `date` (the latest notice received on or before it). */
function moratoriumOn(entry: AcvEntry, date: IsoDate): AcvMoratorium | null {
  const latest = moratoriaOf(entry)
    .filter((m) => m.noticeReceivedOn <= date)
    .at(-1);
  return latest && date <= latest.protectedPeriodEndsOn ? latest : null;
}

export function acvDates(entry: AcvEntry): AcvDates {
  const listed = entry.decision?.outcome === 'LISTED' ? entry.decision : null;
  const expires = listed
    ? (listed.recordedExpiresOn ??
      listingExpiresOn(listed.decidedOn, listed.listingExpiryConvention ?? 'STATUTE'))
    : null;
  const review = entry.review;
  const listingEnd = entry.removal?.removedOn ?? expires;
  return {
    decisionDueOn: nominationDecisionDueOn(entry.nominatedOn),
    listingExpiresOn: expires,
    renominationOpensOn: expires ? renominationOpensOn(expires) : null,
    reviewRequestDeadline: listed ? reviewRequestDeadline(listed.decidedOn) : null,
    reviewDecisionDueOn: review ? (review.agreedDueOn ?? reviewDecisionDueOn(review.requestedOn)) : null,
    // The review decision's notice goes out the day it is decided (the REVIEW_DECISION notice bears that
    // date), so that is the day the Tribunal's 28 days are counted from.
    appealDeadline:
      review?.decidedOn && review.outcome === 'UPHELD' ? appealDeadline(review.decidedOn) : null,
    listingCompensationClaimDeadline: listingEnd ? compensationClaimDeadline(listingEnd) : null,
  };
}

/** The entry's state on `date`, from its recorded steps. */
export function acvStateOn(entry: AcvEntry, date: IsoDate): AcvState {
  if (entry.withdrawnOn && entry.withdrawnOn <= date) return 'WITHDRAWN';
  const decision = entry.decision;
  if (!decision || decision.decidedOn > date) return 'NOMINATED';
  if (decision.outcome === 'UNSUCCESSFUL') return 'UNSUCCESSFUL';
  if (entry.removal && entry.removal.removedOn <= date) return 'REMOVED';
  const expires = acvDates(entry).listingExpiresOn;
  if (expires && date > expires) return 'EXPIRED';
  const moratorium = moratoriumOn(entry, date);
  if (moratorium) {
    const bid = moratorium.bidRequests.some((b) => b.requestedOn <= date);
    if (bid && date <= (moratorium.fullMoratoriumEndsOn ?? '')) return 'IN_FULL_MORATORIUM';
    if (!bid && date <= moratorium.interimMoratoriumEndsOn) return 'IN_INTERIM_MORATORIUM';
    return 'IN_PROTECTED_PERIOD';
  }
  return 'LISTED';
}

/** The list's ending for the compensation rule: 13 weeks after removal, or after expiry once past it. */
function listingClaimDeadline(entry: AcvEntry, on: IsoDate): IsoDate | null {
  const dates = acvDates(entry);
  if (entry.removal) return compensationClaimDeadline(entry.removal.removedOn);
  if (dates.listingExpiresOn && on > dates.listingExpiresOn)
    return compensationClaimDeadline(dates.listingExpiresOn);
  return null;
}

/** The actions the entry allows on `date`, in the order a case runs. */
export function allowedActions(entry: AcvEntry, date: IsoDate): AcvActionType[] {
  const state = acvStateOn(entry, date);
  const dates = acvDates(entry);
  const allowed: AcvActionType[] = [];
  const claimable =
    moratoriaOf(entry).some((m) => m.moratoriumEndsOn < date && date <= m.compensationClaimDeadline) ||
    ((listingClaimDeadline(entry, date) ?? '') >= date && state !== 'LISTED');
  const pendingClaim = entry.compensationClaims.some((c) => c.outcome === 'PENDING');
  const decideClaim: AcvActionType[] = pendingClaim ? ['decideCompensationClaim'] : [];
  switch (state) {
    case 'NOMINATED':
      return ['withdrawNomination', 'decideNomination'];
    case 'WITHDRAWN':
    case 'UNSUCCESSFUL':
      return [];
    case 'REMOVED':
      return [...(claimable ? ['recordCompensationClaim' as const] : []), ...decideClaim];
    case 'EXPIRED':
      return ['removeListing', ...(claimable ? ['recordCompensationClaim' as const] : []), ...decideClaim];
    case 'LISTED':
    case 'IN_INTERIM_MORATORIUM':
    case 'IN_FULL_MORATORIUM':
    case 'IN_PROTECTED_PERIOD': {
      const review = entry.review;
      if (!review && date <= (dates.reviewRequestDeadline ?? '')) allowed.push('requestListingReview');
      if (review && !review.decidedOn) allowed.push('agreeReviewExtension', 'decideListingReview');
      const appealOpen = !entry.appeal && date <= (dates.appealDeadline ?? '');
      if (review?.outcome === 'UPHELD' && (appealOpen || (entry.appeal && !entry.appeal.outcome)))
        allowed.push('recordAppeal');
      allowed.push('recordListingRegistration', 'recordDisposalNotice');
      // Until the interim moratorium ends, any community interest group may ask (a second one too).
      const moratorium = moratoriumOn(entry, date);
      if (moratorium && date <= moratorium.interimMoratoriumEndsOn) allowed.push('requestToBid');
      allowed.push('recordDisposal', 'removeListing');
      if (claimable) allowed.push('recordCompensationClaim');
      return [...allowed, ...decideClaim];
    }
    default:
      throw new UnreachableCaseError(state);
  }
}

/** The latest date any step of the entry was recorded with: a new step may not be dated before it. */
export function lastStepDate(entry: AcvEntry): { date: IsoDate; step: string } {
  const steps: [IsoDate | null | undefined, string][] = [
    [entry.nominatedOn, 'the nomination'],
    [entry.withdrawnOn, 'the withdrawal'],
    [entry.decision?.decidedOn, 'the decision'],
    [entry.review?.requestedOn, 'the review request'],
    [entry.review?.decidedOn, 'the review decision'],
    [entry.appeal?.lodgedOn, 'the appeal'],
    [entry.appeal?.decidedOn, 'the appeal decision'],
    ...entry.disposalNotices.flatMap((n): [IsoDate, string][] => [
      [n.receivedOn, 'a notice of intended disposal'],
      ...n.bidRequests.map((b): [IsoDate, string] => [b.requestedOn, 'a request to bid']),
    ]),
    ...entry.disposals.map((d): [IsoDate, string] => [d.disposedOn, 'a disposal']),
    [entry.removal?.removedOn, 'the removal'],
    ...entry.compensationClaims.map((c): [IsoDate, string] => [c.claimedOn, 'a compensation claim']),
  ];
  let last = { date: entry.nominatedOn, step: 'the nomination' };
  for (const [date, step] of steps) if (date && date > last.date) last = { date, step };
  return last;
}

/** The step's date: today when not given; never in the future, never before the last step recorded. */
function stepDate(
  entry: AcvEntry | null,
  given: IsoDate | null | undefined,
  today: IsoDate,
  field: string,
): IsoDate {
  const date = given ?? today;
  if (date > today) throw badInput(field, `must not be in the future (today is ${today})`);
  if (entry) {
    const last = lastStepDate(entry);
    if (date < last.date) throw badInput(field, `must not be before ${last.date}, the date of ${last.step}`);
  }
  return date;
}

function refuse(entry: AcvEntry, action: AcvActionType, date: IsoDate, why?: string): never {
  throw new InvalidTransitionError(action, acvStateOn(entry, date), allowedActions(entry, date), why);
}

function requireAllowed(entry: AcvEntry, action: AcvActionType, date: IsoDate): void {
  if (!allowedActions(entry, date).includes(action)) refuse(entry, action, date);
}

/** Recipients of listing and removal notices: owner (or freeholders when no owner is known), occupiers, nominator. */
function listingRecipients(entry: AcvEntry): Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>[] {
  const interest = (role: NoticeRecipientRole) => (i: AcvInterest) => ({
    recipientRole: role,
    recipientName: i.name,
    recipientAddress: i.address,
    recipientOrganisationId: null,
  });
  const owners = entry.owner
    ? [
        {
          recipientRole: 'OWNER' as const,
          recipientName: entry.owner.name,
          recipientAddress: null,
          recipientOrganisationId: entry.owner.organisationId,
        },
      ]
    : entry.interests.filter((i) => i.kind === 'FREEHOLDER').map(interest('OWNER'));
  return [
    ...owners,
    ...entry.interests.filter((i) => i.kind === 'OCCUPIER').map(interest('OCCUPIER')),
    nominatorRecipient(entry),
  ];
}

function nominatorRecipient(entry: AcvEntry): Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'> {
  return {
    recipientRole: 'NOMINATOR',
    recipientName: entry.nominator.name,
    recipientAddress: null,
    recipientOrganisationId: entry.nominator.organisationId,
  };
}

function ownerRecipients(entry: AcvEntry): Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>[] {
  return listingRecipients(entry).filter((r) => r.recipientRole === 'OWNER');
}

function notices(
  recipients: readonly Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>[],
  kind: NoticeKind,
  date: IsoDate,
  text: string,
): AcvNoticeDraft[] {
  return recipients.map((r) => ({ ...r, kind, date, text: `Dear ${r.recipientName},\n\n${text}` }));
}

type Recipient = Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>;

/**
 * Who hears of a nomination (SI 2012/2421 reg 8: the council takes all practicable steps to give information
 * about it): the owner (or the freeholders the nominator named, when no owner is known), the lawful
 * occupiers, the leaseholders, and the parish council when the land is in a parish (unless it nominated).
 */
function nominationRecipients(entry: AcvEntry, parishCouncil: AcvParty | null): Recipient[] {
  const leaseholders = entry.interests
    .filter((i) => i.kind === 'LEASEHOLDER')
    .map((i): Recipient => ({
      recipientRole: 'LEASEHOLDER',
      recipientName: i.name,
      recipientAddress: i.address,
      recipientOrganisationId: null,
    }));
  const parish: Recipient[] =
    parishCouncil && parishCouncil.organisationId !== entry.nominator.organisationId
      ? [
          {
            recipientRole: 'PARISH_COUNCIL',
            recipientName: parishCouncil.name,
            recipientAddress: null,
            recipientOrganisationId: parishCouncil.organisationId,
          },
        ]
      : [];
  return [
    ...listingRecipients(entry).filter((r) => r.recipientRole !== 'NOMINATOR'),
    ...leaseholders,
    ...parish,
  ];
}

/** Makes a new nomination's entry. The eligibility checks come from acv-eligibility (already passed). */
export function createNomination(
  fields: Omit<
    AcvEntry,
    | 'withdrawnOn'
    | 'decision'
    | 'review'
    | 'appeal'
    | 'disposalNotices'
    | 'disposals'
    | 'removal'
    | 'compensationClaims'
    | 'createdAt'
    | 'updatedAt'
    | 'version'
    | 'nominatedOn'
  > & { readonly nominatedOn?: IsoDate | null },
  today: IsoDate,
  at: string,
  /** The parish council of the land's parish, when it is in one and the register knows it. */
  parishCouncil: AcvParty | null = null,
): AcvTransition {
  const nominatedOn = stepDate(null, fields.nominatedOn, today, 'input.receivedOn');
  const entry: AcvEntry = {
    ...fields,
    nominatedOn,
    withdrawnOn: null,
    decision: null,
    review: null,
    appeal: null,
    disposalNotices: [],
    disposals: [],
    removal: null,
    compensationClaims: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const text =
    `On ${nominatedOn} the council received a nomination from ${entry.nominator.name} to enter ` +
    `${entry.site.name} in its list of assets of community value. The council will decide by ` +
    `${nominationDecisionDueOn(nominatedOn)}; you may write to the council about it before then. If the land is ` +
    `listed, its owner must tell the council before selling it or granting a lease of 25 years or more.`;
  return {
    entry,
    notices: notices(nominationRecipients(entry, parishCouncil), 'NOMINATION_RECEIVED', nominatedOn, text),
    auditAction: 'NOMINATED',
  };
}

/**
 * Applies one step to the entry as of `today` (the London calendar date). Returns the entry's next version
 * (version and updatedAt are stamped by the caller), the statutory notices the step produces and the audit
 * action; throws the refusal otherwise. Nothing here writes: a refusal leaves nothing to undo.
 */
export function applyAcvAction(entry: AcvEntry, action: AcvAction, today: IsoDate): AcvTransition {
  const site = entry.site.name;
  switch (action.type) {
    case 'withdrawNomination': {
      const on = stepDate(entry, action.withdrawnOn, today, 'input.withdrawnOn');
      requireAllowed(entry, action.type, on);
      return { entry: { ...entry, withdrawnOn: on }, notices: [], auditAction: 'WITHDRAWN' };
    }
    case 'decideNomination': {
      const on = stepDate(entry, action.decidedOn, today, 'input.decidedOn');
      requireAllowed(entry, action.type, on);
      if (action.outcome === 'UNSUCCESSFUL' && !action.reasons)
        throw badInput('input.reasons', 'written reasons are required when a nomination is unsuccessful');
      if (action.outcome === 'UNSUCCESSFUL' && !action.unsuccessfulGround)
        throw badInput('input.unsuccessfulGround', 'say on what ground the nomination is unsuccessful');
      const listed = action.outcome === 'LISTED';
      const notApplying = action.exceptionsNotApplying ?? [];
      if (listed) assertListable(entry.site.category, notApplying);
      const decided: AcvEntry = {
        ...entry,
        decision: {
          outcome: action.outcome,
          decidedOn: on,
          decidedBy: action.decidedBy,
          reasons: action.reasons,
          unsuccessfulGround: listed ? null : action.unsuccessfulGround,
          late: on > nominationDecisionDueOn(entry.nominatedOn),
          listingExpiryConvention: listed ? action.listingExpiryConvention : null,
          ...(listed && notApplying.length ? { exceptionsNotApplying: notApplying } : {}),
        },
      };
      if (listed) {
        const dates = acvDates(decided);
        const text =
          `${site} has been entered in the council's list of assets of community value on ${on}. ` +
          `It stays listed until ${dates.listingExpiresOn ?? ''}. The owner may ask the council to review the listing ` +
          `by ${dates.reviewRequestDeadline ?? ''}, must tell the council before selling it or granting a lease of 25 years ` +
          `or more, and may claim compensation for loss caused by the listing.` +
          (action.reasons ? `\n\nReasons: ${action.reasons}` : '');
        return {
          entry: decided,
          notices: notices(listingRecipients(decided), 'LISTING', on, text),
          auditAction: 'LISTED',
        };
      }
      const text =
        `The council has decided on ${on} not to list ${site} as an asset of community value. ` +
        `It is entered in the list of unsuccessful nominations.\n\nReasons: ${action.reasons ?? ''}`;
      return {
        entry: decided,
        notices: notices([nominatorRecipient(decided)], 'UNSUCCESSFUL_NOMINATION', on, text),
        auditAction: 'NOMINATION_UNSUCCESSFUL',
      };
    }
    case 'requestListingReview': {
      const on = stepDate(entry, action.requestedOn, today, 'input.requestedOn');
      const deadline = acvDates(entry).reviewRequestDeadline;
      if (deadline && !entry.review && LISTED_STATES.includes(acvStateOn(entry, on)) && on > deadline)
        throw new DeadlinePassedError(
          'A listing review must be requested within 8 weeks of the listing notice',
          deadline,
          'input.requestedOn',
        );
      requireAllowed(entry, action.type, on);
      return {
        entry: {
          ...entry,
          review: {
            requestedOn: on,
            requestedBy: action.requestedBy,
            agreedDueOn: null,
            decidedOn: null,
            decidedBy: null,
            outcome: null,
            reasons: null,
            late: false,
          },
        },
        notices: [],
        auditAction: 'REVIEW_REQUESTED',
      };
    }
    case 'agreeReviewExtension': {
      requireAllowed(entry, action.type, today);
      const review = entry.review;
      if (!review) return refuse(entry, action.type, today);
      const standard = reviewDecisionDueOn(review.requestedOn);
      if (action.agreedDueOn <= standard)
        throw badInput('input.agreedDueOn', `must be after ${standard}, when the review is due anyway`);
      return {
        entry: { ...entry, review: { ...review, agreedDueOn: action.agreedDueOn } },
        notices: [],
        auditAction: 'REVIEW_EXTENDED',
      };
    }
    case 'decideListingReview': {
      const on = stepDate(entry, action.decidedOn, today, 'input.decidedOn');
      requireAllowed(entry, action.type, on);
      const review = entry.review;
      if (!review) return refuse(entry, action.type, on);
      const due = acvDates(entry).reviewDecisionDueOn ?? on;
      const hearing = action.oralHearingOn ?? null;
      if (hearing && (hearing < review.requestedOn || hearing > on))
        throw badInput(
          'input.oralHearingOn',
          `must be between the review request (${review.requestedOn}) and the decision (${on})`,
        );
      const reviewed: AcvEntry = {
        ...entry,
        review: {
          ...review,
          decidedOn: on,
          decidedBy: action.decidedBy,
          outcome: action.outcome,
          reasons: action.reasons,
          late: on > due,
          ownerRepresentations: action.ownerRepresentations ?? null,
          oralHearingOn: hearing,
        },
      };
      const upheld = action.outcome === 'UPHELD';
      const decisionText = upheld
        ? `The council has reviewed the listing of ${site} and decided on ${on} that it stays listed. ` +
          `You may appeal to the First-tier Tribunal by ${appealDeadline(on)}.\n\nReasons: ${action.reasons}`
        : `The council has reviewed the listing of ${site} and decided on ${on} to remove it from the list.\n\nReasons: ${action.reasons}`;
      const reviewNotices = notices(ownerRecipients(entry), 'REVIEW_DECISION', on, decisionText);
      if (upheld) return { entry: reviewed, notices: reviewNotices, auditAction: 'REVIEW_DECIDED' };
      const removed = removeFrom(reviewed, on, 'REVIEW', action.reasons);
      return {
        entry: removed.entry,
        notices: [...reviewNotices, ...removed.notices],
        auditAction: 'REVIEW_DECIDED',
      };
    }
    case 'recordListingRegistration':
      return recordListingRegistration(entry, action, today);
    case 'recordAppeal': {
      const pending = entry.appeal && !entry.appeal.outcome ? entry.appeal : null;
      let lodged: IsoDate;
      if (pending) {
        requireAllowed(entry, action.type, today);
        lodged = pending.lodgedOn;
      } else {
        if (!action.lodgedOn) throw badInput('input.lodgedOn', 'give the day the appeal was lodged');
        lodged = stepDate(entry, action.lodgedOn, today, 'input.lodgedOn');
        const deadline = acvDates(entry).appealDeadline;
        if (deadline && !entry.appeal && lodged > deadline)
          throw new DeadlinePassedError(
            'An appeal must reach the First-tier Tribunal within 28 days of the day notice of the review decision was sent (or on the next working day when the last day is not one)',
            deadline,
            'input.lodgedOn',
          );
        requireAllowed(entry, action.type, lodged);
      }
      if (!action.outcome) {
        if (pending)
          throw badInput(
            'input.outcome',
            `the appeal lodged on ${lodged} is recorded; give the tribunal's decision`,
          );
        return {
          entry: {
            ...entry,
            appeal: { lodgedOn: lodged, decidedOn: null, outcome: null, notes: action.notes },
          },
          notices: [],
          auditAction: 'APPEAL_LODGED',
        };
      }
      const decided = stepDate(entry, action.decidedOn, today, 'input.decidedOn');
      if (decided < lodged)
        throw badInput('input.decidedOn', `must not be before the appeal was lodged (${lodged})`);
      const appealed: AcvEntry = {
        ...entry,
        appeal: {
          lodgedOn: lodged,
          decidedOn: decided,
          outcome: action.outcome,
          notes: action.notes ?? pending?.notes ?? null,
        },
      };
      if (action.outcome === 'DISMISSED')
        return { entry: appealed, notices: [], auditAction: 'APPEAL_DECIDED' };
      const removed = removeFrom(
        appealed,
        decided,
        'APPEAL',
        action.notes ?? 'The First-tier Tribunal allowed the appeal',
      );
      return { entry: removed.entry, notices: removed.notices, auditAction: 'APPEAL_DECIDED' };
    }
    case 'recordDisposalNotice': {
      const on = stepDate(entry, action.receivedOn, today, 'input.receivedOn');
      requireAllowed(entry, action.type, on);
      const notice: AcvDisposalNotice = {
        receivedOn: on,
        exemptCategory: action.exemptCategory,
        details: action.details,
        bidRequests: [],
      };
      if (action.exemptCategory) {
        return {
          entry: { ...entry, disposalNotices: [...entry.disposalNotices, notice] },
          notices: [],
          auditAction: 'EXEMPT_DISPOSAL_NOTICE_RECORDED',
        };
      }
      const running = moratoriumOn(entry, on);
      if (running) {
        refuse(
          entry,
          action.type,
          on,
          `the notice received on ${running.noticeReceivedOn} covers a disposal until ${running.protectedPeriodEndsOn}`,
        );
      }
      const moratorium = moratoriumOf(notice);
      const text =
        `The owner of ${site} has given notice, received by the council on ${on}, that they intend to sell it. ` +
        `A community interest group may ask in writing to be treated as a potential bidder until ` +
        `${moratorium.interimMoratoriumEndsOn}; if one does, the owner may not sell to anyone else until ` +
        `${fullMoratoriumEndsOn(on)}. The protected period ends on ${moratorium.protectedPeriodEndsOn}.`;
      return {
        entry: { ...entry, disposalNotices: [...entry.disposalNotices, notice] },
        notices: [
          // s.97(3): the nominator is told in writing.
          ...notices([nominatorRecipient(entry)], 'MORATORIUM', on, text),
          // s.97(4): the same matters are publicised in the area where the land is.
          moratoriumPublicity(entry, on),
        ],
        auditAction: 'DISPOSAL_NOTICE_RECORDED',
      };
    }
    case 'requestToBid': {
      const on = stepDate(entry, action.requestedOn, today, 'input.requestedOn');
      const moratorium = moratoriumOn(entry, on);
      if (
        moratorium &&
        on > moratorium.interimMoratoriumEndsOn &&
        LISTED_STATES.includes(acvStateOn(entry, on))
      )
        throw new DeadlinePassedError(
          'A request to be treated as a potential bidder must be made within the interim moratorium',
          moratorium.interimMoratoriumEndsOn,
          'input.requestedOn',
        );
      const state = acvStateOn(entry, on);
      // A second group may still ask once the first has: the full moratorium is running but the interim has not ended.
      const inInterim = moratorium !== null && on <= moratorium.interimMoratoriumEndsOn;
      if (!inInterim || !LISTED_STATES.includes(state)) refuse(entry, action.type, on);
      if (moratorium.bidRequests.some((b) => b.bidder.organisationId === action.bidder.organisationId))
        refuse(entry, action.type, on, `${action.bidder.name} has already asked to bid`);
      const request: AcvBidRequest = { requestedOn: on, bidder: action.bidder };
      const disposalNotices = entry.disposalNotices.map((n) =>
        n.receivedOn === moratorium.noticeReceivedOn && isRelevant(n)
          ? { ...n, bidRequests: [...n.bidRequests, request] }
          : n,
      );
      const text =
        `${action.bidder.name} asked in writing on ${on} to be treated as a potential bidder for ${site}. ` +
        `The full moratorium therefore runs until ${fullMoratoriumEndsOn(moratorium.noticeReceivedOn)}: until then ` +
        `the land may be sold only to a community interest group. You do not have to accept any bid.`;
      return {
        entry: { ...entry, disposalNotices },
        notices: notices(ownerRecipients(entry), 'BID_REQUEST', on, text),
        auditAction: 'BID_REQUESTED',
      };
    }
    case 'recordDisposal': {
      const on = stepDate(entry, action.disposedOn, today, 'input.disposedOn');
      requireAllowed(entry, action.type, on);
      if (!action.exemptCategory) {
        const moratorium = moratoriumOn(entry, on);
        if (!moratorium)
          refuse(
            entry,
            action.type,
            on,
            'no notice of intended disposal covers this date; the owner must give notice first',
          );
        const bid = moratorium.bidRequests.some((b) => b.requestedOn <= on);
        const endsOn = bid ? (moratorium.fullMoratoriumEndsOn ?? '') : moratorium.interimMoratoriumEndsOn;
        if (on <= endsOn && !action.toCommunityInterestGroup) throw new MoratoriumInForceError(endsOn);
      }
      return {
        entry: {
          ...entry,
          disposals: [
            ...entry.disposals,
            {
              disposedOn: on,
              buyerName: action.buyerName,
              toCommunityInterestGroup: action.toCommunityInterestGroup,
              exemptCategory: action.exemptCategory,
            },
          ],
        },
        notices: [],
        auditAction: action.exemptCategory ? 'EXEMPT_DISPOSAL_RECORDED' : 'DISPOSAL_RECORDED',
      };
    }
    case 'removeListing': {
      const on = stepDate(entry, action.removedOn, today, 'input.removedOn');
      requireAllowed(entry, action.type, on);
      if (!action.details.trim()) throw badInput('input.details', 'say why the land is removed');
      return removeFrom(entry, on, action.reason, action.details);
    }
    case 'recordCompensationClaim': {
      const on = stepDate(entry, action.claimedOn, today, 'input.claimedOn');
      assertPrivateOwner(entry.owner?.kind ?? null);
      let deadline: IsoDate | null;
      if (action.moratoriumNoticeReceivedOn) {
        const moratorium = moratoriaOf(entry).find(
          (m) => m.noticeReceivedOn === action.moratoriumNoticeReceivedOn,
        );
        if (!moratorium)
          throw badInput(
            'input.moratoriumNoticeReceivedOn',
            'no moratorium of this entry started on that day',
          );
        deadline = moratorium.compensationClaimDeadline;
      } else {
        deadline = listingClaimDeadline(entry, on);
        if (!deadline)
          refuse(entry, action.type, on, 'the listing has not ended; name the moratorium the claim is about');
      }
      if (on > deadline)
        throw new DeadlinePassedError(
          'A compensation claim must be made within 13 weeks',
          deadline,
          'input.claimedOn',
        );
      const claim: AcvCompensationClaim = {
        claimedOn: on,
        moratoriumNoticeReceivedOn: action.moratoriumNoticeReceivedOn,
        amountClaimedPence: action.amountClaimedPence,
        outcome: action.outcome,
        amountAwardedPence: action.amountAwardedPence,
      };
      return {
        entry: { ...entry, compensationClaims: [...entry.compensationClaims, claim] },
        notices: [],
        auditAction: 'COMPENSATION_CLAIM_RECORDED',
      };
    }
    case 'decideCompensationClaim': {
      requireAllowed(entry, action.type, today);
      const index = entry.compensationClaims.findIndex(
        (c) =>
          c.claimedOn === action.claimedOn &&
          c.moratoriumNoticeReceivedOn === action.moratoriumNoticeReceivedOn &&
          c.outcome === 'PENDING',
      );
      if (index < 0)
        throw badInput(
          'input.claimedOn',
          'no pending compensation claim was made on that day about that period',
        );
      if (action.outcome === 'AWARDED' && action.amountAwardedPence === null)
        throw badInput('input.amountAwardedPence', 'give the amount awarded');
      const compensationClaims = entry.compensationClaims.map((claim, i) =>
        i === index
          ? {
              ...claim,
              outcome: action.outcome,
              amountAwardedPence: action.outcome === 'AWARDED' ? action.amountAwardedPence : null,
            }
          : claim,
      );
      return {
        entry: { ...entry, compensationClaims },
        notices: [],
        auditAction: 'COMPENSATION_CLAIM_DECIDED',
      };
    }
    default:
      throw new UnreachableCaseError(action);
  }
}

/**
 * The public notice of a moratorium (s.97(4)): for the council's website, the local press or the site, so it
 * names the land and its address rather than a person, and gives the matters s.97(2) puts on the list.
 */
function moratoriumPublicity(entry: AcvEntry, receivedOn: IsoDate): AcvNoticeDraft {
  const address = entry.site.address
    ? [...entry.site.address.lines, entry.site.address.postTown, entry.site.address.postcode]
        .filter((part) => part)
        .join(', ')
    : null;
  const where = address ? `${entry.site.name}, ${address}` : entry.site.name;
  return {
    kind: 'MORATORIUM_PUBLICITY',
    recipientRole: 'PUBLIC',
    recipientName: `The public in the area of ${entry.site.name}`,
    recipientAddress: null,
    recipientOrganisationId: null,
    date: receivedOn,
    text:
      `Public notice: asset of community value. ${where} is in the council's list of assets of community ` +
      `value. On ${receivedOn} the council received the owner's notice that they intend to sell it or grant a ` +
      `long lease. A community interest group may ask the council in writing to be treated as a potential ` +
      `bidder until ${interimMoratoriumEndsOn(receivedOn)} (the end of the interim moratorium); if one does, the ` +
      `land may be sold only to a community interest group until ${fullMoratoriumEndsOn(receivedOn)} (the end ` +
      `of the full moratorium). The protected period ends on ${protectedPeriodEndsOn(receivedOn)}.`,
  };
}

function removeFrom(entry: AcvEntry, on: IsoDate, reason: RemovalReason, details: string): AcvTransition {
  const removed: AcvEntry = { ...entry, removal: { removedOn: on, reason, details } };
  const text =
    `${entry.site.name} was removed from the council's list of assets of community value on ${on} ` +
    `(${reason.toLowerCase().replaceAll('_', ' ')}).\n\n${details}`;
  return {
    entry: removed,
    notices: notices(listingRecipients(entry), 'REMOVAL', on, text),
    auditAction: 'REMOVED',
  };
}

/**
 * Records the local land charge and the Land Registry restriction of a listing: each date on or after the
 * listing and not in the future. Not a step of the timetable, so it may be recorded at any time while listed.
 */
function recordListingRegistration(
  entry: AcvEntry,
  action: Extract<AcvAction, { type: 'recordListingRegistration' }>,
  today: IsoDate,
): AcvTransition {
  requireAllowed(entry, action.type, today);
  const listedOn = entry.decision?.decidedOn ?? entry.nominatedOn;
  const checked = (date: IsoDate | null | undefined, field: string): IsoDate | null | undefined => {
    if (!date) return date;
    if (date > today) throw badInput(field, `must not be in the future (today is ${today})`);
    if (date < listedOn) throw badInput(field, `must not be before the listing on ${listedOn}`);
    return date;
  };
  const before = entry.registration ?? {
    localLandChargeRegisteredOn: null,
    landRegistryRestrictionAppliedOn: null,
    landUnregistered: false,
  };
  const charge = checked(action.localLandChargeRegisteredOn, 'input.localLandChargeRegisteredOn');
  const restriction = checked(
    action.landRegistryRestrictionAppliedOn,
    'input.landRegistryRestrictionAppliedOn',
  );
  const registration = {
    localLandChargeRegisteredOn: charge === undefined ? before.localLandChargeRegisteredOn : charge,
    landRegistryRestrictionAppliedOn:
      restriction === undefined ? before.landRegistryRestrictionAppliedOn : restriction,
    landUnregistered: action.landUnregistered ?? before.landUnregistered,
  };
  if (registration.landUnregistered && registration.landRegistryRestrictionAppliedOn)
    throw badInput(
      'input.landUnregistered',
      'a restriction is applied for only on registered land: give one or the other',
    );
  return { entry: { ...entry, registration }, notices: [], auditAction: 'REGISTRATION_RECORDED' };
}

/** What officers must do next for this entry and by when (the work queue): one task per open duty. */
export function openTasks(entry: AcvEntry): AcvTask[] {
  const base = { entryId: entry.id, councilCode: entry.councilCode, siteName: entry.site.name };
  if (entry.withdrawnOn) return [];
  const dates = acvDates(entry);
  if (!entry.decision) return [{ ...base, kind: 'NOMINATION_DECISION', dueOn: dates.decisionDueOn }];
  if (entry.decision.outcome !== 'LISTED' || entry.removal) return [];
  const tasks: AcvTask[] = [{ ...base, kind: 'LISTING_EXPIRY', dueOn: dates.listingExpiresOn ?? '' }];
  if (entry.review && !entry.review.decidedOn && dates.reviewDecisionDueOn)
    tasks.push({ ...base, kind: 'REVIEW_DECISION', dueOn: dates.reviewDecisionDueOn });
  const latest = moratoriaOf(entry).at(-1);
  if (latest) tasks.push({ ...base, kind: 'MORATORIUM_END', dueOn: latest.moratoriumEndsOn });
  const relevantDisposal = entry.disposals.find((d) => !d.exemptCategory);
  if (relevantDisposal)
    tasks.push({ ...base, kind: 'REMOVAL_AFTER_DISPOSAL', dueOn: relevantDisposal.disposedOn });
  // Due from the day of listing. Entries imported from a council's existing register were registered by
  // the council at the time, so they get no such task.
  const registration = entry.registration;
  if (!entry.registerReference) {
    if (!registration?.localLandChargeRegisteredOn)
      tasks.push({ ...base, kind: 'LOCAL_LAND_CHARGE', dueOn: entry.decision.decidedOn });
    if (!registration?.landRegistryRestrictionAppliedOn && !registration?.landUnregistered)
      tasks.push({ ...base, kind: 'LAND_REGISTRY_RESTRICTION', dueOn: entry.decision.decidedOn });
  }
  return tasks;
}

/**
 * NOT_ELIGIBLE while the land is already nominated, or listed outside its last 8 weeks (re-nomination is
 * allowed then, so a new listing can follow the old one without a gap).
 */
export function assertCanNominateAgain(existing: readonly AcvEntry[], today: IsoDate): void {
  for (const entry of existing) {
    const state = acvStateOn(entry, today);
    if (state === 'NOMINATED') {
      throw new NotEligibleError(
        'ALREADY_NOMINATED',
        `${entry.site.name} was nominated on ${entry.nominatedOn} and awaits the council's decision`,
        { field: 'input.buildingId', existingEntryId: entry.id },
      );
    }
    const opens = acvDates(entry).renominationOpensOn;
    if (LISTED_STATES.includes(state) && opens && today < opens) {
      throw new NotEligibleError(
        'ALREADY_LISTED',
        `${entry.site.name} is listed until ${acvDates(entry).listingExpiresOn ?? ''}; it may be nominated again from ${opens}`,
        { field: 'input.buildingId', existingEntryId: entry.id, renominationOpensOn: opens },
      );
    }
  }
}
