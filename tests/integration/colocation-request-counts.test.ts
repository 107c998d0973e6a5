import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import { offerInput } from '../support/colocation-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * Co-location changes at their data model's minimum (docs/data-model.md, "Requests per operation"): the
 * record a change is based on is read, the caller's role (and an organisation the arguments name) is checked
 * inside the change's transaction, never read first.
 */
describe('DynamoDB requests per co-location change', () => {
  let t: TestApp;
  const hubAdmin = { userId: 'count-hub-admin' };
  const groupAdmin = { userId: 'count-group-admin' };
  let hubId = '';
  let groupId = '';
  let buildingId = '';

  async function measure<T>(
    query: string,
    variables: Record<string, unknown>,
    caller: Caller,
  ): Promise<{ data: T; requests: string[]; roundTrips: string[][] }> {
    t.requests.length = 0;
    t.roundTrips.length = 0;
    const data = await t.ok<T>(query, variables, caller);
    // Requests sent together may start in either order: each round trip is compared as a sorted list.
    return { data, requests: [...t.requests], roundTrips: t.roundTrips.map((trip) => [...trip].sort()) };
  }

  const offer = (id: string) => ({ id, v: 1 });
  const OFFER_SPACE = 'mutation ($input: OfferSpaceInput!) { offerSpace(input: $input) { id version } }';
  const POST_NEED = 'mutation ($input: PostSpaceNeedInput!) { postSpaceNeed(input: $input) { id version } }';
  const CLOSE_NEED =
    'mutation ($id: ID!, $v: Int!) { closeSpaceNeed(id: $id, expectedVersion: $v) { id version } }';
  const EXPRESS =
    'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id version } }';
  const RESPOND =
    'mutation ($id: ID!, $v: Int!, $response: InterestResponse!) { respondToInterest(id: $id, expectedVersion: $v, response: $response) { id version } }';
  const WITHDRAW =
    'mutation ($id: ID!, $v: Int!) { withdrawInterest(id: $id, expectedVersion: $v) { id version } }';
  const UPDATE =
    'mutation ($id: ID!, $v: Int!) { updateSpaceOffer(id: $id, expectedVersion: $v, input: { capacity: 10 }) { id version } }';
  const TAKEN =
    'mutation ($id: ID!, $v: Int!) { markOfferTaken(offerId: $id, expectedVersion: $v) { id version } }';
  const needInput = () => ({
    organisationId: groupId,
    purpose: 'A weekly advice session',
    spaceKinds: ['DESKS'],
    fromDate: '2027-01-04',
    councilCode: CHELTENHAM,
  });

  beforeAll(async () => {
    t = await createTestApp();
    hubId = (await createCharity(t, hubAdmin, 'Counted Hub')).id;
    groupId = (await createCharity(t, groupAdmin, 'Counted Group')).id;
    buildingId = (await createBuilding(t, hubAdmin, { name: 'Counted Hub', ownerOrganisationId: hubId })).id;
  });

  it('offers space with the building read, then one transaction', async () => {
    const { requests, roundTrips } = await measure(
      OFFER_SPACE,
      { input: offerInput(buildingId, hubId) },
      hubAdmin,
    );

    // The building, the council's changes feed counter (change-feed.ts), the transaction.
    expect(requests).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    expect(roundTrips).toEqual([['GetItemCommand'], ['GetItemCommand'], ['TransactWriteItemsCommand']]);
  });

  it('posts a need in one transaction and closes it with one GetItem more', async () => {
    const posted = await measure<{ postSpaceNeed: { id: string } }>(
      POST_NEED,
      { input: needInput() },
      groupAdmin,
    );
    const closed = await measure(CLOSE_NEED, offer(posted.data.postSpaceNeed.id), groupAdmin);

    expect(posted.requests).toEqual(['TransactWriteItemsCommand']);
    expect(posted.roundTrips).toEqual([['TransactWriteItemsCommand']]);
    expect(closed.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(closed.roundTrips).toEqual([['GetItemCommand'], ['TransactWriteItemsCommand']]);
  });

  it('answers a need for an organisation not in the register, or not the caller’s, as before', async () => {
    const missing = await t.run(
      POST_NEED,
      { input: { ...needInput(), organisationId: '7d3f6a52-5b8e-4c1e-9a53-000000000000' } },
      groupAdmin,
    );
    const notTheirs = await t.run(POST_NEED, { input: needInput() }, hubAdmin);

    expect(missing.errors?.[0]?.extensions?.['field']).toBe('input.organisationId');
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(notTheirs)).toEqual(['FORBIDDEN']);
  });

  it('responds to and withdraws interest with the interest read, then one transaction', async () => {
    const { offerSpace: created } = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input: offerInput(buildingId, hubId) },
      hubAdmin,
    );
    const express = (message: string) =>
      t.ok<{ expressInterest: { id: string } }>(
        EXPRESS,
        { input: { offerId: created.id, organisationId: groupId, message } },
        groupAdmin,
      );
    const expressed = await measure<{ expressInterest: { id: string } }>(
      EXPRESS,
      { input: { offerId: created.id, organisationId: groupId, message: 'Mondays' } },
      groupAdmin,
    );
    const first = expressed.data.expressInterest.id;

    const declined = await measure(RESPOND, { ...offer(first), response: 'DECLINE' }, hubAdmin);
    const second = (await express('Tuesdays then')).expressInterest.id;
    const withdrawn = await measure(WITHDRAW, offer(second), groupAdmin);
    const third = (await express('Any day')).expressInterest.id;
    // Accepting also moves the offer (its version is what stops two accepts): read with the interest.
    const accepted = await measure(RESPOND, { ...offer(third), response: 'ACCEPT' }, hubAdmin);

    // The offer with the organisation's open-interest claim in it (to name one already there in the
    // CONFLICT), beside the interested organisation (its kind: eligibility); the caller's role is checked in
    // the transaction.
    expect(expressed.requests).toEqual([
      'BatchGetItemCommand',
      'BatchGetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    expect(expressed.roundTrips).toEqual([
      ['BatchGetItemCommand', 'BatchGetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
    expect(declined.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(declined.roundTrips).toEqual([['GetItemCommand'], ['TransactWriteItemsCommand']]);
    expect(withdrawn.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(withdrawn.roundTrips).toEqual([['GetItemCommand'], ['TransactWriteItemsCommand']]);
    // The offer's id is in the interest: read after it. The offer changes: the feed's counter too.
    expect(accepted.requests).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    expect(accepted.roundTrips).toEqual([
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
  });

  it('updates an offer and marks it taken with the offer and its building read, and no access item', async () => {
    const { offerSpace: created } = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input: offerInput(buildingId, hubId) },
      hubAdmin,
    );

    const updated = await measure(UPDATE, offer(created.id), hubAdmin);
    const taken = await measure(TAKEN, { id: created.id, v: 2 }, hubAdmin);

    // The building's id is in the offer: read after it. Then the council's changes feed counter.
    expect(updated.requests).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    expect(updated.roundTrips).toEqual([
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
    // Marking taken also closes the other open interests: one Query finds them.
    expect(taken.requests).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'QueryCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    expect(taken.roundTrips).toEqual([
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['QueryCommand'],
      ['GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
  });

  it('moves and archives a building with its offers in the building transaction: the offers found, read, changed', async () => {
    const building = await createBuilding(t, hubAdmin, {
      name: 'Counted Moving Hall',
      ownerOrganisationId: hubId,
      location: { latitude: 51.9096, longitude: -2.0681 },
    });
    const { offerSpace: created } = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input: offerInput(building.id, hubId) },
      hubAdmin,
    );
    await t.ok(
      EXPRESS,
      { input: { offerId: created.id, organisationId: groupId, message: 'Fridays' } },
      groupAdmin,
    );
    const named = await measure(
      'mutation ($id: ID!) { updateBuilding(id: $id, expectedVersion: 1, input: { name: "Counted Hall" }) { version } }',
      { id: building.id },
      hubAdmin,
    );
    const moved = await measure(
      'mutation ($id: ID!) { updateBuilding(id: $id, expectedVersion: 2, input: { location: { latitude: 51.88, longitude: -2.07 } }) { version } }',
      { id: building.id },
      hubAdmin,
    );
    const archived = await measure(
      'mutation ($id: ID!) { archiveBuilding(id: $id, expectedVersion: 3) { version } }',
      { id: building.id },
      hubAdmin,
    );

    // A change the offers do not copy costs nothing more; a move reads the building's offer entries and the
    // offers (both strongly consistent); archiving also reads each withdrawn offer's open interests. Each
    // then reads the council's changes feed counter (change-feed.ts) just before its transaction.
    expect(named.requests).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    // A move also reads the building's open surplus listings beside its offer entries (same round trip).
    expect(moved.requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    // Archiving reads the building's open surplus listings beside its offer entries (the same round trip).
    expect(archived.requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      'QueryCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    // Each read needs the one before it (the entries name the offers, the offers their interests).
    expect(named.roundTrips).toHaveLength(3);
    expect(moved.roundTrips).toHaveLength(5);
    expect(archived.roundTrips).toHaveLength(6);
  });

  it('refuses a caller without the role after the failed check: NOT_FOUND for what they may not see', async () => {
    const { postSpaceNeed: need } = await t.ok<{ postSpaceNeed: { id: string } }>(
      POST_NEED,
      { input: needInput() },
      groupAdmin,
    );
    const { offerSpace: created } = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input: offerInput(buildingId, hubId) },
      hubAdmin,
    );

    const hiddenNeed = await t.run(CLOSE_NEED, offer(need.id), { userId: 'count-outsider' });
    const notTheirOffer = await t.run(UPDATE, offer(created.id), groupAdmin);

    expect(errorCodes(hiddenNeed)).toEqual(['NOT_FOUND']);
    expect(errorCodes(notTheirOffer)).toEqual(['FORBIDDEN']);
  });

  it('reads records, lists and matches in as many round trips as their reads depend on each other', async () => {
    const located = await createBuilding(t, hubAdmin, {
      name: 'Counted Located Hub',
      ownerOrganisationId: hubId,
      location: { latitude: 51.9, longitude: -2.07 },
    });
    const { offerSpace: created } = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input: offerInput(located.id, hubId) },
      hubAdmin,
    );
    const { postSpaceNeed: need } = await t.ok<{ postSpaceNeed: { id: string } }>(
      POST_NEED,
      { input: needInput() },
      groupAdmin,
    );
    const { expressInterest: interest } = await t.ok<{ expressInterest: { id: string } }>(
      EXPRESS,
      { input: { offerId: created.id, organisationId: groupId, message: 'Wednesdays' } },
      groupAdmin,
    );
    const read = (query: string, variables: Record<string, unknown>, caller: Caller) =>
      measure(query, variables, caller);
    const GET = 'GetItemCommand';
    const BATCH = 'BatchGetItemCommand';
    const QUERY = 'QueryCommand';

    const reply = await read(
      'mutation ($id: ID!) { replyToInterest(id: $id, expectedVersion: 1, message: "Yes, Wednesdays") { version } }',
      { id: interest.id },
      hubAdmin,
    );
    const offerRead = await read(
      'query ($id: ID!) { spaceOffer(id: $id) { id } }',
      { id: created.id },
      groupAdmin,
    );
    const needRead = await read(
      'query ($id: ID!) { spaceNeed(id: $id) { id } }',
      { id: need.id },
      groupAdmin,
    );
    const interestRead = await read(
      'query ($id: ID!) { spaceInterest(id: $id) { id } }',
      { id: interest.id },
      groupAdmin,
    );
    const sent = await read(
      'query ($id: ID!) { interestsSent(organisationId: $id) { edges { node { id } } } }',
      { id: groupId },
      groupAdmin,
    );
    const received = await read(
      'query ($id: ID!) { interestsReceived(organisationId: $id) { edges { node { id } } } }',
      { id: hubId },
      hubAdmin,
    );
    const needs = await read(
      'query ($id: ID!) { spaceNeedsByOrganisation(organisationId: $id) { edges { node { id } } } }',
      { id: groupId },
      groupAdmin,
    );
    const byCouncil = await read(
      'query ($c: String!) { spaceOffersByCouncil(councilCode: $c) { edges { node { id } } } }',
      { c: CHELTENHAM },
      groupAdmin,
    );
    const byOrganisation = await read(
      'query ($id: ID!) { spaceOffersByOrganisation(organisationId: $id, status: OPEN) { edges { node { id } } } }',
      { id: hubId },
      groupAdmin,
    );
    const byBuilding = await read(
      'query ($id: ID!) { spaceOffersByBuilding(buildingId: $id) { edges { node { id } } } }',
      { id: located.id },
      groupAdmin,
    );
    const forNeed = await read(
      'query ($id: ID!) { matchesForNeed(needId: $id) { edges { node { score } } } }',
      { id: need.id },
      groupAdmin,
    );
    const forOffer = await read(
      'query ($id: ID!) { matchesForOffer(offerId: $id) { edges { node { score } } } }',
      { id: created.id },
      hubAdmin,
    );

    // The interest beside the caller's memberships (who may write, and for which organisation); then the write.
    expect(reply.requests).toHaveLength(3);
    expect(reply.roundTrips).toEqual([[GET, GET], ['TransactWriteItemsCommand']]);
    // A public offer is shown without the caller's memberships.
    expect(offerRead.roundTrips).toEqual([[GET]]);
    // A need, an interest and the signed-in lists are read beside the caller's memberships.
    expect(needRead.roundTrips).toEqual([[GET, GET]]);
    expect(interestRead.roundTrips).toEqual([[GET, GET]]);
    expect(sent.roundTrips).toEqual([[GET, QUERY]]);
    expect(received.roundTrips).toEqual([[GET, QUERY]]);
    expect(needs.roundTrips).toEqual([[GET, QUERY]]);
    expect(byCouncil.roundTrips).toEqual([[QUERY]]);
    // Open offers are shown without the caller's memberships (one that is history is shown to its own
    // organisation only: the memberships are then read after the list, as it names such an offer).
    expect(byOrganisation.roundTrips).toEqual([[QUERY]]);
    // The building is checked, its entries name the offers, read in one BatchGetItem.
    expect(byBuilding.roundTrips).toEqual([[GET], [QUERY], [BATCH]]);
    // The need (beside the memberships), the offers of its area, then the seeking organisation (scored).
    expect(forNeed.roundTrips).toEqual([[GET, GET], [QUERY], [BATCH]]);
    // The offer (beside the memberships); its organisation beside the candidate needs (the distance search's
    // Queries and the area's). The hub may see none of the needs (shared with verified partners only), so no
    // needing organisation is read for the scores: a third round trip when there are some.
    expect(forOffer.roundTrips).toHaveLength(2);
    expect(forOffer.roundTrips[0]).toEqual([GET, GET]);
    expect(forOffer.roundTrips[1]).toContain(BATCH);
    expect(forOffer.requests.length).toBeLessThanOrEqual(10);
  });
});
