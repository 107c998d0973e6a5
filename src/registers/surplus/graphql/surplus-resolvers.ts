/** The surplus register's resolvers: parse the arguments, call one function, map the result. */
import { BadUserInputError, NotFoundError } from '../../../kernel/domain/errors';
import type { GeoPoint } from '../../../kernel/domain/location';
import type { Building } from '../../../kernel/domain/records';
import { councilCodeSchema, locationSchema, parseArgument } from '../../../kernel/graphql/inputs';
import { parsePostcodePlace, radiusSchema } from '../../../kernel/graphql/search-inputs';
import { parseId, parsePage, requestLoader } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import {
  closeSurplusListing,
  listSurplusItems,
  updateSurplusListing,
  updateSurplusSettings,
} from '../changes/listing-changes';
import {
  allocateSurplusRequest,
  confirmSurplusCollection,
  declineSurplusRequest,
  markSurplusNoShow,
  requestSurplusItems,
  withdrawSurplusRequest,
} from '../changes/request-changes';
import { allowedListingActions, allowedRequestActions } from '../changes/allowed-actions';
import { listBuildingSurplus } from '../changes/list-building-surplus';
import { attachSurplusPhoto, removeSurplusPhoto, requestSurplusPhotoUpload } from '../changes/photo-changes';
import {
  canSeeListing,
  listingBuildingRef,
  loadVisibleListing,
  loadVisibleRequest,
  today,
} from '../changes/surplus-reads';
import { listingState, quantityLeft } from '../domain/surplus-listing';
import type { SurplusListing } from '../domain/surplus-listing';
import { summariseReuse } from '../domain/surplus-impact';
import { PHOTO_LINK_SECONDS, photosOf } from '../domain/surplus-photos';
import { defaultSurplusSettings } from '../domain/surplus-settings';
import {
  allocationQuantitySchema,
  altTextSchema,
  closeReasonSchema,
  createSurplusListingSchema,
  listBuildingSurplusSchema,
  photoContentTypeSchema,
  photoIdSchema,
  requestSurplusItemsSchema,
  surplusSearchFilterSchema,
  updateSurplusListingSchema,
} from './surplus-inputs';
import { searchListingsNear } from './nearby-listings';

/** Listings' buildings, batched: a page of listings with their buildings is one BatchGetItem. */
const loadListingBuilding = requestLoader<Building | null, RegisterContext>(
  (ctx, ids) => ctx.stores.buildings.getBuildings(ids),
  null,
);

/** Requests' listings, batched. */
const loadRequestListing = requestLoader<SurplusListing | null, RegisterContext>(
  (ctx, ids) => ctx.stores.surplus.getListings(ids),
  null,
);

/** A create's request, for its idempotency key: the mutation and its arguments as sent. */
const create = (operation: string, args: { input: unknown; idempotencyKey?: string | null }) => ({
  operation,
  args: args.input,
  idempotencyKey: args.idempotencyKey,
});

/** The edges whose listing the caller may see. */
async function onlyVisible<E extends { node: SurplusListing }>(
  ctx: RegisterContext,
  edges: E[],
): Promise<E[]> {
  const visible = await Promise.all(edges.map((edge) => canSeeListing(ctx, edge.node)));
  return edges.filter((_, index) => visible[index]);
}

/** The radius and filter every distance search of listings takes. */
const searchArgs = (args: { radiusKm: number; filter?: unknown }) => ({
  radiusKm: parseArgument(radiusSchema(), args.radiusKm, 'radiusKm'),
  filter: parseArgument(surplusSearchFilterSchema(), args.filter, 'filter'),
});

/** Where a search's distances are measured from, as the connection's `searchCentre` shows it. */
const pointCentre = (centre: GeoPoint, source: 'POINT' | 'BUILDING') => ({
  ...centre,
  source,
  postcode: null,
  postcodeDistrict: null,
});

const target = (args: { id: string; expectedVersion: number }) => ({
  id: parseId(args.id, 'id'),
  expectedVersion: args.expectedVersion,
});

