import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * Nested fields of a list must not cost one DynamoDB request per item: owners are loaded in one
 * BatchGetItem per page. Requests are counted by middleware on the real SDK client.
 */
describe('DynamoDB requests per list query', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    for (let o = 0; o < 5; o++) {
      const admin = { userId: `admin-${o}` };
      const org = await createCharity(t, admin, `Owner ${o}`);
      for (let b = 0; b < 5; b++)
        await createBuilding(t, admin, { name: `Hall ${o}-${b}`, ownerOrganisationId: org.id });
    }
    // A caller whose own organisation owns none of the buildings, so no owner is already cached.
    await createCharity(t, { userId: 'member-elsewhere' }, 'Elsewhere Trust', ['E08000027']);
  });

  it('lists 25 buildings with their owners in one Query and one BatchGetItem', async () => {
    t.requests.length = 0;

    const data = await t.ok<{ buildingsByCouncil: { edges: { node: { owner: { name: string } } }[] } }>(
      '{ buildingsByCouncil(councilCode: "E07000078", first: 25) { edges { node { name ownerName owner { name councilAreas } } } } }',
    );

    expect(data.buildingsByCouncil.edges).toHaveLength(25);
    expect(new Set(data.buildingsByCouncil.edges.map((edge) => edge.node.owner.name)).size).toBe(5);
    expect(t.requests).toEqual(['QueryCommand', 'BatchGetItemCommand']);
  });

  it("adds a fixed two requests for a signed-in caller's memberships, whatever the page size", async () => {
    const counts: number[] = [];
    for (const first of [5, 25]) {
      t.requests.length = 0;
      await t.ok(
        'query ($first: Int) { buildingsByCouncil(councilCode: "E07000078", first: $first) { edges { node { owner { name } } } } }',
        { first },
        { userId: 'member-elsewhere' },
      );
      counts.push(t.requests.length);
    }

    // Memberships (Query) and their organisations (BatchGetItem), then the list and its owners.
    expect(counts).toEqual([4, 4]);
    expect([...t.requests].sort()).toEqual([
      'BatchGetItemCommand',
      'BatchGetItemCommand',
      'QueryCommand',
      'QueryCommand',
    ]);
  });

  it('lists the organisations of an area in one Query and one BatchGetItem', async () => {
    t.requests.length = 0;

    const data = await t.ok<{ organisationsByCouncilArea: { edges: unknown[] } }>(
      `{ organisationsByCouncilArea(councilCode: "${CHELTENHAM}", first: 20) { edges { node { name } } } }`,
    );

    expect(data.organisationsByCouncilArea.edges).toHaveLength(5);
    expect(t.requests).toEqual(['QueryCommand', 'BatchGetItemCommand']);
  });

  it('filters by status and category with a key condition, reading only what it returns', async () => {
    t.requests.length = 0;

    const data = await t.ok<{ buildingsByCouncil: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      '{ buildingsByCouncil(councilCode: "E07000078", status: OPERATIONAL, category: HALL, first: 10) { edges { node { name } } pageInfo { hasNextPage } } }',
    );

    expect(data.buildingsByCouncil.edges).toHaveLength(10);
    expect(data.buildingsByCouncil.pageInfo.hasNextPage).toBe(true);
    expect(t.requests).toEqual(['QueryCommand']);
  });
});
