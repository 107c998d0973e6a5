/**
 * Requests and their allocation: asking for items, allocating (all or part), declining, confirming
 * collection, marking a no-show and the group's withdrawal. Each step writes the request and, when the
 * quantities move, the listing in one transaction conditional on both versions; a step whose listing moved
 * meanwhile reads it again and decides afresh (retryWhileListingMoves), so concurrent allocations never
 * allocate more than is left.
 */
import type { ChangeBy, CreateRequest } from '../../../kernel/changes/change-protocol';
import { nextVersion, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { badInput, NotFoundError } from '../../../kernel/domain/errors';
import type { AuditAction } from '../../../kernel/domain/records';
import type { AccessCheck } from '../../../kernel/graphql/context';
import type { RegisterContext } from '../../context';
import type { SurplusListing } from '../domain/surplus-listing';
import type { SurplusRecordChange } from '../domain/surplus-port';
import {
  allocate,
  allocateOnArrival,
  assertMayRequest,
  confirmCollection,
  createSurplusRequest,
  declineRequest,
  markNoShow,
  withdrawRequest,
} from '../domain/surplus-request';
import type { SurplusRequest } from '../domain/surplus-request';
import { canSeeListing, loadVisibleRequest, retryWhileListingMoves, today } from './surplus-reads';

/** What asking for items names. */
export interface RequestSurplusItemsInput {
  readonly listingId: string;
  readonly organisationId: string;
  readonly quantity: number;
  readonly intendedUse: string;
}

/** The records a step writes: the request first (its CONFLICT is the one to report), then the listing. */
interface PlannedStep {
  readonly request: SurplusRequest;
  readonly listing: { readonly before: SurplusListing; readonly after: SurplusListing } | null;
  readonly requestAction: AuditAction;
  readonly listingAction: AuditAction;
}

function changesOf(plan: PlannedStep, requestBefore: SurplusRequest | null): SurplusRecordChange[] {
  return [
    { kind: 'SURPLUS_REQUEST', before: requestBefore, after: plan.request, action: plan.requestAction },
    ...(plan.listing
      ? [
          {
            kind: 'SURPLUS_LISTING' as const,
            before: plan.listing.before,
            after: plan.listing.after,
            action: plan.listingAction,
          },
        ]
      : []),
  ];
}

/**
 * An organisation asks for items. The listing and the organisation are read together; the caller must edit
 * for the organisation (checked in the transaction), which must be verified and of an eligible kind. Under
 * FIRST_COME_FIRST_SERVED the request is allocated at once, as much as is left.
 */
export function requestSurplusItems(
  ctx: RegisterContext,
  request: CreateRequest,
  input: RequestSurplusItemsInput,
): Promise<SurplusRequest> {
  const unknownListing = () => badInput('input.listingId', 'no surplus listing in the register has this id');
  return retryWhileListingMoves(() =>
    runCreate(ctx, {
      request,
      prepare: async ({ change, id }, access): Promise<PlannedStep> => {
        const [listing, organisation] = await Promise.all([
          ctx.stores.surplus.getListing(input.listingId, { consistent: true }),
          ctx.organisations.load(input.organisationId),
        ]);
        if (!listing || !(await canSeeListing(ctx, listing))) throw unknownListing();
        await access.require({
          action: 'surplus.request',
          resource: { organisationId: input.organisationId },
        });
        if (!organisation)
          throw badInput('input.organisationId', 'no organisation in the register has this id');
        assertMayRequest(organisation, listing);
        const day = today(ctx);
        const ask = { organisation, quantity: input.quantity, intendedUse: input.intendedUse };
        const asked = createSurplusRequest(id, listing, ask, change.at, day);
        if (listing.allocationRule !== 'FIRST_COME_FIRST_SERVED') {
          return { request: asked, listing: null, requestAction: 'REQUESTED', listingAction: 'UPDATED' };
        }
        const step = allocateOnArrival(listing, asked, change.at, day);
        return {
          request: step.request,
          listing: { before: listing, after: nextVersion(step.listing, change) },
          requestAction: 'REQUESTED',
          listingAction: 'ALLOCATED',
        };
      },
      write: (plan, { change }, guard) =>
        ctx.stores.surplus.saveSurplusChanges(changesOf(plan, null), change, { guard }),
      result: (plan) => plan.request,
      loadExisting: (id) => loadVisibleRequest(ctx, id),
    }),
  );
}

type RequestDecision = (
  listing: SurplusListing,
  request: SurplusRequest,
  by: ChangeBy,
) => { request: SurplusRequest; listing: SurplusListing | null; action: AuditAction };

/**
 * Runs a step on a request: the request and its listing are read (strongly), the caller must see the
 * request (NOT_FOUND otherwise) and pass `access`; the version the caller saw is checked, then `decide`.
 */
function stepOnRequest(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  access: (request: SurplusRequest) => AccessCheck,
  decide: RequestDecision,
): Promise<SurplusRequest> {
  const notFound = () => new NotFoundError('Surplus request', target.id);
  return retryWhileListingMoves(async () => {
    const held: { listing: SurplusListing | null } = { listing: null };
    const listing = (): SurplusListing => {
      if (!held.listing) throw new Error("A request's step reads its listing before anything else");
      return held.listing;
    };
    const plan = await runChange(ctx, {
      load: async () => {
        const request = await ctx.stores.surplus.getRequest(target.id, { consistent: true });
        if (!request) throw notFound();
        held.listing = await ctx.stores.surplus.getListing(request.listingId, { consistent: true });
        if (!held.listing) throw notFound();
        return request;
      },
      access: (before) => [
        { action: 'surplusRequest.view', resource: before, deniedAs: notFound, impliedByLaterChecks: true },
        access(before),
      ],
      expectedVersion: { version: target.expectedVersion, what: `Surplus request ${target.id}` },
      decide: (before, by): PlannedStep => {
        const step = decide(listing(), before, by);
        return {
          request: nextVersion(step.request, by.change),
          listing: step.listing ? { before: listing(), after: nextVersion(step.listing, by.change) } : null,
          requestAction: step.action,
          listingAction: step.action,
        };
      },
      write: (planned, before, { change }, guard) =>
        ctx.stores.surplus.saveSurplusChanges(changesOf(planned, before), change, { guard }),
    });
    return plan.request;
  });
}

const listerManages = (request: SurplusRequest): AccessCheck => ({
  action: 'surplus.manage',
  resource: { organisationId: request.listerOrganisationId },
});

/** The lister allocates `quantity` of a pending request (all it asked for when null). */
export function allocateSurplusRequest(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
  quantity: number | null,
): Promise<SurplusRequest> {
  return stepOnRequest(ctx, target, listerManages, (listing, request, { change }) => ({
    ...allocate(listing, request, quantity, change.at, today(ctx)),
    action: 'ALLOCATED',
  }));
}

/** The lister declines a pending request. */
export function declineSurplusRequest(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
): Promise<SurplusRequest> {
  return stepOnRequest(ctx, target, listerManages, (_listing, request, { change }) => ({
    request: declineRequest(request, change.at),
    listing: null,
    action: 'DECLINED',
  }));
}

/** Either side confirms the group collected its allocation. */
export function confirmSurplusCollection(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
): Promise<SurplusRequest> {
  return stepOnRequest(
    ctx,
    target,
    (request) => ({ action: 'surplusRequest.confirmCollection', resource: request }),
    (listing, request, { change }) => ({
      ...confirmCollection(listing, request, change.at),
      action: 'COLLECTED',
    }),
  );
}

/** The lister marks that the group did not collect: its quantity returns to the listing. */
export function markSurplusNoShow(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
): Promise<SurplusRequest> {
  return stepOnRequest(ctx, target, listerManages, (listing, request, { change }) => ({
    ...markNoShow(listing, request, change.at),
    action: 'NO_SHOW',
  }));
}

/**
 * The requesting organisation's editors withdraw a pending or allocated request; an allocation returns to
 * the listing in the same transaction (as a no-show's does). An ended request is INVALID_TRANSITION.
 */
export function withdrawSurplusRequest(
  ctx: RegisterContext,
  target: { readonly id: string; readonly expectedVersion: number },
): Promise<SurplusRequest> {
  return stepOnRequest(
    ctx,
    target,
    (request) => ({ action: 'surplusRequest.withdraw', resource: request }),
    (listing, request, { change }) => ({
      ...withdrawRequest(listing, request, change.at),
      action: 'WITHDRAWN',
    }),
  );
}
