import { describe, expect, it } from 'vitest';
import {
  ALLOCATE,
  SURPLUS_LISTING,
  UPDATE_SETTINGS,
  createListing,
  listingInput,
  requestItems,
  surplusRegister,
} from '../support/surplus-fixtures';
import type { Listing } from '../support/surplus-fixtures';
import { CHELTENHAM } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';

/**
 * Allocation never reserves more than a listing holds, however many requests and allocations race for it:
 * each step's transaction is conditional on the listing's version, and a step that loses reads the listing
 * again and decides on what is left (DynamoDB Local, the real store).
 */
describe('concurrent allocation of one listing', () => {
  it('allocates at most 10 of 10 when 20 groups ask and the lister allocates all 20 at once', async () => {
    const t = await createTestApp();
    const { officer, council, library, editors, groupIds } = await surplusRegister(t, 20);
    const listing = await createListing(t, officer, listingInput(library.id, council.id, { quantity: 10 }));
    const requests = await Promise.all(
      editors.map((editor, n) =>
        requestItems(t, editor, {
          listingId: listing.id,
          organisationId: groupIds[n]!,
          quantity: 1,
          intendedUse: 'A chair for the hall',
        }),
      ),
    );

    const results = await Promise.all(
      requests.map((request) => t.run(ALLOCATE, { id: request.id, v: request.version }, officer)),
    );

    const allocated = results.filter((result) => !result.errors);
    expect(allocated).toHaveLength(10);
    expect(results.filter((result) => result.errors).flatMap(errorCodes)).toEqual(Array(10).fill('CONFLICT'));
    const { surplusListing } = await t.ok<{ surplusListing: Listing }>(
      SURPLUS_LISTING,
      { id: listing.id },
      officer,
    );
    expect([surplusListing.quantityAllocated, surplusListing.quantityLeft]).toEqual([10, 0]);
  });

  it('allocates at most 10 of 10 to 20 first-come requests of 2 sent at once', async () => {
    const t = await createTestApp();
    const { officer, council, library, editors, groupIds } = await surplusRegister(t, 20);
    await t.ok(UPDATE_SETTINGS, { gss: CHELTENHAM, v: 0, rule: 'FIRST_COME_FIRST_SERVED' }, officer);
    const listing = await createListing(t, officer, listingInput(library.id, council.id, { quantity: 10 }));
    expect(listing.allocationRule).toBe('FIRST_COME_FIRST_SERVED');

    const results = await Promise.all(
      editors.map((editor, n) =>
        t.run(
          'mutation ($input: RequestSurplusItemsInput!) { requestSurplusItems(input: $input) { status quantityAllocated } }',
          {
            input: {
              listingId: listing.id,
              organisationId: groupIds[n]!,
              quantity: 2,
              intendedUse: 'Chairs',
            },
          },
          editor,
        ),
      ),
    );

    const granted = results.flatMap((result) => {
      const request = result.data?.['requestSurplusItems'] as { quantityAllocated: number } | undefined;
      return request ? [request.quantityAllocated] : [];
    });
    expect(granted.reduce((sum, n) => sum + n, 0)).toBe(10);
    expect(results.filter((result) => result.errors).flatMap(errorCodes)).toEqual(
      Array(20 - granted.length).fill('CONFLICT'),
    );
    const { surplusListing } = await t.ok<{ surplusListing: Listing }>(
      SURPLUS_LISTING,
      { id: listing.id },
      officer,
    );
    expect([surplusListing.quantityAllocated, surplusListing.state]).toEqual([10, 'FULLY_ALLOCATED']);
  });
});
