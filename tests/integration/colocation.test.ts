import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import {
  INTEREST_FIELDS,
  OFFER_FIELDS,
  OFFER_SPACE,
  offerInput,
  offerSpace,
} from '../support/colocation-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const hubAdmin = { userId: 'hub-admin' };
const foodBankAdmin = { userId: 'food-bank-admin' };
const youthAdmin = { userId: 'youth-admin' };
const outsider = { userId: 'nosy-outsider' };

// Cheltenham town centre, and a point about 1.5 km north-east of it.
const HUB_LOCATION = { latitude: 51.8994, longitude: -2.0783 };
const NEAR_HUB = { latitude: 51.91, longitude: -2.065 };

const POST_NEED = /* GraphQL */ `
  mutation ($input: PostSpaceNeedInput!) {
    postSpaceNeed(input: $input) {
      id
      status
      radiusKm
    }
  }
`;
const NEAR = /* GraphQL */ `
  query ($lat: Float!, $lon: Float!, $r: Float!, $filter: SpaceOfferSearchFilter, $first: Int, $after: String) {
    spaceOffersNear(latitude: $lat, longitude: $lon, radiusKm: $r, filter: $filter, first: $first, after: $after) {
      edges { distanceKm node { ${OFFER_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const MATCHES = /* GraphQL */ `
  query ($needId: ID!, $includeExcluded: Boolean) {
    matchesForNeed(needId: $needId, includeExcluded: $includeExcluded) {
      edges {
        node {
          score
          excluded
          exclusionReasons
          distanceKm
          offer {
            id
            title
          }
          criteria {
            criterion
            score
            weight
            met
            explanation
          }
        }
      }
    }
  }
`;
const EXPRESS = /* GraphQL */ `
  mutation ($input: ExpressInterestInput!) {
    expressInterest(input: $input) { ${INTEREST_FIELDS} }
  }
`;
const RESPOND = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $response: InterestResponse!, $message: String) {
    respondToInterest(id: $id, expectedVersion: $v, response: $response, message: $message) { ${INTEREST_FIELDS} }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    withdrawInterest(id: $id, expectedVersion: $v, message: "We found somewhere else") { ${INTEREST_FIELDS} }
  }
`;
const TAKEN = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    markOfferTaken(offerId: $id, expectedVersion: $v, message: "Lease signed") {
      id
      status
      version
    }
  }
`;
const OFFER = /* GraphQL */ `
  query ($id: ID!) {
    spaceOffer(id: $id) {
      ${OFFER_FIELDS}
      interests { edges { node { id status organisation { name } } } }
      history { edges { node { action version } } }
    }
  }
`;
const INTEREST = /* GraphQL */ `
  query ($id: ID!) {
    spaceInterest(id: $id) { ${INTEREST_FIELDS} offer { id status } }
  }
`;
const UPDATE_OFFER = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateSpaceOfferInput!) {
    updateSpaceOffer(id: $id, expectedVersion: $v, input: $input) {
      id
      status
      version
      title
    }
  }
`;

interface Interest {
  id: string;
  status: string;
  version: number;
  closedReason: string | null;
  message: string;
  thread: { event: string; text: string | null; organisation: { name: string } | null }[];
}

