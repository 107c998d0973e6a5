import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_MEMBER, CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import {
  ALLOCATE,
  DECLINE_REQUEST,
  UPDATE_SETTINGS,
  WITHDRAW_REQUEST,
  createListing,
  listingInput,
  requestItems,
} from '../support/surplus-fixtures';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { Caller, GraphQLResult, TestApp } from '../support/test-app';

// allowedActions of surplus listings and requests, checked against the mutations themselves: for each kind of
// caller and each state of the record, every step is tried on a fresh record in that state. A step the
// caller's allowedActions lists must be accepted; a step it does not list must be refused.

const listerAdmin = { userId: 'sa-lister-admin' };
const listerViewer = { userId: 'sa-lister-viewer' };
const groupEditor = { userId: 'sa-group-editor' };
const groupViewer = { userId: 'sa-group-viewer' };
const otherGroupEditor = { userId: 'sa-other-group-editor' };
const unverifiedEditor = { userId: 'sa-unverified-editor' };
const officer = { userId: 'sa-officer' };
const outsider = { userId: 'sa-outsider' };
const platformAdmin = { userId: PLATFORM_ADMIN };

type Who =
  | 'the lister’s admin'
  | 'a viewer of the lister'
  | 'an editor of the requesting group'
  | 'a viewer of the requesting group'
  | 'an editor of another verified group'
  | 'an editor of an unverified group'
  | 'a signed-in outsider'
  | 'a platform admin'
  | 'an anonymous caller';

const CALLERS: readonly [Who, Caller | null][] = [
  ['the lister’s admin', listerAdmin],
  ['a viewer of the lister', listerViewer],
  ['an editor of the requesting group', groupEditor],
  ['a viewer of the requesting group', groupViewer],
  ['an editor of another verified group', otherGroupEditor],
  ['an editor of an unverified group', unverifiedEditor],
  ['a signed-in outsider', outsider],
  ['a platform admin', platformAdmin],
  ['an anonymous caller', null],
];

const ALLOWED = /* GraphQL */ `
  query ($listing: ID!, $request: ID!, $withListing: Boolean!, $withRequest: Boolean!) {
    surplusListing(id: $listing) @include(if: $withListing) {
      allowedActions
    }
    surplusRequest(id: $request) @include(if: $withRequest) {
      allowedActions
    }
  }
`;

interface Versioned {
  id: string;
  version: number;
}

function outcome(result: GraphQLResult): string {
  const code = result.errors?.[0]?.extensions?.['code'];
  return result.errors?.length ? `refused (${String(code)})` : 'accepted';
}

