/**
 * The ACV steps after the nomination, one change per mutation. Each runs the change protocol through
 * `runStep`: load the entry (the pure transition needs it), check the version, apply the lifecycle's step
 * as of today, and store the entry with its notices, task changes and audit event in one transaction. The
 * caller's role is checked inside that transaction (a ConditionCheck on their access item), not read first:
 * two requests, the entry's GetItem and the transaction, plus whatever the step itself reads.
 */
import type { UserIdentity } from '../../../kernel/domain/authorization';
import type { IsoDate } from '../../../kernel/domain/clock';
import { applyAcvAction } from '../domain/acv-lifecycle';
import type { AcvAction, AcvActionOf, AcvActionType } from '../domain/acv-action';
import type { AcvEntry } from '../domain/acv-records';
import { assertBidderEligible, isCommunityInterestGroupKind } from '../domain/acv-eligibility';
import type { AccessCheck } from '../../../kernel/graphql/context';
import { loadReferencedOrganisation } from '../../../kernel/graphql/support';
import { nextVersion, runChange } from '../../../kernel/changes/change-protocol';
import type { RegisterContext } from '../../context';
import {
  acvToday,
  entryRef,
  loadEntry,
  loadSettings,
  partyOf,
  readTogether,
  toNotices,
} from './acv-change-support';

/** The entry a step is taken on, at the version the caller saw. */
export interface StepTarget {
  readonly id: string;
  readonly expectedVersion: number;
}

/** A step's input as the caller gives it: the action without what the change adds itself. */
export type StepInput<K extends AcvActionType, Added extends keyof AcvActionOf<K> = never> = Omit<
  AcvActionOf<K>,
  'type' | Added
>;

async function runStep(
  ctx: RegisterContext,
  target: StepTarget,
  check: (entry: AcvEntry) => AccessCheck,
  toAction: (entry: AcvEntry, actor: UserIdentity) => AcvAction | Promise<AcvAction>,
): Promise<AcvEntry> {
  const step = await runChange(ctx, {
    load: () => loadEntry(ctx, target.id),
    access: (before) => [check(before)],
    expectedVersion: { version: target.expectedVersion, what: `Entry ${target.id}` },
    decide: async (before, { actor, change }) => {
      const transition = applyAcvAction(before, await toAction(before, actor), acvToday(ctx));
      const entry = nextVersion(transition.entry, change);
      return { entry, notices: toNotices(entry, transition, change), auditAction: transition.auditAction };
    },
    write: (planned, before, { change }, guard) =>
      ctx.stores.acv.updateAcvEntry(before, planned, change, guard),
  });
  return step.entry;
}

/** The access check of a step whose rule depends only on the entry. */
const may =
  (action: 'acv.withdraw' | 'acv.decide' | 'acv.recordOwnerStep') =>
  (entry: AcvEntry): AccessCheck => ({ action, resource: entryRef(entry) });

export const withdrawNomination = (ctx: RegisterContext, target: StepTarget, withdrawnOn: IsoDate | null) =>
  runStep(ctx, target, may('acv.withdraw'), () => ({ type: 'withdrawNomination', withdrawnOn }));

/** The listing's 5 years are counted by the council's convention (its settings), read beside the step. */
export const decideNomination = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'decideNomination', 'decidedBy' | 'listingExpiryConvention'>,
) =>
  runStep(ctx, target, may('acv.decide'), async (entry, actor) => ({
    type: 'decideNomination',
    ...input,
    decidedBy: actor.userId,
    listingExpiryConvention: (await loadSettings(ctx, entry.councilCode)).listingExpiryConvention,
  }));

export const requestListingReview = (ctx: RegisterContext, target: StepTarget, requestedOn: IsoDate | null) =>
  runStep(ctx, target, may('acv.recordOwnerStep'), (_entry, actor) => ({
    type: 'requestListingReview',
    requestedOn,
    requestedBy: actor.userId,
  }));

