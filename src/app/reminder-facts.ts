/**
 * The deadlines the daily reminders are about, as DeadlineFacts (registers/notifications/domain/
 * due-reminders.ts), made from the records the registers hold. Each date is the register's own rule's
 * (the ACV timetable through acvDates and moratoriaOf, an offer's last day, an invitation's expiry), and who
 * is reminded follows who must act: council officers decide nominations and reviews; the owner may ask for a
 * review and may sell after a full moratorium; the nominator (a community body) may ask to bid until the
 * interim moratorium ends and may nominate again as a listing ends; the offering organisation extends its
 * offer; the invitee accepts, and the inviting organisation may send again. Pure; in app/ because it reads
 * three registers' records (registers meet only here).
 */
import type { IsoDate } from '../kernel/domain/clock';
import { londonDate } from '../kernel/domain/clock';
import type { OutboxRecipient } from '../kernel/domain/outbox';
import type { Invite, Organisation } from '../kernel/domain/records';
import type { AcvEntry, AcvParty, AcvTask } from '../registers/acv/domain/acv-records';
import { acvDates, moratoriaOf } from '../registers/acv/domain/acv-state';
import { addDays, expiriesWithReviewRequestDeadline } from '../registers/acv/domain/acv-timetable';
import type { SpaceOffer } from '../registers/colocation/domain/space-offer';
import { quantityLeft } from '../registers/surplus/domain/surplus-listing';
import type { SurplusListing } from '../registers/surplus/domain/surplus-listing';
import { collectionDueOn } from '../registers/surplus/domain/surplus-request';
import type { SurplusRequest } from '../registers/surplus/domain/surplus-request';
import type { DeadlineFact, ReminderKind } from '../registers/notifications/domain/due-reminders';

/** The register's own name, for reminders no council sends. */
export const REGISTER_SENDER = 'MASH Register';

function councilRecipient(council: Organisation): OutboxRecipient {
  return { kind: 'ORGANISATION', organisationId: council.id, name: council.name, role: 'council' };
}

function partyRecipient(party: AcvParty | null, role: string): OutboxRecipient[] {
  return party?.organisationId
    ? [{ kind: 'ORGANISATION', organisationId: party.organisationId, name: party.name, role }]
    : [];
}

function aboutEntry(entry: AcvEntry): string {
  const address = entry.site.address;
  const line = address ? [address.lines[0], address.postcode].filter(Boolean).join(', ') : '';
  return line ? `${entry.site.name}, ${line}` : entry.site.name;
}

function acvFact(
  entry: AcvEntry,
  council: Organisation,
  kind: ReminderKind,
  dueOn: IsoDate,
  recipients: readonly OutboxRecipient[],
): DeadlineFact {
  return {
    kind,
    recordId: entry.id,
    about: aboutEntry(entry),
    dueOn,
    councilCode: entry.councilCode,
    sender: council.name,
    recipients,
    webhookOrganisationIds: [
      ...new Set(recipients.flatMap((r) => (r.kind === 'ORGANISATION' ? [r.organisationId] : []))),
    ],
    recordUrl: null,
  };
}

/**
 * The facts of one work-queue task (the entry it is about read with it): decisions and reviews to the
 * council, a moratorium's end (interim: the nominator and the council; full: the owner and the council), a
 * listing's end to the council, the nominator and the owner. Registration tasks and removals after a
 * disposal are the officers' work queue's alone: no reminder.
 */
export function acvTaskFacts(task: AcvTask, entry: AcvEntry, council: Organisation): DeadlineFact[] {
  const officers = [councilRecipient(council)];
  switch (task.kind) {
    case 'NOMINATION_DECISION':
      return [acvFact(entry, council, 'NOMINATION_DECISION', task.dueOn, officers)];
    case 'REVIEW_DECISION':
      return [acvFact(entry, council, 'REVIEW_DECISION', task.dueOn, officers)];
    case 'LISTING_EXPIRY':
      return [
        acvFact(entry, council, 'LISTING_EXPIRY', task.dueOn, [
          ...officers,
          ...partyRecipient(entry.nominator, 'nominator'),
          ...partyRecipient(entry.owner, 'owner'),
        ]),
      ];
    case 'MORATORIUM_END': {
      const latest = moratoriaOf(entry).at(-1);
      if (!latest) return [];
      return latest.fullMoratoriumEndsOn
        ? [
            acvFact(entry, council, 'FULL_MORATORIUM_END', latest.fullMoratoriumEndsOn, [
              ...officers,
              ...partyRecipient(entry.owner, 'owner'),
            ]),
          ]
        : [
            acvFact(entry, council, 'INTERIM_MORATORIUM_END', latest.interimMoratoriumEndsOn, [
              ...officers,
              ...partyRecipient(entry.nominator, 'nominator'),
            ]),
          ];
    }
    default:
      return [];
  }
}

