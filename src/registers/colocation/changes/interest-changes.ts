/**
 * Expressions of interest: an organisation expresses interest in an offer, the offering organisation accepts
 * or declines it, either writes in its thread, and the interested organisation withdraws it. Run by the
 * change protocol; the rules are the domain's (space-interest.ts, colocation-changes.ts).
 */
import type { ChangeBy, CreateRequest } from '../../../kernel/changes/change-protocol';
import { assertVersion, runChange, runCreate } from '../../../kernel/changes/change-protocol';
import { interestReplyParty } from '../../../kernel/domain/authorization';
import { NotFoundError } from '../../../kernel/domain/errors';
import { loadReferencedOrganisation } from '../../../kernel/graphql/support';
import type { RegisterContext } from '../../context';
import {
  acceptIntoOffer,
  answerInterest,
  holdsOffer,
  type InterestChange,
  nextRecordVersion,
  releaseOffer,
  withdrawInterest as withdrawn,
} from '../domain/colocation-changes';
import type { ColocationRecordChange } from '../domain/colocation-port';
import { addInterestMessage, assertMayExpressInterest, createSpaceInterest } from '../domain/space-interest';
import type { InterestFields, SpaceInterest } from '../domain/space-interest';
import { assertVisibleOffer, loadVisibleInterest, startEarly, today } from './colocation-reads';
import type { ParsedLater } from './offer-changes';

/** What expressing interest names: the offer, the interested organisation, and what it says. */
export interface ExpressInterestInput extends InterestFields {
  readonly offerId: string;
  readonly organisationId: string;
}

/**
 * Expresses interest in an offer, in two round trips: the offer, the organisation's open-interest claim in it
 * and the named need (one BatchGetItem) beside the interested organisation (the request's loader); then the
 * transaction. The caller's role in the interested organisation is checked in that transaction, and so are
 * the offer still being OPEN and the claim (one open interest per organisation and offer) against a
 * concurrent change; what was read decides the answer first (assertMayExpressInterest).
 */
export function expressInterest(
  ctx: RegisterContext,
  request: CreateRequest,
  input: ExpressInterestInput,
): Promise<SpaceInterest> {
  return runCreate(ctx, {
    request,
    prepare: async ({ actor, change, id }, access) => {
      const interested = startEarly(() =>
        loadReferencedOrganisation(ctx, input.organisationId, 'input.organisationId'),
      );
      const stored = await ctx.stores.colocation.getInterestTarget(input);
      const offer = await assertVisibleOffer(ctx, stored.offer, input.offerId);
      const organisation = await interested();
      await access.require({
        action: 'interest.express',
        resource: { organisationId: organisation.id, offeringOrganisationId: offer.organisationId },
      });
      const target = { ...stored, offer, organisation };
      assertMayExpressInterest(target, input, today(ctx));
      return createSpaceInterest(id, target, input, actor, change.at);
    },
    write: (interest, { change }, guard) =>
      ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_INTEREST', before: null, after: interest, action: 'EXPRESSED' }],
        change,
        { requireOpenOffer: interest.offerId, guard },
      ),
    result: (interest) => interest,
    loadExisting: (id) => loadVisibleInterest(ctx, id),
  });
}

/** The records an interest step writes: the interest first, then the offer it moves (if any). */
type InterestStep = readonly [InterestChange, ...ColocationRecordChange[]];

/** Which interest a step is for, and the version the caller saw. */
export interface InterestTarget {
  readonly id: string;
  readonly expectedVersion: number;
}

/**
 * Runs a step of one party on an interest: the interest is read, the caller must see it (NOT_FOUND
 * otherwise) and may take `action`; `decide` parses the input, checks the version and plans the records.
 */
async function changeInterest(
  ctx: RegisterContext,
  target: InterestTarget,
  action: 'interest.respond' | 'interest.withdraw',
  decide: (before: SpaceInterest, by: ChangeBy) => Promise<InterestStep>,
): Promise<SpaceInterest> {
  const changes = await runChange(ctx, {
    load: async () => {
      const interest = await ctx.stores.colocation.getSpaceInterest(target.id);
      if (!interest) throw new NotFoundError('Expression of interest', target.id);
      return interest;
    },
    access: (before) => [
      {
        action: 'interest.view',
        resource: before,
        deniedAs: () => new NotFoundError('Expression of interest', target.id),
        impliedByLaterChecks: true,
      },
      { action, resource: before },
    ],
    decide,
    write: (planned, _before, { change }, guard) =>
      ctx.stores.colocation.saveColocationChanges(planned, change, { guard }),
  });
  return changes[0].after;
}

const interestVersion = (interest: SpaceInterest, expectedVersion: number) =>
  assertVersion(interest, expectedVersion, `Expression of interest ${interest.id}`);

/** The offering organisation accepts (the offer goes UNDER_OFFER with it) or declines an interest. */
export function respondToInterest(
  ctx: RegisterContext,
  target: InterestTarget,
  response: 'ACCEPT' | 'DECLINE',
  message: ParsedLater<string | null>,
): Promise<SpaceInterest> {
  return changeInterest(ctx, target, 'interest.respond', async (before, { change }) => {
    const text = message();
    interestVersion(before, target.expectedVersion);
    const answered = answerInterest(before, response, text, change);
    if (response === 'DECLINE') return [answered];
    const offer = await ctx.stores.colocation.getSpaceOffer(before.offerId);
    if (!offer) throw new NotFoundError('Space offer', before.offerId);
    return [answered, acceptIntoOffer(offer, before.id, change, today(ctx))];
  });
}

/** The interested organisation withdraws its interest; an accepted one releases the offer it held. */
export function withdrawInterest(
  ctx: RegisterContext,
  target: InterestTarget,
  message: ParsedLater<string | null>,
): Promise<SpaceInterest> {
  return changeInterest(ctx, target, 'interest.withdraw', async (before, { change }) => {
    const text = message();
    interestVersion(before, target.expectedVersion);
    const interest = withdrawn(before, text, change);
    if (!holdsOffer(before)) return [interest];
    const offer = await ctx.stores.colocation.getSpaceOffer(before.offerId);
    const released = releaseOffer(offer, before.id, change, today(ctx));
    return released ? [interest, released] : [interest];
  });
}

/**
 * Either organisation writes in the interest's thread. The interest and the caller's memberships are read
 * together (one round trip): who may write, and for which organisation, is decided on the loaded memberships,
 * so the write needs no membership condition.
 */
export function replyToInterest(
  ctx: RegisterContext,
  target: InterestTarget,
  message: ParsedLater<string>,
): Promise<SpaceInterest> {
  return runChange(ctx, {
    load: () => loadVisibleInterest(ctx, target.id),
    access: (before) => [{ action: 'interest.reply', resource: before }],
    decide: async (before, { actor, change }) => {
      const text = message();
      interestVersion(before, target.expectedVersion);
      const organisationId = interestReplyParty(await ctx.getActor(), before);
      const after = addInterestMessage(before, text, { organisationId, userId: actor.userId }, change.at);
      return nextRecordVersion(after, change);
    },
    write: (after, before, { change }, guard) =>
      ctx.stores.colocation.saveColocationChanges(
        [{ kind: 'SPACE_INTEREST', before, after, action: 'MESSAGE' }],
        change,
        { guard },
      ),
  });
}
