import { interestReplyParty } from '../../../kernel/domain/authorization';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  QueryTooCostlyError,
} from '../../../kernel/domain/errors';
import { labelled, ORGANISATION_KIND_LABELS } from '../domain/labels';
import { compareMatches, matchOfferToNeed } from '../domain/matching';
import type { ScoredMatch } from '../domain/matching';
import type { ColocationRecordChange } from '../domain/colocation-port';
import type { NearbyResult, Page, PageRequest } from '../../../kernel/domain/ports';
import type { Building } from '../../../kernel/domain/records';
import { addInterestMessage, transitionInterest } from '../domain/space-interest';
import type { SpaceInterest } from '../domain/space-interest';
import { closeSpaceNeed, createSpaceNeed } from '../domain/space-need';
import type { SpaceNeed } from '../domain/space-need';
import {
  assertEditableStatusChange,
  assertOfferConsistent,
  assertOfferEditable,
  buildingSnapshot,
  costVisibilityOf,
  createSpaceOffer,
  effectiveOfferStatus,
  isOfferLive,
  transitionOffer,
} from '../domain/space-offer';
import type { SpaceOffer } from '../domain/space-offer';
import { MAX_SEARCH_RADIUS_KM } from '../../../kernel/domain/request-limits';
import {
  expressInterestSchema,
  interestMessageSchema,
  interestReplySchema,
  offerSpaceSchema,
  postSpaceNeedSchema,
  radiusSchema,
  searchFilterSchema,
  searchPointSchema,
  updateSpaceOfferSchema,
} from './colocation-inputs';
import type { UpdateSpaceOfferArgs } from './colocation-inputs';
import type { AccessCheck, ChangeAccess } from '../../../kernel/graphql/context';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';
import {
  applyPatch,
  assertVersion,
  beforeWriting,
  changeBy,
  createOnce,
  isUnchanged,
  nextVersion,
  requireUser,
} from '../../../kernel/changes/change-protocol';
import {
  parseId,
  parsePage,
  requestLoader,
  loadReferencedOrganisation,
} from '../../../kernel/graphql/support';

// A council area's open offers considered for a need that names the area (newest first).
import { searchNear } from './nearby-search';
import { canSeeOffer, offerResource, onlyVisibleOffers, today } from './offer-visibility';

const MAX_AREA_CANDIDATES = 1000;

/** An offer the caller may see; NOT_FOUND otherwise, so hidden offers do not reveal that they exist. */
async function loadVisibleOffer(ctx: RegisterContext, id: string, field = 'id'): Promise<SpaceOffer> {
  const offer = await ctx.stores.colocation.getSpaceOffer(parseId(id, field));
  if (!offer || !(await canSeeOffer(ctx, offer))) throw new NotFoundError('Space offer', id);
  return offer;
}

async function loadVisibleNeed(ctx: RegisterContext, id: string, field = 'id'): Promise<SpaceNeed> {
  const need = await ctx.stores.colocation.getSpaceNeed(parseId(id, field));
  if (!need || !(await ctx.isAllowed('spaceNeed.view', need))) throw new NotFoundError('Space need', id);
  return need;
}

async function loadVisibleInterest(ctx: RegisterContext, id: string): Promise<SpaceInterest> {
  const interest = await ctx.stores.colocation.getSpaceInterest(parseId(id, 'id'));
  if (!interest || !(await ctx.isAllowed('interest.view', interest))) {
    throw new NotFoundError('Expression of interest', id);
  }
  return interest;
}

async function loadBuilding(ctx: RegisterContext, id: string, field: string): Promise<Building> {
  const building = await ctx.stores.buildings.getBuilding(id);
  if (!building || !(await ctx.isAllowed('building.view', building))) {
    throw new BadUserInputError([{ field, message: 'no building in the register has this id' }]);
  }
  return building;
}

