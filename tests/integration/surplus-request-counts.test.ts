import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding } from '../support/fixtures';
import {
  ATTACH_PHOTO,
  LISTING_PHOTOS,
  REMOVE_PHOTO,
  SURPLUS_LISTING,
  UPDATE_SETTINGS,
  createListing,
  attachPhoto,
  listingInput,
  requestItems,
  surplusRegister,
  uploadPhoto,
} from '../support/surplus-fixtures';
import type { Photo } from '../support/surplus-fixtures';
import type { SurplusRequestResult } from '../support/surplus-fixtures';
import { createTestApp } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * Surplus operations at their data model's minimum (docs/data-model.md, "Surplus listings"): the records a
 * step is computed from are read, the caller's role and a named organisation are checked inside the step's
 * transaction, never read first.
 */
/** A distance search's reads: rounds of gsi5 Queries, each round's sent together, at most 8 in all. */
function expectDistancePage(roundTrips: readonly (readonly string[])[]): void {
  for (const round of roundTrips) {
    expect(round.length).toBeGreaterThan(0);
    expect(new Set(round)).toEqual(new Set(['QueryCommand']));
  }
  expect(roundTrips.flat().length).toBeLessThanOrEqual(8);
}

describe('DynamoDB requests per surplus operation', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;

  async function measure<T>(query: string, variables: Record<string, unknown>, caller: Caller | null) {
    t.requests.length = 0;
    t.roundTrips.length = 0;
    const data = await t.ok<T>(query, variables, caller);
    // Requests sent together may start in either order: each round trip is compared as a sorted list.
    return { data, requests: [...t.requests], roundTrips: t.roundTrips.map((trip) => [...trip].sort()) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 1);
  });

  const ALLOCATE =
    'mutation ($id: ID!, $v: Int!) { allocateSurplusRequest(id: $id, expectedVersion: $v) { id version } }';
  const CONFIRM_COLLECTION =
    'mutation ($id: ID!, $v: Int!) { confirmSurplusCollection(id: $id, expectedVersion: $v) { id version } }';
  const GET = 'GetItemCommand';
  const WRITE = 'TransactWriteItemsCommand';
  /** The council's changes feed counter, read before a transaction that writes a listing (docs/data-model.md). */
  const FEED_COUNTER = GET;

  it('lists items with the building and the council settings read, then one transaction', async () => {
    const { requests, roundTrips } = await measure(
      'mutation ($input: CreateSurplusListingInput!) { createSurplusListing(input: $input) { id } }',
      { input: listingInput(reg.library.id, reg.council.id) },
      reg.officer,
    );

    // The building, the settings, the council's changes feed counter (the listing joins the feed), the write.
    expect(requests).toEqual([GET, GET, GET, WRITE]);
    expect(roundTrips).toEqual([[GET], [GET], [FEED_COUNTER], [WRITE]]);
  });

  it('lists a closing building’s surplus with the building and the settings read, then one transaction', async () => {
    const building = await createBuilding(t, reg.officer, {
      name: 'Closing branch library',
      ownerOrganisationId: reg.council.id,
    });
    const { availableFrom, availableUntil, collection } = listingInput(building.id, reg.council.id);
    const item = { category: 'SEATING', description: 'Chairs', quantity: 12, condition: 'GOOD' };
    const { requests, roundTrips } = await measure(
      'mutation ($input: ListBuildingSurplusInput!) { listBuildingSurplus(input: $input) { building { version } } }',
      {
        input: {
          buildingId: building.id,
          organisationId: reg.council.id,
          buildingStatus: 'VACANT',
          buildingExpectedVersion: building.version,
          availableFrom,
          availableUntil,
          collection,
          items: [
            item,
            { ...item, category: 'STORAGE', description: 'Shelving' },
            { ...item, category: 'OTHER' },
          ],
        },
      },
      reg.officer,
    );

    // As createSurplusListing, however many kinds: the building's status change needs no read of its own
    // (no offer or listing follows a change of status) and joins the listings' transaction.
    expect(requests).toEqual([GET, GET, GET, WRITE]);
    expect(roundTrips).toEqual([[GET], [GET], [FEED_COUNTER], [WRITE]]);
  });

  it('requests items with the listing and the organisation read together, then one transaction', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));

    const { requests, roundTrips } = await measure(
      'mutation ($input: RequestSurplusItemsInput!) { requestSurplusItems(input: $input) { id } }',
      { input: { listingId: listing.id, organisationId: reg.groupIds[0], quantity: 5, intendedUse: 'Hall' } },
      reg.editors[0]!,
    );

    expect(requests).toHaveLength(3);
    expect(roundTrips).toEqual([['BatchGetItemCommand', GET], [WRITE]]);
  });

  it('allocates and confirms collection with the request and its listing read, then one transaction', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const ask = { listingId: listing.id, organisationId: reg.groupIds[0], quantity: 5, intendedUse: 'Hall' };
    const request = await requestItems(t, reg.editors[0]!, ask);

    const allocated = await measure<{ allocateSurplusRequest: SurplusRequestResult }>(
      ALLOCATE,
      { id: request.id, v: request.version },
      reg.officer,
    );
    const done = allocated.data.allocateSurplusRequest;
    const collected = await measure(CONFIRM_COLLECTION, { id: done.id, v: done.version }, reg.editors[0]!);

    // Both change the listing's quantities: + the feed counter before the transaction.
    expect(allocated.roundTrips).toEqual([[GET], [GET], [FEED_COUNTER], [WRITE]]);
    expect(collected.roundTrips).toEqual([[GET], [GET], [FEED_COUNTER], [WRITE]]);
  });

  it('withdraws an allocated request with the request and its listing read, then one transaction', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const ask = { listingId: listing.id, organisationId: reg.groupIds[0], quantity: 5, intendedUse: 'Hall' };
    const request = await requestItems(t, reg.editors[0]!, ask);
    const { allocateSurplusRequest: allocated } = await t.ok<{
      allocateSurplusRequest: SurplusRequestResult;
    }>(ALLOCATE, { id: request.id, v: request.version }, reg.officer);

    const { roundTrips } = await measure(
      'mutation ($id: ID!, $v: Int!) { withdrawSurplusRequest(id: $id, expectedVersion: $v) { id } }',
      { id: allocated.id, v: allocated.version },
      reg.editors[0]!,
    );

    expect(roundTrips).toEqual([[GET], [GET], [FEED_COUNTER], [WRITE]]);
  });

  it('gives a photo upload form after reading the listing and the caller’s memberships, writing nothing', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));

    const { roundTrips } = await measure(
      'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "image/png") { photoId } }',
      { id: listing.id },
      reg.officer,
    );

    expect(roundTrips).toEqual([[GET], [GET]]);
  });

  it('attaches a photo with the listing, the caller’s memberships and the feed counter read, then one transaction', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const form = await uploadPhoto(t, reg.officer, listing.id);

    const { roundTrips } = await measure(
      ATTACH_PHOTO,
      { id: listing.id, v: listing.version, photoId: form.photoId, alt: 'Chairs' },
      reg.officer,
    );

    expect(roundTrips).toEqual([[GET], [GET], [GET], [WRITE]]);
  });

  it('removes a photo with the listing and the feed counter read and one transaction, and shows photos with no request of their own', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const attached = await attachPhoto(t, reg.officer, listing);

    const shown = await measure<{ surplusListing: { photos: Photo[] } }>(
      LISTING_PHOTOS,
      { id: listing.id },
      null,
    );
    const removed = await measure(
      REMOVE_PHOTO,
      { id: listing.id, v: attached.version, photoId: attached.photos[0]?.id },
      reg.officer,
    );

    expect(shown.data.surplusListing.photos).toHaveLength(1);
    expect(shown.requests).toEqual([GET]);
    expect(removed.requests).toEqual([GET, GET, WRITE]);
  });

  it('edits a listing with one read, the feed counter and one transaction', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));

    const { requests } = await measure(
      'mutation ($id: ID!, $v: Int!, $input: UpdateSurplusListingInput!) { updateSurplusListing(id: $id, expectedVersion: $v, input: $input) { id } }',
      { id: listing.id, v: listing.version, input: { quantity: 30, availableUntil: '2027-01-15' } },
      reg.officer,
    );

    expect(requests).toEqual([GET, FEED_COUNTER, WRITE]);
  });

  it('closes a listing with one read, the feed counter and one transaction', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));

    const { requests } = await measure(
      'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id } }',
      { id: listing.id, v: listing.version },
      reg.officer,
    );

    expect(requests).toEqual([GET, FEED_COUNTER, WRITE]);
  });

  it('saves a council’s settings with one read and one transaction', async () => {
    const { requests } = await measure(
      UPDATE_SETTINGS,
      { gss: CHELTENHAM, v: 0, rule: 'LISTER_CHOOSES' },
      reg.officer,
    );

    expect(requests).toEqual([GET, WRITE]);
  });

  it('reads a listing in one GetItem anonymously, and with the caller’s memberships when signed in', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));

    const anonymous = await measure(SURPLUS_LISTING, { id: listing.id }, null);
    const signedIn = await measure(SURPLUS_LISTING, { id: listing.id }, reg.editors[0]!);

    expect(anonymous.requests).toEqual([GET]);
    // The collection details depend on the caller's memberships: the access item.
    expect(signedIn.requests).toEqual([GET, GET]);
  });

  it('answers a listing’s allowedActions with the memberships read once, and none anonymously', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const QUERY =
      'query ($id: ID!) { surplusListing(id: $id) { allowedActions collection { contactEmail } } }';

    const anonymous = await measure(QUERY, { id: listing.id }, null);
    const signedIn = await measure<{ surplusListing: { allowedActions: string[] } }>(
      QUERY,
      { id: listing.id },
      reg.editors[0]!,
    );

    expect(anonymous.requests).toEqual([GET]);
    expect(signedIn.data.surplusListing.allowedActions).toEqual(['requestSurplusItems']);
    // The memberships' access item, shared with `collection`.
    expect(signedIn.requests).toEqual([GET, GET]);
  });

  it('answers a request’s allowedActions with its listing read once, shared with `listing`', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const ask = { listingId: listing.id, organisationId: reg.groupIds[0], quantity: 5, intendedUse: 'Hall' };
    const request = await requestItems(t, reg.editors[0]!, ask);

    const { data, roundTrips } = await measure<{ surplusRequest: { allowedActions: string[] } }>(
      'query ($id: ID!) { surplusRequest(id: $id) { allowedActions listing { id } } }',
      { id: request.id },
      reg.officer,
    );

    expect(data.surplusRequest.allowedActions).toEqual(['allocateSurplusRequest', 'declineSurplusRequest']);
    // The request beside the caller's access item, then the listing's one BatchGetItem.
    expect(roundTrips).toEqual([[GET, GET], ['BatchGetItemCommand']]);
  });

  it('lists a council’s listings of one category in one Query', async () => {
    const { requests } = await measure(
      'query { surplusListingsByCouncil(councilCode: "E07000078", category: SEATING) { edges { node { id } } } }',
      {},
      null,
    );

    expect(requests).toEqual(['QueryCommand']);
  });

  it('finds listings near a point with at most 8 gsi5 Queries, read in parallel', async () => {
    const location = { latitude: 51.9, longitude: -2.07 };
    const depot = await createBuilding(t, reg.officer, {
      name: 'Depot',
      ownerOrganisationId: reg.council.id,
      location,
    });
    await createListing(t, reg.officer, listingInput(depot.id, reg.council.id));
    const near = await measure<{ surplusListingsNear: { edges: unknown[] } }>(
      'query { surplusListingsNear(latitude: 51.9, longitude: -2.07, radiusKm: 2) { edges { node { id } distanceKm } } }',
      {},
      null,
    );
    const nearBuilding = await measure<{ surplusListingsNearBuilding: { edges: unknown[] } }>(
      'query ($id: ID!) { surplusListingsNearBuilding(buildingId: $id, radiusKm: 2) { edges { node { id } } } }',
      { id: depot.id },
      null,
    );

    // A page is Queries of gsi5 key ranges only, each round's in parallel, at most 8 in all (issue 17).
    expect(near.data.surplusListingsNear.edges).toHaveLength(1);
    expectDistancePage(near.roundTrips);
    // From a building: the building read first, then the same Queries.
    expect(nearBuilding.data.surplusListingsNearBuilding.edges).toHaveLength(1);
    expect(nearBuilding.roundTrips[0]).toEqual([GET]);
    expect(nearBuilding.roundTrips.slice(1)).toEqual(near.roundTrips);
  });

  it('fetches carried listings again by one BatchGetItem, and reads near a postcode as near a point', async () => {
    const location = { latitude: 52.19, longitude: -2.22 };
    const store = await createBuilding(t, reg.officer, {
      name: 'Store',
      ownerOrganisationId: reg.council.id,
      location,
    });
    for (let i = 0; i < 5; i++) await createListing(t, reg.officer, listingInput(store.id, reg.council.id));
    type Near = {
      surplusListingsNear: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const NEAR_PAGE =
      'query ($after: String) { surplusListingsNear(latitude: 52.19, longitude: -2.22, radiusKm: 2, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';

    const first = await measure<Near>(NEAR_PAGE, { after: null }, null);
    const second = await measure<Near>(
      NEAR_PAGE,
      { after: first.data.surplusListingsNear.pageInfo.endCursor },
      null,
    );
    const third = await measure<Near>(
      NEAR_PAGE,
      { after: second.data.surplusListingsNear.pageInfo.endCursor },
      null,
    );
    const postcode = await measure<{
      surplusListingsNearPostcode: { searchCentre: { latitude: number; longitude: number } };
    }>(
      'query { surplusListingsNearPostcode(postcode: "WR2", radiusKm: 2, first: 2) { edges { node { id } } searchCentre { latitude longitude } } }',
      {},
      null,
    );

    // The first page reads until its two are certain, and carries the three it read and does not return.
    expectDistancePage(first.roundTrips);
    // The next pages fetch the carried listings by id first (one BatchGetItem), then read on if need be.
    for (const page of [second, third]) {
      expect(page.roundTrips[0]).toEqual(['BatchGetItemCommand']);
      expectDistancePage(page.roundTrips.slice(1));
      expect(page.requests.length).toBeLessThanOrEqual(8);
    }
    const ids = [first, second, third].flatMap((page) =>
      page.data.surplusListingsNear.edges.map((edge) => edge.node.id),
    );
    expect(new Set(ids).size).toBe(5);
    expect(third.data.surplusListingsNear.pageInfo.hasNextPage).toBe(false);
    // Near a postcode: its district's centre is reference data in memory, then the Queries of its circle.
    expectDistancePage(postcode.roundTrips);
  });
});
