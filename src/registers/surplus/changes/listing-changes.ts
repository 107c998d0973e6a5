/**
 * The lister's changes: listing items, editing and closing a listing, and a council's allocation rule. Each
 * is run by the change protocol (kernel/changes/change-protocol.ts); the rules are the domain's.
 */
import { buildingForChange } from '../../../kernel/changes/building-for-change';
import type { CreateRequest } from '../../../kernel/changes/change-protocol';
import { nextVersion, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { badInput, NotFoundError } from '../../../kernel/domain/errors';
import type { Building } from '../../../kernel/domain/records';
import type { ChangeAccess } from '../../../kernel/graphql/context';
import type { RegisterContext } from '../../context';
import { closeListing, createSurplusListing, reviseListing } from '../domain/surplus-listing';
import type {
  AllocationRule,
  SurplusListing,
  SurplusListingEdits,
  SurplusListingFields,
} from '../domain/surplus-listing';
import { defaultSurplusSettings, reviseSurplusSettings } from '../domain/surplus-settings';
import type { SurplusSettings } from '../domain/surplus-settings';
import { listingBuildingRef, loadVisibleListing, today } from './surplus-reads';

/** What listing items names: the building, the listing organisation, and the listing's own fields. */
export interface CreateSurplusListingInput extends SurplusListingFields {
  readonly buildingId: string;
  readonly organisationId: string;
}

/**
 * A new listing in a building: the building is read (the listing copies it), then the council's settings
 * (the allocation rule the listing keeps); the listing organisation's existence and the caller's role in
 * it are checked in the listing's transaction. A building the caller may not see is refused as unknown.
 */
export function listSurplusItems(
  ctx: RegisterContext,
  request: CreateRequest,
  input: CreateSurplusListingInput,
): Promise<SurplusListing> {
  const { buildingId, organisationId, ...fields } = input;
  return runCreate(ctx, {
    request,
    prepare: async ({ change, id }, access) => {
      const building = await loadBuildingToList(ctx, access, { buildingId, organisationId });
      assertListable(ctx, building, fields);
      const rule = await allocationRuleIn(ctx, building);
      return createSurplusListing(id, organisationId, building, fields, rule, change.at);
    },
    write: (listing, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        [{ kind: 'SURPLUS_LISTING', before: null, after: listing, action: 'CREATED' }],
        change,
        { requireOrganisation: { id: organisationId, field: 'input.organisationId' }, guard },
      ),
    result: (listing) => listing,
    loadExisting: (id) => loadVisibleListing(ctx, id),
  });
}

/**
 * The building items are to be listed in, read for the change, with the caller's right to list there for
 * the organisation required (`surplus.list`). A building the caller may not see, or none, is refused as
 * unknown (BAD_USER_INPUT on `input.buildingId`).
 */
export async function loadBuildingToList(
  ctx: RegisterContext,
  access: ChangeAccess,
  where: { readonly buildingId: string; readonly organisationId: string },
): Promise<Building> {
  const building = await buildingForChange(
    (id, options) => ctx.stores.buildings.getBuilding(id, options),
    access,
    where.buildingId,
  );
  await access.require({
    action: 'surplus.list',
    resource: { organisationId: where.organisationId, building },
  });
  return building;
}

/** Items are listed in a current building, to an end date not in the past (BAD_USER_INPUT otherwise). */
export function assertListable(
  ctx: RegisterContext,
  building: Building,
  fields: { readonly availableUntil: string | null },
): void {
  if (building.archivedAt !== null || building.status === 'DISPOSED') {
    throw badInput(
      'input.buildingId',
      'the building is archived or disposed of; list items in a current building',
    );
  }
  if (fields.availableUntil !== null && fields.availableUntil < today(ctx)) {
    throw badInput('input.availableUntil', 'must not be in the past');
  }
}

/** The council's allocation rule, which a new listing in its area keeps. */
export async function allocationRuleIn(ctx: RegisterContext, building: Building): Promise<AllocationRule> {
  const settings = await ctx.stores.surplus.getSettings(building.councilCode);
  return (settings ?? defaultSurplusSettings(building.councilCode)).allocationRule;
}

/** Reads a listing for a step of its lister: a listing whose building the caller may not see is NOT_FOUND. */
function listerStep(id: string) {
  const notFound = () => new NotFoundError('Surplus listing', id);
  return {
    load: (ctx: RegisterContext) => async () => {
      const listing = await ctx.stores.surplus.getListing(id, { consistent: true });
      if (!listing) throw notFound();
      return listing;
    },
    access: (before: SurplusListing) => [
      {
        action: 'building.view' as const,
        resource: listingBuildingRef(before),
        deniedAs: notFound,
        impliedByLaterChecks: true,
      },
      { action: 'surplus.manage' as const, resource: { organisationId: before.organisationId } },
    ],
  };
}

/**
 * The lister's editors change a listing's fields (not its category or building): the rules are the
 * domain's `reviseListing` (never below what is allocated, no end date in the past). The listing's version
 * is the condition, so an allocation since the caller read it is CONFLICT: read it again.
 */
export function updateSurplusListing(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  edits: () => SurplusListingEdits,
): Promise<SurplusListing> {
  const step = listerStep(target.id);
  return runChange(ctx, {
    load: step.load(ctx),
    access: step.access,
    expectedVersion: { version: target.expectedVersion, what: `Surplus listing ${target.id}` },
    decide: (before, { change }) => nextVersion(reviseListing(before, edits(), today(ctx)), change),
    write: (after, before, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        [{ kind: 'SURPLUS_LISTING', before, after, action: 'UPDATED' }],
        change,
        { guard },
      ),
  });
}

/** Closes a listing before its end date (its allocated requests can still be collected or missed). */
export function closeSurplusListing(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  reason: () => string | null,
): Promise<SurplusListing> {
  const step = listerStep(target.id);
  return runChange(ctx, {
    load: step.load(ctx),
    access: step.access,
    expectedVersion: { version: target.expectedVersion, what: `Surplus listing ${target.id}` },
    decide: (before, { change }) =>
      nextVersion(closeListing(before, reason() ?? 'Closed by the listing organisation'), change),
    write: (after, before, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        [{ kind: 'SURPLUS_LISTING', before, after, action: 'CLOSED' }],
        change,
        { guard },
      ),
  });
}

/** Sets a council's allocation rule (the first save expects version 0: no settings saved yet). */
export function updateSurplusSettings(
  ctx: RegisterContext,
  target: { readonly councilCode: string; readonly expectedVersion: number },
  allocationRule: AllocationRule,
): Promise<SurplusSettings> {
  const { councilCode } = target;
  return runChange(ctx, {
    load: async () =>
      (await ctx.stores.surplus.getSettings(councilCode, { consistent: true })) ??
      defaultSurplusSettings(councilCode),
    access: () => [{ action: 'surplus.manageSettings', resource: { councilCode } }],
    expectedVersion: { version: target.expectedVersion, what: `Surplus settings of ${councilCode}` },
    decide: (before, { change }) => reviseSurplusSettings(before, allocationRule, change.at),
    write: (after, before, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        [
          before.version === 0
            ? { kind: 'SURPLUS_SETTINGS', before: null, after, action: 'CREATED' }
            : { kind: 'SURPLUS_SETTINGS', before, after, action: 'UPDATED' },
        ],
        change,
        { guard },
      ),
  });
}
