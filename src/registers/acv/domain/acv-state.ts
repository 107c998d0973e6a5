/**
 * The state of an entry on a date, derived from its recorded steps (never stored, so never stale): its
 * state, its dates, its moratoria, the actions it allows, the officers' open tasks and whether the land may
 * be nominated again.
 */
import type { AcvBidRequest, AcvDisposalNotice, AcvEntry, AcvState, AcvTask } from './acv-records';
import { LISTED_STATES } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import {
  compensationClaimDeadline,
  fullMoratoriumEndsOn,
  interimMoratoriumEndsOn,
  listingExpiresOn,
  nominationDecisionDueOn,
  protectedPeriodEndsOn,
  renominationOpensOn,
  reviewDecisionDueOn,
  reviewRequestDeadline,
  appealDeadline,
} from './acv-timetable';
import type { AcvActionType } from './acv-action';
import { NotEligibleError, UnreachableCaseError } from '../../../kernel/domain/errors';

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

export function isRelevant(notice: AcvDisposalNotice): boolean {
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
export function moratoriumOn(entry: AcvEntry, date: IsoDate): AcvMoratorium | null {
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
export function listingClaimDeadline(entry: AcvEntry, on: IsoDate): IsoDate | null {
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
