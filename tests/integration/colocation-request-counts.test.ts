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
  ): Promise<{ data: T; requests: string[] }> {
    t.requests.length = 0;
    const data = await t.ok<T>(query, variables, caller);
    return { data, requests: [...t.requests] };
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
    const { requests } = await measure(OFFER_SPACE, { input: offerInput(buildingId, hubId) }, hubAdmin);

    expect(requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
  });

  it('posts a need in one transaction and closes it with one GetItem more', async () => {
    const posted = await measure<{ postSpaceNeed: { id: string } }>(
      POST_NEED,
      { input: needInput() },
      groupAdmin,
    );
    const closed = await measure(CLOSE_NEED, offer(posted.data.postSpaceNeed.id), groupAdmin);

    expect(posted.requests).toEqual(['TransactWriteItemsCommand']);
    expect(closed.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
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

    // The offer, the interested organisation (its kind: eligibility) and the open interests (to name one
    // already there in the CONFLICT); the caller's role is checked in the transaction.
    expect(expressed.requests).toEqual([
      'GetItemCommand',
      'BatchGetItemCommand',
      'QueryCommand',
      'TransactWriteItemsCommand',
    ]);
    expect(declined.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(withdrawn.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(accepted.requests).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
  });

  it('updates an offer and marks it taken with the offer and its building read, and no access item', async () => {
    const { offerSpace: created } = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input: offerInput(buildingId, hubId) },
      hubAdmin,
    );

    const updated = await measure(UPDATE, offer(created.id), hubAdmin);
    const taken = await measure(TAKEN, { id: created.id, v: 2 }, hubAdmin);

    expect(updated.requests).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    // Marking taken also closes the other open interests: one Query finds them.
    expect(taken.requests).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'QueryCommand',
      'TransactWriteItemsCommand',
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
    // offers (both strongly consistent); archiving also reads each withdrawn offer's open interests.
    expect(named.requests).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(moved.requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    expect(archived.requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      'QueryCommand',
      'TransactWriteItemsCommand',
    ]);
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
});
