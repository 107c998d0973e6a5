import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_MEMBER, CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * The caller's memberships live on one access item per user, written with every membership change, and
 * building changes check them inside their own transaction. These tests follow a change of membership or
 * verification through to what the caller may then see and do, and check the lists that read public copies
 * and the category-led index.
 */
const admin = { userId: 'access-admin' };
const viewer = { userId: 'access-viewer' };
const editor = { userId: 'access-editor' };
const platformAdmin = { userId: PLATFORM_ADMIN };

const BUILDING = 'query ($id: ID!) { building(id: $id) { id name } }';
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateBuildingInput!) {
    updateBuilding(id: $id, expectedVersion: $v, input: $input) {
      version
    }
  }
`;

describe("the caller's access item", () => {
  let t: TestApp;
  let charityId = '';

  beforeAll(async () => {
    t = await createTestApp();
    charityId = (await createCharity(t, admin, 'Access Trust')).id;
    await t.ok(ADD_MEMBER, { organisationId: charityId, userId: viewer.userId, role: 'VIEWER' }, admin);
    await t.ok(ADD_MEMBER, { organisationId: charityId, userId: editor.userId, role: 'EDITOR' }, admin);
  });

  it("carries a verification to every member, and its withdrawal, in the verification's transaction", async () => {
    const otherOwner = { userId: 'other-owner' };
    const other = await createCharity(t, otherOwner, 'Other Owner Trust');
    const hidden = await createBuilding(t, otherOwner, {
      name: 'Partners Store',
      ownerOrganisationId: other.id,
      visibility: 'PARTNERS',
    });
    const verify = (v: number, verified: boolean) =>
      t.ok(
        'mutation ($id: ID!, $v: Int!, $verified: Boolean!) { setOrganisationVerified(id: $id, expectedVersion: $v, verified: $verified) { version } }',
        { id: charityId, v, verified },
        platformAdmin,
      );

    const before = await t.run(BUILDING, { id: hidden.id }, viewer);
    await verify(1, true);
    const verified = await t.run(BUILDING, { id: hidden.id }, viewer);
    await verify(2, false);
    const withdrawn = await t.run(BUILDING, { id: hidden.id }, viewer);

    expect(errorCodes(before)).toEqual(['NOT_FOUND']);
    expect(verified.errors).toBeUndefined();
    expect(errorCodes(withdrawn)).toEqual(['NOT_FOUND']);
  });

  it('refuses a change by a member removed since, with the reason the domain gives', async () => {
    const building = await createBuilding(t, editor, {
      name: 'Editors Hall',
      ownerOrganisationId: charityId,
    });
    const editorVersion = await t.ok<{ updateBuilding: { version: number } }>(
      UPDATE,
      { id: building.id, v: 1, input: { floorAreaSqm: 90 } },
      editor,
    );
    await t.ok(
      'mutation ($org: ID!, $user: String!) { removeMember(organisationId: $org, userId: $user, expectedVersion: 1) }',
      { org: charityId, user: editor.userId },
      admin,
    );

    const refused = await t.run(UPDATE, { id: building.id, v: 2, input: { floorAreaSqm: 95 } }, editor);
    const stored = await t.ok<{ building: { id: string } }>(BUILDING, { id: building.id });

    expect(editorVersion.updateBuilding.version).toBe(2);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe(
      "Only editors of the building's owner organisation can record or change it",
    );
    expect(stored.building.id).toBe(building.id);
  });

  it('refuses a change by a viewer before anything is written', async () => {
    const building = await createBuilding(t, admin, { name: 'Viewers Hall', ownerOrganisationId: charityId });

    const refused = await t.run(UPDATE, { id: building.id, v: 1, input: { name: 'Renamed' } }, viewer);
    const stored = await t.ok<{ building: { name: string } }>(BUILDING, { id: building.id });

    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(stored.building.name).toBe('Viewers Hall');
  });

  it('takes a building made partners-only out of every public list, and puts it back', async () => {
    const building = await createBuilding(t, admin, {
      name: 'Switching Hall',
      ownerOrganisationId: charityId,
    });
    const lists = async () => {
      const data = await t.ok<{
        buildingsByCouncil: { edges: { node: { id: string } }[] };
        buildingsByOwner: { edges: { node: { id: string } }[] };
      }>(
        `query ($org: ID!) {
          buildingsByCouncil(councilCode: "${CHELTENHAM}", first: 100) { edges { node { id } } }
          buildingsByOwner(organisationId: $org, first: 100) { edges { node { id } } }
        }`,
        { org: charityId },
      );
      return [data.buildingsByCouncil, data.buildingsByOwner].map((list) =>
        list.edges.some((edge) => edge.node.id === building.id),
      );
    };

    const whilePublic = await lists();
    await t.ok(UPDATE, { id: building.id, v: 1, input: { visibility: 'PARTNERS' } }, admin);
    const whilePartners = await lists();
    const ownersOwnList = await t.ok<{ buildingsByOwner: { edges: { node: { id: string } }[] } }>(
      'query ($org: ID!) { buildingsByOwner(organisationId: $org, first: 100) { edges { node { id } } } }',
      { org: charityId },
      viewer,
    );
    await t.ok(UPDATE, { id: building.id, v: 2, input: { visibility: 'PUBLIC' } }, admin);
    const publicAgain = await lists();

    expect(whilePublic).toEqual([true, true]);
    expect(whilePartners).toEqual([false, false]);
    expect(ownersOwnList.buildingsByOwner.edges.some((edge) => edge.node.id === building.id)).toBe(true);
    expect(publicAgain).toEqual([true, true]);
  });

  it('pages through members with the organisation read in the same Query, whatever the page size', async () => {
    const query =
      'query ($id: ID!, $after: String) { organisation(id: $id) { name members(first: 1, after: $after) { edges { node { userId } } pageInfo { hasNextPage endCursor } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: {
        organisation: {
          name: string;
          members: {
            edges: { node: { userId: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = await t.ok(query, { id: charityId, after }, admin);
      expect(data.organisation.name).toBe('Access Trust');
      seen.push(...data.organisation.members.edges.map((edge) => edge.node.userId));
      if (!data.organisation.members.pageInfo.hasNextPage) break;
      after = data.organisation.members.pageInfo.endCursor;
    }

    expect(seen).toEqual([admin.userId, viewer.userId].sort());
  });
});

describe('lists served by keys', () => {
  let t: TestApp;
  const owner = { userId: 'list-owner' };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createCharity(t, owner, 'List Trust');
    for (let b = 0; b < 30; b++) {
      await createBuilding(t, owner, {
        name: `Building ${String(b).padStart(2, '0')}`,
        ownerOrganisationId: org.id,
        category: b % 3 === 0 ? 'LIBRARY' : 'HALL',
        status: b % 2 === 0 ? 'OPERATIONAL' : 'SURPLUS',
        visibility: b % 5 === 0 ? 'PARTNERS' : 'PUBLIC',
      });
    }
  });

  it('pages through one category with every page full until the last, anonymous or not', async () => {
    const query =
      'query ($after: String) { buildingsByCouncil(councilCode: "E07000078", category: LIBRARY, first: 4, after: $after) { edges { node { name category } } pageInfo { hasNextPage endCursor } } }';
    for (const [caller, expected] of [
      [null, 8],
      [owner, 10],
    ] as const) {
      const sizes: number[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const data: {
          buildingsByCouncil: {
            edges: { node: { category: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } = await t.ok(query, { after }, caller);
        expect(data.buildingsByCouncil.edges.every((edge) => edge.node.category === 'LIBRARY')).toBe(true);
        sizes.push(data.buildingsByCouncil.edges.length);
        if (!data.buildingsByCouncil.pageInfo.hasNextPage) break;
        after = data.buildingsByCouncil.pageInfo.endCursor;
      }

      expect(sizes.reduce((a, b) => a + b, 0)).toBe(expected);
      expect(sizes.slice(0, -1).every((size) => size === 4)).toBe(true);
    }
  });

  it('keeps the order of the status list: status, then category, then name', async () => {
    const data = await t.ok<{
      buildingsByCouncil: { edges: { node: { name: string; category: string } }[] };
    }>(
      '{ buildingsByCouncil(councilCode: "E07000078", status: SURPLUS, first: 100) { edges { node { name category } } } }',
    );
    const keys = data.buildingsByCouncil.edges.map((edge) => `${edge.node.category}#${edge.node.name}`);

    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(12);
  });
});
