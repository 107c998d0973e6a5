/**
 * listBuildingSurplus: a closing building's surplus in one step (issue 20, "Closing a building"). Several
 * kinds of items become one listing each, with the same dates and collection arrangements, and the building
 * may be set to SURPLUS or VACANT at the same time. One transaction, all or nothing: the listings, their
 * audit events and messages, and the building's update as the buildings store writes it (its version the
 * condition). The parts are the ones createSurplusListing and updateBuilding run: the building to list in
 * (`loadBuildingToList`, `assertListable`), the building's revision (`reviseForUpdate`), the listing
 * (`createSurplusListing`).
 */
import { createHash } from 'node:crypto';
import type { CreateRequest } from '../../../kernel/changes/change-protocol';
import { isUnchanged, nextVersion, runCreate } from '../../../kernel/changes/change-protocol';
import { ConflictError } from '../../../kernel/domain/errors';
import type { Building } from '../../../kernel/domain/records';
import { reviseForUpdate } from '../../buildings/changes/building-changes';
import { loadVisibleBuilding } from '../../buildings/changes/load-building';
import type { RegisterContext } from '../../context';
import { createSurplusListing } from '../domain/surplus-listing';
import type {
  CLOSING_BUILDING_STATUSES,
  SurplusListing,
  SurplusListingFields,
} from '../domain/surplus-listing';
import { allocationRuleIn, assertListable, loadBuildingToList } from './listing-changes';
import { loadVisibleListing } from './surplus-reads';

/** One kind of items: a listing's own fields. */
export type SurplusItems = Pick<
  SurplusListingFields,
  'category' | 'description' | 'quantity' | 'condition' | 'dimensions'
>;

/** What the step names: the building and its new status, the listing organisation, the shared terms, the items. */
export interface ListBuildingSurplusInput extends Omit<SurplusListingFields, keyof SurplusItems> {
  readonly buildingId: string;
  readonly organisationId: string;
  /** Null: the building's status stays. */
  readonly buildingStatus: (typeof CLOSING_BUILDING_STATUSES)[number] | null;
  /** The building's version the caller saw; required (by the input's parsing) with a status. */
  readonly buildingExpectedVersion: number | null;
  readonly items: readonly SurplusItems[];
}

/** What the step answers: the building as it is after it, and the new listings in the order of the items. */
export interface BuildingSurplus {
  readonly building: Building;
  readonly listings: SurplusListing[];
}

/**
 * The id of the step's `index`th listing, derived from the step's own id (the one its idempotency claim
 * keeps), so a retry finds every listing the first request made. A UUID in form, as every record id is:
 * version 8, the one RFC 9562 (section 5.8) leaves to an application's own rule.
 */
export function listingIdOf(stepId: string, index: number): string {
  const hex = createHash('sha256').update(`${stepId}#${index}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/**
 * Lists the items, and sets the building's status when asked: the right to list there for the organisation
 * (`surplus.list`, as createSurplusListing) and, for the status, the right to change the building
 * (`building.update`, as updateBuilding). A refused item is refused by the input's parsing before anything
 * is read; a stale building version is CONFLICT on `input.buildingExpectedVersion`; either writes nothing.
 * A status the building has already is no change of it (its version is still compared).
 */
export function listBuildingSurplus(
  ctx: RegisterContext,
  request: CreateRequest,
  input: ListBuildingSurplusInput,
): Promise<BuildingSurplus> {
  const { buildingId, organisationId, buildingStatus, buildingExpectedVersion, items, ...terms } = input;
  return runCreate(ctx, {
    request,
    prepare: async ({ change, id }, access) => {
      const before = await loadBuildingToList(ctx, access, { buildingId, organisationId });
      if (buildingStatus !== null) await access.require({ action: 'building.update', resource: before });
      assertListable(ctx, before, terms);
      const revised =
        buildingStatus === null
          ? before
          : await asStepVersionConflict(() =>
              reviseForUpdate(access, before, buildingExpectedVersion ?? 0, () => ({
                status: buildingStatus,
              })),
            );
      const building = isUnchanged(before, revised) ? before : nextVersion(revised, change);
      const rule = await allocationRuleIn(ctx, before);
      const listings = items.map((item, index) =>
        createSurplusListing(
          listingIdOf(id, index),
          organisationId,
          building,
          { ...terms, ...item },
          rule,
          change.at,
        ),
      );
      return { before, building, listings };
    },
    write: ({ before, building, listings }, { change }, guard) =>
      ctx.stores.surplus.saveSurplusChanges(
        listings.map((listing) => ({
          kind: 'SURPLUS_LISTING' as const,
          before: null,
          after: listing,
          action: 'CREATED' as const,
        })),
        change,
        {
          requireOrganisation: { id: organisationId, field: 'input.organisationId' },
          guard,
          building: building === before ? null : { before, after: building },
        },
      ),
    result: ({ building, listings }) => ({ building, listings }),
    // A retry is the same request (same arguments), so it has as many items as the first.
    loadExisting: async (id) => ({
      building: await loadVisibleBuilding(ctx, buildingId, { consistent: true }),
      listings: await Promise.all(items.map((_, index) => loadVisibleListing(ctx, listingIdOf(id, index)))),
    }),
  });
}

/** updateBuilding's stale-version CONFLICT, naming this step's field for the version. */
async function asStepVersionConflict<T>(revise: () => Promise<T>): Promise<T> {
  try {
    return await revise();
  } catch (error) {
    if (!(error instanceof ConflictError) || error.details['field'] !== 'expectedVersion') throw error;
    throw new ConflictError(error.message, { ...error.details, field: 'input.buildingExpectedVersion' });
  }
}
