/**
 * The messages co-location's steps put in the outbox (issue 19), derived from the records a step changes,
 * so no write path can leave one out (the store adds them to the step's own transaction). One message per
 * step of an interest's thread, to the organisation on the other side: an expression of interest goes to
 * the offering organisation, an answer (accepted, declined) and a closure by the register go to the
 * interested one, a message in the thread or a withdrawal to the party that did not write it. An offer
 * marked taken is published to the offering organisation's webhooks. None of these is a statutory notice,
 * so recipients may turn them off.
 *
 * A message's id is the record's id and version, so a step is told once however often it is retried.
 */
import type { OutboxEventType, OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';
import type { ColocationRecordChange } from './colocation-port';
import type { InterestMessage, SpaceInterest } from './space-interest';
import type { SpaceOffer } from './space-offer';

/** A message and the change (by index in the step's list) whose transaction carries it. */
export interface ColocationNotice {
  readonly changeIndex: number;
  readonly message: OutboxMessage;
}

const SENDER = 'MASH Register';

export function colocationNotices(changes: readonly ColocationRecordChange[]): ColocationNotice[] {
  const taken = changes.some(
    (c) => c.kind === 'SPACE_OFFER' && c.after.status === 'TAKEN' && c.before?.status !== 'TAKEN',
  );
  return changes.flatMap((change, changeIndex): ColocationNotice[] => {
    if (change.kind === 'SPACE_INTEREST') {
      const message = interestMessage(change.after, change.before, taken);
      return message ? [{ changeIndex, message }] : [];
    }
    if (
      change.kind === 'SPACE_OFFER' &&
      change.after.status === 'TAKEN' &&
      change.before?.status !== 'TAKEN'
    ) {
      return [{ changeIndex, message: offerTakenMessage(change.after) }];
    }
    return [];
  });
}

/** The step the interest's newest thread entry records, if this change added one. */
function newStep(after: SpaceInterest, before: SpaceInterest | null): InterestMessage | null {
  if (after.thread.length <= (before?.thread.length ?? 0)) return null;
  return after.thread.at(-1) ?? null;
}

interface StepWording {
  readonly eventType: OutboxEventType;
  readonly step: string;
  readonly to: 'OFFERING' | 'INTERESTED';
  readonly lead: string;
}

function wording(step: InterestMessage, interest: SpaceInterest, offerTaken: boolean): StepWording {
  const offer = `"${interest.about?.offerTitle ?? 'your offer of space'}"`;
  const interested = interest.about?.interestedOrganisationName ?? 'An organisation';
  const byOffering = step.organisationId === interest.offeringOrganisationId;
  switch (step.event) {
    case 'EXPRESSED':
      return {
        eventType: 'colocation.interest.expressed',
        step: 'New interest in your offer of space',
        to: 'OFFERING',
        lead: `${interested} is interested in ${offer}. Reply to it in the register.`,
      };
    case 'ACCEPTED':
      return {
        eventType: 'colocation.interest.accepted',
        step: 'Your interest was accepted',
        to: 'INTERESTED',
        lead: `Your interest in ${offer} was accepted: the offer is now held for you.`,
      };
    case 'DECLINED':
      return {
        eventType: 'colocation.interest.replied',
        step: 'Your interest was declined',
        to: 'INTERESTED',
        lead: `Your interest in ${offer} was declined.`,
      };
    case 'WITHDRAWN':
      return {
        eventType: 'colocation.interest.replied',
        step: 'An interest was withdrawn',
        to: 'OFFERING',
        lead: `${interested} withdrew its interest in ${offer}.`,
      };
    case 'CLOSED':
      return {
        eventType: offerTaken ? 'colocation.offer.taken' : 'colocation.interest.replied',
        step: offerTaken ? 'The space was taken by another organisation' : 'Your interest was closed',
        to: 'INTERESTED',
        lead: `Your interest in ${offer} was closed by the register.`,
      };
    case 'MESSAGE':
      return {
        eventType: 'colocation.interest.replied',
        step: 'A new message about an offer of space',
        to: byOffering ? 'INTERESTED' : 'OFFERING',
        lead: byOffering
          ? `The offering organisation wrote about ${offer}.`
          : `${interested} wrote about ${offer}.`,
      };
  }
}

function interestMessage(
  after: SpaceInterest,
  before: SpaceInterest | null,
  offerTaken: boolean,
): OutboxMessage | null {
  const step = newStep(after, before);
  if (!step) return null;
  const words = wording(step, after, offerTaken);
  const recipient: OutboxRecipient =
    words.to === 'OFFERING'
      ? {
          kind: 'ORGANISATION',
          organisationId: after.offeringOrganisationId,
          name: 'the offering organisation',
          role: 'OFFERING_ORGANISATION',
        }
      : {
          kind: 'ORGANISATION',
          organisationId: after.organisationId,
          name: after.about?.interestedOrganisationName ?? 'the interested organisation',
          role: 'INTERESTED_ORGANISATION',
        };
  return {
    id: `colocation#interest#${after.id}#v${after.version}`,
    eventType: words.eventType,
    councilCode: after.about?.councilCode ?? null,
    statutoryRule: null,
    step: words.step,
    about: after.about ? `${after.about.offerTitle}, ${after.about.buildingName}` : `Offer ${after.offerId}`,
    text: step.text ? `${words.lead}\n\nThey wrote: "${step.text}"` : words.lead,
    date: step.at.slice(0, 10),
    sender: SENDER,
    recordUrl: null,
    recipients: [recipient],
    webhookOrganisationIds: [after.offeringOrganisationId, after.organisationId],
    data: {
      interestId: after.id,
      offerId: after.offerId,
      status: after.status,
      version: after.version,
      event: step.event,
    },
    createdAt: step.at,
  };
}

function offerTakenMessage(offer: SpaceOffer): OutboxMessage {
  return {
    id: `colocation#offer#${offer.id}#v${offer.version}`,
    eventType: 'colocation.offer.taken',
    councilCode: offer.building.councilCode,
    statutoryRule: null,
    step: 'Offer of space taken',
    about: `${offer.title}, ${offer.building.name}`,
    text: `The offer "${offer.title}" was marked taken.`,
    date: offer.updatedAt.slice(0, 10),
    sender: SENDER,
    recordUrl: null,
    // The offering organisation took the step itself: its partners' webhooks hear of it, no one is mailed.
    recipients: [],
    webhookOrganisationIds: [offer.organisationId],
    data: {
      offerId: offer.id,
      status: offer.status,
      version: offer.version,
      acceptedInterestId: offer.acceptedInterestId,
    },
    createdAt: offer.updatedAt,
  };
}
