import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOCATE,
  CONFIRM_COLLECTION,
  DECLINE_REQUEST,
  MARK_NO_SHOW,
  SURPLUS_LISTING,
  UPDATE_LISTING,
  WITHDRAW_REQUEST,
  createListing,
  listingInput,
  requestItems,
  surplusRegister,
} from '../support/surplus-fixtures';
import type { Listing, SurplusRequestResult } from '../support/surplus-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { GraphQLResult, TestApp } from '../support/test-app';

/**
 * The lister editing a listing after it is made, and a group withdrawing its request, through the real
 * server and DynamoDB Local (today is 2026-11-23 in the test app).
 */
describe('editing surplus listings and withdrawing requests', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 2);
  });

  const HISTORY = /* GraphQL */ `
    query ($listing: ID!, $request: ID!) {
      surplusListing(id: $listing) {
        history {
          edges {
            node {
              action
              version
            }
          }
        }
      }
      surplusRequest(id: $request) {
        status
        history {
          edges {
            node {
              action
              version
            }
          }
        }
      }
    }
  `;
  interface Histories {
    surplusListing: { history: { edges: { node: { action: string; version: number } }[] } };
    surplusRequest: { status: string; history: { edges: { node: { action: string; version: number } }[] } };
  }
  const steps = (edges: { node: { action: string; version: number } }[]) =>
    edges.map(({ node }) => `${node.version} ${node.action}`);

  const read = async (id: string) =>
    (await t.ok<{ surplusListing: Listing }>(SURPLUS_LISTING, { id }, reg.officer)).surplusListing;
  const fieldOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.['field'];

  async function listingWithAllocation(quantity: number, allocated: number) {
    const listing = await createListing(
      t,
      reg.officer,
      listingInput(reg.library.id, reg.council.id, { quantity }),
    );
    const asked = await requestItems(t, reg.editors[0]!, {
      listingId: listing.id,
      organisationId: reg.groupIds[0],
      quantity: allocated,
      intendedUse: 'Our community cafe',
    });
    const { allocateSurplusRequest } = await t.ok<{ allocateSurplusRequest: SurplusRequestResult }>(
      ALLOCATE,
      { id: asked.id, v: asked.version },
      reg.officer,
    );
    return { listing: await read(listing.id), asked, allocation: allocateSurplusRequest };
  }

  it('changes the fields the lister may edit and keeps the rest, audited as UPDATED', async () => {
    const { listing, asked } = await listingWithAllocation(40, 10);

    const { updateSurplusListing } = await t.ok<{
      updateSurplusListing: Listing & { description: string };
    }>(
      UPDATE_LISTING,
      {
        id: listing.id,
        v: listing.version,
        input: {
          description: 'Stacking chairs, blue, with cushions',
          quantity: 30,
          condition: 'FAIR',
          availableUntil: '2027-01-15',
          collection: { accessTimes: 'Saturdays 10:00 to 12:00', contactEmail: 'hall@example.org' },
          mustCollect: false,
        },
      },
      reg.officer,
    );
    const full = await t.ok<{ surplusListing: Record<string, unknown> }>(
      'query ($id: ID!) { surplusListing(id: $id) { category condition dimensions availableUntil mustCollect } }',
      { id: listing.id },
      reg.officer,
    );
    const history = await t.ok<Histories>(HISTORY, { listing: listing.id, request: asked.id }, reg.officer);

    expect(updateSurplusListing).toMatchObject({
      version: listing.version + 1,
      description: 'Stacking chairs, blue, with cushions',
      quantity: 30,
      quantityAllocated: 10,
      quantityLeft: 20,
      collection: { accessTimes: 'Saturdays 10:00 to 12:00', contactEmail: 'hall@example.org' },
    });
    expect(full.surplusListing).toEqual({
      category: 'SEATING',
      condition: 'FAIR',
      dimensions: '45 x 50 x 80 cm',
      availableUntil: '2027-01-15',
      mustCollect: false,
    });
    expect(steps(history.surplusListing.history.edges)).toEqual(['3 UPDATED', '2 ALLOCATED', '1 CREATED']);
  });

  it('clears the size and the end date when given null', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));

    await t.ok(
      UPDATE_LISTING,
      { id: listing.id, v: listing.version, input: { dimensions: null, availableUntil: null } },
      reg.officer,
    );
    const { surplusListing } = await t.ok<{ surplusListing: Record<string, unknown> }>(
      'query ($id: ID!) { surplusListing(id: $id) { dimensions availableUntil } }',
      { id: listing.id },
      reg.officer,
    );

    expect(surplusListing).toEqual({ dimensions: null, availableUntil: null });
  });

  it('refuses an edit against a stale version with CONFLICT', async () => {
    const { listing } = await listingWithAllocation(20, 5);

    const stale = await t.run(
      UPDATE_LISTING,
      { id: listing.id, v: listing.version - 1, input: { description: 'Chairs' } },
      reg.officer,
    );

    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect((await read(listing.id)).version).toBe(listing.version);
  });

  it('refuses a quantity below what is allocated, naming input.quantity, and writes nothing', async () => {
    const { listing, asked } = await listingWithAllocation(20, 12);

    const refused = await t.run(
      UPDATE_LISTING,
      { id: listing.id, v: listing.version, input: { quantity: 11, description: 'Fewer chairs' } },
      reg.officer,
    );
    const atAllocated = await t.ok<{ updateSurplusListing: Listing }>(
      UPDATE_LISTING,
      { id: listing.id, v: listing.version, input: { quantity: 12 } },
      reg.officer,
    );

    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(fieldOf(refused)).toBe('input.quantity');
    expect(refused.errors?.[0]?.message).toContain('at least 12');
    expect(atAllocated.updateSurplusListing).toMatchObject({ quantity: 12, quantityLeft: 0 });
    const history = await t.ok<Histories>(HISTORY, { listing: listing.id, request: asked.id }, reg.officer);
    // One UPDATED: the refused edit left no version and no audit event behind.
    expect(steps(history.surplusListing.history.edges)).toEqual(['3 UPDATED', '2 ALLOCATED', '1 CREATED']);
  });

  it('refuses an end date before the first day or in the past, and an edit of a closed listing', async () => {
    const listing = await createListing(
      t,
      reg.officer,
      listingInput(reg.library.id, reg.council.id, { availableFrom: '2026-11-01' }),
    );
    const edit = (input: Record<string, unknown>, v = listing.version) =>
      t.run(UPDATE_LISTING, { id: listing.id, v, input }, reg.officer);

    const beforeFirstDay = await edit({ availableUntil: '2026-10-31' });
    const past = await edit({ availableUntil: '2026-11-22' });
    const today = await edit({ availableUntil: '2026-11-23' });
    const { closeSurplusListing } = await t.ok<{ closeSurplusListing: Listing }>(
      'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id version } }',
      { id: listing.id, v: listing.version + 1 },
      reg.officer,
    );
    const closed = await edit({ description: 'Chairs' }, closeSurplusListing.version);

    expect([errorCodes(beforeFirstDay), fieldOf(beforeFirstDay)]).toEqual([
      ['BAD_USER_INPUT'],
      'input.availableUntil',
    ]);
    expect(beforeFirstDay.errors?.[0]?.message).toContain('availableFrom');
    expect([errorCodes(past), fieldOf(past)]).toEqual([['BAD_USER_INPUT'], 'input.availableUntil']);
    expect(today.errors).toBeUndefined();
    expect(errorCodes(closed)).toEqual(['CONFLICT']);
  });

  it('withdraws a pending request without touching the listing', async () => {
    const listing = await createListing(t, reg.officer, listingInput(reg.library.id, reg.council.id));
    const asked = await requestItems(t, reg.editors[1]!, {
      listingId: listing.id,
      organisationId: reg.groupIds[1],
      quantity: 4,
      intendedUse: 'Our hall',
    });

    const { withdrawSurplusRequest } = await t.ok<{ withdrawSurplusRequest: SurplusRequestResult }>(
      WITHDRAW_REQUEST,
      { id: asked.id, v: asked.version },
      reg.editors[1],
    );
    const history = await t.ok<Histories>(HISTORY, { listing: listing.id, request: asked.id }, reg.officer);

    expect(withdrawSurplusRequest).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect((await read(listing.id)).version).toBe(listing.version);
    expect(steps(history.surplusRequest.history.edges)).toEqual(['2 WITHDRAWN', '1 REQUESTED']);
  });

  it('returns a withdrawn allocation to the listing in the same step', async () => {
    const { listing, asked, allocation } = await listingWithAllocation(10, 10);
    expect(listing).toMatchObject({ quantityLeft: 0, state: 'FULLY_ALLOCATED' });

    const { withdrawSurplusRequest } = await t.ok<{ withdrawSurplusRequest: SurplusRequestResult }>(
      WITHDRAW_REQUEST,
      { id: allocation.id, v: allocation.version },
      reg.editors[0],
    );
    const history = await t.ok<Histories>(HISTORY, { listing: listing.id, request: asked.id }, reg.officer);

    expect(withdrawSurplusRequest).toMatchObject({ status: 'WITHDRAWN', quantityAllocated: 10 });
    expect(await read(listing.id)).toMatchObject({
      version: listing.version + 1,
      quantityLeft: 10,
      quantityAllocated: 0,
      state: 'AVAILABLE',
    });
    expect(steps(history.surplusListing.history.edges)).toEqual(['3 WITHDRAWN', '2 ALLOCATED', '1 CREATED']);
    expect(steps(history.surplusRequest.history.edges)).toEqual([
      '3 WITHDRAWN',
      '2 ALLOCATED',
      '1 REQUESTED',
    ]);
  });

  it('refuses a withdrawal against a stale version with CONFLICT', async () => {
    const { listing, allocation } = await listingWithAllocation(10, 3);

    const stale = await t.run(WITHDRAW_REQUEST, { id: allocation.id, v: 1 }, reg.editors[0]);

    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(await read(listing.id)).toMatchObject({ version: listing.version, quantityAllocated: 3 });
  });

  it('refuses to withdraw a request that has ended, with INVALID_TRANSITION and its status', async () => {
    const collected = await listingWithAllocation(10, 2);
    const missed = await listingWithAllocation(10, 2);
    const declinedAsk = await requestItems(t, reg.editors[0]!, {
      listingId: collected.listing.id,
      organisationId: reg.groupIds[0],
      quantity: 1,
      intendedUse: 'Our hall',
    });
    const done = await t.ok<{ confirmSurplusCollection: SurplusRequestResult }>(
      CONFIRM_COLLECTION,
      { id: collected.allocation.id, v: collected.allocation.version },
      reg.officer,
    );
    const noShow = await t.ok<{ markSurplusNoShow: SurplusRequestResult }>(
      MARK_NO_SHOW,
      { id: missed.allocation.id, v: missed.allocation.version },
      reg.officer,
    );
    const declined = await t.ok<{ declineSurplusRequest: SurplusRequestResult }>(
      DECLINE_REQUEST,
      { id: declinedAsk.id, v: declinedAsk.version },
      reg.officer,
    );
    const withdraw = (request: SurplusRequestResult) =>
      t.run(WITHDRAW_REQUEST, { id: request.id, v: request.version }, reg.editors[0]);

    const results = await Promise.all(
      [done.confirmSurplusCollection, noShow.markSurplusNoShow, declined.declineSurplusRequest].map(withdraw),
    );

    expect(results.map((r) => [errorCodes(r)[0], r.errors?.[0]?.extensions?.['status']])).toEqual([
      ['INVALID_TRANSITION', 'COLLECTED'],
      ['INVALID_TRANSITION', 'NO_SHOW'],
      ['INVALID_TRANSITION', 'DECLINED'],
    ]);
  });
});
