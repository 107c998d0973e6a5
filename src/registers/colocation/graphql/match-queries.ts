/**
 * The matches: every candidate of a need (or an offer) scored by the domain (matching.ts) and ranked, then
 * paged in memory. The candidates are read beside the checks of the caller's right to ask, so an operation
 * costs its dependency depth in round trips: for an offer, the offer; then its organisation, the caller's
 * memberships and the candidate needs together; then the needs' organisations (their kinds are scored).
 */
import { QueryTooCostlyError } from '../../../kernel/domain/errors';
import type { NearbyResult, Page, PageRequest } from '../../../kernel/domain/ports';
import { MAX_SEARCH_RADIUS_KM } from '../../../kernel/domain/request-limits';
import { loadReferencedOrganisation } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import {
  canSeeOffer,
  loadVisibleNeed,
  loadVisibleOffer,
  preloadActor,
  startEarly,
  today,
} from '../changes/colocation-reads';
import { compareMatches, matchOfferToNeed } from '../domain/matching';
import type { ScoredMatch } from '../domain/matching';
import type { SpaceNeed } from '../domain/space-need';
import { costVisibilityOf } from '../domain/space-offer';
import type { SpaceOffer } from '../domain/space-offer';

// A council area's open offers considered for a need that names the area (newest first).
const MAX_AREA_CANDIDATES = 1000;

const matchOrderKey = (match: ScoredMatch) =>
  [
    String(100 - match.score).padStart(3, '0'),
    String(match.distanceKm === null ? 9_999_999_999 : Math.round(match.distanceKm * 100_000)).padStart(
      10,
      '0',
    ),
    match.offerId,
    match.needId,
  ].join('#');

async function openOffersInArea(ctx: RegisterContext, councilCode: string): Promise<SpaceOffer[]> {
  const offers: SpaceOffer[] = [];
  let after: string | null = null;
  do {
    const page: Page<SpaceOffer> = await ctx.stores.colocation.listSpaceOffersByCouncil(councilCode, 'OPEN', {
      first: 100,
      after,
    });
    offers.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && offers.length < MAX_AREA_CANDIDATES);
  return offers;
}

/** The matches rank every candidate in the circle: a search its read budget cut short is refused. */
function wholeCircle<T>(ctx: RegisterContext, result: NearbyResult<T>): NearbyResult<T>['found'] {
  if (result.complete) return result.found;
  throw new QueryTooCostlyError(
    'DISTANCE_SEARCH_READS',
    ctx.limits.distanceSearch.itemsPerSearch,
    null,
    'This search would read more of the register than one request may. Search a smaller radius, or ' +
      'ask for fewer searches in one request.',
  );
}

async function candidateOffers(ctx: RegisterContext, need: SpaceNeed): Promise<SpaceOffer[]> {
  const offers =
    need.location && need.radiusKm !== null
      ? wholeCircle(
          ctx,
          await ctx.stores.colocation.findSpaceOffersNear(need.location, need.radiusKm, ctx.distanceSearch()),
        ).map((found) => found.item)
      : need.councilCode
        ? await openOffersInArea(ctx, need.councilCode)
        : [];
  const visible = await Promise.all(offers.map((offer) => canSeeOffer(ctx, offer)));
  return offers.filter((_, index) => visible[index]);
}

/** Open needs that could want this offer: point needs within the widest radius, and needs naming its area. */
async function readCandidateNeeds(ctx: RegisterContext, offer: SpaceOffer) {
  const location = offer.building.location;
  const [near, inArea] = await Promise.all([
    location
      ? ctx.stores.colocation.findSpaceNeedsNear(location, MAX_SEARCH_RADIUS_KM, ctx.distanceSearch())
      : null,
    ctx.stores.colocation.listOpenSpaceNeedsByCouncil(offer.building.councilCode),
  ]);
  return { near, inArea };
}

/** The candidate needs the caller may see, the offering organisation's own left out. */
async function visibleCandidateNeeds(
  ctx: RegisterContext,
  offer: SpaceOffer,
  read: Awaited<ReturnType<typeof readCandidateNeeds>>,
): Promise<SpaceNeed[]> {
  const needs = [
    ...(read.near ? wholeCircle(ctx, read.near).map((found) => found.item) : []),
    ...read.inArea,
  ].filter((need) => need.organisationId !== offer.organisationId);
  const visible = await Promise.all(needs.map((need) => ctx.isAllowed('spaceNeed.view', need)));
  return needs.filter((_, index) => visible[index]);
}

/** Whether the caller may see the offer's monthly cost (its organisation's choice, costVisibilityOf). */
export function canSeeCost(ctx: RegisterContext, offer: SpaceOffer): Promise<boolean> {
  return ctx.isAllowed('spaceOffer.viewCost', {
    organisationId: offer.organisationId,
    costVisibility: costVisibilityOf(offer),
  });
}

/** One need and one offer scored, as the caller may see them. */
export async function scoreMatch(
  ctx: RegisterContext,
  need: SpaceNeed,
  offer: SpaceOffer,
): Promise<ScoredMatch> {
  const [seeker, costShown] = await Promise.all([
    ctx.organisations.load(need.organisationId),
    canSeeCost(ctx, offer),
  ]);
  // A cost the caller may not see is scored (and explained) as one the offer does not state.
  const scored = costShown ? offer : { ...offer, monthlyCost: null };
  return {
    ...matchOfferToNeed(need, seeker?.kind ?? 'UNINCORPORATED_GROUP', scored, today(ctx)),
    need,
    offer,
  };
}

async function pageMatches(
  ctx: RegisterContext,
  cursorQuery: string,
  pairs: { need: SpaceNeed; offer: SpaceOffer }[],
  includeExcluded: boolean,
  page: PageRequest,
) {
  const scored = await Promise.all(pairs.map(({ need, offer }) => scoreMatch(ctx, need, offer)));
  const ranked = scored.filter((match) => includeExcluded || !match.excluded).sort(compareMatches);
  return ctx.stores.colocation.pageSorted(cursorQuery, ranked, matchOrderKey, page);
}

/** The offers that could answer a need the caller may see, best first. */
export async function matchesForNeed(
  ctx: RegisterContext,
  needId: string,
  includeExcluded: boolean,
  page: PageRequest,
) {
  const need = await loadVisibleNeed(ctx, needId);
  const offers = await candidateOffers(ctx, need);
  return pageMatches(
    ctx,
    `matchesForNeed|${need.id}|${includeExcluded}`,
    offers.map((offer) => ({ need, offer })),
    includeExcluded,
    page,
  );
}

/**
 * The needs an offer could answer, best first, for whoever may see the offer's private side. The candidates
 * are read beside that check (and answered only once it passes).
 */
export async function matchesForOffer(
  ctx: RegisterContext,
  offerId: string,
  includeExcluded: boolean,
  page: PageRequest,
) {
  preloadActor(ctx);
  const offer = await loadVisibleOffer(ctx, offerId);
  const candidates = startEarly(() => readCandidateNeeds(ctx, offer));
  await ctx.assertAllowed('spaceOffer.viewPrivate', {
    organisation: await loadReferencedOrganisation(ctx, offer.organisationId, 'offerId'),
  });
  const needs = await visibleCandidateNeeds(ctx, offer, await candidates());
  return pageMatches(
    ctx,
    `matchesForOffer|${offer.id}|${includeExcluded}`,
    needs.map((need) => ({ need, offer })),
    includeExcluded,
    page,
  );
}
