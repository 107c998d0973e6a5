/**
 * The records each co-location step writes, decided from what is stored: an interest answered, withdrawn or
 * closed carries the offer with it when the offer's state depends on it. Pure: the changes (src/registers/
 * colocation/changes) read what these need and write what they return; the building hook closes interests
 * with the same builder.
 */
import type { ChangeContext } from '../../../kernel/domain/ports';
import type { RecordMeta } from '../../../kernel/domain/records';
import type { ColocationRecordChange } from './colocation-port';
import { transitionInterest } from './space-interest';
import type { SpaceInterest } from './space-interest';
import { transitionOffer } from './space-offer';
import type { SpaceOffer } from './space-offer';

/** A change of an expression of interest (the first record of an interest step). */
export type InterestChange = Extract<ColocationRecordChange, { kind: 'SPACE_INTEREST' }>;

/** The next version of a record, stamped with the change. */
function advanced<T extends RecordMeta>(record: T, change: Pick<ChangeContext, 'at'>): T {
  return { ...record, updatedAt: change.at, version: record.version + 1 };
}

/** Every interest of `open` but `keepId` CLOSED by the register, with `reason` added to its thread. */
export function closeOpenInterests(
  open: readonly SpaceInterest[],
  keepId: string | null,
  reason: string,
  change: ChangeContext,
): ColocationRecordChange[] {
  return open
    .filter((interest) => interest.id !== keepId)
    .map((interest) => ({
      kind: 'SPACE_INTEREST' as const,
      before: interest,
      after: advanced(
        transitionInterest(
          interest,
          { type: 'CLOSE', reason },
          { organisationId: null, userId: change.actorId },
          change.at,
        ),
        change,
      ),
      action: 'CLOSED',
    }));
}

/** The offering organisation's answer to a PENDING interest (CONFLICT in any other state). */
export function answerInterest(
  before: SpaceInterest,
  response: 'ACCEPT' | 'DECLINE',
  text: string | null,
  change: ChangeContext,
): InterestChange {
  const by = { organisationId: before.offeringOrganisationId, userId: change.actorId };
  const after = advanced(transitionInterest(before, { type: response, text }, by, change.at), change);
  return {
    kind: 'SPACE_INTEREST',
    before,
    after,
    action: response === 'ACCEPT' ? 'ACCEPTED' : 'DECLINED',
  };
}

/**
 * An accepted interest puts its offer UNDER_OFFER. `offer` is as stored: its version condition is what stops
 * two accepts of one offer both succeeding.
 */
export function acceptIntoOffer(
  offer: SpaceOffer,
  interestId: string,
  change: ChangeContext,
  today: string,
): ColocationRecordChange {
  const accepted = transitionOffer(offer, { type: 'ACCEPT_INTEREST', interestId }, today);
  return { kind: 'SPACE_OFFER', before: offer, after: advanced(accepted, change), action: 'UNDER_OFFER' };
}

/** The interested organisation withdraws its PENDING or ACCEPTED interest (CONFLICT otherwise). */
export function withdrawInterest(
  before: SpaceInterest,
  text: string | null,
  change: ChangeContext,
): InterestChange {
  const by = { organisationId: before.organisationId, userId: change.actorId };
  const after = advanced(transitionInterest(before, { type: 'WITHDRAW', text }, by, change.at), change);
  return { kind: 'SPACE_INTEREST', before, after, action: 'WITHDRAWN' };
}

/** Whether withdrawing `interest` releases an offer: only an ACCEPTED one holds its offer. */
export function holdsOffer(interest: Pick<SpaceInterest, 'status'>): boolean {
  return interest.status === 'ACCEPTED';
}

/**
 * The offer an accepted interest held, back on the market once that interest is withdrawn; null when the
 * offer has moved on (taken, withdrawn, or holding another interest) and nothing changes for it.
 */
export function releaseOffer(
  offer: SpaceOffer | null,
  interestId: string,
  change: ChangeContext,
  today: string,
): ColocationRecordChange | null {
  if (offer?.status !== 'UNDER_OFFER' || offer.acceptedInterestId !== interestId) return null;
  const released = transitionOffer(offer, { type: 'RELEASE' }, today);
  return { kind: 'SPACE_OFFER', before: offer, after: advanced(released, change), action: 'RELEASED' };
}

/** A stored record's next version, stamped with the change (the domain's own, for its builders). */
export { advanced as nextRecordVersion };

/** Why the other open interests close when an offer is marked taken (the caller's note appended). */
export function takenReason(offer: SpaceOffer, note: string | null): string {
  const byAnother = offer.acceptedInterestId ? ' by another organisation' : '';
  return `The space has been taken${byAnother}${note ? `: ${note}` : ''}`;
}
