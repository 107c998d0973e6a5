import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import { INTEREST_FIELDS, offerInput, offerSpace } from '../support/colocation-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * An offer copies its building's location, council and owner, and is searched by them. A change of the
 * building reaches its offers in the building's own transaction: a corrected location moves the offer in the
 * distance search, an archived building closes its open offers with the reason (and the interests in them,
 * which the interested organisations see), a building handed to another owner withdraws the former owner's
 * offers the same way, so nobody is left holding an offer that can be neither withdrawn nor taken.
 */
describe('an offer follows its building', () => {
  let t: TestApp;
  const owner = { userId: 'follow-owner' };
  const seeker = { userId: 'follow-seeker' };
  let ownerId = '';
  let newOwnerId = '';
  let seekerId = '';

  // Two points in Cheltenham about 3.3 km apart (Pittville and Leckhampton).
  const PITTVILLE = { latitude: 51.9096, longitude: -2.0681 };
  const LECKHAMPTON = { latitude: 51.8797, longitude: -2.0731 };

  const NEAR = /* GraphQL */ `
    query ($lat: Float!, $lon: Float!) {
      spaceOffersNear(latitude: $lat, longitude: $lon, radiusKm: 1) {
        edges {
          node {
            id
            location {
              latitude
              longitude
            }
          }
        }
      }
    }
  `;
  const OFFER = /* GraphQL */ `
    query ($id: ID!) {
      spaceOffer(id: $id) {
        id
        status
        version
        withdrawnReason
        location {
          latitude
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
  `;
  const BY_COUNCIL = /* GraphQL */ `
    query ($code: String!) {
      spaceOffersByCouncil(councilCode: $code) {
        edges {
          node {
            id
          }
        }
      }
    }
  `;
  const UPDATE_BUILDING = /* GraphQL */ `
    mutation ($id: ID!, $v: Int!, $input: UpdateBuildingInput!) {
      updateBuilding(id: $id, expectedVersion: $v, input: $input) {
        version
      }
    }
  `;
  const ARCHIVE =
    'mutation ($id: ID!, $v: Int!) { archiveBuilding(id: $id, expectedVersion: $v) { version } }';
  const EXPRESS = `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { ${INTEREST_FIELDS} } }`;
  const RESPOND = /* GraphQL */ `
    mutation ($id: ID!, $v: Int!, $response: InterestResponse!) {
      respondToInterest(id: $id, expectedVersion: $v, response: $response) {
        id
        status
        version
      }
    }
  `;
  const INTEREST = `query ($id: ID!) { spaceInterest(id: $id) { ${INTEREST_FIELDS} } }`;
  const TAKEN =
    'mutation ($id: ID!, $v: Int!) { markOfferTaken(offerId: $id, expectedVersion: $v) { id status } }';
  const WITHDRAW_OFFER = /* GraphQL */ `
    mutation ($id: ID!, $v: Int!) {
      updateSpaceOffer(id: $id, expectedVersion: $v, input: { status: WITHDRAWN }) {
        id
        status
      }
    }
  `;

  async function measure(query: string, variables: Record<string, unknown>, caller: Caller) {
    t.requests.length = 0;
    await t.ok(query, variables, caller);
    return [...t.requests];
  }

  const nearIds = async (point: { latitude: number; longitude: number }) => {
    const { spaceOffersNear } = await t.ok<{ spaceOffersNear: { edges: { node: { id: string } }[] } }>(
      NEAR,
      { lat: point.latitude, lon: point.longitude },
      null,
    );
    return spaceOffersNear.edges.map((edge) => edge.node.id);
  };

  const express = async (offerId: string) =>
    (
      await t.ok<{ expressInterest: { id: string; version: number } }>(
        EXPRESS,
        { input: { offerId, organisationId: seekerId, message: 'We run a weekly advice session' } },
        seeker,
      )
    ).expressInterest;

  beforeAll(async () => {
    t = await createTestApp();
    ownerId = (await createCharity(t, owner, 'Following Trust')).id;
    newOwnerId = (await createCharity(t, owner, 'Successor Trust')).id;
    seekerId = (await createCharity(t, seeker, 'Advice Group')).id;
  });

  it('finds an offer at its building’s corrected location, not the old one, once the building is moved', async () => {
    const building = await createBuilding(t, owner, {
      name: 'Moved Hall',
      ownerOrganisationId: ownerId,
      location: PITTVILLE,
    });
    const offer = await offerSpace(t, owner, offerInput(building.id, ownerId));
    const before = await nearIds(PITTVILLE);

    const requests = await measure(
      UPDATE_BUILDING,
      { id: building.id, v: 1, input: { location: LECKHAMPTON } },
      owner,
    );

    expect(before).toContain(offer.id);
    expect(await nearIds(PITTVILLE)).not.toContain(offer.id);
    expect(await nearIds(LECKHAMPTON)).toContain(offer.id);
    const { spaceOffer } = await t.ok<{
      spaceOffer: { status: string; version: number; location: { latitude: number } };
    }>(OFFER, { id: offer.id }, owner);
    expect(spaceOffer).toMatchObject({ status: 'OPEN', version: 2, location: { latitude: 51.8797 } });
    // The building, its offer entries (strong) and its open surplus listings (the listings follow a move
    // too), the offers (strong BatchGetItem), one transaction.
    expect(requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      // The council's changes feed counter (change-feed.ts), just before the transaction.
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
  });

  it('closes the open offers of an archived building, with the reason shown to the interested organisation', async () => {
    const building = await createBuilding(t, owner, {
      name: 'Closing Hall',
      ownerOrganisationId: ownerId,
      location: PITTVILLE,
    });
    const offer = await offerSpace(t, owner, offerInput(building.id, ownerId, { title: 'Hall on Fridays' }));
    const interest = await express(offer.id);

    const requests = await measure(ARCHIVE, { id: building.id, v: 1 }, owner);

    const { spaceOffer } = await t.ok<{
      spaceOffer: {
        status: string;
        withdrawnReason: string;
        history: { edges: { node: { action: string } }[] };
      };
    }>(OFFER, { id: offer.id }, owner);
    expect(spaceOffer.status).toBe('WITHDRAWN');
    expect(spaceOffer.withdrawnReason).toBe('The building Closing Hall was archived from the register');
    expect(spaceOffer.history.edges[0]?.node.action).toBe('WITHDRAWN');
    const { spaceInterest } = await t.ok<{
      spaceInterest: { status: string; closedReason: string; thread: { event: string; text: string }[] };
    }>(INTEREST, { id: interest.id }, seeker);
    expect(spaceInterest.status).toBe('CLOSED');
    expect(spaceInterest.closedReason).toBe(
      'The building Closing Hall was archived from the register; the offer is withdrawn',
    );
    expect(spaceInterest.thread.at(-1)).toMatchObject({ event: 'CLOSED', text: spaceInterest.closedReason });
    // Off the market: not found by distance, not in the area's open offers, no interest can be expressed.
    expect(await nearIds(PITTVILLE)).not.toContain(offer.id);
    const { spaceOffersByCouncil } = await t.ok<{
      spaceOffersByCouncil: { edges: { node: { id: string } }[] };
    }>(BY_COUNCIL, { code: CHELTENHAM }, null);
    expect(spaceOffersByCouncil.edges.map((edge) => edge.node.id)).not.toContain(offer.id);
    const again = await t.run(
      EXPRESS,
      { input: { offerId: offer.id, organisationId: seekerId, message: 'Still interested' } },
      seeker,
    );
    expect(errorCodes(again)).toEqual(['NOT_FOUND']);
    // + one Query of the withdrawn offer's open interests; the interest's closure fits the same transaction.
    // Beside the offer entries' Query, one of the building's open surplus listings.
    expect(requests).toEqual([
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'BatchGetItemCommand',
      'QueryCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
  });

  it('withdraws the former owner’s offer when the building changes owner, so nothing is left half-managed', async () => {
    const building = await createBuilding(t, owner, {
      name: 'Handed-over Hall',
      ownerOrganisationId: ownerId,
      location: PITTVILLE,
    });
    const offer = await offerSpace(t, owner, offerInput(building.id, ownerId, { title: 'Room upstairs' }));
    const interest = await express(offer.id);

    await t.ok(UPDATE_BUILDING, { id: building.id, v: 1, input: { ownerOrganisationId: newOwnerId } }, owner);

    const { spaceOffer } = await t.ok<{
      spaceOffer: { status: string; version: number; withdrawnReason: string };
    }>(OFFER, { id: offer.id }, owner);
    expect(spaceOffer).toMatchObject({
      status: 'WITHDRAWN',
      version: 2,
      withdrawnReason: 'The building Handed-over Hall changed owner',
    });
    // Accepting the interest, marking the offer taken or withdrawing it: each a CONFLICT saying why, not a
    // FORBIDDEN to everyone; and the new owner may offer space in the building afresh.
    const accept = await t.run(RESPOND, { id: interest.id, v: 1, response: 'ACCEPT' }, owner);
    const taken = await t.run(TAKEN, { id: offer.id, v: 2 }, owner);
    const withdrawn = await t.run(WITHDRAW_OFFER, { id: offer.id, v: 2 }, owner);
    expect(errorCodes(accept)).toEqual(['CONFLICT']);
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(errorCodes(withdrawn)).toEqual(['CONFLICT']);
    const { spaceInterest } = await t.ok<{ spaceInterest: { status: string; closedReason: string } }>(
      INTEREST,
      { id: interest.id },
      seeker,
    );
    expect(spaceInterest).toMatchObject({
      status: 'CLOSED',
      closedReason: 'The building Handed-over Hall changed owner; the offer is withdrawn',
    });
    const fresh = await offerSpace(t, owner, offerInput(building.id, newOwnerId, { title: 'Room upstairs' }));
    expect(fresh.status).toBe('OPEN');
  });

  it('leaves offers already taken or withdrawn as they were when their building moves', async () => {
    const building = await createBuilding(t, owner, {
      name: 'History Hall',
      ownerOrganisationId: ownerId,
      location: PITTVILLE,
    });
    const offer = await offerSpace(t, owner, offerInput(building.id, ownerId));
    await t.ok(WITHDRAW_OFFER, { id: offer.id, v: 1 }, owner);

    await t.ok(UPDATE_BUILDING, { id: building.id, v: 1, input: { location: LECKHAMPTON } }, owner);

    const { spaceOffer } = await t.ok<{ spaceOffer: { version: number; withdrawnReason: string | null } }>(
      OFFER,
      { id: offer.id },
      owner,
    );
    expect(spaceOffer).toMatchObject({ version: 2, withdrawnReason: null });
  });
});
