import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFER_SPACE, offerInput } from '../support/colocation-fixtures';
import { CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import { CREATE_LISTING, listingInput } from '../support/surplus-fixtures';
import { createTestApp } from '../support/test-app';
import type { GraphQLResult, TestApp } from '../support/test-app';

/**
 * Offering space and listing surplus items both act in a building (src/kernel/changes/building-for-change.ts):
 * a building the caller may not see must be refused exactly as one that does not exist, so that the answer
 * says nothing of a private building, and nothing is written.
 */
describe('a change made in a building the caller may not see', () => {
  let api: TestApp;
  let hiddenId = '';
  let groupId = '';
  const officer = { userId: 'bfc-officer' };
  const group = { userId: 'bfc-group' };

  beforeAll(async () => {
    api = await createTestApp();
    const council = await createCouncil(api, CHELTENHAM, officer.userId);
    // Shown to verified organisations only; the group below is not verified.
    hiddenId = (
      await createBuilding(api, officer, {
        name: 'Partners-only depot',
        visibility: 'PARTNERS',
        ownerOrganisationId: council.id,
      })
    ).id;
    groupId = (await createCharity(api, group, 'Unverified Friends')).id;
  }, 120_000);

  const refusal = (result: GraphQLResult) =>
    result.errors?.map((error) => ({ message: error.message, extensions: error.extensions }));

  it.each([
    ['offerSpace', OFFER_SPACE, offerInput],
    ['createSurplusListing', CREATE_LISTING, listingInput],
  ] as const)(
    '%s: refused as an unknown building, naming input.buildingId',
    async (name, mutation, input) => {
      const hidden = await api.run(mutation, { input: input(hiddenId, groupId) }, group);
      const missing = await api.run(mutation, { input: input(randomUUID(), groupId) }, group);

      expect(hidden.data?.[name] ?? null).toBeNull();
      expect(hidden.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.buildingId', message: 'no building in the register has this id' }],
      });
      expect(refusal(hidden)).toEqual(refusal(missing));
      // The officer, who may see it, finds nothing listed or offered there.
      const there = await api.ok<{
        surplusListingsByBuilding: { edges: unknown[] };
      }>(
        'query ($id: ID!) { surplusListingsByBuilding(buildingId: $id) { edges { cursor } } }',
        { id: hiddenId },
        officer,
      );
      expect(there.surplusListingsByBuilding.edges).toEqual([]);
    },
  );
});