/**
 * The listed partition's range that holds every listing whose review may still be asked for on a day from
 * `today` to `today + horizonDays` (entries are then checked exactly by reviewRequestFact).
 */
export function reviewRequestRange(today: IsoDate, horizonDays: number): { from: IsoDate; until: IsoDate } {
  return expiriesWithReviewRequestDeadline(today, addDays(today, horizonDays));
}

/** The owner's last day to ask for a review, while none was asked for; null otherwise. */
export function reviewRequestFact(entry: AcvEntry, council: Organisation): DeadlineFact | null {
  const deadline = acvDates(entry).reviewRequestDeadline;
  if (!deadline || entry.review || entry.removal || entry.withdrawnOn) return null;
  return acvFact(entry, council, 'REVIEW_REQUEST', deadline, partyRecipient(entry.owner, 'owner'));
}

/** A live offer's last day, to the offering organisation. */
export function offerEndingFact(
  offer: SpaceOffer,
  organisation: Organisation | undefined,
): DeadlineFact | null {
  const dueOn = offer.availability.untilDate;
  if (!dueOn) return null;
  const name = organisation?.name ?? 'The offering organisation';
  return {
    kind: 'OFFER_ENDING',
    recordId: offer.id,
    about: `${offer.title}, ${offer.building.name}`,
    dueOn,
    councilCode: offer.building.councilCode,
    sender: REGISTER_SENDER,
    recipients: [{ kind: 'ORGANISATION', organisationId: offer.organisationId, name, role: 'offerer' }],
    webhookOrganisationIds: [offer.organisationId],
    recordUrl: null,
  };
}

/** An invitation's last day (London), to the invitee and the inviting organisation. */
export function invitationExpiringFact(invite: Invite, organisation: Organisation | undefined): DeadlineFact {
  const name = organisation?.name ?? 'the organisation';
  return {
    kind: 'INVITATION_EXPIRING',
    recordId: `${invite.organisationId}#${invite.email}`,
    about: `Invitation to ${invite.email} to join ${name}`,
    dueOn: londonDate(new Date(invite.expiresAt)),
    councilCode: null,
    sender: REGISTER_SENDER,
    recipients: [
      { kind: 'EMAIL', email: invite.email, name: invite.email, role: 'invitee' },
      { kind: 'ORGANISATION', organisationId: invite.organisationId, name, role: 'inviter' },
    ],
    webhookOrganisationIds: [],
    recordUrl: null,
  };
}

/** An open surplus listing's last day while items are left to allocate, to the listing organisation. */
export function surplusListingEndingFact(
  listing: SurplusListing,
  lister: Organisation | undefined,
): DeadlineFact | null {
  const dueOn = listing.availableUntil;
  if (!dueOn || listing.status !== 'OPEN' || quantityLeft(listing) === 0) return null;
  const name = lister?.name ?? 'The listing organisation';
  return {
    kind: 'SURPLUS_LISTING_ENDING',
    recordId: listing.id,
    about: `${quantityLeft(listing)} of ${listing.quantity} x ${listing.description} left, ${listing.building.name}`,
    dueOn,
    councilCode: listing.building.councilCode,
    sender: REGISTER_SENDER,
    recipients: [{ kind: 'ORGANISATION', organisationId: listing.organisationId, name, role: 'lister' }],
    webhookOrganisationIds: [listing.organisationId],
    recordUrl: null,
  };
}

/**
 * An allocation not collected by its collection day (the surplus register's `collectionDueOn`: 14 days after
 * it, or the listing's last day if sooner), to both sides: the group collects, the lister may mark a no-show.
 */
export function surplusCollectionFact(
  request: SurplusRequest,
  listing: SurplusListing | undefined,
  lister: Organisation | undefined,
): DeadlineFact | null {
  if (request.status !== 'ALLOCATED') return null;
  const dueOn = collectionDueOn(request, listing ?? null);
  if (!dueOn) return null;
  const what = listing ? `${listing.description}, ${listing.building.name}` : `listing ${request.listingId}`;
  return {
    kind: 'SURPLUS_COLLECTION_OVERDUE',
    recordId: request.id,
    about: `${request.allocatedQuantity} x ${what}, allocated to ${request.organisationName}`,
    dueOn,
    councilCode: request.councilCode,
    sender: REGISTER_SENDER,
    recipients: [
      {
        kind: 'ORGANISATION',
        organisationId: request.organisationId,
        name: request.organisationName,
        role: 'requester',
      },
      {
        kind: 'ORGANISATION',
        organisationId: request.listerOrganisationId,
        name: lister?.name ?? 'The listing organisation',
        role: 'lister',
      },
    ],
    webhookOrganisationIds: [request.organisationId, request.listerOrganisationId],
    recordUrl: null,
  };
}
