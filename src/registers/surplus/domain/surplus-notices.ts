/**
 * The outbox messages of surplus steps (src/kernel/domain/outbox.ts), worded here as every register words
 * its own (the notifications register's `renderNoticeEmail` turns step, subject and paragraphs into the
 * email, with the link to stop such messages): a new listing (published to the lister's webhooks, mailed to
 * no one: the lister made it), an allocation (to the requesting organisation, which must now collect) and a
 * withdrawal (to the lister, whose items may be back to allocate). Derived from the records a step writes,
 * so no write path can leave one out; each message's id names the record and version, so a retried step
 * cannot write it twice. None is statutory: recipients may turn them off.
 */
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { SurplusRecordChange } from './surplus-port';
import type { SurplusCategory, SurplusListing } from './surplus-listing';
import type { SurplusRequest } from './surplus-request';

const SENDER = 'MASH Register';

/** The categories in words, as a sentence names them. */
const CATEGORY_WORDS: Record<SurplusCategory, string> = {
  SEATING: 'seating',
  DESKS_AND_TABLES: 'desks and tables',
  STORAGE: 'storage',
  KITCHEN_AND_CATERING: 'kitchen and catering equipment',
  IT_AND_AV: 'IT and AV equipment',
  FIXTURES_AND_FITTINGS: 'fixtures and fittings',
  SIGNAGE: 'signage',
  OUTDOOR: 'outdoor furniture and equipment',
  OTHER: 'other items',
};

/** The messages of a step's changes. */
export function surplusNotices(changes: readonly SurplusRecordChange[]): OutboxMessage[] {
  const listings = new Map<string, SurplusListing>();
  for (const change of changes) {
    if (change.kind === 'SURPLUS_LISTING') listings.set(change.after.id, change.after);
  }
  return changes.flatMap((change): OutboxMessage[] => {
    if (change.kind === 'SURPLUS_LISTING' && change.before === null) return [listedMessage(change.after)];
    if (change.kind !== 'SURPLUS_REQUEST' || change.before?.status === change.after.status) return [];
    const listing = listings.get(change.after.listingId) ?? null;
    if (change.after.status === 'ALLOCATED') return [allocatedMessage(change.after, listing)];
    if (change.after.status === 'WITHDRAWN' && change.before) {
      return [withdrawnMessage(change.after, change.before, listing)];
    }
    return [];
  });
}

/** What the listing holds and where, as a message names it. */
function listingWords(listing: SurplusListing): string {
  return `${listing.description} (${CATEGORY_WORDS[listing.category]}) at ${listing.building.name}`;
}

function listedMessage(listing: SurplusListing): OutboxMessage {
  const until = listing.availableUntil
    ? ` until ${listing.availableUntil}`
    : ' until every item is allocated';
  return {
    id: `surplus#listing#${listing.id}#v${listing.version}`,
    eventType: 'surplus.listing.created',
    councilCode: listing.building.councilCode,
    statutoryRule: null,
    step: 'Surplus items listed',
    about: `${listing.quantity} x ${listing.description}, ${listing.building.name}`,
    text: [
      `${listing.quantity} items were listed for reuse: ${listingWords(listing)}.`,
      `They can be collected from ${listing.availableFrom}${until}. Verified public bodies and voluntary, ` +
        'community and faith groups can ask for them in the MASH Register, where the collection ' +
        'arrangements are shown to them.',
    ].join('\n\n'),
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
  const what = listing ? listingWords(listing) : CATEGORY_WORDS[request.category];
  const must = listing?.mustCollect === false ? '' : ' The lister does not deliver: your group collects.';
  return {
    id: `surplus#request#${request.id}#v${request.version}`,
    eventType: 'surplus.request.allocated',
    councilCode: request.councilCode,
    statutoryRule: null,
    step: 'Surplus items allocated to you',
    about: listing ? `${listing.description}, ${listing.building.name}` : `Listing ${request.listingId}`,
    text: [
      `${request.allocatedQuantity} of the ${request.quantity} items ${request.organisationName} asked for ` +
        `were allocated to it: ${what}.`,
      'Arrange the collection with the lister: the access times, loading and whom to ask are on the listing in ' +
        `the MASH Register.${must}`,
      'Once you have collected the items, confirm the collection in the register. If you no longer need them, ' +
        'withdraw the request there, so they can go to another group.',
    ].join('\n\n'),
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

/**
 * A group withdrew its request: the lister is told, and whether items came back to allocate (an allocated
 * request's items return to the listing in the same step; the listing then rides in the step's changes).
 */
function withdrawnMessage(
  request: SurplusRequest,
  before: SurplusRequest,
  listing: SurplusListing | null,
): OutboxMessage {
  const what = listing ? listingWords(listing) : CATEGORY_WORDS[request.category];
  const returned = before.status === 'ALLOCATED' ? request.allocatedQuantity : 0;
  return {
    id: `surplus#request#${request.id}#v${request.version}`,
    eventType: 'surplus.request.withdrawn',
    councilCode: request.councilCode,
    statutoryRule: null,
    step: 'A request for your surplus items was withdrawn',
    about: listing ? `${listing.description}, ${listing.building.name}` : `Listing ${request.listingId}`,
    text: [
      `${request.organisationName} withdrew its request for ${request.quantity} items: ${what}.`,
      returned > 0
        ? `The ${returned} items allocated to it are back on the listing, to allocate to another group.`
        : 'Nothing had been allocated to it, so the listing is unchanged.',
    ].join('\n\n'),
    date: request.updatedAt.slice(0, 10),
    sender: SENDER,
    recordUrl: null,
    recipients: [
      {
        kind: 'ORGANISATION',
        organisationId: request.listerOrganisationId,
        name: 'The listing organisation',
        role: 'lister',
      },
    ],
    webhookOrganisationIds: [request.listerOrganisationId, request.organisationId],
    data: {
      requestId: request.id,
      listingId: request.listingId,
      returnedQuantity: returned,
      status: request.status,
      version: request.version,
    },
    createdAt: request.updatedAt,
  };
}
