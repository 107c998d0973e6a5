/**
 * The steps a co-location record allows today, named as the mutations that take them (as ACV's
 * allowedActions are), before asking who calls: each is the check its mutation makes of the record, so a
 * step listed here is refused by its mutation only for the caller's lack of a role (changes/allowed-actions.ts
 * adds that). Pure.
 */
import { isNeedOpen } from './space-need';
import type { SpaceNeed } from './space-need';
import { mayAddInterestMessage, mayTransitionInterest } from './space-interest';
import type { SpaceInterest } from './space-interest';
import { isOfferLive, mayMarkOfferTaken } from './space-offer';
import type { SpaceOffer } from './space-offer';

/** Steps on an offer (the schema's SpaceOfferAction). */
export const SPACE_OFFER_ACTIONS = ['updateSpaceOffer', 'markOfferTaken'] as const;
export type SpaceOfferAction = (typeof SPACE_OFFER_ACTIONS)[number];

/** Steps on a need (the schema's SpaceNeedAction). */
export const SPACE_NEED_ACTIONS = ['closeSpaceNeed'] as const;
export type SpaceNeedAction = (typeof SPACE_NEED_ACTIONS)[number];

/** Steps on an expression of interest (the schema's SpaceInterestAction). */
export const SPACE_INTEREST_ACTIONS = ['respondToInterest', 'replyToInterest', 'withdrawInterest'] as const;
export type SpaceInterestAction = (typeof SPACE_INTEREST_ACTIONS)[number];

/**
 * A live offer may be edited (changeOffer: a TAKEN or WITHDRAWN one is history), and marked taken while it is
 * OPEN or UNDER_OFFER (transitionOffer).
 */
export function offerActionsByStatus(
  offer: Pick<SpaceOffer, 'status' | 'availability'>,
  today: string,
): SpaceOfferAction[] {
  if (!isOfferLive(offer)) return [];
  return mayMarkOfferTaken(offer, today) ? ['updateSpaceOffer', 'markOfferTaken'] : ['updateSpaceOffer'];
}

/** An open need may be closed (closeSpaceNeed). */
export function needActionsByStatus(need: Pick<SpaceNeed, 'status'>): SpaceNeedAction[] {
  return isNeedOpen(need) ? ['closeSpaceNeed'] : [];
}

/**
 * A PENDING interest may be answered (declining it always works; accepting it also needs its offer OPEN);
 * an open one with room in its thread may be written in; a PENDING or ACCEPTED one may be withdrawn.
 */
export function interestActionsByStatus(
  interest: Pick<SpaceInterest, 'status' | 'thread'>,
): SpaceInterestAction[] {
  return [
    ...(mayTransitionInterest(interest, 'DECLINE') ? (['respondToInterest'] as const) : []),
    ...(mayAddInterestMessage(interest) ? (['replyToInterest'] as const) : []),
    ...(mayTransitionInterest(interest, 'WITHDRAW') ? (['withdrawInterest'] as const) : []),
  ];
}
