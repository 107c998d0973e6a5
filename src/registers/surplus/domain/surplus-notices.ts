/**
 * The outbox messages of surplus steps (src/kernel/domain/outbox.ts): a new listing (published to the
 * lister's and the council's webhooks, mailed to no one) and an allocation (told to the requesting
 * organisation, which must now collect). Derived from the records a step writes, so no write path can
 * leave one out; each message's id names the record and version, so a retried step cannot write it twice.
 */
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { SurplusRecordChange } from './surplus-port';
import type { SurplusListing } from './surplus-listing';
import type { SurplusRequest } from './surplus-request';

const SENDER = 'MASH Register';

/** The messages of a step's changes. */
export function surplusNotices(changes: readonly SurplusRecordChange[]): OutboxMessage[] {
  const listings = new Map<string, SurplusListing>();
  for (const change of changes) {
    if (change.kind === 'SURPLUS_LISTING') listings.set(change.after.id, change.after);
  }
  return changes.flatMap((change): OutboxMessage[] => {
    if (change.kind === 'SURPLUS_LISTING' && change.before === null) return [listedMessage(change.after)];
    if (change.kind === 'SURPLUS_REQUEST' && change.after.status === 'ALLOCATED') {
      if (change.before?.status === 'ALLOCATED') return [];
      return [allocatedMessage(change.after, listings.get(change.after.listingId) ?? null)];
    }
    return [];
  });
}

function listedMessage(listing: SurplusListing): OutboxMessage {
  return {
    id: `surplus#listing#${listing.id}#v${listing.version}`,
    eventType: 'surplus.listing.created',
    councilCode: listing.building.councilCode,
    statutoryRule: null,
    step: 'Surplus items listed',
    about: `${listing.quantity} x ${listing.description}, ${listing.building.name}`,
    text: `${listing.quantity} items (${listing.description}) were listed for reuse at ${listing.building.name}.`,
    date: listing.createdAt.slice(0, 10),
    sender: SENDER,
    recordUrl: null,
    recipients: [],
    webhookOrganisationIds: [listing.organisationId],
    data: {
      listingId: listing.id,
      category: listing.category,
      quantity: listing.quantity,
      buildingId: listing.buildingId,
      availableFrom: listing.availableFrom,
      availableUntil: listing.availableUntil,
      version: listing.version,
    },
    createdAt: listing.createdAt,
  };
}

function allocatedMessage(request: SurplusRequest, listing: SurplusListing | null): OutboxMessage {
  const what = listing ? `${listing.description}, ${listing.building.name}` : `listing ${request.listingId}`;
  return {
    id: `surplus#request#${request.id}#v${request.version}`,
    eventType: 'surplus.request.allocated',
    councilCode: request.councilCode,
    statutoryRule: null,
    step: 'Surplus items allocated',
    about: what,
    text: `${request.allocatedQuantity} of the ${request.quantity} items your organisation asked for (${what}) were allocated to it. Arrange collection with the lister.`,
    date: request.updatedAt.slice(0, 10),
    sender: SENDER,
    recordUrl: null,
    recipients: [
      {
        kind: 'ORGANISATION',
        organisationId: request.organisationId,
        name: request.organisationName,
        role: 'requester',
      },
    ],
    webhookOrganisationIds: [request.organisationId, request.listerOrganisationId],
    data: {
      requestId: request.id,
      listingId: request.listingId,
      allocatedQuantity: request.allocatedQuantity,
      status: request.status,
      version: request.version,
    },
    createdAt: request.updatedAt,
  };
}
