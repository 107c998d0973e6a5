/**
 * The asset of community value lifecycle, as pure functions: `(entry, action, today) -> { entry, notices,
 * auditAction }` or a typed error. The state is computed from the entry's dates and a day (never stored, so
 * never stale); each step takes the date it happened, defaulting to today, never in the future and never
 * before the last step recorded, so councils can enter past cases in order. Refusals:
 * INVALID_TRANSITION (the state and the actions allowed), DEADLINE_PASSED (the deadline),
 * MORATORIUM_IN_FORCE, NOT_ELIGIBLE, BAD_USER_INPUT (a date out of range or a missing reason).
 *
 * The transition is a table (ACV_STEPS): one step function per action, in acv-listing-steps.ts (the listing's
 * life) and acv-disposal-steps.ts (sales, moratoria, compensation); acv-state.ts derives the state and dates.
 */
import type { AcvEntry, AcvParty } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import { nominationDecisionDueOn } from './acv-timetable';
import type { AcvAction, AcvActionType, AcvStep, AcvSteps, AcvTransition } from './acv-action';
import { stepDate } from './acv-step-guards';
import { nominationRecipients, notices } from './acv-notice-drafts';
import {
  agreeReviewExtension,
  decideListingReview,
  decideNomination,
  recordAppeal,
  recordListingRegistration,
  removeListing,
  requestListingReview,
  withdrawNomination,
} from './acv-listing-steps';
import {
  decideCompensationClaim,
  recordCompensationClaim,
  recordDisposal,
  recordDisposalNotice,
  requestToBid,
} from './acv-disposal-steps';

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
  // The table is keyed by the action's type, so the step found takes exactly this action; TypeScript cannot
  // follow that correlation through the index, hence the widening to a step of any action.
  const step = ACV_STEPS[action.type] as AcvStep<AcvAction['type']>;
  return step(entry, action, today);
}

/** One step per action, in the order a case runs (the order allowedActions lists them). */
const ACV_STEPS: AcvSteps = {
  withdrawNomination,
  decideNomination,
  requestListingReview,
  agreeReviewExtension,
  decideListingReview,
  recordListingRegistration,
  recordAppeal,
  recordDisposalNotice,
  requestToBid,
  recordDisposal,
  removeListing,
  recordCompensationClaim,
  decideCompensationClaim,
};

/** Every action of the lifecycle, in the order a case runs (the schema's AcvAction enum lists the same). */
export const ACV_ACTION_TYPES = Object.keys(ACV_STEPS) as readonly AcvActionType[];
