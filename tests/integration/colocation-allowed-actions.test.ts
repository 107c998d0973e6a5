import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_MEMBER, createBuilding, createCharity } from '../support/fixtures';
import { offerInput, offerSpace } from '../support/colocation-fixtures';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { Caller, GraphQLResult, TestApp } from '../support/test-app';

// allowedActions of offers, needs and expressions of interest, checked against the mutations themselves: for
// each kind of caller and each state of the record, every step is tried on a fresh record in that state.
// A step the caller's allowedActions lists must be accepted; a step it does not list must be refused.

const hubAdmin = { userId: 'aa-hub-admin' };
const hubViewer = { userId: 'aa-hub-viewer' };
const foodBankAdmin = { userId: 'aa-food-bank-admin' };
const foodBankViewer = { userId: 'aa-food-bank-viewer' };
const outsider = { userId: 'aa-outsider' };
const platformAdmin = { userId: PLATFORM_ADMIN };

const CALLERS: readonly [string, Caller | null][] = [
  ['an admin of the offering organisation', hubAdmin],
  ['a viewer of the offering organisation', hubViewer],
  ['an admin of the interested organisation', foodBankAdmin],
  ['a viewer of the interested organisation', foodBankViewer],
  ['a signed-in outsider', outsider],
  ['a platform admin', platformAdmin],
  ['an anonymous caller', null],
];

const ALLOWED = /* GraphQL */ `
  query (
    $offer: ID!
    $need: ID!
    $interest: ID!
    $withOffer: Boolean!
    $withNeed: Boolean!
    $withInterest: Boolean!
  ) {
    spaceOffer(id: $offer) @include(if: $withOffer) {
      id
      version
      allowedActions
    }
    spaceNeed(id: $need) @include(if: $withNeed) {
      id
      version
      allowedActions
    }
    spaceInterest(id: $interest) @include(if: $withInterest) {
      id
      version
      allowedActions
    }
  }
`;
const UPDATE_OFFER = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateSpaceOfferInput!) {
    updateSpaceOffer(id: $id, expectedVersion: $v, input: $input) {
      id
    }
  }
`;
const TAKEN = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    markOfferTaken(offerId: $id, expectedVersion: $v) {
      id
    }
  }
`;
const POST_NEED = /* GraphQL */ `
  mutation ($input: PostSpaceNeedInput!) {
    postSpaceNeed(input: $input) {
      id
      version
    }
  }
`;
const CLOSE_NEED = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    closeSpaceNeed(id: $id, expectedVersion: $v) {
      id
      version
    }
  }
`;
const EXPRESS = /* GraphQL */ `
  mutation ($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      id
      version
    }
  }
`;
const RESPOND = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $response: InterestResponse!) {
    respondToInterest(id: $id, expectedVersion: $v, response: $response) {
      id
      version
    }
  }
`;
const REPLY = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    replyToInterest(id: $id, expectedVersion: $v, message: "Thursdays too?") {
      id
      version
    }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    withdrawInterest(id: $id, expectedVersion: $v) {
      id
      version
    }
  }
