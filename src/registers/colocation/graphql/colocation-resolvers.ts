import { allowedInterestActions, allowedNeedActions, allowedOfferActions } from '../changes/allowed-actions';
import { requireUser } from '../../../kernel/changes/change-protocol';
import { BadUserInputError, NotFoundError } from '../../../kernel/domain/errors';
import type { Building } from '../../../kernel/domain/records';
import { councilCodeSchema, parseArgument } from '../../../kernel/graphql/inputs';
import {
  loadReferencedOrganisation,
  parseId,
  parsePage,
  requestLoader,
} from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import {
  canSeeOffer,
  loadVisibleInterest,
  loadVisibleNeed,
  loadVisibleOffer,
  onlyVisibleOffers,
  preloadActor,
  startEarly,
  today,
} from '../changes/colocation-reads';
import {
  expressInterest,
  replyToInterest,
  respondToInterest,
  withdrawInterest,
} from '../changes/interest-changes';
import { closeSpaceNeed, postSpaceNeed } from '../changes/need-changes';
import { markOfferTaken, offerSpace, updateSpaceOffer } from '../changes/offer-changes';
import { costVisibilityOf, effectiveOfferStatus } from '../domain/space-offer';
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
import { canSeeCost, matchesForNeed, matchesForOffer, scoreMatch } from './match-queries';
import { searchNear } from './nearby-search';
import { parsePostcodePlace } from './colocation-inputs';

async function loadBuilding(ctx: RegisterContext, id: string, field: string): Promise<Building> {
  const building = await ctx.stores.buildings.getBuilding(id);
  if (!building || !(await ctx.isAllowed('building.view', building))) {
    throw new BadUserInputError([{ field, message: 'no building in the register has this id' }]);
  }
  return building;
}

/**
 * A list an organisation's members may read: the caller's memberships and the page are read together (one
 * round trip), and the page answered only once the check passes.
 */
async function listWhenAllowed<T>(
  ctx: RegisterContext,
  check: (ctx: RegisterContext) => Promise<void>,
  read: () => Promise<T>,
): Promise<T> {
  preloadActor(ctx);
  const page = startEarly(read);
  await check(ctx);
  return page();
}

/** Offers' buildings, batched: a page of offers with their buildings is one BatchGetItem, not one GetItem each. */
const loadOfferBuilding = requestLoader<Building | null, RegisterContext>(
  (ctx, ids) => ctx.stores.buildings.getBuildings(ids),
  null,
);

/** A create's request, for its idempotency key: the mutation and its arguments as sent. */
const create = (operation: string, args: { input: unknown; idempotencyKey?: string | null }) => ({
  operation,
  args: args.input,
  idempotencyKey: args.idempotencyKey,
});

