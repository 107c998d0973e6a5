/**
 * The offering organisation's changes of an offer: making it, editing it (withdrawing it too), and marking it
 * taken. Each is run by the change protocol (kernel/changes/change-protocol.ts); the rules are the domain's
 * (space-offer.ts, colocation-changes.ts).
 */
import { buildingForChange } from '../../../kernel/changes/building-for-change';
import type { ChangeBy, CreateRequest } from '../../../kernel/changes/change-protocol';
import {
  applyPatch,
  assertVersion,
  isUnchanged,
  nextVersion,
  runChange,
  runCreate,
} from '../../../kernel/changes/change-protocol';
import { NotFoundError } from '../../../kernel/domain/errors';
import type { AuditAction, Building } from '../../../kernel/domain/records';
import type { AccessCheck } from '../../../kernel/graphql/context';
import type { RegisterContext } from '../../context';
import { closeOpenInterests, takenReason } from '../domain/colocation-changes';
import {
  assertOfferEditable,
  createSpaceOffer,
  effectiveOfferStatus,
  isOfferLive,
  reviseSpaceOffer,
  transitionOffer,
} from '../domain/space-offer';
import type { OfferEdit, SpaceOffer, SpaceOfferFields } from '../domain/space-offer';
import { loadVisibleOffer, offerResource, today } from './colocation-reads';

/** An input parsed only once the caller's right is settled, so a refused caller learns nothing from it. */
export type ParsedLater<T> = () => T;

/** What offering space names: the building, the offering organisation, and the offer's own fields. */
export interface OfferSpaceInput extends SpaceOfferFields {
  readonly buildingId: string;
  readonly organisationId: string;
}

/**
 * A new offer in a building: the building is read (the offer copies it); the offering organisation's
 * existence and the caller's role in it are checked in the offer's transaction. Offering space in a building
 * implies seeing it, so a building the caller may not see is refused as unknown.
 */
export function offerSpace(
  ctx: RegisterContext,
  request: CreateRequest,
  input: OfferSpaceInput,
): Promise<SpaceOffer> {
  const { buildingId, organisationId, ...fields } = input;
  return runCreate(ctx, {
    request,
    prepare: async ({ change, id }, access) => {
      const building = await buildingForChange(
        (id, options) => ctx.stores.buildings.getBuilding(id, options),
        access,
        buildingId,
      );
      await access.require({ action: 'spaceOffer.create', resource: { organisationId, building } });
      return {
        building,
        offer: createSpaceOffer(id, organisationId, building, fields, change.at, today(ctx)),
      };
    },
    write: ({ building, offer }, { change }, guard) =>
      ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' }],
        change,
        {
          requireOrganisation: { id: organisationId, field: 'input.organisationId' },
          requireBuildingVersion: building,
          guard,
        },
      ),
    result: ({ offer }) => offer,
    loadExisting: (id) => loadVisibleOffer(ctx, id),
  });
}

/** The fields an edit of an offer changes (undefined: unchanged; null: cleared). */
export type SpaceOfferPatch = Partial<Omit<SpaceOffer, 'id' | 'organisationId' | 'buildingId' | 'building'>>;

/** What `decide` of an offer change planned: the offer's next version, and what else the write does. */
interface PlannedOfferChange {
  readonly after: SpaceOffer;
  readonly unchanged: boolean;
  readonly action: AuditAction;
  /** The offer's copy of its building is refreshed: the building's version is a condition of the write. */
  readonly copiesBuilding: boolean;
  /** The offer's other open interests close (read just before the write), all but `keepId`. */
  readonly closing: { readonly keepId: string | null; readonly reason: string } | null;
}

/**
 * Runs a change of a live offer: the offer and its building as it is now are read, and the change needs the
 * caller to see the offer (NOT_FOUND otherwise) and to update it. A TAKEN or WITHDRAWN offer (also one
 * withdrawn because its building changed owner) is history for everyone: CONFLICT saying so to whoever may
 * see it, rather than FORBIDDEN by the current owner's rule. An input is parsed, then the version checked,
 * inside `decide` (after access), in that order.
 */
