/**
 * The steps of a listing's life: the nomination's withdrawal and decision, the owner's review and appeal,
 * the listing's registration and its removal. Each is one pure `(entry, action, today) -> transition`.
 */
import type { AcvEntry } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { AcvActionOf, AcvTransition } from './acv-action';
import { refuse, requireAllowed, stepDate } from './acv-step-guards';
import { LISTED_STATES } from './acv-records';
import { assertListable } from './acv-listability';
import { appealDeadline, nominationDecisionDueOn, reviewDecisionDueOn } from './acv-timetable';
import { acvDates, acvStateOn } from './acv-state';
import {
  listingRecipients,
  nominatorRecipient,
  notices,
  ownerRecipients,
  removeFrom,
} from './acv-notice-drafts';
import { badInput, DeadlinePassedError } from '../../../kernel/domain/errors';

/** The nominator withdraws before the decision (no notices: nobody else has been told of a decision). */
export function withdrawNomination(
  entry: AcvEntry,
  action: AcvActionOf<'withdrawNomination'>,
  today: IsoDate,
): AcvTransition {
  const on = stepDate(entry, action.withdrawnOn, today, 'input.withdrawnOn');
  requireAllowed(entry, action.type, on);
  return { entry: { ...entry, withdrawnOn: on }, notices: [], auditAction: 'WITHDRAWN' };
}

/** The council decides within 8 weeks: listed (with its notices to owner, occupiers and nominator) or unsuccessful (with written reasons to the nominator). */
export function decideNomination(
  entry: AcvEntry,
  action: AcvActionOf<'decideNomination'>,
  today: IsoDate,
): AcvTransition {
  const site = entry.site.name;
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

/** The owner asks for a review within 8 weeks of the listing notice. */
export function requestListingReview(
  entry: AcvEntry,
  action: AcvActionOf<'requestListingReview'>,
  today: IsoDate,
): AcvTransition {
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

/** The council and the owner agree a later date for the review decision than the standard one. */
export function agreeReviewExtension(
  entry: AcvEntry,
  action: AcvActionOf<'agreeReviewExtension'>,
  today: IsoDate,
): AcvTransition {
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

/** The review decision: upheld (the owner may appeal) or not (the land leaves the list). */
export function decideListingReview(
  entry: AcvEntry,
  action: AcvActionOf<'decideListingReview'>,
  today: IsoDate,
): AcvTransition {
  const site = entry.site.name;
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

/** The appeal to the First-tier Tribunal: lodged (pending), then its result; an allowed appeal removes the listing. */
export function recordAppeal(
  entry: AcvEntry,
  action: AcvActionOf<'recordAppeal'>,
  today: IsoDate,
): AcvTransition {
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
  if (action.outcome === 'DISMISSED') return { entry: appealed, notices: [], auditAction: 'APPEAL_DECIDED' };
  const removed = removeFrom(
    appealed,
    decided,
    'APPEAL',
    action.notes ?? 'The First-tier Tribunal allowed the appeal',
  );
  return { entry: removed.entry, notices: removed.notices, auditAction: 'APPEAL_DECIDED' };
}

/** The council removes the land from the list, with its reasons. */
export function removeListing(
  entry: AcvEntry,
  action: AcvActionOf<'removeListing'>,
  today: IsoDate,
): AcvTransition {
  const on = stepDate(entry, action.removedOn, today, 'input.removedOn');
  requireAllowed(entry, action.type, on);
  if (!action.details.trim()) throw badInput('input.details', 'say why the land is removed');
  return removeFrom(entry, on, action.reason, action.details);
}

/**
 * Records the local land charge and the Land Registry restriction of a listing: each date on or after the
 * listing and not in the future. Not a step of the timetable, so it may be recorded at any time while listed.
 */
export function recordListingRegistration(
  entry: AcvEntry,
  action: AcvActionOf<'recordListingRegistration'>,
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
