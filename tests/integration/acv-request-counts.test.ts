import { beforeAll, describe, expect, it } from 'vitest';
import {
  createAcvWorld,
  DECIDE,
  DECIDE_REVIEW,
  DISPOSAL_NOTICE,
  NOMINATE,
  nominationInput,
  people,
  REQUEST_REVIEW,
  REQUEST_TO_BID,
  setToday,
  stepMutation,
  WITHDRAW,
} from '../support/acv-fixtures';
import type { AcvWorld } from '../support/acv-fixtures';
import { CHELTENHAM } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * The ACV steps at their data model's minimum (docs/data-model.md, "Requests per operation"): the entry is
 * read (the pure lifecycle computes the step from it), the caller's role is checked inside the step's
 * transaction, never read first. Only what a step itself needs (the council's settings, the bidder) adds.
 */
describe('DynamoDB requests per ACV step', () => {
  let t: TestApp;
  let world: AcvWorld;
  let entry = { id: '', version: 0 };

  /** The round trips since the last reset, each trip's requests sorted (sent together, answered in any order). */
  const trips = () => t.roundTrips.map((trip) => [...trip].sort());
  const reset = () => {
    t.requests.length = 0;
    t.roundTrips.length = 0;
  };

  /** The step's requests, selecting only what the step returns without further reads. */
  async function step(
    mutation: string,
    variables: Record<string, unknown>,
    caller: Caller,
  ): Promise<string[]> {
    const slim = mutation
      .replace(/\{\s*\.\.\.EntryFields\s*\}/, '{ id version }')
      .replace(/fragment[\s\S]*$/, '');
    reset();
    const data = await t.ok<Record<string, { id: string; version: number }>>(
      slim,
      { id: entry.id, expectedVersion: entry.version, ...variables },
      caller,
    );
    entry = Object.values(data)[0]!;
    return [...t.requests];
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAcvWorld(t);
  });

  it('nominates with the caller’s role checked in the transaction, not read first', async () => {
    setToday(t, '2027-01-04');
    reset();
    const { nominateAsset } = await t.ok<{ nominateAsset: { id: string; version: number } }>(
      NOMINATE.replace(/\{\s*\.\.\.EntryFields\s*\}/, '{ id version }').replace(/fragment[\s\S]*$/, ''),
      { input: nominationInput(world) },
      people.nominator,
    );
    entry = nominateAsset;

    // Nominator and owner (one BatchGetItem each: they are needed one after the other), the building, the
    // council's settings and, beside them, its GSS claim (a council not in the register cannot receive a
    // nomination: COUNCIL_NOT_REGISTERED), the building's earlier entries (a Query of their links), then the
    // transaction.
    expect([...t.requests].sort()).toEqual(
      [
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'GetItemCommand',
        'GetItemCommand',
        'GetItemCommand',
        'QueryCommand',
        'GetItemCommand',
        'TransactWriteItemsCommand',
      ].sort(),
    );
    // By dependency depth: the nominator beside the building; once the council is known, the owner, the
    // settings, the GSS claim and the earlier entries together; then the council's changes feed counter
    // (change-feed.ts: its number is the transaction's condition) and the transaction.
    expect(trips()).toEqual([
      ['BatchGetItemCommand', 'GetItemCommand'],
      ['BatchGetItemCommand', 'GetItemCommand', 'GetItemCommand', 'QueryCommand'],
      ['GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
  });

  it('decides with the entry and the council’s settings read, then one transaction', async () => {
    setToday(t, '2027-02-10');

    const requests = await step(DECIDE, { input: { outcome: 'LISTED', reasons: 'Valued.' } }, people.officer);

    expect(requests).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    // The settings are the entry's council's: they cannot be read before the entry. Then the feed's counter.
    expect(trips()).toEqual([
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
  });

  it('takes the owner’s and the officers’ steps in one GetItem and one transaction', async () => {
    setToday(t, '2027-03-01');
    const review = await step(REQUEST_REVIEW, {}, people.owner);
    const reviewTrips = trips();
    setToday(t, '2027-04-01');
    const decided = await step(
      DECIDE_REVIEW,
      { input: { outcome: 'UPHELD', reasons: 'Still valued.' } },
      people.secondOfficer,
    );
    const decidedTrips = trips();
    const registered = await step(
      stepMutation(
        'recordListingRegistration',
        ', $input: RecordListingRegistrationInput!',
        ', input: $input',
      ),
      { input: { localLandChargeRegisteredOn: '2027-02-12' } },
      people.officer,
    );
    const registeredTrips = trips();
    setToday(t, '2027-06-01');
    const notice = await step(DISPOSAL_NOTICE, { input: {} }, people.owner);
    const noticeTrips = trips();

    // The entry, the council's changes feed counter, the transaction.
    for (const requests of [review, decided, registered, notice]) {
      expect(requests).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    }
    for (const stepTrips of [reviewTrips, decidedTrips, registeredTrips, noticeTrips]) {
      expect(stepTrips).toEqual([['GetItemCommand'], ['GetItemCommand'], ['TransactWriteItemsCommand']]);
    }
  });

  it('reads the bidder and the settings a request to bid needs, and no access item', async () => {
    setToday(t, '2027-06-20');

    const requests = await step(
      REQUEST_TO_BID,
      { input: { bidderOrganisationId: world.bidderId } },
      people.bidder,
    );

    expect([...requests].sort()).toEqual(
      [
        'GetItemCommand',
        'BatchGetItemCommand',
        'GetItemCommand',
        'GetItemCommand',
        'TransactWriteItemsCommand',
      ].sort(),
    );
    // The bidder and the entry's council's settings together, once the entry is read; the feed's counter.
    expect(trips()).toEqual([
      ['GetItemCommand'],
      ['BatchGetItemCommand', 'GetItemCommand'],
      ['GetItemCommand'],
      ['TransactWriteItemsCommand'],
    ]);
  });

  it('refuses a caller without the role by the failed check, then says why, writing nothing', async () => {
    const before = entry.version;
    reset();

    const refused = await t.run(
      stepMutation('removeListing', ', $input: RemoveListingInput!', ', input: $input')
        .replace(/\{\s*\.\.\.EntryFields\s*\}/, '{ id }')
        .replace(/fragment[\s\S]*$/, ''),
      {
        id: entry.id,
        expectedVersion: entry.version,
        input: { removedOn: '2027-06-21', reason: 'OTHER', details: 'Not ours to remove.' },
      },
      people.outsider,
    );

    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const after = await t.ok<{ assetOfCommunityValue: { version: number } }>(
      'query ($id: ID!) { assetOfCommunityValue(id: $id) { version } }',
      { id: entry.id },
    );
    expect(after.assetOfCommunityValue.version).toBe(before);
  });

  it('withdraws a nomination and changes the settings in one read and one transaction', async () => {
    setToday(t, '2027-07-01');
    reset();
    const { nominateAsset } = await t.ok<{ nominateAsset: { id: string; version: number } }>(
      NOMINATE.replace(/\{\s*\.\.\.EntryFields\s*\}/, '{ id version }').replace(/fragment[\s\S]*$/, ''),
      {
        input: nominationInput(world, { buildingId: null, councilCode: CHELTENHAM, site: { name: 'Field' } }),
      },
      people.nominator,
    );
    entry = nominateAsset;

    const withdraw = await step(WITHDRAW, {}, people.nominator);
    const withdrawTrips = trips();
    reset();
    await t.ok(
      'mutation { updateAcvSettings(councilCode: "E07000078", expectedVersion: 0, input: { neighbouringCouncils: ["E07000083"] }) { version } }',
      {},
      people.officer,
    );
    const settings = [...t.requests];
    const settingsTrips = trips();

    // Withdrawing changes the entry, so the council's changes feed counter is read; settings are not in the feed.
    expect(withdraw).toEqual(['GetItemCommand', 'GetItemCommand', 'TransactWriteItemsCommand']);
    expect(settings).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(withdrawTrips).toEqual([['GetItemCommand'], ['GetItemCommand'], ['TransactWriteItemsCommand']]);
    expect(settingsTrips).toEqual([['GetItemCommand'], ['TransactWriteItemsCommand']]);
  });

  it('lists a body’s nominations, a council’s work queue and its outbox with the right asked beside the list', async () => {
    const lists = {
      nominations: `query { acvNominations(organisationId: "${world.nominatorId}", first: 5) { edges { node { id } } } }`,
      workQueue: `query { acvWorkQueue(councilCode: "${CHELTENHAM}", first: 5) { edges { node { kind } } } }`,
      outbox: `query { acvOutbox(councilCode: "${CHELTENHAM}", date: "2027-07-01") { edges { node { kind } } } }`,
    };
    const measured: Record<string, { requests: string[]; trips: string[][] }> = {};
    for (const [name, query] of Object.entries(lists)) {
      reset();
      await t.ok(query, {}, name === 'nominations' ? people.nominator : people.officer);
      measured[name] = { requests: [...t.requests].sort(), trips: trips() };
    }

    // The caller's access item beside the list's Query: 2 requests in 1 round trip (the tasks' and notices'
    // entries are not selected, so no BatchGetItem follows).
    for (const name of Object.keys(lists)) {
      expect(measured[name]).toEqual({
        requests: ['GetItemCommand', 'QueryCommand'].sort(),
        trips: [['GetItemCommand', 'QueryCommand']],
      });
    }
  });
});