async function changeOffer(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  decide: (before: SpaceOffer, building: Building, by: ChangeBy) => Promise<PlannedOfferChange>,
): Promise<SpaceOffer> {
  // The building is read with the offer (load) and used by every later step of the change.
  const held: { building: Building | null } = { building: null };
  const building = (): Building => {
    if (!held.building) throw new Error("An offer's change reads its building before anything else");
    return held.building;
  };
  const view = (offer: SpaceOffer): AccessCheck => ({
    action: 'spaceOffer.view',
    resource: offerResource(offer, effectiveOfferStatus(offer, today(ctx))),
    deniedAs: () => new NotFoundError('Space offer', target.id),
  });
  const planned = await runChange(ctx, {
    load: async () => {
      const offer = await ctx.stores.colocation.getSpaceOffer(target.id);
      if (!offer) throw new NotFoundError('Space offer', target.id);
      if (!isOfferLive(offer)) {
        await ctx.accessForChange().require(view(offer));
        assertOfferEditable(offer);
      }
      held.building = await ctx.stores.buildings.getBuilding(offer.buildingId, { consistent: true });
      if (!held.building) {
        await ctx.accessForChange().require(view(offer)); // NOT_FOUND first for whoever may not see it
        throw new NotFoundError('Building', offer.buildingId);
      }
      return offer;
    },
    access: (before) => [
      { ...view(before), impliedByLaterChecks: true },
      {
        action: 'spaceOffer.update',
        resource: { organisationId: before.organisationId, building: building() },
      },
    ],
    decide: (before, by) => decide(before, building(), by),
    unchanged: (plan) => plan.unchanged,
    write: async (plan, before, by, guard) => {
      const closures = plan.closing
        ? closeOpenInterests(
            await ctx.stores.colocation.listOpenInterestsOfOffer(before),
            plan.closing.keepId,
            plan.closing.reason,
            by.change,
          )
        : [];
      await ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_OFFER', before, after: plan.after, action: plan.action }, ...closures],
        by.change,
        // The building's version: the offer's copy never undoes a change of the building's visibility.
        { ...(plan.copiesBuilding ? { requireBuildingVersion: building() } : {}), guard },
      );
    },
  });
  return planned.after;
}

const offerVersion = (offer: SpaceOffer, expectedVersion: number) =>
  assertVersion(offer, expectedVersion, `Space offer ${offer.id}`);

/** Edits an offer (withdrawing it closes its open interests); a no-op edit writes nothing. */
export function updateSpaceOffer(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  input: ParsedLater<SpaceOfferPatch>,
): Promise<SpaceOffer> {
  return changeOffer(ctx, target, async (before, building, by) => {
    const patch = input();
    offerVersion(before, target.expectedVersion);
    const edit: OfferEdit = { status: patch.status, availabilityChanged: patch.availability !== undefined };
    const revised = reviseSpaceOffer(
      before,
      applyPatch<SpaceOffer>(before, patch),
      building,
      edit,
      today(ctx),
    );
    const unchanged = isUnchanged(before, revised);
    const after = unchanged ? before : nextVersion(revised, by.change);
    const withdrawn = after.status === 'WITHDRAWN' && !unchanged;
    return {
      after,
      unchanged,
      action: withdrawn ? 'WITHDRAWN' : 'UPDATED',
      copiesBuilding: true,
      closing: withdrawn ? { keepId: null, reason: 'The offering organisation withdrew the offer' } : null,
    };
  });
}

/** Marks an offer taken: every open interest but the accepted one is CLOSED, saying why. */
export function markOfferTaken(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  message: ParsedLater<string | null>,
): Promise<SpaceOffer> {
  return changeOffer(ctx, target, async (before, _building, by) => {
    const note = message();
    offerVersion(before, target.expectedVersion);
    return {
      after: nextVersion(transitionOffer(before, { type: 'MARK_TAKEN' }, today(ctx)), by.change),
      unchanged: false,
      action: 'TAKEN',
      copiesBuilding: false,
      closing: { keepId: before.acceptedInterestId, reason: takenReason(before, note) },
    };
  });
}
