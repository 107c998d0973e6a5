import { scopeBuildingList } from '../../../kernel/domain/authorization';
import type { Building } from '../../../kernel/domain/records';
import { councilCodeSchema, parseArgument, uprnSchema } from '../../../kernel/graphql/inputs';
import { parseId, parsePage } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import { archiveBuilding, createBuilding, updateBuilding } from '../changes/building-changes';
import { loadVisibleBuilding } from '../changes/load-building';

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
    createBuilding: (_, args, ctx) => createBuilding(ctx, args),
    updateBuilding: (_, args, ctx) => updateBuilding(ctx, args),
    archiveBuilding: (_, args, ctx) => archiveBuilding(ctx, args),
  },
};
