/**
 * What the caller may do to a co-location record today: the steps its status allows (the domain's
 * colocation-actions.ts) that the authorization engine lets this caller take, each decided on the resource
 * its mutation decides on. A step listed is accepted by its mutation (given valid input and the current
 * version); a step not listed is refused. Anonymous callers may take none, and are answered without a read.
 */
import type { Building } from '../../../kernel/domain/records';
import type { RegisterContext } from '../../context';
import {
  interestActionsByStatus,
  needActionsByStatus,
  offerActionsByStatus,
} from '../domain/colocation-actions';
import type { SpaceInterestAction, SpaceNeedAction, SpaceOfferAction } from '../domain/colocation-actions';
import type { SpaceInterest } from '../domain/space-interest';
import type { SpaceNeed } from '../domain/space-need';
import type { SpaceOffer } from '../domain/space-offer';
import { today } from './colocation-reads';

async function isSignedIn(ctx: RegisterContext): Promise<boolean> {
  return (await ctx.getActor()).kind !== 'anonymous';
}

/**
 * Editing an offer and marking it taken are decided on the offering organisation and the offer's building as
 * it is now (`loadBuilding`, the request's loader), as changeOffer decides them; no building, no step.
 */
export async function allowedOfferActions(
  ctx: RegisterContext,
  offer: SpaceOffer,
  loadBuilding: (id: string) => Promise<Building | null>,
): Promise<SpaceOfferAction[]> {
  const possible = offerActionsByStatus(offer, today(ctx));
  if (!possible.length || !(await isSignedIn(ctx))) return [];
  const building = await loadBuilding(offer.buildingId);
  if (!building) return [];
  const allowed = await ctx.isAllowed('spaceOffer.update', {
    organisationId: offer.organisationId,
    building,
  });
  return allowed ? possible : [];
}

/** Closing a need: editors of its organisation (spaceNeed.update), as closeSpaceNeed decides. */
export async function allowedNeedActions(ctx: RegisterContext, need: SpaceNeed): Promise<SpaceNeedAction[]> {
  const possible = needActionsByStatus(need);
  if (!possible.length || !(await isSignedIn(ctx))) return [];
  return (await ctx.isAllowed('spaceNeed.update', need)) ? possible : [];
}

const INTEREST_RULE = {
  respondToInterest: 'interest.respond',
  replyToInterest: 'interest.reply',
  withdrawInterest: 'interest.withdraw',
} as const satisfies Record<SpaceInterestAction, string>;

/** Each step of an interest by its own rule: answering (the offering side), writing (either), withdrawing. */
export async function allowedInterestActions(
  ctx: RegisterContext,
  interest: SpaceInterest,
): Promise<SpaceInterestAction[]> {
  const possible = interestActionsByStatus(interest);
  if (!possible.length || !(await isSignedIn(ctx))) return [];
  const allowed = await Promise.all(possible.map((action) => ctx.isAllowed(INTEREST_RULE[action], interest)));
  return possible.filter((_, index) => allowed[index]);
}