describe('allowedActions on surplus listings and requests', () => {
  let t: TestApp;
  let startedAt: string;
  let listerId: string;
  let buildingId: string;
  let groupId: string;
  let otherGroupId: string;
  let unverifiedId: string;
  /** The organisation each caller asks for when it tries requestSurplusItems. */
  let asksFor: Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp();
    startedAt = t.clock.at.toISOString();
    await createCouncil(t, CHELTENHAM, officer.userId);
    listerId = (await createCharity(t, listerAdmin, 'Allowed Actions Lister')).id;
    groupId = (await createCharity(t, groupEditor, 'Allowed Actions Group')).id;
    otherGroupId = (await createCharity(t, otherGroupEditor, 'Allowed Actions Other Group')).id;
    unverifiedId = (await createCharity(t, unverifiedEditor, 'Allowed Actions Unverified')).id;
    for (const id of [groupId, otherGroupId]) {
      await t.ok(
        'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
        { id },
        platformAdmin,
      );
    }
    await t.ok(
      ADD_MEMBER,
      { organisationId: listerId, userId: listerViewer.userId, role: 'VIEWER' },
      listerAdmin,
    );
    await t.ok(
      ADD_MEMBER,
      { organisationId: groupId, userId: groupViewer.userId, role: 'VIEWER' },
      groupEditor,
    );
    buildingId = (
      await createBuilding(t, listerAdmin, { name: 'Allowed Actions Hall', ownerOrganisationId: listerId })
    ).id;
    asksFor = {
      'the lister’s admin': listerId,
      'a viewer of the lister': listerId,
      'an editor of the requesting group': groupId,
      'a viewer of the requesting group': groupId,
      'an editor of another verified group': otherGroupId,
      'an editor of an unverified group': unverifiedId,
      'a signed-in outsider': groupId,
      'a platform admin': groupId,
      'an anonymous caller': groupId,
    };
  });

  async function allowedActions(
    kind: 'surplusListing' | 'surplusRequest',
    id: string,
    caller: Caller | null,
  ): Promise<string[]> {
    const result = await t.run(
      ALLOWED,
      {
        listing: id,
        request: id,
        withListing: kind === 'surplusListing',
        withRequest: kind === 'surplusRequest',
      },
      caller,
    );
    if (result.errors?.length) {
      expect(result.errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
      return [];
    }
    return (result.data?.[kind] as { allowedActions: string[] }).allowedActions;
  }

  async function setRule(rule: 'FIRST_COME_FIRST_SERVED' | 'LISTER_CHOOSES'): Promise<void> {
    const { surplusSettings } = await t.ok<{ surplusSettings: { version: number } }>(
      `query { surplusSettings(councilCode: "${CHELTENHAM}") { version } }`,
    );
    await t.ok(UPDATE_SETTINGS, { gss: CHELTENHAM, v: surplusSettings.version, rule }, officer);
  }

  const list = (overrides: Record<string, unknown> = {}) =>
    createListing(t, listerAdmin, listingInput(buildingId, listerId, { quantity: 4, ...overrides }));
  const ask = (listingId: string, quantity = 1, by: Caller = groupEditor, organisationId = groupId) =>
    requestItems(t, by, { listingId, organisationId, quantity, intendedUse: 'Our hall' });
  const allocate = async (request: Versioned, quantity?: number): Promise<Versioned> =>
    (
      await t.ok<{ allocateSurplusRequest: Versioned }>(
        ALLOCATE,
        { id: request.id, v: request.version, quantity },
        listerAdmin,
      )
    ).allocateSurplusRequest;
  const step = (mutation: string) => (record: Versioned, caller: Caller | null) =>
    t.run(
      `mutation ($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v) { id } }`,
      { id: record.id, v: record.version },
      caller,
    );
  async function latestListing(id: string): Promise<Versioned> {
    const { surplusListing } = await t.ok<{ surplusListing: Versioned }>(
      'query ($id: ID!) { surplusListing(id: $id) { id version } }',
      { id },
      listerAdmin,
    );
    return surplusListing;
  }
  /** Every item of a new listing of 2 allocated to the other group. */
  async function fullListing(): Promise<Versioned> {
    const listing = await list({ quantity: 2 });
    const asked = await ask(listing.id, 2, otherGroupEditor, otherGroupId);
    if (asked.status === 'PENDING') await allocate(asked);
    return latestListing(listing.id);
  }

  const LISTING_STATES: Record<string, () => Promise<Versioned>> = {
    AVAILABLE: () => list(),
    UPCOMING: () => list({ availableFrom: '2026-12-01' }),
    'FULLY_ALLOCATED (the lister chooses)': fullListing,
    'FULLY_ALLOCATED (first come, first served)': async () => {
      await setRule('FIRST_COME_FIRST_SERVED');
      try {
        return await fullListing();
      } finally {
        await setRule('LISTER_CHOOSES');
      }
    },
    CLOSED: async () => {
      const listing = await list();
      return (
        await t.ok<{ closeSurplusListing: Versioned }>(
          'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id version } }',
          { id: listing.id, v: listing.version },
          listerAdmin,
        )
      ).closeSurplusListing;
    },
    // Listed until the 24th on the 23rd, then read and changed on 5 December.
    ENDED: async () => {
      const listing = await list({ availableUntil: '2026-11-24' });
      t.clock.at = new Date('2026-12-05T10:00:00.000Z');
      return listing;
    },
  };
  const LISTING_STEPS: Record<
    string,
    (listing: Versioned, caller: Caller | null, who: Who) => Promise<GraphQLResult>
  > = {
    updateSurplusListing: (listing, caller) =>
      t.run(
        'mutation ($id: ID!, $v: Int!) { updateSurplusListing(id: $id, expectedVersion: $v, input: { description: "Chairs, some stained" }) { id } }',
        { id: listing.id, v: listing.version },
        caller,
      ),
    closeSurplusListing: step('closeSurplusListing'),
    requestSurplusItems: (listing, caller, who) =>
      t.run(
        'mutation ($input: RequestSurplusItemsInput!) { requestSurplusItems(input: $input) { id } }',
        { input: { listingId: listing.id, organisationId: asksFor[who], quantity: 1, intendedUse: 'Hall' } },
        caller,
      ),
  };

  async function latestRequest(id: string): Promise<Versioned> {
    const { surplusRequest } = await t.ok<{ surplusRequest: Versioned }>(
      'query ($id: ID!) { surplusRequest(id: $id) { id version } }',
      { id },
      listerAdmin,
    );
    return surplusRequest;
  }
  const REQUEST_STATES: Record<string, () => Promise<Versioned>> = {
    PENDING: async () => ask((await list()).id),
    ALLOCATED: async () => allocate(await ask((await list()).id)),
    COLLECTED: async () => {
      const allocated = await allocate(await ask((await list()).id));
      await t.ok(
        'mutation ($id: ID!, $v: Int!) { confirmSurplusCollection(id: $id, expectedVersion: $v) { id } }',
        { id: allocated.id, v: allocated.version },
        groupEditor,
      );
      return latestRequest(allocated.id);
    },
    NO_SHOW: async () => {
      const allocated = await allocate(await ask((await list()).id));
      await t.ok(
        'mutation ($id: ID!, $v: Int!) { markSurplusNoShow(id: $id, expectedVersion: $v) { id } }',
        { id: allocated.id, v: allocated.version },
        listerAdmin,
      );
      return latestRequest(allocated.id);
    },
    DECLINED: async () => {
      const pending = await ask((await list()).id);
      await t.ok(DECLINE_REQUEST, { id: pending.id, v: pending.version }, listerAdmin);
      return latestRequest(pending.id);
    },
    WITHDRAWN: async () => {
      const pending = await ask((await list()).id);
      await t.ok(WITHDRAW_REQUEST, { id: pending.id, v: pending.version }, groupEditor);
      return latestRequest(pending.id);
    },
    'PENDING on a fully allocated listing': async () => ask((await fullListing()).id),
    'PENDING on a closed listing': async () => {
      const listing = await list();
      const pending = await ask(listing.id);
      await t.ok(
        'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id } }',
        { id: listing.id, v: listing.version },
        listerAdmin,
      );
      return pending;
    },
  };
  const REQUEST_STEPS: Record<string, (request: Versioned, caller: Caller | null) => Promise<GraphQLResult>> =
    {
      allocateSurplusRequest: (request, caller) =>
        t.run(ALLOCATE, { id: request.id, v: request.version, quantity: 1 }, caller),
      declineSurplusRequest: step('declineSurplusRequest'),
      confirmSurplusCollection: step('confirmSurplusCollection'),
      markSurplusNoShow: step('markSurplusNoShow'),
      withdrawSurplusRequest: step('withdrawSurplusRequest'),
    };

  /**
   * Every state x caller x step on a fresh record (the clock put back before each); returns what each caller
   * was offered per state, and fails on any step whose listing and outcome disagree.
   */
  async function probe(
    kind: 'surplusListing' | 'surplusRequest',
    states: Record<string, () => Promise<Versioned>>,
    steps: Record<string, (record: Versioned, caller: Caller | null, who: Who) => Promise<GraphQLResult>>,
  ): Promise<Record<string, Partial<Record<Who, string[]>>>> {
    const offered: Record<string, Partial<Record<Who, string[]>>> = {};
    const disagreements: string[] = [];
    try {
      for (const [state, make] of Object.entries(states)) {
        for (const [who, caller] of CALLERS) {
          for (const [name, take] of Object.entries(steps)) {
            t.clock.at = new Date(startedAt);
            const record = await make();
            const listed = await allowedActions(kind, record.id, caller);
            (offered[state] ??= {})[who] = listed;
            const result = outcome(await take(record, caller, who));
            const expected = listed.includes(name) ? 'accepted' : 'refused';
            if (!result.startsWith(expected)) {
              disagreements.push(
                `${kind} ${state}, ${who}: ${name} is ${result} but listed as [${listed.join(',')}]`,
              );
            }
          }
        }
      }
    } finally {
      t.clock.at = new Date(startedAt);
    }
    expect(disagreements).toEqual([]);
    return offered;
  }

  it('lists on a listing exactly the steps its mutations accept from each caller', async () => {
    const offered = await probe('surplusListing', LISTING_STATES, LISTING_STEPS);

    // Not every step is refused: the lister edits and closes, an eligible group requests.
    expect(offered['AVAILABLE']).toMatchObject({
      'the lister’s admin': ['updateSurplusListing', 'closeSurplusListing'],
      'a viewer of the lister': [],
      'an editor of the requesting group': ['requestSurplusItems'],
      'an editor of another verified group': ['requestSurplusItems'],
      'an editor of an unverified group': [],
      'a viewer of the requesting group': [],
      'a signed-in outsider': [],
      'an anonymous caller': [],
    });
    // First come, first served takes no request with nothing left; the lister choosing keeps it waiting.
    expect(
      offered['FULLY_ALLOCATED (first come, first served)']?.['an editor of the requesting group'],
    ).toEqual([]);
    expect(offered['FULLY_ALLOCATED (the lister chooses)']?.['an editor of the requesting group']).toEqual([
      'requestSurplusItems',
    ]);
    // An ended listing can still be edited (a later end date makes it live) and closed, not requested from.
    expect(offered['ENDED']?.['the lister’s admin']).toEqual(['updateSurplusListing', 'closeSurplusListing']);
    expect(offered['ENDED']?.['an editor of the requesting group']).toEqual([]);
    expect(offered['CLOSED']?.['the lister’s admin']).toEqual([]);
  });

  it('lists on a request exactly the steps its mutations accept from each caller', async () => {
    const offered = await probe('surplusRequest', REQUEST_STATES, REQUEST_STEPS);

    expect(offered['PENDING']).toMatchObject({
      'the lister’s admin': ['allocateSurplusRequest', 'declineSurplusRequest'],
      'an editor of the requesting group': ['withdrawSurplusRequest'],
      'a viewer of the requesting group': [],
      'an editor of another verified group': [],
      'an anonymous caller': [],
    });
    expect(offered['ALLOCATED']).toMatchObject({
      'the lister’s admin': ['confirmSurplusCollection', 'markSurplusNoShow'],
      'an editor of the requesting group': ['confirmSurplusCollection', 'withdrawSurplusRequest'],
    });
    expect(offered['PENDING on a fully allocated listing']?.['the lister’s admin']).toEqual([
      'declineSurplusRequest',
    ]);
    expect(offered['PENDING on a closed listing']?.['the lister’s admin']).toEqual(['declineSurplusRequest']);
    for (const ended of ['COLLECTED', 'NO_SHOW', 'DECLINED', 'WITHDRAWN']) {
      expect(Object.values(offered[ended] ?? {}).flat()).toEqual([]);
    }
  });
});
