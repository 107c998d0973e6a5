/**
 * The steps of a sale: the owner's notice of intended disposal (and the moratorium it starts, s.95), a
 * community interest group's request to bid, the disposal itself, and compensation claims for the loss a
 * listing or a moratorium caused. Each is one pure `(entry, action, today) -> transition`.
 */
import type { AcvEntry } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { AcvActionOf, AcvTransition } from './acv-action';
import { refuse, requireAllowed, stepDate } from './acv-step-guards';
import type { AcvBidRequest, AcvCompensationClaim, AcvDisposalNotice } from './acv-records';
import { LISTED_STATES } from './acv-records';
import { fullMoratoriumEndsOn } from './acv-timetable';
import { assertPrivateOwner } from './acv-eligibility';
import {
  acvStateOn,
  isRelevant,
  listingClaimDeadline,
  moratoriaOf,
  moratoriumOf,
  moratoriumOn,
} from './acv-state';
import { moratoriumPublicity, nominatorRecipient, notices, ownerRecipients } from './acv-notice-drafts';
import { badInput, DeadlinePassedError, MoratoriumInForceError } from '../../../kernel/domain/errors';

/** The owner's notice of intended disposal: exempt, or the start of a moratorium (s.95) and its notices. */
export function recordDisposalNotice(
  entry: AcvEntry,
  action: AcvActionOf<'recordDisposalNotice'>,
  today: IsoDate,
): AcvTransition {
  const site = entry.site.name;
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

/** A community interest group asks to be treated as a potential bidder within the interim moratorium. */
export function requestToBid(
  entry: AcvEntry,
  action: AcvActionOf<'requestToBid'>,
  today: IsoDate,
): AcvTransition {
  const site = entry.site.name;
  const on = stepDate(entry, action.requestedOn, today, 'input.requestedOn');
  const moratorium = moratoriumOn(entry, on);
  if (moratorium && on > moratorium.interimMoratoriumEndsOn && LISTED_STATES.includes(acvStateOn(entry, on)))
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

/** A sale or long lease: outside a moratorium, or to a community interest group, or exempt. */
export function recordDisposal(
  entry: AcvEntry,
  action: AcvActionOf<'recordDisposal'>,
  today: IsoDate,
): AcvTransition {
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

/** A private owner's claim for loss, within 13 weeks of the moratorium or the listing it is about. */
export function recordCompensationClaim(
  entry: AcvEntry,
  action: AcvActionOf<'recordCompensationClaim'>,
  today: IsoDate,
): AcvTransition {
  const on = stepDate(entry, action.claimedOn, today, 'input.claimedOn');
  assertPrivateOwner(entry.owner?.kind ?? null);
  let deadline: IsoDate | null;
  if (action.moratoriumNoticeReceivedOn) {
    const moratorium = moratoriaOf(entry).find(
      (m) => m.noticeReceivedOn === action.moratoriumNoticeReceivedOn,
    );
    if (!moratorium)
      throw badInput('input.moratoriumNoticeReceivedOn', 'no moratorium of this entry started on that day');
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

/** The council's decision on a pending compensation claim. */
export function decideCompensationClaim(
  entry: AcvEntry,
  action: AcvActionOf<'decideCompensationClaim'>,
  today: IsoDate,
): AcvTransition {
  requireAllowed(entry, action.type, today);
  const index = entry.compensationClaims.findIndex(
    (c) =>
      c.claimedOn === action.claimedOn &&
      c.moratoriumNoticeReceivedOn === action.moratoriumNoticeReceivedOn &&
      c.outcome === 'PENDING',
  );
  if (index < 0)
    throw badInput('input.claimedOn', 'no pending compensation claim was made on that day about that period');
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
