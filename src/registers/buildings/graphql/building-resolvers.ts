import { scopeBuildingList } from '../../../kernel/domain/authorization';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/domain/errors';
import type { Address, Building } from '../../../kernel/domain/records';
import { withQuality } from '../domain/asset-import';
import type { ChangeAccess } from '../../../kernel/graphql/context';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import {
  councilCodeSchema,
  createBuildingSchema,
  parseArgument,
  updateBuildingSchema,
  uprnSchema,
} from '../../../kernel/graphql/inputs';
import type { CreateBuildingArgs, UpdateBuildingArgs } from '../../../kernel/graphql/inputs';
import { withVisibleConflicts } from './conflicts';
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
import { parseId, parsePage } from '../../../kernel/graphql/support';

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
 * A building names its owner either as an organisation in the register or by name, not both. That a named
 * organisation exists is checked by the store inside the change's transaction.
 */
function checkOwner(building: Building): void {
  if (building.ownerOrganisationId && building.ownerName) {
    throw new BadUserInputError([
      { field: 'input.ownerName', message: 'give either ownerOrganisationId or ownerName, not both' },
    ]);
  }
}

/** A building the caller may see; NOT_FOUND otherwise, so hidden buildings do not reveal that they exist. */
async function loadVisibleBuilding(
  ctx: RegisterContext,
  id: string,
  options: { consistent?: boolean } = {},
): Promise<Building> {
  const building = await ctx.stores.buildings.getBuilding(parseId(id, 'id'), options);
  if (!building || !(await ctx.isAllowed('building.view', building))) throw new NotFoundError('Building', id);
  return building;
}

/**
 * The building a change is based on (read strongly consistent), and the change's access checks begun: seeing
 * it (NOT_FOUND otherwise, decided later when it needs memberships: changing it implies seeing it) and
 * `action` on it as it is.
 */
async function loadForChange(
  ctx: RegisterContext,
  id: string,
  action: 'building.update' | 'building.archive',
): Promise<{ before: Building; access: ChangeAccess }> {
  const before = await ctx.stores.buildings.getBuilding(parseId(id, 'id'), { consistent: true });
  if (!before) throw new NotFoundError('Building', id);
  const access = ctx.accessForChange();
  await access.require({
    action: 'building.view',
    resource: before,
    deniedAs: () => new NotFoundError('Building', id),
    impliedByLaterChecks: true,
  });
  await access.require({ action, resource: before });
  return { before, access };
}

/** Drops, as a second line of defence, any building the list query let through that the caller may not see. */
async function onlyVisible<P extends { edges: { node: Building }[] }>(
  ctx: RegisterContext,
  page: P,
): Promise<P> {
  const visible = await Promise.all(page.edges.map((edge) => ctx.isAllowed('building.view', edge.node)));
  return { ...page, edges: page.edges.filter((_, index) => visible[index]) };
}

/** Current buildings of one owner that the caller may see, by name. */
export async function listOwnerBuildings(
  ctx: RegisterContext,
  organisationId: string,
  args: { first?: number | null; after?: string | null },
) {
  const scope = scopeBuildingList(await ctx.getActor(), null);
  return onlyVisible(
    ctx,
    await ctx.stores.buildings.listBuildingsByOwner(organisationId, scope, parsePage(args)),
  );
}

export const buildingResolvers: Resolvers = {
  // The buildings register adds an organisation's buildings to the Organisation type (merged in app/).
  Organisation: {
    buildings: (organisation, args, ctx) => listOwnerBuildings(ctx, organisation.id, args),
  },
  Query: {
    building: (_, { id }, ctx) => loadVisibleBuilding(ctx, id),
    buildingByUprn: async (_, args, ctx) => {
      const uprn = parseArgument(uprnSchema(), args.uprn, 'uprn');
      const scope = scopeBuildingList(await ctx.getActor(), null);
      return onlyVisible(ctx, await ctx.stores.buildings.listBuildingsByUprn(uprn, scope, parsePage(args)));
    },
    buildingsByCouncil: async (_, args, ctx) => {
      const councilCode = parseArgument(councilCodeSchema(), args.councilCode, 'councilCode');
      const scope = scopeBuildingList(await ctx.getActor(), councilCode);
      const page = await ctx.stores.buildings.listBuildingsByCouncil(
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
    dataQualityIssues: (building) => [...(building.dataQualityIssues ?? [])],
    importSource: (building) => building.importSource ?? null,
    owner: (building, _, ctx) =>
      building.ownerOrganisationId ? ctx.organisations.load(building.ownerOrganisationId) : null,
    ownerName: async (building, _, ctx) => {
      if (!building.ownerOrganisationId) return building.ownerName;
      return (await ctx.organisations.load(building.ownerOrganisationId))?.name ?? null;
    },
    history: async (building, args, ctx) => {
      await ctx.assertAllowed('building.viewHistory', building);
      return ctx.stores.audit.listHistory('BUILDING', building.id, parsePage(args));
    },
  },
  Mutation: {
    createBuilding: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const input = parseArgument(createBuildingSchema(), args.input, 'input');
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
          checkOwner(building);
          const access = ctx.accessForChange();
          await access.require({ action: 'building.create', resource: building });
          const checked = withQuality(building);
          await withVisibleConflicts(ctx, () =>
            access.write((guard) => ctx.stores.buildings.createBuilding(checked, change, guard)),
          );
          return checked;
        },
        // Read strongly consistent: a replay may follow the first request within milliseconds.
        (id) => loadVisibleBuilding(ctx, id, { consistent: true }),
      );
    },
    updateBuilding: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { before, access } = await loadForChange(ctx, args.id, 'building.update');
      const candidate = await beforeWriting(access, () => {
        const input = parseArgument(updateBuildingSchema(), args.input, 'input');
        if (before.archivedAt)
          throw new ConflictError(`Building ${before.id} is archived and can no longer change`);
        assertVersion(before, args.expectedVersion, `Building ${before.id}`);
        // Warnings are worked out afresh; a duplicate found in an import file stays while the reference does.
        const patched = applyPatch(before, toPatch(input));
        checkOwner(patched);
        return withQuality(
          patched,
          patched.assetReference === before.assetReference
            ? (before.dataQualityIssues ?? []).filter((issue) => issue.code === 'DUPLICATE_ASSET_REFERENCE')
            : [],
        );
      });
      // Moving a building to another owner or area needs the right to it there too.
      await access.require({ action: 'building.update', resource: candidate });
      if (isUnchanged(before, candidate)) {
        await access.settle();
        return before;
      }
      const change = changeBy(ctx, actor);
      const after = nextVersion(candidate, change);
      await withVisibleConflicts(ctx, () =>
        access.write((guard) => ctx.stores.buildings.updateBuilding(before, after, 'UPDATED', change, guard)),
      );
      return after;
    },
    archiveBuilding: async (_, args, ctx) => {
      const actor = await requireUser(ctx);
      const { before, access } = await loadForChange(ctx, args.id, 'building.archive');
      await beforeWriting(access, () => {
        if (before.archivedAt) throw new ConflictError(`Building ${before.id} is already archived`);
        assertVersion(before, args.expectedVersion, `Building ${before.id}`);
      });
      const change = changeBy(ctx, actor);
      const after = nextVersion({ ...before, archivedAt: change.at }, change);
      await access.write((guard) =>
        ctx.stores.buildings.updateBuilding(before, after, 'ARCHIVED', change, guard),
      );
      return after;
    },
  },
};
