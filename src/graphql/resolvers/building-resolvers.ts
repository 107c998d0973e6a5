import { scopeBuildingList } from '../../domain/authorization';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors';
import type { Address, Building } from '../../domain/records';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import {
  councilCodeSchema,
  createBuildingSchema,
  parseArgument,
  updateBuildingSchema,
  uprnSchema,
} from '../inputs';
import type { CreateBuildingArgs, UpdateBuildingArgs } from '../inputs';
import {
  applyPatch,
  assertVersion,
  changeBy,
  createOnce,
  isUnchanged,
  nextVersion,
  parseId,
  parsePage,
  requireUser,
} from './support';

type AddressArgs = NonNullable<CreateBuildingArgs['address']>;

function toAddress(input: AddressArgs): Address {
  return {
    lines: input.lines,
    postTown: input.postTown ?? null,
    postcode: input.postcode?.postcode ?? null,
    postcodeIsPartial: input.postcode?.partial ?? false,
  };
}

/** The fields of an update as a patch of the record (undefined: unchanged; null: cleared). */
function toPatch(input: UpdateBuildingArgs): Partial<Building> {
  const { address, tenure, ...rest } = input;
  return {
    ...rest,
    ...(address ? { address: toAddress(address) } : {}),
    ...(tenure !== undefined
      ? { tenure: tenure ? { type: tenure.type, detail: tenure.detail ?? null } : null }
      : {}),
  };
}

/**
 * A building names its owner either as an organisation in the register or by name, not both; a named
 * organisation must exist.
 */
async function checkOwner(ctx: RequestContext, building: Building): Promise<void> {
  if (building.ownerOrganisationId && building.ownerName) {
    throw new BadUserInputError([
      { field: 'input.ownerName', message: 'give either ownerOrganisationId or ownerName, not both' },
    ]);
  }
  if (building.ownerOrganisationId && !(await ctx.organisations.load(building.ownerOrganisationId))) {
    throw new BadUserInputError([
      { field: 'input.ownerOrganisationId', message: 'no organisation in the register has this id' },
    ]);
  }
}

/** A building the caller may see; NOT_FOUND otherwise, so hidden buildings do not reveal that they exist. */
async function loadVisibleBuilding(ctx: RequestContext, id: string): Promise<Building> {
  const building = await ctx.store.getBuilding(parseId(id, 'id'));
  if (!building || !(await ctx.isAllowed('building.view', building))) throw new NotFoundError('Building', id);
  return building;
}

/** Drops, as a second line of defence, any building the list query let through that the caller may not see. */
async function onlyVisible<P extends { edges: { node: Building }[] }>(
  ctx: RequestContext,
  page: P,
): Promise<P> {
  const visible = await Promise.all(page.edges.map((edge) => ctx.isAllowed('building.view', edge.node)));
  return { ...page, edges: page.edges.filter((_, index) => visible[index]) };
}

/** Current buildings of one owner that the caller may see, by name. */
export async function listOwnerBuildings(
  ctx: RequestContext,
  organisationId: string,
  args: { first?: number | null; after?: string | null },
) {
  const scope = scopeBuildingList(await ctx.getActor(), null);
  return onlyVisible(ctx, await ctx.store.listBuildingsByOwner(organisationId, scope, parsePage(args)));
}

export const buildingResolvers: Resolvers = {
  Query: {
    building: (_, { id }, ctx) => loadVisibleBuilding(ctx, id),
    buildingByUprn: async (_, args, ctx) => {
      const building = await ctx.store.getBuildingByUprn(parseArgument(uprnSchema, args.uprn, 'uprn'));
      return building && (await ctx.isAllowed('building.view', building)) ? building : null;
    },
    buildingsByCouncil: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema, args.councilCode, 'councilCode');
      const scope = scopeBuildingList(await ctx.getActor(), councilCode);
      const page = await ctx.store.listBuildingsByCouncil(
        councilCode,
        { status: args.status ?? null, category: args.category ?? null, scope },
        parsePage(args),
      );
      return onlyVisible(ctx, page);
    },
    buildingsByOwner: (_, args, ctx) =>
      listOwnerBuildings(ctx, parseId(args.organisationId, 'organisationId'), args),
  },
  Building: {
    owner: (building, _, ctx) =>
      building.ownerOrganisationId ? ctx.organisations.load(building.ownerOrganisationId) : null,
    ownerName: async (building, _, ctx) => {
      if (!building.ownerOrganisationId) return building.ownerName;
      return (await ctx.organisations.load(building.ownerOrganisationId))?.name ?? null;
    },
    history: async (building, args, ctx) => {
      await ctx.assertAllowed('building.viewHistory', building);
      return ctx.store.listHistory('BUILDING', building.id, parsePage(args));
    },
  },
  Mutation: {
    createBuilding: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const input = parseArgument(createBuildingSchema, args.input, 'input');
      return createOnce(
        ctx,
        actor,
        { operation: 'createBuilding', args: args.input, idempotencyKey: args.idempotencyKey },
        async (change, id) => {
          const building: Building = {
            id,
            name: input.name,
            uprn: input.uprn ?? null,
            assetReference: input.assetReference ?? null,
            address: toAddress(input.address),
            location: input.location ?? null,
            councilCode: input.councilCode,
            ownerOrganisationId: input.ownerOrganisationId ?? null,
            ownerName: input.ownerName ?? null,
            tenure: input.tenure ? { type: input.tenure.type, detail: input.tenure.detail ?? null } : null,
            category: input.category,
            status: input.status,
            floorAreaSqm: input.floorAreaSqm ?? null,
            accessibilityFeatures: input.accessibilityFeatures,
            description: input.description ?? null,
            visibility: input.visibility,
            archivedAt: null,
            createdAt: change.at,
            updatedAt: change.at,
            version: 1,
          };
          await checkOwner(ctx, building);
          await ctx.assertAllowed('building.create', building);
          await ctx.store.createBuilding(building, change);
          return building;
        },
        (id) => loadVisibleBuilding(ctx, id),
      );
    },
    updateBuilding: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const before = await loadVisibleBuilding(ctx, args.id);
      const input = parseArgument(updateBuildingSchema, args.input, 'input');
      await ctx.assertAllowed('building.update', before);
      if (before.archivedAt)
        throw new ConflictError(`Building ${before.id} is archived and can no longer change`);
      assertVersion(before, args.expectedVersion, `Building ${before.id}`);
      const candidate = applyPatch(before, toPatch(input));
      await checkOwner(ctx, candidate);
      // Moving a building to another owner or area needs the right to it there too.
      await ctx.assertAllowed('building.update', candidate);
      if (isUnchanged(before, candidate)) return before;
      const change = changeBy(ctx, actor);
      const after = nextVersion(candidate, change);
      await ctx.store.updateBuilding(before, after, 'UPDATED', change);
      return after;
    },
    archiveBuilding: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const before = await loadVisibleBuilding(ctx, args.id);
      await ctx.assertAllowed('building.archive', before);
      if (before.archivedAt) throw new ConflictError(`Building ${before.id} is already archived`);
      assertVersion(before, args.expectedVersion, `Building ${before.id}`);
      const change = changeBy(ctx, actor);
      const after = nextVersion({ ...before, archivedAt: change.at }, change);
      await ctx.store.updateBuilding(before, after, 'ARCHIVED', change);
      return after;
    },
  },
};