/**
 * A change's access checks, begun on the record it is based on: seeing the record (`view`, NOT_FOUND when
 * denied, so a hidden record does not reveal that it exists) and the change itself (`change`), which implies
 * seeing it. What needs the caller's memberships is checked in the change's own transaction when the domain
 * can name the memberships that allow it, and read first only when it cannot.
 */
async function beginChange(
  ctx: RegisterContext,
  view: AccessCheck,
  change: AccessCheck,
): Promise<ChangeAccess> {
  const access = ctx.accessForChange();
  await access.require({ ...view, impliedByLaterChecks: true });
  await access.require(change);
  return access;
}

/** The offer a change is based on, its building as it is now, and the change's access checks begun. */
async function loadOfferForChange(
  ctx: RegisterContext,
  id: string,
  field: string,
): Promise<{ before: SpaceOffer; building: Building; access: ChangeAccess }> {
  const before = await ctx.stores.colocation.getSpaceOffer(parseId(id, field));
  if (!before) throw new NotFoundError('Space offer', id);
  const view: AccessCheck = {
    action: 'spaceOffer.view',
    resource: offerResource(before, effectiveOfferStatus(before, today(ctx))),
    deniedAs: () => new NotFoundError('Space offer', id),
  };
  if (!isOfferLive(before)) {
    // A TAKEN or WITHDRAWN offer (also one withdrawn because its building changed owner) is history for
    // everyone: CONFLICT saying so to whoever may see it, rather than FORBIDDEN by the current owner's rule.
    await ctx.accessForChange().require(view);
    assertOfferEditable(before);
  }
  const building = await ctx.stores.buildings.getBuilding(before.buildingId, { consistent: true });
  if (!building) {
    await ctx.accessForChange().require(view); // NOT_FOUND first for whoever may not see the offer
    throw new NotFoundError('Building', before.buildingId);
  }
  const access = await beginChange(ctx, view, {
    action: 'spaceOffer.update',
    resource: { organisationId: before.organisationId, building },
  });
  return { before, building, access };
}

/** The interest a change is based on, and the change's access checks begun (seeing it, then `action`). */
async function loadInterestForChange(
  ctx: RegisterContext,
  id: string,
  action: 'interest.respond' | 'interest.withdraw',
): Promise<{ before: SpaceInterest; access: ChangeAccess }> {
  const before = await ctx.stores.colocation.getSpaceInterest(parseId(id, 'id'));
  if (!before) throw new NotFoundError('Expression of interest', id);
  const access = await beginChange(
    ctx,
    {
      action: 'interest.view',
      resource: before,
      deniedAs: () => new NotFoundError('Expression of interest', id),
    },
    { action, resource: before },
  );
  return { before, access };
}

// ------------------------------------------------------------------------------------------------------
// Matching

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
async function candidateNeeds(ctx: RegisterContext, offer: SpaceOffer): Promise<SpaceNeed[]> {
  const location = offer.building.location;
  const [near, inArea] = await Promise.all([
    location
      ? ctx.stores.colocation.findSpaceNeedsNear(location, MAX_SEARCH_RADIUS_KM, ctx.distanceSearch())
      : null,
    ctx.stores.colocation.listOpenSpaceNeedsByCouncil(offer.building.councilCode),
  ]);
  const needs = [...(near ? wholeCircle(ctx, near).map((found) => found.item) : []), ...inArea].filter(
    (need) => need.organisationId !== offer.organisationId,
  );
  const visible = await Promise.all(needs.map((need) => ctx.isAllowed('spaceNeed.view', need)));
  return needs.filter((_, index) => visible[index]);
}

/** Whether the caller may see the offer's monthly cost (its organisation's choice, costVisibilityOf). */
function canSeeCost(ctx: RegisterContext, offer: SpaceOffer): Promise<boolean> {
  return ctx.isAllowed('spaceOffer.viewCost', {
    organisationId: offer.organisationId,
    costVisibility: costVisibilityOf(offer),
  });
}

