/**
 * The buildings register's own mutations, each run through the change protocol
 * (src/kernel/changes/change-protocol.ts). Inputs are parsed here, at the point of the protocol the API has
 * always parsed them: a create's after the caller is known, an update's after the caller's right to the
 * building is begun, so a caller who may not see a building learns nothing from a refused input.
 */
import {
  applyPatch,
  assertVersion,
  beforeWriting,
  changeBy,
  isUnchanged,
  nextVersion,
  requireUser,
  runChange,
  runCreate,
} from '../../../kernel/changes/change-protocol';
import type { Building } from '../../../kernel/domain/records';
import type { ChangeAccess } from '../../../kernel/graphql/context';
import { createBuildingSchema, parseArgument, updateBuildingSchema } from '../../../kernel/graphql/inputs';
import type { CreateBuildingArgs, UpdateBuildingArgs } from '../../../kernel/graphql/inputs';
import type { RegisterContext } from '../../context';
import {
  archiveBuilding as archived,
  assertNotArchived,
  buildBuilding,
  reviseBuilding,
  toAddress,
} from '../domain/build-building';
import { withVisibleConflicts } from './hide-unseen-conflict';
import { changeChecks, loadForChange, loadVisibleBuilding } from './load-building';

/** A change to a stored building: its id and the version the caller saw. */
export interface BuildingChangeArgs {
  readonly id: string;
  readonly expectedVersion: number;
}

/** createBuilding: a new building, at most once per idempotency key. */
export async function createBuilding(
  ctx: RegisterContext,
  args: { readonly input: unknown; readonly idempotencyKey?: string | null },
): Promise<Building> {
  await requireUser(ctx);
  const input = parseArgument(createBuildingSchema(), args.input, 'input');
  return runCreate(ctx, {
    request: { operation: 'createBuilding', args: args.input, idempotencyKey: args.idempotencyKey },
    prepare: async ({ change, id }, access) => {
      const building = buildBuilding(toFields(input), change, id);
      await access.require({ action: 'building.create', resource: building });
      return building;
    },
    write: (building, { change }, guard) =>
      withVisibleConflicts(ctx, () => ctx.stores.buildings.createBuilding(building, change, guard)),
    result: (building) => building,
    // Read strongly consistent: a replay may follow the first request within milliseconds.
    loadExisting: (id) => loadVisibleBuilding(ctx, id, { consistent: true }),
  });
}

/**
 * updateBuilding. Written with the protocol's parts rather than runChange: moving a building to another
 * owner or area needs the right to it there too, a check on the planned record that runChange has no step
 * for (made after the input is checked and before the write, as the protocol's order asks).
 */
export async function updateBuilding(
  ctx: RegisterContext,
  args: BuildingChangeArgs & { readonly input: unknown },
): Promise<Building> {
  const actor = await requireUser(ctx);
  const before = await loadForChange(ctx, args.id);
  const access = ctx.accessForChange();
  for (const check of changeChecks(before, 'building.update', args.id)) await access.require(check);
  const candidate = await reviseForUpdate(access, before, args.expectedVersion, () =>
    toPatch(parseArgument(updateBuildingSchema(), args.input, 'input')),
  );
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
}

/**
 * The building as an update would leave it (not yet stamped with the next version): refused when it is
 * archived or the caller saw another version, its rules checked (reviseBuilding), and the caller's right
 * to it as revised required (moving it to another owner or area needs the right there too). The caller's
 * right to it as it is must have been required on `access` first (changeChecks); `patch` is the change,
 * parsed after that, so a caller who may not see the building learns nothing from a refused input. Also
 * the building part of another register's step (listing a closing building's surplus).
 */
export async function reviseForUpdate(
  access: ChangeAccess,
  before: Building,
  expectedVersion: number,
  patch: () => Partial<Building>,
): Promise<Building> {
  const candidate = await beforeWriting(access, () => {
    const changes = patch();
    assertNotArchived(before);
    assertVersion(before, expectedVersion, `Building ${before.id}`);
    return reviseBuilding(before, applyPatch(before, changes));
  });
  await access.require({ action: 'building.update', resource: candidate });
  return candidate;
}

/** archiveBuilding: the building leaves the lists and frees its asset reference; archiving is final. */
export function archiveBuilding(
  ctx: RegisterContext,
  args: BuildingChangeArgs & { readonly closeSurplusListings?: boolean | null },
): Promise<Building> {
  return runChange(ctx, {
    load: () => loadForChange(ctx, args.id),
    access: (before) => changeChecks(before, 'building.archive', args.id),
    decide: (before, { change }) => {
      // Refused as archived before the version is compared, as the API always has.
      const next = archived(before, change);
      assertVersion(before, args.expectedVersion, `Building ${before.id}`);
      return nextVersion(next, change);
    },
    write: (after, before, { change }, guard) =>
      ctx.stores.buildings.updateBuilding(before, after, 'ARCHIVED', change, guard, {
        closeOpenListings: args.closeSurplusListings ?? false,
      }),
  });
}

/** A create's input as the fields of a new building. */
function toFields(input: CreateBuildingArgs) {
  return {
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