describe('co-location through the GraphQL API', () => {
  let t: TestApp;
  let hubId: string;
  let foodBankId: string;
  let youthId: string;
  let buildingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    hubId = (await createCharity(t, hubAdmin, 'Cheltenham Community Hub')).id;
    foodBankId = (await createCharity(t, foodBankAdmin, 'Cheltenham Food Bank')).id;
    youthId = (await createCharity(t, youthAdmin, 'Youth Club')).id;
    buildingId = (
      await createBuilding(t, hubAdmin, {
        name: 'The Hub',
        ownerOrganisationId: hubId,
        location: HUB_LOCATION,
        accessibilityFeatures: ['STEP_FREE_ACCESS'],
      })
    ).id;
  });

  it('runs the whole flow: offer, need, search, match, interest, accept, taken', async () => {
    // Offer.
    const offer = await offerSpace(t, hubAdmin, offerInput(buildingId, hubId));
    expect(offer).toMatchObject({
      status: 'OPEN',
      version: 1,
      buildingName: 'The Hub',
      councilCode: CHELTENHAM,
    });
    expect(offer).toMatchObject({ accessibilityFeatures: ['STEP_FREE_ACCESS'], location: HUB_LOCATION });

    // Need.
    const { postSpaceNeed: need } = await t.ok<{ postSpaceNeed: { id: string; status: string } }>(
      POST_NEED,
      {
        input: {
          organisationId: foodBankId,
          purpose: 'A weekly advice session',
          spaceKinds: ['DESKS', 'MEETING_ROOM'],
          capacity: 6,
          slots: [{ day: 'MONDAY', opens: '10:00', closes: '12:00' }],
          fromDate: '2027-01-04',
          monthlyBudget: 200,
          location: NEAR_HUB,
          radiusKm: 5,
          mustHaveFacilities: ['WIFI'],
        },
      },
      foodBankAdmin,
    );
    expect(need.status).toBe('OPEN');

    // Search: anonymous callers find the open offer, with its distance and without private details.
    const near = await t.ok<{
      spaceOffersNear: { edges: { distanceKm: number; node: { id: string; contact: unknown } }[] };
    }>(NEAR, { lat: NEAR_HUB.latitude, lon: NEAR_HUB.longitude, r: 5 });
    const found = near.spaceOffersNear.edges.find((edge) => edge.node.id === offer.id);
    expect(found?.distanceKm).toBeGreaterThan(1.4);
    expect(found?.distanceKm).toBeLessThan(1.8);
    expect(found?.node.contact).toBeNull();

    // Match: the offer ranks for the need, explained per criterion.
    const matches = await t.ok<{
      matchesForNeed: {
        edges: {
          node: {
            score: number;
            excluded: boolean;
            offer: { id: string };
            criteria: { criterion: string; met: boolean }[];
          };
        }[];
      };
    }>(MATCHES, { needId: need.id }, foodBankAdmin);
    const match = matches.matchesForNeed.edges.find((edge) => edge.node.offer.id === offer.id)?.node;
    expect(match?.excluded).toBe(false);
    expect(match?.score).toBeGreaterThan(50);
    expect(match?.criteria.map((c) => c.criterion)).toEqual(
      expect.arrayContaining(['DISTANCE', 'CAPACITY', 'SCHEDULE', 'COST', 'FACILITIES', 'ELIGIBILITY']),
    );

    // Interest from two organisations.
    const { expressInterest: fromFoodBank } = await t.ok<{ expressInterest: Interest }>(
      EXPRESS,
      {
        input: {
          offerId: offer.id,
          organisationId: foodBankId,
          needId: need.id,
          message: 'Mondays would suit us',
          daysWanted: ['MONDAY'],
        },
      },
      foodBankAdmin,
    );
    const { expressInterest: fromYouth } = await t.ok<{ expressInterest: Interest }>(
      EXPRESS,
      { input: { offerId: offer.id, organisationId: youthId, message: 'Could we use it on Wednesdays?' } },
      youthAdmin,
    );
    expect([fromFoodBank.status, fromYouth.status]).toEqual(['PENDING', 'PENDING']);

    // Accept: the offer goes UNDER_OFFER.
    const { respondToInterest: accepted } = await t.ok<{ respondToInterest: Interest }>(
      RESPOND,
      { id: fromFoodBank.id, v: 1, response: 'ACCEPT', message: 'Welcome aboard' },
      hubAdmin,
    );
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.thread.map((m) => [m.event, m.text])).toEqual([
      ['EXPRESSED', 'Mondays would suit us'],
      ['ACCEPTED', 'Welcome aboard'],
    ]);
    const underOffer = await t.ok<{ spaceOffer: { status: string; version: number } }>(
      OFFER,
      { id: offer.id },
      hubAdmin,
    );
    expect(underOffer.spaceOffer).toMatchObject({ status: 'UNDER_OFFER', version: 2 });

    // Taken: the other open interest is closed, told why.
    const { markOfferTaken: taken } = await t.ok<{ markOfferTaken: { status: string; version: number } }>(
      TAKEN,
      { id: offer.id, v: 2 },
      hubAdmin,
    );
    expect(taken).toMatchObject({ status: 'TAKEN', version: 3 });
    const youthView = await t.ok<{ spaceInterest: Interest }>(INTEREST, { id: fromYouth.id }, youthAdmin);
    expect(youthView.spaceInterest.status).toBe('CLOSED');
    expect(youthView.spaceInterest.closedReason).toBe(
      'The space has been taken by another organisation: Lease signed',
    );
    expect(youthView.spaceInterest.thread.at(-1)).toMatchObject({ event: 'CLOSED', organisation: null });
    const foodBankView = await t.ok<{ spaceInterest: Interest }>(
      INTEREST,
      { id: fromFoodBank.id },
      foodBankAdmin,
    );
    expect(foodBankView.spaceInterest.status).toBe('ACCEPTED');

    // Every step audited and versioned.
    const history = await t.ok<{
      spaceOffer: { history: { edges: { node: { action: string; version: number } }[] } };
    }>(OFFER, { id: offer.id }, hubAdmin);
    expect(history.spaceOffer.history.edges.map((e) => [e.node.action, e.node.version])).toEqual([
      ['TAKEN', 3],
      ['UNDER_OFFER', 2],
      ['CREATED', 1],
    ]);

    // A taken offer is no longer found.
    const after = await t.ok<{ spaceOffersNear: { edges: { node: { id: string } }[] } }>(NEAR, {
      lat: NEAR_HUB.latitude,
      lon: NEAR_HUB.longitude,
      r: 5,
    });
    expect(after.spaceOffersNear.edges.map((e) => e.node.id)).not.toContain(offer.id);
  });

  it('offers space once when a create is retried with the same idempotency key', async () => {
    const input = offerInput(buildingId, hubId, { title: 'Retried offer' });

    const first = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input, key: 'offer-retry-1' },
      hubAdmin,
    );
    const retry = await t.ok<{ offerSpace: { id: string } }>(
      OFFER_SPACE,
      { input, key: 'offer-retry-1' },
      hubAdmin,
    );
    const reused = await t.run(
      OFFER_SPACE,
      { input: { ...input, title: 'Other' }, key: 'offer-retry-1' },
      hubAdmin,
    );

    expect(retry.offerSpace.id).toBe(first.offerSpace.id);
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    await t.ok(UPDATE_OFFER, { id: first.offerSpace.id, v: 1, input: { status: 'WITHDRAWN' } }, hubAdmin);
  });

  it('explains why an offer failing a must-have is excluded, when asked', async () => {
    const bare = await offerSpace(
      t,
      hubAdmin,
      offerInput(buildingId, hubId, {
        title: 'Back room without wifi',
        facilities: ['KITCHEN'],
        capacity: 4,
      }),
    );
    const { postSpaceNeed: need } = await t.ok<{ postSpaceNeed: { id: string } }>(
      POST_NEED,
      {
        input: {
          organisationId: foodBankId,
          purpose: 'Drop-in',
          capacity: 6,
          fromDate: '2027-01-04',
          location: NEAR_HUB,
          radiusKm: 3,
          mustHaveFacilities: ['WIFI'],
        },
      },
      foodBankAdmin,
    );

    const ranked = await t.ok<{ matchesForNeed: { edges: { node: { offer: { id: string } } }[] } }>(
      MATCHES,
      { needId: need.id },
      foodBankAdmin,
    );
    const explained = await t.ok<{
      matchesForNeed: {
        edges: {
          node: { offer: { id: string }; excluded: boolean; exclusionReasons: string[]; score: number };
        }[];
      };
    }>(MATCHES, { needId: need.id, includeExcluded: true }, foodBankAdmin);

    expect(ranked.matchesForNeed.edges.map((e) => e.node.offer.id)).not.toContain(bare.id);
    const excluded = explained.matchesForNeed.edges.find((e) => e.node.offer.id === bare.id)?.node;
    expect(excluded).toMatchObject({ excluded: true, score: 0 });
    expect(excluded?.exclusionReasons).toEqual([
      'holds 4, fewer than the 6 needed',
      'missing facilities: wi-fi',
    ]);
  });

  it('lets only one of two concurrent accepts of the same offer succeed', async () => {
    const offer = await offerSpace(t, hubAdmin, offerInput(buildingId, hubId, { title: 'Meeting room' }));
    const interests = await Promise.all(
      [
        [foodBankId, foodBankAdmin],
        [youthId, youthAdmin],
      ].map(async ([organisationId, caller]) => {
        const { expressInterest } = await t.ok<{ expressInterest: Interest }>(
          EXPRESS,
          { input: { offerId: offer.id, organisationId, message: 'Please' } },
          caller as { userId: string },
        );
        return expressInterest;
      }),
    );

    const results = await Promise.all(
      interests.map((interest) => t.run(RESPOND, { id: interest.id, v: 1, response: 'ACCEPT' }, hubAdmin)),
    );

    const outcomes = results.map((result) => (result.errors ? errorCodes(result)[0] : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const stored = await t.ok<{
      spaceOffer: { status: string; version: number; interests: { edges: { node: { status: string } }[] } };
    }>(OFFER, { id: offer.id }, hubAdmin);
    expect(stored.spaceOffer).toMatchObject({ status: 'UNDER_OFFER', version: 2 });
    expect(stored.spaceOffer.interests.edges.map((e) => e.node.status).sort()).toEqual([
      'ACCEPTED',
      'PENDING',
    ]);
  });

  it('puts the offer back on the market when the accepted organisation withdraws', async () => {
    const offer = await offerSpace(
      t,
      hubAdmin,
      offerInput(buildingId, hubId, { title: 'Clinic room', spaceKind: 'CLINIC_ROOM' }),
    );
    const { expressInterest: interest } = await t.ok<{ expressInterest: Interest }>(
      EXPRESS,
      { input: { offerId: offer.id, organisationId: youthId, message: 'Yes please' } },
      youthAdmin,
    );
    await t.ok(RESPOND, { id: interest.id, v: 1, response: 'ACCEPT' }, hubAdmin);

    const { withdrawInterest } = await t.ok<{ withdrawInterest: Interest }>(
      WITHDRAW,
      { id: interest.id, v: 2 },
      youthAdmin,
    );

    expect(withdrawInterest.status).toBe('WITHDRAWN');
    const stored = await t.ok<{ spaceOffer: { status: string; version: number } }>(
      OFFER,
      { id: offer.id },
      hubAdmin,
    );
    expect(stored.spaceOffer).toMatchObject({ status: 'OPEN', version: 3 });
  });

  it('refuses a second open interest from the same organisation, and interest in a closed offer', async () => {
    const offer = await offerSpace(
      t,
      hubAdmin,
      offerInput(buildingId, hubId, { title: 'Storage cage', spaceKind: 'STORAGE' }),
    );
    const input = { offerId: offer.id, organisationId: youthId, message: 'Hello' };
    const { expressInterest: first } = await t.ok<{ expressInterest: Interest }>(
      EXPRESS,
      { input },
      youthAdmin,
    );

    const again = await t.run(EXPRESS, { input }, youthAdmin);
    await t.ok(UPDATE_OFFER, { id: offer.id, v: 1, input: { status: 'WITHDRAWN' } }, hubAdmin);
    const late = await t.run(EXPRESS, { input: { ...input, organisationId: foodBankId } }, foodBankAdmin);

    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(errorCodes(late)).toEqual(['NOT_FOUND']); // a withdrawn offer is seen only by its organisation
    const closed = await t.ok<{ spaceInterest: Interest }>(INTEREST, { id: first.id }, youthAdmin);
    expect(closed.spaceInterest).toMatchObject({
      status: 'CLOSED',
      closedReason: 'The offering organisation withdrew the offer',
    });
  });

  describe('access', () => {
    let offerId: string;
    let interestId: string;

    beforeAll(async () => {
      offerId = (
        await offerSpace(
          t,
          hubAdmin,
          offerInput(buildingId, hubId, { title: 'Hall on Fridays', spaceKind: 'HALL' }),
        )
      ).id;
      const { expressInterest } = await t.ok<{ expressInterest: Interest }>(
        EXPRESS,
        { input: { offerId, organisationId: foodBankId, message: 'Our private plans' } },
        foodBankAdmin,
      );
      interestId = expressInterest.id;
    });

    it('keeps a thread from anyone but the two organisations', async () => {
      const byOutsider = await t.run(INTEREST, { id: interestId }, outsider);
      const byThirdParty = await t.run(INTEREST, { id: interestId }, youthAdmin);
      const anonymously = await t.run(INTEREST, { id: interestId });
      const byOfferer = await t.ok<{ spaceInterest: Interest }>(INTEREST, { id: interestId }, hubAdmin);

      expect(errorCodes(byOutsider)).toEqual(['NOT_FOUND']);
      expect(errorCodes(byThirdParty)).toEqual(['NOT_FOUND']);
      expect(errorCodes(anonymously)).toEqual(['NOT_FOUND']);
      expect(byOfferer.spaceInterest.message).toBe('Our private plans');
    });

    it('lets the two organisations write in the thread, and nobody else', async () => {
      const REPLY = /* GraphQL */ `
        mutation ($id: ID!, $v: Int!, $message: String!) {
          replyToInterest(id: $id, expectedVersion: $v, message: $message) { ${INTEREST_FIELDS} }
        }
      `;

      await t.ok(REPLY, { id: interestId, v: 1, message: 'Could you visit on Tuesday?' }, hubAdmin);
      const { replyToInterest } = await t.ok<{ replyToInterest: Interest }>(
        REPLY,
        { id: interestId, v: 2, message: 'Tuesday at ten' },
        foodBankAdmin,
      );
      const byThirdParty = await t.run(REPLY, { id: interestId, v: 3, message: 'Me too' }, youthAdmin);

      expect(replyToInterest.thread.map((m) => [m.event, m.organisation?.name, m.text])).toEqual([
        ['EXPRESSED', 'Cheltenham Food Bank', 'Our private plans'],
        ['MESSAGE', 'Cheltenham Community Hub', 'Could you visit on Tuesday?'],
        ['MESSAGE', 'Cheltenham Food Bank', 'Tuesday at ten'],
      ]);
      expect(errorCodes(byThirdParty)).toEqual(['NOT_FOUND']);
    });

    it('stops an outsider editing an offer or answering for the offering organisation', async () => {
      const edit = await t.run(UPDATE_OFFER, { id: offerId, v: 1, input: { title: 'Mine now' } }, youthAdmin);
      const acceptOwn = await t.run(RESPOND, { id: interestId, v: 3, response: 'ACCEPT' }, foodBankAdmin);
      const take = await t.run(TAKEN, { id: offerId, v: 1 }, youthAdmin);
      const offerInOthersBuilding = await t.run(
        /* GraphQL */ `
          mutation ($input: OfferSpaceInput!) {
            offerSpace(input: $input) {
              id
            }
          }
        `,
        { input: offerInput(buildingId, youthId) },
        youthAdmin,
      );

      expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
      expect(errorCodes(acceptOwn)).toEqual(['FORBIDDEN']);
      expect(errorCodes(take)).toEqual(['FORBIDDEN']);
      expect(errorCodes(offerInOthersBuilding)).toEqual(['FORBIDDEN']);
      const stored = await t.ok<{ spaceOffer: { title: string; status: string } }>(
        OFFER,
        { id: offerId },
        hubAdmin,
      );
      expect(stored.spaceOffer).toMatchObject({ title: 'Hall on Fridays', status: 'OPEN' });
    });

    it('shows anonymous callers open offers without private details, and nothing else', async () => {
      const draftId = (
        await offerSpace(t, hubAdmin, offerInput(buildingId, hubId, { title: 'Draft', status: 'DRAFT' }))
      ).id;

      const open = await t.run(
        /* GraphQL */ `
          query ($id: ID!) {
            spaceOffer(id: $id) {
              title
              contact {
                email
              }
              history {
                edges {
                  node {
                    action
                  }
                }
              }
            }
          }
        `,
        { id: offerId },
      );
      const draft = await t.run(OFFER, { id: draftId });
      const byMember = await t.ok<{ spaceOffer: { contact: { email: string } } }>(
        OFFER,
        { id: offerId },
        hubAdmin,
      );

      expect(open.data?.['spaceOffer']).toMatchObject({
        title: 'Hall on Fridays',
        contact: null,
        history: null,
      });
      expect(errorCodes(open)).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(draft)).toEqual(['NOT_FOUND']);
      expect(byMember.spaceOffer.contact.email).toBe('jo@hub.example.org');
    });
  });

  it("lists offers by building, organisation and council area, and each organisation's needs and interests", async () => {
    const byBuilding = await t.ok<{ spaceOffersByBuilding: { edges: { node: { title: string } }[] } }>(
      `query ($id: ID!) { spaceOffersByBuilding(buildingId: $id, first: 50) { edges { node { title } } } }`,
      { id: buildingId },
    );
    const byOrganisation = await t.ok<{
      spaceOffersByOrganisation: { edges: { node: { status: string } }[] };
    }>(
      `query ($id: ID!) { spaceOffersByOrganisation(organisationId: $id, first: 50) { edges { node { status } } } }`,
      { id: hubId },
      hubAdmin,
    );
    const byCouncil = await t.ok<{ spaceOffersByCouncil: { edges: { node: { status: string } }[] } }>(
      `{ spaceOffersByCouncil(councilCode: "${CHELTENHAM}", first: 50) { edges { node { status } } } }`,
    );
    const needs = await t.ok<{ spaceNeedsByOrganisation: { edges: unknown[] } }>(
      `query ($id: ID!) { spaceNeedsByOrganisation(organisationId: $id) { edges { node { id } } } }`,
      { id: foodBankId },
      foodBankAdmin,
    );
    const sent = await t.ok<{ interestsSent: { edges: { node: { status: string } }[] } }>(
      `query ($id: ID!) { interestsSent(organisationId: $id) { edges { node { status } } } }`,
      { id: foodBankId },
      foodBankAdmin,
    );
    const received = await t.ok<{ interestsReceived: { edges: unknown[] } }>(
      `query ($id: ID!) { interestsReceived(organisationId: $id, first: 50) { edges { node { id } } } }`,
      { id: hubId },
      hubAdmin,
    );
    const receivedByOutsider = await t.run(
      `query ($id: ID!) { interestsReceived(organisationId: $id) { edges { node { id } } } }`,
      { id: hubId },
      outsider,
    );

    // Anonymous: open offers only (the taken, under-offer, withdrawn and draft ones are hidden).
    expect(byBuilding.spaceOffersByBuilding.edges.map((e) => e.node.title).sort()).toEqual(
      ['Back room without wifi', 'Clinic room', 'Hall on Fridays'].sort(),
    );
    expect(new Set(byOrganisation.spaceOffersByOrganisation.edges.map((e) => e.node.status))).toEqual(
      new Set(['OPEN', 'UNDER_OFFER', 'TAKEN', 'WITHDRAWN', 'DRAFT']),
    );
    expect(byCouncil.spaceOffersByCouncil.edges.every((e) => e.node.status === 'OPEN')).toBe(true);
    expect(byCouncil.spaceOffersByCouncil.edges).toHaveLength(3);
    expect(needs.spaceNeedsByOrganisation.edges).toHaveLength(2);
    expect(sent.interestsSent.edges.length).toBeGreaterThanOrEqual(3);
    expect(received.interestsReceived.edges.length).toBeGreaterThanOrEqual(7);
    expect(errorCodes(receivedByOutsider)).toEqual(['FORBIDDEN']);
  });

  it('shows an offer past its end date as EXPIRED and leaves it out of searches', async () => {
    const offer = await offerSpace(
      t,
      hubAdmin,
      offerInput(buildingId, hubId, {
        title: 'Until Christmas',
        availability: { slots: [], fromDate: '2026-11-23', untilDate: '2026-12-24' },
      }),
    );
    const clock = t.clock.at;
    t.clock.at = new Date('2026-12-27T10:00:00Z');
    try {
      const stored = await t.ok<{ spaceOffer: { status: string } }>(OFFER, { id: offer.id }, hubAdmin);
      const near = await t.ok<{ spaceOffersNear: { edges: { node: { id: string } }[] } }>(NEAR, {
        lat: HUB_LOCATION.latitude,
        lon: HUB_LOCATION.longitude,
        r: 1,
      });
      const anonymously = await t.run(OFFER, { id: offer.id });

      expect(stored.spaceOffer.status).toBe('EXPIRED');
      expect(near.spaceOffersNear.edges.map((e) => e.node.id)).not.toContain(offer.id);
      expect(errorCodes(anonymously)).toEqual(['NOT_FOUND']);
    } finally {
      t.clock.at = clock;
    }
  });

  it('serves the lists and a small distance search with a handful of requests', async () => {
    t.requests.length = 0;
    await t.ok(
      `{ spaceOffersByCouncil(councilCode: "${CHELTENHAM}", first: 20) { edges { node { title } } } }`,
    );
    const byCouncil = [...t.requests];
    t.requests.length = 0;
    await t.ok(`query ($id: ID!) { spaceOffersByBuilding(buildingId: $id) { edges { node { title } } } }`, {
      id: buildingId,
    });
    const byBuilding = [...t.requests];
    t.requests.length = 0;
    await t.ok(NEAR, { lat: HUB_LOCATION.latitude, lon: HUB_LOCATION.longitude, r: 1 });
    const near = [...t.requests];

    expect(byCouncil).toEqual(['QueryCommand']);
    expect(byBuilding).toEqual(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']);
    expect(near.every((name) => name === 'QueryCommand')).toBe(true);
    expect(near.length).toBeLessThanOrEqual(8);
  });

  it('refuses bad input with the offending field and writes nothing', async () => {
    const result = await t.run(
      /* GraphQL */ `
        mutation ($input: OfferSpaceInput!) {
          offerSpace(input: $input) {
            id
          }
        }
      `,
      {
        input: offerInput(buildingId, hubId, {
          availability: {
            slots: [{ day: 'MONDAY', opens: '17:00', closes: '09:00' }],
            fromDate: '2026-02-30',
          },
        }),
      },
      hubAdmin,
    );
    const radius = await t.run(NEAR, { lat: 51.9, lon: -2.08, r: 500 });

    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('input.availability.fromDate');
    expect(errorCodes(radius)).toEqual(['BAD_USER_INPUT']);
    expect(radius.errors?.[0]?.extensions?.['field']).toBe('radiusKm');
  });
});