export const agreeReviewExtension = (ctx: RegisterContext, target: StepTarget, agreedDueOn: IsoDate) =>
  runStep(ctx, target, may('acv.decide'), () => ({ type: 'agreeReviewExtension', agreedDueOn }));

/** The review is decided by an officer other than the one who took the listing decision (authorization.ts). */
export const decideListingReview = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'decideListingReview', 'decidedBy'>,
) =>
  runStep(
    ctx,
    target,
    (entry) => ({
      action: 'acv.decideReview',
      resource: { ...entryRef(entry), firstDecidedBy: entry.decision?.decidedBy ?? null },
    }),
    (_entry, actor) => ({ type: 'decideListingReview', ...input, decidedBy: actor.userId }),
  );

export const recordAppeal = (ctx: RegisterContext, target: StepTarget, input: StepInput<'recordAppeal'>) =>
  runStep(ctx, target, may('acv.decide'), () => ({ type: 'recordAppeal', ...input }));

export const recordDisposalNotice = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'recordDisposalNotice'>,
) => runStep(ctx, target, may('acv.recordOwnerStep'), () => ({ type: 'recordDisposalNotice', ...input }));

/**
 * A community interest group asks to bid: the bidder and the council's settings (its neighbours, for the
 * bidder's area) are read together once the entry is known, so the step is 3 round trips.
 */
export const requestToBid = (
  ctx: RegisterContext,
  target: StepTarget,
  input: { readonly bidderOrganisationId: string; readonly requestedOn: IsoDate | null },
) =>
  runStep(
    ctx,
    target,
    (entry) => ({
      action: 'acv.requestToBid',
      resource: { ...entryRef(entry), bidderOrganisationId: input.bidderOrganisationId },
    }),
    async (entry) => {
      const [bidder, settings] = await readTogether([
        loadReferencedOrganisation(ctx, input.bidderOrganisationId, 'input.bidderOrganisationId'),
        loadSettings(ctx, entry.councilCode),
      ] as const);
      assertBidderEligible(bidder, {
        councilCode: entry.councilCode,
        neighbouringCouncils: settings.neighbouringCouncils,
      });
      return { type: 'requestToBid', requestedOn: input.requestedOn, bidder: partyOf(bidder) };
    },
  );

/** A sale to a register organisation that is a community interest group may go ahead in a moratorium. */
export const recordDisposal = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'recordDisposal', 'toCommunityInterestGroup'> & {
    readonly buyerOrganisationId: string | null;
  },
) =>
  runStep(ctx, target, may('acv.recordOwnerStep'), async () => {
    const buyer = input.buyerOrganisationId
      ? await loadReferencedOrganisation(ctx, input.buyerOrganisationId, 'input.buyerOrganisationId')
      : null;
    return {
      type: 'recordDisposal',
      disposedOn: input.disposedOn,
      buyerName: input.buyerName,
      toCommunityInterestGroup: buyer !== null && isCommunityInterestGroupKind(buyer.kind),
      exemptCategory: input.exemptCategory,
    };
  });

export const recordListingRegistration = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'recordListingRegistration'>,
) => runStep(ctx, target, may('acv.decide'), () => ({ type: 'recordListingRegistration', ...input }));

export const removeListing = (ctx: RegisterContext, target: StepTarget, input: StepInput<'removeListing'>) =>
  runStep(ctx, target, may('acv.decide'), () => ({ type: 'removeListing', ...input }));

export const recordCompensationClaim = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'recordCompensationClaim'>,
) => runStep(ctx, target, may('acv.recordOwnerStep'), () => ({ type: 'recordCompensationClaim', ...input }));

export const decideCompensationClaim = (
  ctx: RegisterContext,
  target: StepTarget,
  input: StepInput<'decideCompensationClaim'>,
) => runStep(ctx, target, may('acv.decide'), () => ({ type: 'decideCompensationClaim', ...input }));