async function scoreMatch(ctx: RegisterContext, need: SpaceNeed, offer: SpaceOffer): Promise<ScoredMatch> {
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

// ------------------------------------------------------------------------------------------------------
// Changes

/** The fields of an offer update as a patch (undefined: unchanged; null: cleared). */
function toOfferPatch(input: UpdateSpaceOfferArgs): Partial<SpaceOffer> {
  return { ...input };
}

/** Closes every open interest in `offer` except `keepId`, each with `reason` added to its thread. */
async function closeOtherInterests(
  ctx: RegisterContext,
  offer: SpaceOffer,
  keepId: string | null,
  reason: string,
  by: { userId: string },
  at: string,
): Promise<ColocationRecordChange[]> {
  const open = await ctx.stores.colocation.listOpenInterestsOfOffer(offer);
  return open
    .filter((interest) => interest.id !== keepId)
    .map((interest) => {
      const after = transitionInterest(
        interest,
        { type: 'CLOSE', reason },
        { organisationId: null, userId: by.userId },
        at,
      );
      return {
        kind: 'SPACE_INTEREST' as const,
        before: interest,
        after: { ...after, updatedAt: at, version: interest.version + 1 },
        action: 'CLOSED',
      };
    });
}

/** Offers' buildings, batched: a page of offers with their buildings is one BatchGetItem, not one GetItem each. */
const loadOfferBuilding = requestLoader<Building | null, RegisterContext>(
  (ctx, ids) => ctx.stores.buildings.getBuildings(ids),
  null,
);

export const colocationResolvers: Resolvers = {
  Query: {
    spaceOffer: (_, { id }, ctx) => loadVisibleOffer(ctx, id),
    spaceOffersNear: async (_, args, ctx) => {
      const center = parseArgument(
        searchPointSchema(),
        { latitude: args.latitude, longitude: args.longitude },
        'latitude',
      );
      const radiusKm = parseArgument(radiusSchema(), args.radiusKm, 'radiusKm');
      const filter = parseArgument(searchFilterSchema(), args.filter, 'filter');
      return searchNear(ctx, center, radiusKm, filter, parsePage(args));
    },
    spaceOffersNearBuilding: async (_, args, ctx) => {
      const building = await loadBuilding(ctx, parseId(args.buildingId, 'buildingId'), 'buildingId');
      if (!building.location) {
        throw new BadUserInputError([
          { field: 'buildingId', message: 'the building has no location to search from' },
        ]);
      }
      const radiusKm = parseArgument(radiusSchema(), args.radiusKm, 'radiusKm');
      const filter = parseArgument(searchFilterSchema(), args.filter, 'filter');
      return searchNear(ctx, building.location, radiusKm, filter, parsePage(args));
    },
    spaceOffersByBuilding: async (_, args, ctx) => {
      const building = await ctx.stores.buildings.getBuilding(parseId(args.buildingId, 'buildingId'));
      if (!building || !(await ctx.isAllowed('building.view', building))) {
        throw new NotFoundError('Building', args.buildingId);
      }
      const page = await ctx.stores.colocation.listSpaceOffersByBuilding(building.id, parsePage(args));
      return { ...page, edges: await onlyVisibleOffers(ctx, page.edges) };
    },
    spaceOffersByCouncil: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      const status = args.status ?? 'OPEN';
      const page = await ctx.stores.colocation.listSpaceOffersByCouncil(
        councilCode,
        status === 'EXPIRED' ? null : status,
        parsePage(args),
      );
      const day = today(ctx);
      const edges = page.edges.filter((edge) => effectiveOfferStatus(edge.node, day) === status);
      return { ...page, edges: await onlyVisibleOffers(ctx, edges) };
    },
    spaceOffersByOrganisation: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      const status = args.status ?? null;
      const page = await ctx.stores.colocation.listSpaceOffersByOrganisation(
        organisationId,
        status === 'EXPIRED' ? null : status,
        parsePage(args),
      );
      const day = today(ctx);
      const edges = status
        ? page.edges.filter((edge) => effectiveOfferStatus(edge.node, day) === status)
        : page.edges;
      return { ...page, edges: await onlyVisibleOffers(ctx, edges) };
    },
    spaceNeed: (_, { id }, ctx) => loadVisibleNeed(ctx, id),
    spaceNeedsByOrganisation: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      await ctx.assertAllowed('spaceNeed.view', { organisationId });
      return ctx.stores.colocation.listSpaceNeedsByOrganisation(organisationId, parsePage(args));
    },
    matchesForNeed: async (_, args, ctx) => {
      const need = await loadVisibleNeed(ctx, args.needId, 'needId');
      const offers = await candidateOffers(ctx, need);
      const includeExcluded = args.includeExcluded ?? false;
      return pageMatches(
        ctx,
        `matchesForNeed|${need.id}|${includeExcluded}`,
        offers.map((offer) => ({ need, offer })),
        includeExcluded,
        parsePage(args),
      );
    },
    matchesForOffer: async (_, args, ctx) => {
      const offer = await loadVisibleOffer(ctx, args.offerId, 'offerId');
      await ctx.assertAllowed('spaceOffer.viewPrivate', {
        organisation: await loadReferencedOrganisation(ctx, offer.organisationId, 'offerId'),
      });
      const needs = await candidateNeeds(ctx, offer);
      const includeExcluded = args.includeExcluded ?? false;
      return pageMatches(
        ctx,
        `matchesForOffer|${offer.id}|${includeExcluded}`,
        needs.map((need) => ({ need, offer })),
        includeExcluded,
        parsePage(args),
      );
    },
    spaceMatch: async (_, args, ctx) => {
      const [need, offer] = await Promise.all([
        loadVisibleNeed(ctx, args.needId, 'needId'),
        loadVisibleOffer(ctx, args.offerId, 'offerId'),
      ]);
      return scoreMatch(ctx, need, offer);
    },
    spaceInterest: (_, { id }, ctx) => loadVisibleInterest(ctx, id),
    interestsSent: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      await ctx.assertAllowed('interest.view', { organisationId, offeringOrganisationId: organisationId });
      return ctx.stores.colocation.listInterestsSent(organisationId, parsePage(args));
    },
    interestsReceived: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      await ctx.assertAllowed('interest.view', { organisationId, offeringOrganisationId: organisationId });
      return ctx.stores.colocation.listInterestsReceived(organisationId, parsePage(args));
    },
  },
  SpaceOffer: {
    organisation: (offer, _, ctx) => ctx.organisations.load(offer.organisationId),
    building: async (offer, _, ctx) => {
      const building = await loadOfferBuilding(ctx, offer.buildingId);
      return building && (await ctx.isAllowed('building.view', building)) ? building : null;
    },
    buildingName: (offer) => offer.building.name,
    address: (offer) => ({ ...offer.building.address, lines: [...offer.building.address.lines] }),
    location: (offer) => offer.building.location,
    councilCode: (offer) => offer.building.councilCode,
    status: (offer, _, ctx) => effectiveOfferStatus(offer, today(ctx)),
    facilities: (offer) => [...offer.facilities],
    accessibilityFeatures: (offer) => [...offer.accessibilityFeatures],
    eligibleOrganisationKinds: (offer) => [...offer.eligibleOrganisationKinds],
    availability: (offer) => ({ ...offer.availability, slots: [...offer.availability.slots] }),
    monthlyCost: async (offer, _, ctx) => ((await canSeeCost(ctx, offer)) ? offer.monthlyCost : null),
    costVisibility: (offer) => costVisibilityOf(offer),
    withdrawnReason: (offer) => offer.withdrawnReason ?? null,
    contact: async (offer, _, ctx) => {
      // Never for anonymous callers: answered without loading the organisation.
      if ((await ctx.getActor()).kind === 'anonymous') return null;
      const organisation = await ctx.organisations.load(offer.organisationId);
      return organisation && (await ctx.isAllowed('spaceOffer.viewPrivate', { organisation }))
        ? offer.contact
        : null;
    },
    interests: async (offer, args, ctx) => {
      await ctx.assertAllowed('interest.view', {
        organisationId: offer.organisationId,
        offeringOrganisationId: offer.organisationId,
      });
      return ctx.stores.colocation.listInterestsOfOffer(offer, parsePage(args));
    },
    history: async (offer, args, ctx) => {
      await ctx.assertAllowed('spaceOffer.viewPrivate', {
        organisation: await loadReferencedOrganisation(ctx, offer.organisationId, 'id'),
      });
      return ctx.stores.audit.listHistory('SPACE_OFFER', offer.id, parsePage(args));
    },
  },
  SpaceNeed: {
    organisation: (need, _, ctx) => ctx.organisations.load(need.organisationId),
    spaceKinds: (need) => [...need.spaceKinds],
    slots: (need) => [...need.slots],
    mustHaveFacilities: (need) => [...need.mustHaveFacilities],
    mustHaveAccessibility: (need) => [...need.mustHaveAccessibility],
    history: async (need, args, ctx) => {
      await ctx.assertAllowed('interest.view', {
        organisationId: need.organisationId,
        offeringOrganisationId: need.organisationId,
      });
      return ctx.stores.audit.listHistory('SPACE_NEED', need.id, parsePage(args));
    },
  },
  SpaceInterest: {
    offer: async (interest, _, ctx) => {
      const offer = await ctx.stores.colocation.getSpaceOffer(interest.offerId);
      return offer && (await canSeeOffer(ctx, offer)) ? offer : null;
    },
    organisation: (interest, _, ctx) => ctx.organisations.load(interest.organisationId),
    offeringOrganisation: (interest, _, ctx) => ctx.organisations.load(interest.offeringOrganisationId),
    need: async (interest, _, ctx) => {
      if (!interest.needId) return null;
      const need = await ctx.stores.colocation.getSpaceNeed(interest.needId);
      return need && (await ctx.isAllowed('spaceNeed.view', need)) ? need : null;
    },
    daysWanted: (interest) => [...interest.daysWanted],
    thread: (interest) => [...interest.thread],
    history: async (interest, args, ctx) => {
      await ctx.assertAllowed('interest.view', interest);
      return ctx.stores.audit.listHistory('SPACE_INTEREST', interest.id, parsePage(args));
    },
  },
  InterestMessage: {
    organisation: (message, _, ctx) =>
      message.organisationId ? ctx.organisations.load(message.organisationId) : null,
  },
  SpaceMatch: {
    exclusionReasons: (match) => [...match.exclusionReasons],
    unknowns: (match) => [...match.unknowns],
    criteria: (match) => match.criteria.map((c) => ({ ...c, codes: [...c.codes] })),
    offer: async (match, _, ctx) => ((await canSeeOffer(ctx, match.offer)) ? match.offer : null),
    need: async (match, _, ctx) => ((await ctx.isAllowed('spaceNeed.view', match.need)) ? match.need : null),
  },
  Mutation: {
    offerSpace: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { buildingId, organisationId, ...fields } = parseArgument(
        offerSpaceSchema(),
        args.input,
        'input',
      );
      return createOnce(
        ctx,
        actor,
        { operation: 'offerSpace', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          // The building is read (the offer copies it); the offering organisation's existence and the
          // caller's role in it are checked in the offer's transaction. Offering space in a building implies
          // seeing it, so a building the caller may not see is refused as unknown.
          const building = await ctx.stores.buildings.getBuilding(buildingId, { consistent: true });
          const unknownBuilding = () =>
            new BadUserInputError([
              { field: 'input.buildingId', message: 'no building in the register has this id' },
            ]);
          if (!building) throw unknownBuilding();
          const access = await beginChange(
            ctx,
            { action: 'building.view', resource: building, deniedAs: unknownBuilding },
            { action: 'spaceOffer.create', resource: { organisationId, building } },
          );
          const offer = await beforeWriting(access, () =>
            createSpaceOffer(id, organisationId, building, fields, change.at, today(ctx)),
          );
          await access.write((guard) =>
            ctx.stores.colocation.saveColocationChanges(
              [{ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' }],
              change,
              {
                requireOrganisation: { id: organisationId, field: 'input.organisationId' },
                requireBuildingVersion: building,
                guard,
              },
            ),
          );
          return offer;
        },
        (id) => loadVisibleOffer(ctx, id),
      );
    },
    updateSpaceOffer: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { before, building, access } = await loadOfferForChange(ctx, args.id, 'id');
      const candidate = await beforeWriting(access, () => {
        const parsed = parseArgument(updateSpaceOfferSchema(), args.input, 'input');
        assertOfferEditable(before);
        assertVersion(before, args.expectedVersion, `Space offer ${before.id}`);
        if (parsed.status) assertEditableStatusChange(before, parsed.status);
        const patched = applyPatch(before, { ...toOfferPatch(parsed), building: buildingSnapshot(building) });
        assertOfferConsistent(
          patched,
          today(ctx),
          parsed.status === 'OPEN' || parsed.availability !== undefined,
        );
        return patched;
      });
      if (isUnchanged(before, candidate)) {
        await access.settle();
        return before;
      }
      const change = changeBy(ctx, actor);
      const after = nextVersion(
        candidate.status === 'OPEN' && before.status !== 'OPEN'
          ? { ...candidate, acceptedInterestId: null }
          : candidate,
        change,
      );
      const withdrawn = after.status === 'WITHDRAWN';
      const closures = withdrawn
        ? await closeOtherInterests(
            ctx,
            before,
            null,
            'The offering organisation withdrew the offer',
            actor,
            change.at,
          )
        : [];
      await access.write((guard) =>
        ctx.stores.colocation.saveColocationChanges(
          [{ kind: 'SPACE_OFFER', before, after, action: withdrawn ? 'WITHDRAWN' : 'UPDATED' }, ...closures],
          change,
          { requireBuildingVersion: building, guard },
        ),
      );
      return after;
    },
    postSpaceNeed: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { organisationId, ...fields } = parseArgument(postSpaceNeedSchema(), args.input, 'input');
      return createOnce(
        ctx,
        actor,
        { operation: 'postSpaceNeed', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          // One request: the organisation's existence and the caller's role in it are checked in the
          // transaction that posts the need.
          const access = ctx.accessForChange();
          await access.require({ action: 'spaceNeed.create', resource: { organisationId } });
          const need = await beforeWriting(access, () =>
            createSpaceNeed(id, organisationId, fields, change.at),
          );
          await access.write((guard) =>
            ctx.stores.colocation.saveColocationChanges(
              [{ kind: 'SPACE_NEED', before: null, after: need, action: 'CREATED' }],
              change,
              { requireOrganisation: { id: organisationId, field: 'input.organisationId' }, guard },
            ),
          );
          return need;
        },
        (id) => loadVisibleNeed(ctx, id),
      );
    },
    closeSpaceNeed: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const before = await ctx.stores.colocation.getSpaceNeed(parseId(args.id, 'id'));
      if (!before) throw new NotFoundError('Space need', args.id);
      const access = await beginChange(
        ctx,
        {
          action: 'spaceNeed.view',
          resource: before,
          deniedAs: () => new NotFoundError('Space need', args.id),
        },
        { action: 'spaceNeed.update', resource: before },
      );
      const change = changeBy(ctx, actor);
      const after = await beforeWriting(access, () => {
        assertVersion(before, args.expectedVersion, `Space need ${before.id}`);
        return nextVersion(closeSpaceNeed(before), change);
      });
      await access.write((guard) =>
        ctx.stores.colocation.saveColocationChanges(
          [{ kind: 'SPACE_NEED', before, after, action: 'CLOSED' }],
          change,
          {
            guard,
          },
        ),
      );
      return after;
    },
    expressInterest: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const input = parseArgument(expressInterestSchema(), args.input, 'input');
      return createOnce(
        ctx,
        actor,
        { operation: 'expressInterest', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          const offer = await loadVisibleOffer(ctx, input.offerId, 'input.offerId');
          const organisation = await loadReferencedOrganisation(
            ctx,
            input.organisationId,
            'input.organisationId',
          );
          // The caller's role in the interested organisation is checked in the transaction; what the
          // offer and the organisation say (open, eligible, not interested already) is checked after it.
          const access = ctx.accessForChange();
          await access.require({
            action: 'interest.express',
            resource: { organisationId: organisation.id, offeringOrganisationId: offer.organisationId },
          });
          await beforeWriting(access, async () => {
            const status = effectiveOfferStatus(offer, today(ctx));
            if (status !== 'OPEN') {
              throw new ConflictError(
                `Space offer ${offer.id} is ${status}; interest can be expressed only in an OPEN offer`,
              );
            }
            const eligible = offer.eligibleOrganisationKinds;
            if (eligible.length && !eligible.includes(organisation.kind)) {
              throw new BadUserInputError([
                {
                  field: 'input.organisationId',
                  message: `the offer is open only to ${labelled(ORGANISATION_KIND_LABELS, eligible)}, not to ${ORGANISATION_KIND_LABELS[organisation.kind]}`,
                },
              ]);
            }
            if (input.needId) {
              const need = await ctx.stores.colocation.getSpaceNeed(input.needId);
              if (!need || need.organisationId !== organisation.id) {
                throw new BadUserInputError([
                  { field: 'input.needId', message: "is not one of the organisation's needs" },
                ]);
              }
            }
            const open = await ctx.stores.colocation.listOpenInterestsOfOffer(offer);
            const existing = open.find((interest) => interest.organisationId === organisation.id);
            if (existing) {
              throw new ConflictError(
                `${organisation.name} already has an open expression of interest in this offer`,
                {
                  existingInterestId: existing.id,
                },
              );
            }
          });
          const interest: SpaceInterest = {
            id,
            offerId: offer.id,
            offerCreatedAt: offer.createdAt,
            offeringOrganisationId: offer.organisationId,
            organisationId: organisation.id,
            needId: input.needId,
            message: input.message,
            proposedStart: input.proposedStart,
            daysWanted: input.daysWanted,
            status: 'PENDING',
            closedReason: null,
            thread: [
              {
                at: change.at,
                event: 'EXPRESSED',
                organisationId: organisation.id,
                authorUserId: actor.userId,
                text: input.message,
              },
            ],
            createdAt: change.at,
            updatedAt: change.at,
            version: 1,
          };
          await access.write((guard) =>
            ctx.stores.colocation.saveColocationChanges(
              [{ kind: 'SPACE_INTEREST', before: null, after: interest, action: 'EXPRESSED' }],
              change,
              { requireOpenOffer: offer.id, guard },
            ),
          );
          return interest;
        },
        (id) => loadVisibleInterest(ctx, id),
      );
    },
    respondToInterest: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { before, access } = await loadInterestForChange(ctx, args.id, 'interest.respond');
      const change = changeBy(ctx, actor);
      const { after, changes } = await beforeWriting(access, async () => {
        const text = parseArgument(interestMessageSchema(), args.message, 'message');
        assertVersion(before, args.expectedVersion, `Expression of interest ${before.id}`);
        const by = { organisationId: before.offeringOrganisationId, userId: actor.userId };
        const next = nextVersion(
          transitionInterest(before, { type: args.response, text }, by, change.at),
          change,
        );
        const all: ColocationRecordChange[] = [
          { kind: 'SPACE_INTEREST', before, after: next, action: next.status },
        ];
        if (args.response === 'ACCEPT') {
          // The offer's version condition is what stops two accepts of one offer both succeeding.
          const offer = await ctx.stores.colocation.getSpaceOffer(before.offerId);
          if (!offer) throw new NotFoundError('Space offer', before.offerId);
          const offerAfter = nextVersion(
            transitionOffer(offer, { type: 'ACCEPT_INTEREST', interestId: before.id }, today(ctx)),
            change,
          );
          all.push({ kind: 'SPACE_OFFER', before: offer, after: offerAfter, action: 'UNDER_OFFER' });
        }
        return { after: next, changes: all };
      });
      await access.write((guard) => ctx.stores.colocation.saveColocationChanges(changes, change, { guard }));
      return after;
    },
    replyToInterest: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const before = await loadVisibleInterest(ctx, args.id);
      await ctx.assertAllowed('interest.reply', before);
      const text = parseArgument(interestReplySchema(), args.message, 'message');
      assertVersion(before, args.expectedVersion, `Expression of interest ${before.id}`);
      // The actor is already loaded by the access check above.
      const organisationId = interestReplyParty(await ctx.getActor(), before);
      const change = changeBy(ctx, actor);
      const after = nextVersion(
        addInterestMessage(before, text, { organisationId, userId: actor.userId }, change.at),
        change,
      );
      await ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_INTEREST', before, after, action: 'MESSAGE' }],
        change,
      );
      return after;
    },
    withdrawInterest: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { before, access } = await loadInterestForChange(ctx, args.id, 'interest.withdraw');
      const change = changeBy(ctx, actor);
      const { after, changes } = await beforeWriting(access, async () => {
        const text = parseArgument(interestMessageSchema(), args.message, 'message');
        assertVersion(before, args.expectedVersion, `Expression of interest ${before.id}`);
        const by = { organisationId: before.organisationId, userId: actor.userId };
        const next = nextVersion(
          transitionInterest(before, { type: 'WITHDRAW', text }, by, change.at),
          change,
        );
        const all: ColocationRecordChange[] = [
          { kind: 'SPACE_INTEREST', before, after: next, action: 'WITHDRAWN' },
        ];
        if (before.status === 'ACCEPTED') {
          const offer = await ctx.stores.colocation.getSpaceOffer(before.offerId);
          if (offer && offer.status === 'UNDER_OFFER' && offer.acceptedInterestId === before.id) {
            const offerAfter = nextVersion(transitionOffer(offer, { type: 'RELEASE' }, today(ctx)), change);
            all.push({ kind: 'SPACE_OFFER', before: offer, after: offerAfter, action: 'RELEASED' });
          }
        }
        return { after: next, changes: all };
      });
      await access.write((guard) => ctx.stores.colocation.saveColocationChanges(changes, change, { guard }));
      return after;
    },
    markOfferTaken: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { before, access } = await loadOfferForChange(ctx, args.offerId, 'offerId');
      const change = changeBy(ctx, actor);
      const { text, after } = await beforeWriting(access, () => {
        const message = parseArgument(interestMessageSchema(), args.message, 'message');
        assertVersion(before, args.expectedVersion, `Space offer ${before.id}`);
        return {
          text: message,
          after: nextVersion(transitionOffer(before, { type: 'MARK_TAKEN' }, today(ctx)), change),
        };
      });
      const reason = `The space has been taken${before.acceptedInterestId ? ' by another organisation' : ''}${text ? `: ${text}` : ''}`;
      const closures = await closeOtherInterests(
        ctx,
        before,
        before.acceptedInterestId,
        reason,
        actor,
        change.at,
      );
      await access.write((guard) =>
        ctx.stores.colocation.saveColocationChanges(
          [{ kind: 'SPACE_OFFER', before, after, action: 'TAKEN' }, ...closures],
          change,
          { guard },
        ),
      );
      return after;
    },
  },
};