`;

interface Versioned {
  id: string;
  version: number;
}

/** What a mutation answered: accepted, or refused with its code. */
function outcome(result: GraphQLResult): string {
  const code = result.errors?.[0]?.extensions?.['code'];
  return result.errors?.length ? `refused (${String(code)})` : 'accepted';
}

describe('allowedActions on co-location records', () => {
  let t: TestApp;
  let hubId: string;
  let foodBankId: string;
  let buildingId: string;
  let startedAt: string;

  beforeAll(async () => {
    t = await createTestApp();
    startedAt = t.clock.at.toISOString();
    hubId = (await createCharity(t, hubAdmin, 'Allowed Actions Hub')).id;
    foodBankId = (await createCharity(t, foodBankAdmin, 'Allowed Actions Food Bank')).id;
    await t.ok(ADD_MEMBER, { organisationId: hubId, userId: hubViewer.userId, role: 'VIEWER' }, hubAdmin);
    await t.ok(
      ADD_MEMBER,
      { organisationId: foodBankId, userId: foodBankViewer.userId, role: 'VIEWER' },
      foodBankAdmin,
    );
    buildingId = (
      await createBuilding(t, hubAdmin, { name: 'Allowed Actions Hall', ownerOrganisationId: hubId })
    ).id;
  });

  /** What `caller` reads of the record; an empty list when it may not see it (NOT_FOUND). */
  async function allowedActions(
    kind: 'spaceOffer' | 'spaceNeed' | 'spaceInterest',
    id: string,
    caller: Caller | null,
  ): Promise<string[]> {
    const result = await t.run(
      ALLOWED,
      {
        offer: id,
        need: id,
        interest: id,
        withOffer: kind === 'spaceOffer',
        withNeed: kind === 'spaceNeed',
        withInterest: kind === 'spaceInterest',
      },
      caller,
    );
    if (result.errors?.length) {
      expect(result.errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
      return [];
    }
    return (result.data?.[kind] as { allowedActions: string[] }).allowedActions;
  }

  const openOffer = (overrides: Record<string, unknown> = {}) =>
    offerSpace(t, hubAdmin, offerInput(buildingId, hubId, { contact: null, ...overrides }));

  async function interestIn(offer: Versioned): Promise<Versioned> {
    const { expressInterest } = await t.ok<{ expressInterest: Versioned }>(
      EXPRESS,
      { input: { offerId: offer.id, organisationId: foodBankId, message: 'Mondays would suit us' } },
      foodBankAdmin,
    );
    return expressInterest;
  }

  async function respond(interest: Versioned, response: 'ACCEPT' | 'DECLINE'): Promise<Versioned> {
    const { respondToInterest } = await t.ok<{ respondToInterest: Versioned }>(
      RESPOND,
      { id: interest.id, v: interest.version, response },
      hubAdmin,
    );
    return respondToInterest;
  }

  async function latest(kind: 'spaceOffer' | 'spaceInterest', id: string): Promise<Versioned> {
    const data = await t.ok<Record<string, Versioned>>(
      `query ($id: ID!) { ${kind}(id: $id) { id version } }`,
      { id },
      hubAdmin,
    );
    return data[kind] as Versioned;
  }

  const OFFER_STATES: Record<string, () => Promise<Versioned>> = {
    OPEN: () => openOffer(),
    DRAFT: () => openOffer({ status: 'DRAFT' }),
    UNDER_OFFER: async () => {
      const offer = await openOffer();
      await respond(await interestIn(offer), 'ACCEPT');
      return latest('spaceOffer', offer.id);
    },
    TAKEN: async () => {
      const offer = await openOffer();
      await t.ok(TAKEN, { id: offer.id, v: offer.version }, hubAdmin);
      return latest('spaceOffer', offer.id);
    },
    WITHDRAWN: async () => {
      const offer = await openOffer();
      await t.ok(UPDATE_OFFER, { id: offer.id, v: offer.version, input: { status: 'WITHDRAWN' } }, hubAdmin);
      return latest('spaceOffer', offer.id);
    },
    // Offered until the 30th on the 23rd, then read and changed on 5 December (the clock is put back after).
    EXPIRED: async () => {
      t.clock.at = new Date(startedAt);
      const offer = await openOffer({
        availability: {
          slots: [{ day: 'MONDAY', opens: '09:00', closes: '17:00' }],
          fromDate: '2026-11-24',
          untilDate: '2026-11-30',
        },
      });
      t.clock.at = new Date('2026-12-05T10:00:00.000Z');
      return offer;
    },
  };
  const OFFER_STEPS: Record<string, (offer: Versioned, caller: Caller | null) => Promise<GraphQLResult>> = {
    updateSpaceOffer: (offer, caller) =>
      t.run(UPDATE_OFFER, { id: offer.id, v: offer.version, input: { title: 'Renamed' } }, caller),
    markOfferTaken: (offer, caller) => t.run(TAKEN, { id: offer.id, v: offer.version }, caller),
  };

  const INTEREST_STATES: Record<string, () => Promise<Versioned>> = {
    PENDING: async () => interestIn(await openOffer()),
    ACCEPTED: async () => respond(await interestIn(await openOffer()), 'ACCEPT'),
    DECLINED: async () => respond(await interestIn(await openOffer()), 'DECLINE'),
    WITHDRAWN: async () => {
      const interest = await interestIn(await openOffer());
      await t.ok(WITHDRAW, { id: interest.id, v: interest.version }, foodBankAdmin);
      return latest('spaceInterest', interest.id);
    },
  };
  const INTEREST_STEPS: Record<
    string,
    (interest: Versioned, caller: Caller | null) => Promise<GraphQLResult>
  > = {
    respondToInterest: (interest, caller) =>
      t.run(RESPOND, { id: interest.id, v: interest.version, response: 'DECLINE' }, caller),
    replyToInterest: (interest, caller) => t.run(REPLY, { id: interest.id, v: interest.version }, caller),
    withdrawInterest: (interest, caller) => t.run(WITHDRAW, { id: interest.id, v: interest.version }, caller),
  };

  async function postNeed(): Promise<Versioned> {
    const { postSpaceNeed } = await t.ok<{ postSpaceNeed: Versioned }>(
      POST_NEED,
      {
        input: {
          organisationId: foodBankId,
          purpose: 'A weekly advice session',
          fromDate: '2027-01-04',
          councilCode: 'E07000078',
        },
      },
      foodBankAdmin,
    );
    return postSpaceNeed;
  }
  const NEED_STATES: Record<string, () => Promise<Versioned>> = {
    OPEN: postNeed,
    CLOSED: async () => {
      const need = await postNeed();
      return (
        await t.ok<{ closeSpaceNeed: Versioned }>(CLOSE_NEED, { id: need.id, v: need.version }, foodBankAdmin)
      ).closeSpaceNeed;
    },
  };
  const NEED_STEPS: Record<string, (need: Versioned, caller: Caller | null) => Promise<GraphQLResult>> = {
    closeSpaceNeed: (need, caller) => t.run(CLOSE_NEED, { id: need.id, v: need.version }, caller),
  };

  /**
   * Every state x caller x step on a fresh record; returns what each caller was offered per state (for the
   * expectations below), and fails on any step whose listing and outcome disagree.
   */
  async function probe(
    kind: 'spaceOffer' | 'spaceNeed' | 'spaceInterest',
    states: Record<string, () => Promise<Versioned>>,
    steps: Record<string, (record: Versioned, caller: Caller | null) => Promise<GraphQLResult>>,
  ): Promise<Record<string, Record<string, string[]>>> {
    const offered: Record<string, Record<string, string[]>> = {};
    const disagreements: string[] = [];
    for (const [state, make] of Object.entries(states)) {
      for (const [who, caller] of CALLERS) {
        for (const [step, take] of Object.entries(steps)) {
          const record = await make();
          const listed = await allowedActions(kind, record.id, caller);
          (offered[state] ??= {})[who] = listed;
          const result = outcome(await take(record, caller));
          const expected = listed.includes(step) ? 'accepted' : 'refused';
          if (!result.startsWith(expected)) {
            disagreements.push(
              `${kind} ${state}, ${who}: ${step} is ${result} but listed as ${listed.join(',')}`,
            );
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    return offered;
  }

  it('lists on an offer exactly the steps its mutations accept from each caller', async () => {
    const offered = await probe('spaceOffer', OFFER_STATES, OFFER_STEPS).finally(() => {
      t.clock.at = new Date(startedAt);
    });

    // The steps are not all refused: the offering organisation's admin may edit and mark taken.
    expect(offered['OPEN']?.['an admin of the offering organisation']).toEqual([
      'updateSpaceOffer',
      'markOfferTaken',
    ]);
    expect(offered['DRAFT']?.['an admin of the offering organisation']).toEqual(['updateSpaceOffer']);
    expect(offered['TAKEN']?.['an admin of the offering organisation']).toEqual([]);
    // An expired offer may still be edited (to move its dates), not marked taken.
    expect(offered['EXPIRED']?.['an admin of the offering organisation']).toEqual(['updateSpaceOffer']);
    expect(offered['OPEN']?.['a viewer of the offering organisation']).toEqual([]);
    expect(offered['OPEN']?.['an anonymous caller']).toEqual([]);
  }, 300_000);

  it('lists on an expression of interest exactly the steps its mutations accept from each caller', async () => {
    const offered = await probe('spaceInterest', INTEREST_STATES, INTEREST_STEPS);

    expect(offered['PENDING']?.['an admin of the offering organisation']).toEqual([
      'respondToInterest',
      'replyToInterest',
    ]);
    expect(offered['PENDING']?.['an admin of the interested organisation']).toEqual([
      'replyToInterest',
      'withdrawInterest',
    ]);
    expect(offered['ACCEPTED']?.['an admin of the interested organisation']).toEqual([
      'replyToInterest',
      'withdrawInterest',
    ]);
    expect(offered['DECLINED']?.['an admin of the interested organisation']).toEqual([]);
    expect(offered['PENDING']?.['a viewer of the interested organisation']).toEqual([]);
  }, 300_000);

  it('lists on a need exactly the steps its mutations accept from each caller', async () => {
    const offered = await probe('spaceNeed', NEED_STATES, NEED_STEPS);

    expect(offered['OPEN']?.['an admin of the interested organisation']).toEqual(['closeSpaceNeed']);
    expect(offered['CLOSED']?.['an admin of the interested organisation']).toEqual([]);
    expect(offered['OPEN']?.['an admin of the offering organisation']).toEqual([]);
  }, 300_000);
});