export const surplusResolvers: Resolvers = {
  Query: {
    surplusListing: (_, { id }, ctx) => loadVisibleListing(ctx, parseId(id, 'id')),
    surplusListingsByCouncil: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      const page = await ctx.stores.surplus.listListingsByCouncil(
        councilCode,
        args.category ?? null,
        parsePage(args),
      );
      const day = today(ctx);
      const wanted = args.availableNow ? ['AVAILABLE'] : ['AVAILABLE', 'UPCOMING', 'FULLY_ALLOCATED'];
      const edges = page.edges.filter((edge) => wanted.includes(listingState(edge.node, day)));
      return { ...page, edges: await onlyVisible(ctx, edges) };
    },
    surplusListingsNear: async (_, args, ctx) => {
      const centre = parseArgument(
        locationSchema(),
        { latitude: args.latitude, longitude: args.longitude },
        'latitude',
      );
      const { radiusKm, filter } = searchArgs(args);
      const page = await searchListingsNear(ctx, centre, radiusKm, filter, parsePage(args));
      return { ...page, searchCentre: pointCentre(centre, 'POINT') };
    },
    surplusListingsNearPostcode: async (_, args, ctx) => {
      const place = parsePostcodePlace(args.postcode, 'postcode');
      const { radiusKm, filter } = searchArgs(args);
      const page = await searchListingsNear(ctx, place.centre, radiusKm, filter, parsePage(args));
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
    surplusListingsNearBuilding: async (_, args, ctx) => {
      const building = await ctx.stores.buildings.getBuilding(parseId(args.buildingId, 'buildingId'));
      if (!building || !(await ctx.isAllowed('building.view', building))) {
        throw new BadUserInputError([
          { field: 'buildingId', message: 'no building in the register has this id' },
        ]);
      }
      if (!building.location) {
        throw new BadUserInputError([
          { field: 'buildingId', message: 'the building has no location to search from' },
        ]);
      }
      const { radiusKm, filter } = searchArgs(args);
      const page = await searchListingsNear(ctx, building.location, radiusKm, filter, parsePage(args));
      return { ...page, searchCentre: pointCentre(building.location, 'BUILDING') };
    },
    surplusListingsByBuilding: async (_, args, ctx) => {
      const building = await ctx.stores.buildings.getBuilding(parseId(args.buildingId, 'buildingId'));
      if (!building || !(await ctx.isAllowed('building.view', building))) {
        throw new NotFoundError('Building', args.buildingId);
      }
      const page = await ctx.stores.surplus.listListingsByBuilding(building.id, parsePage(args));
      return { ...page, edges: await onlyVisible(ctx, page.edges) };
    },
    surplusRequest: (_, { id }, ctx) => loadVisibleRequest(ctx, parseId(id, 'id')),
    surplusRequestsByOrganisation: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      const page = parsePage(args);
      await ctx.assertAllowed('surplusRequest.view', {
        organisationId,
        listerOrganisationId: organisationId,
      });
      return ctx.stores.surplus.listRequestsByOrganisation(organisationId, page);
    },
    surplusImpactByCouncil: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      return summariseReuse(await ctx.stores.surplus.listCollectedRequestsByCouncil(councilCode));
    },
    surplusImpactByOrganisation: async (_, args, ctx) => {
      const organisationId = parseId(args.organisationId, 'organisationId');
      return summariseReuse(await ctx.stores.surplus.listAllRequestsByOrganisation(organisationId));
    },
    surplusSettings: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      return (await ctx.stores.surplus.getSettings(councilCode)) ?? defaultSurplusSettings(councilCode);
    },
  },
  Mutation: {
    createSurplusListing: (_, args, ctx) =>
      listSurplusItems(
        ctx,
        create('createSurplusListing', args),
        parseArgument(createSurplusListingSchema(), args.input, 'input'),
      ),
    listBuildingSurplus: (_, args, ctx) =>
      listBuildingSurplus(
        ctx,
        create('listBuildingSurplus', args),
        parseArgument(listBuildingSurplusSchema(), args.input, 'input'),
      ),
    updateSurplusListing: (_, args, ctx) =>
      updateSurplusListing(ctx, target(args), () =>
        parseArgument(updateSurplusListingSchema(), args.input, 'input'),
      ),
    closeSurplusListing: (_, args, ctx) =>
      closeSurplusListing(ctx, target(args), () => parseArgument(closeReasonSchema(), args.reason, 'reason')),
    requestSurplusItems: (_, args, ctx) =>
      requestSurplusItems(
        ctx,
        create('requestSurplusItems', args),
        parseArgument(requestSurplusItemsSchema(), args.input, 'input'),
      ),
    allocateSurplusRequest: (_, args, ctx) =>
      allocateSurplusRequest(
        ctx,
        target(args),
        parseArgument(allocationQuantitySchema(), args.quantity, 'quantity'),
      ),
    declineSurplusRequest: (_, args, ctx) => declineSurplusRequest(ctx, target(args)),
    confirmSurplusCollection: (_, args, ctx) => confirmSurplusCollection(ctx, target(args)),
    markSurplusNoShow: (_, args, ctx) => markSurplusNoShow(ctx, target(args)),
    withdrawSurplusRequest: (_, args, ctx) => withdrawSurplusRequest(ctx, target(args)),
    requestSurplusPhotoUpload: (_, args, ctx) =>
      requestSurplusPhotoUpload(ctx, parseId(args.listingId, 'listingId'), () =>
        parseArgument(photoContentTypeSchema(), args.contentType, 'contentType'),
      ),
    attachSurplusPhoto: (_, args, ctx) =>
      attachSurplusPhoto(
        ctx,
        { id: parseId(args.listingId, 'listingId'), expectedVersion: args.expectedVersion },
        () => ({
          photoId: parseArgument(photoIdSchema(), args.photoId, 'photoId'),
          altText: parseArgument(altTextSchema(), args.altText, 'altText'),
        }),
      ),
    removeSurplusPhoto: (_, args, ctx) =>
      removeSurplusPhoto(
        ctx,
        { id: parseId(args.listingId, 'listingId'), expectedVersion: args.expectedVersion },
        () => parseArgument(photoIdSchema(), args.photoId, 'photoId'),
      ),
    updateSurplusSettings: (_, args, ctx) =>
      updateSurplusSettings(
        ctx,
        {
          councilCode: parseArgument(councilCodeSchema(), args.councilCode, 'councilCode'),
          expectedVersion: args.expectedVersion,
        },
        args.allocationRule,
      ),
  },
  SurplusImpact: {
    byCategory: (impact) => [...impact.byCategory],
    factors: (impact) => [...impact.factors],
  },
  SurplusListing: {
    organisation: (listing, _, ctx) => ctx.organisations.load(listing.organisationId),
    building: async (listing, _, ctx) => {
      const building = await loadListingBuilding(ctx, listing.buildingId);
      return building && (await ctx.isAllowed('building.view', building)) ? building : null;
    },
    buildingName: (listing) => listing.building.name,
    postcode: (listing) => listing.building.postcode,
    councilCode: (listing) => listing.building.councilCode,
    quantityLeft: (listing) => quantityLeft(listing),
    quantityAllocated: (listing) => listing.allocatedQuantity,
    quantityCollected: (listing) => listing.collectedQuantity,
    state: (listing, _, ctx) => listingState(listing, today(ctx)),
    allowedActions: (listing, _, ctx) => allowedListingActions(ctx, listing),
    collection: async (listing, _, ctx) =>
      (await ctx.isAllowed('surplus.viewPrivate', {
        organisationId: listing.organisationId,
        councilCode: listing.building.councilCode,
      }))
        ? listing.collection
        : null,
    photos: async (listing, _, ctx) => {
      const photos = photosOf(listing);
      if (photos.length === 0 || !(await ctx.isAllowed('surplus.viewPhotos', listingBuildingRef(listing)))) {
        return [];
      }
      const now = ctx.clock.now();
      const urlExpiresAt = new Date(now.getTime() + PHOTO_LINK_SECONDS * 1000).toISOString();
      return Promise.all(
        photos.map(async (photo) => ({
          ...photo,
          url: await ctx.stores.photos.viewUrl(photo.id, PHOTO_LINK_SECONDS, now),
          urlExpiresAt,
        })),
      );
    },
    requests: async (listing, args, ctx) => {
      const page = parsePage(args);
      await ctx.assertAllowed('surplusRequest.view', {
        organisationId: listing.organisationId,
        listerOrganisationId: listing.organisationId,
      });
      return ctx.stores.surplus.listRequestsOfListing(listing.id, page);
    },
    history: async (listing, args, ctx) => {
      const page = parsePage(args);
      await ctx.assertAllowed('surplusRequest.view', {
        organisationId: listing.organisationId,
        listerOrganisationId: listing.organisationId,
      });
      return ctx.stores.audit.listHistory('SURPLUS_LISTING', listing.id, page);
    },
  },
  SurplusRequest: {
    listing: async (request, _, ctx) => {
      const listing = await loadRequestListing(ctx, request.listingId);
      return listing && (await canSeeListing(ctx, listing)) ? listing : null;
    },
    organisation: (request, _, ctx) => ctx.organisations.load(request.organisationId),
    quantityAllocated: (request) => request.allocatedQuantity,
    quantityCollected: (request) => request.collectedQuantity,
    allowedActions: (request, _, ctx) =>
      allowedRequestActions(ctx, request, (id) => loadRequestListing(ctx, id)),
    history: async (request, args, ctx) => {
      const page = parsePage(args);
      await ctx.assertAllowed('surplusRequest.view', request);
      return ctx.stores.audit.listHistory('SURPLUS_REQUEST', request.id, page);
    },
  },
};
