import { beforeAll, describe, expect, it } from 'vitest';
import { NOMINATE } from '../support/acv-fixtures';
import { offerInput, offerSpace } from '../support/colocation-fixtures';
import { CHELTENHAM, createBuilding, createCharity, createCouncil } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * Nested lists read their records for the whole page at once (docs/data-model.md), not one request per
 * item: a page of 20 offers with their buildings, and a page of 20 buildings with their ACV entries.
 */
describe('DynamoDB requests of nested lists', () => {
  let t: TestApp;
  const hubAdmin = { userId: 'nested-hub-admin' };
  const groupAdmin = { userId: 'nested-group-admin' };
  const buildingIds: string[] = [];
  const nominated: string[] = [];

  const countOf = (name: string) => t.requests.filter((request) => request === name).length;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, 'nested-officer');
    const hub = await createCharity(t, hubAdmin, 'Nested Hub Trust');
    const group = await createCharity(t, groupAdmin, 'Nested Friends');
    for (let i = 0; i < 20; i++) {
      const building = await createBuilding(t, hubAdmin, {
        name: `Nested Hall ${String(i).padStart(2, '0')}`,
        ownerOrganisationId: hub.id,
      });
      buildingIds.push(building.id);
      await offerSpace(t, hubAdmin, offerInput(building.id, hub.id, { title: `Desks in hall ${i}` }));
    }
    for (const buildingId of buildingIds.slice(0, 3)) {
      const { nominateAsset } = await t.ok<{ nominateAsset: { id: string } }>(
        NOMINATE,
        {
          input: {
            nominatorOrganisationId: group.id,
            buildingId,
            boundaryDescription: 'The hall and its garden',
            communityValueReasons: 'The lunch club and the youth club meet there.',
            eligibilityEvidence: 'Registered charity 1234567.',
          },
        },
        groupAdmin,
      );
      nominated.push(nominateAsset.id);
    }
  });

  it('reads a page of 20 offers with their buildings in one Query and one BatchGetItem, not 20 GetItems', async () => {
    t.requests.length = 0;

    const data = await t.ok<{
      spaceOffersByCouncil: { edges: { node: { building: { id: string } | null } }[] };
    }>(
      `{ spaceOffersByCouncil(councilCode: "${CHELTENHAM}", first: 20) { edges { node { building { id } } } } }`,
    );

    const seen = data.spaceOffersByCouncil.edges.map((edge) => edge.node.building?.id);
    expect([...seen].sort()).toEqual([...buildingIds].sort());
    expect([...t.requests].sort()).toEqual(['BatchGetItemCommand', 'QueryCommand']);
  });

  it("reads a page of 20 offers' allowedActions with the buildings' one BatchGetItem, shared with building", async () => {
    const page = `{ spaceOffersByCouncil(councilCode: "${CHELTENHAM}", first: 20) {
      edges { node { allowedActions building { id } } } } }`;
    t.requests.length = 0;
    const anonymous = await t.ok<{
      spaceOffersByCouncil: { edges: { node: { allowedActions: string[] } }[] };
    }>(page);
    const anonymousRequests = [...t.requests].sort();
    t.requests.length = 0;
    const owner = await t.ok<{ spaceOffersByCouncil: { edges: { node: { allowedActions: string[] } }[] } }>(
      page,
      {},
      hubAdmin,
    );
    const ownerRequests = [...t.requests].sort();

    expect(anonymous.spaceOffersByCouncil.edges.map((e) => e.node.allowedActions)).toEqual(
      Array.from({ length: 20 }, () => []),
    );
    expect(owner.spaceOffersByCouncil.edges.map((e) => e.node.allowedActions)).toEqual(
      Array.from({ length: 20 }, () => ['updateSpaceOffer', 'markOfferTaken']),
    );
    // The same requests as the page with its buildings alone, and for a signed-in caller one GetItem of the
    // caller's memberships for the whole page, not one per offer.
    expect(anonymousRequests).toEqual(['BatchGetItemCommand', 'QueryCommand']);
    expect(ownerRequests).toEqual(['BatchGetItemCommand', 'GetItemCommand', 'QueryCommand']);
  });

  it('reads a page of 20 buildings with their ACV entries in one Query per building and one BatchGetItem', async () => {
    t.requests.length = 0;

    const data = await t.ok<{
      buildingsByCouncil: {
        edges: { node: { id: string; assetOfCommunityValueEntries: { id: string }[] } }[];
      };
    }>(
      `{ buildingsByCouncil(councilCode: "${CHELTENHAM}", first: 20) { edges { node { id assetOfCommunityValueEntries { id } } } } }`,
    );

    const entries = data.buildingsByCouncil.edges.flatMap((edge) =>
      edge.node.assetOfCommunityValueEntries.map((entry) => entry.id),
    );
    expect(data.buildingsByCouncil.edges).toHaveLength(20);
    expect([...entries].sort()).toEqual([...nominated].sort());
    // The page's Query, then the links of each building (20 Queries, in parallel), then the 3 entries.
    expect(countOf('QueryCommand')).toBe(1 + 20);
    expect(countOf('BatchGetItemCommand')).toBe(1);
    expect(t.requests).toHaveLength(22);
  });
});