export const colocationResolvers: Resolvers = {
  Query: {
    spaceOffer: (_, { id }, ctx) => loadVisibleOffer(ctx, parseId(id, 'id')),
    spaceOffersNear: async (_, args, ctx) => {
      const center = parseArgument(
        searchPointSchema(),
        { latitude: args.latitude, longitude: args.longitude },
        'latitude',
      );
      const radiusKm = parseArgument(radiusSchema(), args.radiusKm, 'radiusKm');
      const filter = parseArgument(searchFilterSchema(), args.filter, 'filter');
      const page = await searchNear(ctx, center, radiusKm, filter, parsePage(args));
      return {
        ...page,
        searchCentre: { ...center, source: 'POINT' as const, postcode: null, postcodeDistrict: null },
      };
    },
    spaceOffersNearPostcode: async (_, args, ctx) => {
      const place = parsePostcodePlace(args.postcode, 'postcode');
      const radiusKm = parseArgument(radiusSchema(), args.radiusKm, 'radiusKm');
      const filter = parseArgument(searchFilterSchema(), args.filter, 'filter');
      const page = await searchNear(ctx, place.centre, radiusKm, filter, parsePage(args));
      return {
        ...page,
        searchCentre: {
          ...place.centre,
          source: 'POSTCODE_DISTRICT' as const,
          postcode: place.postcode,
          postcodeDistrict: place.district,
        },
      };
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
      const page = await searchNear(ctx, building.location, radiusKm, filter, parsePage(args));
      return {
        ...page,
        searchCentre: {
          ...building.location,
          source: 'BUILDING' as const,
          postcode: null,
          postcodeDistrict: null,
        },
      };
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
    spaceNeed: (_, { id }, ctx) => loadVisibleNeed(ctx, parseId(id, 'id')),
    spaceNeedsByOrganisation: (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      const page = parsePage(args);
      return listWhenAllowed(
        ctx,
        () => ctx.assertAllowed('spaceNeed.view', { organisationId }),
        () => ctx.stores.colocation.listSpaceNeedsByOrganisation(organisationId, page),
      );
    },
    matchesForNeed: (_, args, ctx) =>
      matchesForNeed(ctx, parseId(args.needId, 'needId'), args.includeExcluded ?? false, parsePage(args)),
    matchesForOffer: (_, args, ctx) =>
      matchesForOffer(ctx, parseId(args.offerId, 'offerId'), args.includeExcluded ?? false, parsePage(args)),
    spaceMatch: async (_, args, ctx) => {
      const [need, offer] = await Promise.all([
        loadVisibleNeed(ctx, parseId(args.needId, 'needId')),
        loadVisibleOffer(ctx, parseId(args.offerId, 'offerId')),
      ]);
      return scoreMatch(ctx, need, offer);
    },
    spaceInterest: (_, { id }, ctx) => loadVisibleInterest(ctx, parseId(id, 'id')),
    interestsSent: (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      const page = parsePage(args);
      return listWhenAllowed(
        ctx,
        () => ctx.assertAllowed('interest.view', { organisationId, offeringOrganisationId: organisationId }),
        () => ctx.stores.colocation.listInterestsSent(organisationId, page),
      );
    },
    interestsReceived: (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      const page = parsePage(args);
      return listWhenAllowed(
        ctx,
        () => ctx.assertAllowed('interest.view', { organisationId, offeringOrganisationId: organisationId }),
        () => ctx.stores.colocation.listInterestsReceived(organisationId, page),
      );
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
    allowedActions: (offer, _, ctx) => allowedOfferActions(ctx, offer, (id) => loadOfferBuilding(ctx, id)),
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
    allowedActions: (need, _, ctx) => allowedNeedActions(ctx, need),
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
    allowedActions: (interest, _, ctx) => allowedInterestActions(ctx, interest),
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
      await requireUser(ctx);
      const input = parseArgument(offerSpaceSchema(), args.input, 'input');
      return offerSpace(ctx, create('offerSpace', args), input);
    },
    updateSpaceOffer: (_, args, ctx) =>
      updateSpaceOffer(ctx, { id: parseId(args.id, 'id'), expectedVersion: args.expectedVersion }, () =>
        parseArgument(updateSpaceOfferSchema(), args.input, 'input'),
      ),
    postSpaceNeed: async (_, args, ctx) => {
      await requireUser(ctx);
      const input = parseArgument(postSpaceNeedSchema(), args.input, 'input');
      return postSpaceNeed(ctx, create('postSpaceNeed', args), input);
    },
    closeSpaceNeed: (_, args, ctx) =>
      closeSpaceNeed(ctx, { id: parseId(args.id, 'id'), expectedVersion: args.expectedVersion }),
    expressInterest: async (_, args, ctx) => {
      await requireUser(ctx);
      const input = parseArgument(expressInterestSchema(), args.input, 'input');
      return expressInterest(ctx, create('expressInterest', args), input);
    },
    respondToInterest: (_, args, ctx) =>
      respondToInterest(
        ctx,
        { id: parseId(args.id, 'id'), expectedVersion: args.expectedVersion },
        args.response,
        () => parseArgument(interestMessageSchema(), args.message, 'message'),
      ),
    replyToInterest: async (_, args, ctx) => {
      await requireUser(ctx);
      return replyToInterest(ctx, { id: parseId(args.id, 'id'), expectedVersion: args.expectedVersion }, () =>
        parseArgument(interestReplySchema(), args.message, 'message'),
      );
    },
    withdrawInterest: (_, args, ctx) =>
      withdrawInterest(ctx, { id: parseId(args.id, 'id'), expectedVersion: args.expectedVersion }, () =>
        parseArgument(interestMessageSchema(), args.message, 'message'),
      ),
    markOfferTaken: (_, args, ctx) =>
      markOfferTaken(
        ctx,
        { id: parseId(args.offerId, 'offerId'), expectedVersion: args.expectedVersion },
        () => parseArgument(interestMessageSchema(), args.message, 'message'),
      ),
  },
};
