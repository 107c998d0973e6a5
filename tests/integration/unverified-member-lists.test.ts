import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_MEMBER, CHELTENHAM, createBuilding, createCharity, DUDLEY } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * A member of organisations none of which is verified sees the PUBLIC buildings and their own
 * organisations' buildings. Their council lists read the public copies' key range (one Query, no filter)
 * and their organisation's few buildings, not the whole council with a visibility filter: items read stay
 * close to items returned, page after page.
 */
describe('council lists for members of unverified organisations', () => {
  let t: TestApp;
  let itemsRead = 0;
  const groupAdmin = { userId: 'unverified-admin' };
  const groupMember = { userId: 'unverified-member' };
  const outsider = { userId: 'unverified-outsider' };
  const ownNames = ['Group Depot', 'Group Store', 'Group Library Annex'];
  let depotId = '';

  beforeAll(async () => {
    t = await createTestApp();
    t.table.client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const output = result.output as { ScannedCount?: number; Item?: unknown };
        itemsRead += output.ScannedCount ?? (output.Item ? 1 : 0);
        return result;
      },
      { step: 'initialize', name: 'countItemsReadForUnverifiedLists' },
    );
    const landlord = { userId: 'unverified-landlord' };
    const other = await createCharity(t, landlord, 'Big Landlord Trust');
    for (let b = 0; b < 40; b++) {
      await createBuilding(t, landlord, {
        name: `Hall ${String(b).padStart(2, '0')}`,
        ownerOrganisationId: other.id,
        category: b % 4 === 0 ? 'LIBRARY' : 'HALL',
        visibility: b % 2 === 0 ? 'PUBLIC' : 'PARTNERS',
      });
    }
    const group = await createCharity(t, groupAdmin, 'Small Unverified Group', [CHELTENHAM, DUDLEY]);
    await t.ok(
      ADD_MEMBER,
      { organisationId: group.id, userId: groupMember.userId, role: 'VIEWER' },
      groupAdmin,
    );
    depotId = (
      await createBuilding(t, groupAdmin, {
        name: ownNames[0],
        ownerOrganisationId: group.id,
        visibility: 'PARTNERS',
      })
    ).id;
    await createBuilding(t, groupAdmin, {
      name: ownNames[1],
      ownerOrganisationId: group.id,
      visibility: 'PARTNERS',
    });
    await createBuilding(t, groupAdmin, {
      name: ownNames[2],
      ownerOrganisationId: group.id,
      visibility: 'PARTNERS',
      category: 'LIBRARY',
    });
    await createBuilding(t, groupAdmin, { name: 'Group Public Hall', ownerOrganisationId: group.id });
    await createBuilding(t, groupAdmin, {
      name: 'Group Dudley Room',
      ownerOrganisationId: group.id,
      councilCode: DUDLEY,
      visibility: 'PARTNERS',
    });
  });

  /** Every page of the list, with what each page read (the caller's access item not counted). */
  async function walk(caller: Caller, args: string) {
    const pages: { returned: number; read: number; hasNextPage: boolean }[] = [];
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      itemsRead = 0;
      const data: {
        buildingsByCouncil: {
          edges: { node: { name: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await t.ok(
        `query ($after: String) { buildingsByCouncil(councilCode: "${CHELTENHAM}", first: 20, after: $after${args}) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        caller,
      );
      const edges = data.buildingsByCouncil.edges;
      names.push(...edges.map((edge) => edge.node.name));
      pages.push({
        returned: edges.length,
        read: itemsRead - 1,
        hasNextPage: data.buildingsByCouncil.pageInfo.hasNextPage,
      });
      if (!data.buildingsByCouncil.pageInfo.hasNextPage) break;
      after = data.buildingsByCouncil.pageInfo.endCursor;
    }
    return { pages, names };
  }

  it('shows the public buildings and their own, reading at most 1.5 times what each page returns', async () => {
    const member = await walk(groupMember, '');
    const stranger = await walk(outsider, '');

    // 20 public halls of the landlord, the group's public hall and its three partners-only buildings here.
    expect(member.names).toHaveLength(24);
    expect(member.names).toEqual(expect.arrayContaining(ownNames));
    expect(member.names).not.toContain('Group Dudley Room');
    expect(new Set(member.names).size).toBe(member.names.length);
    expect(stranger.names).toEqual(member.names.filter((name) => !ownNames.includes(name)));
    for (const page of member.pages) {
      expect(page.read).toBeLessThanOrEqual(1.5 * page.returned);
      expect(page.returned > 0 || !page.hasNextPage).toBe(true);
    }
    expect(member.pages.slice(0, -1).every((page) => page.returned === 20)).toBe(true);
  });

  it('keeps the list order (status, category, name) across the merged pages', async () => {
    const { names } = await walk(groupMember, '');
    const { names: libraries, pages } = await walk(groupMember, ', category: LIBRARY');

    const hall = (numbers: number[]) => numbers.map((b) => `Hall ${String(b).padStart(2, '0')}`);
    expect(names).toEqual([
      ...['Group Depot', 'Group Public Hall', 'Group Store', ...hall([2, 6, 10, 14, 18, 22, 26, 30, 34, 38])],
      ...['Group Library Annex', ...hall([0, 4, 8, 12, 16, 20, 24, 28, 32, 36])],
    ]);
    expect(libraries).toEqual(['Group Library Annex', ...hall([0, 4, 8, 12, 16, 20, 24, 28, 32, 36])]);
    expect(pages.every((page) => page.read <= 1.5 * page.returned)).toBe(true);
  });

  it('follows a building of theirs made public, then archived, exactly once', async () => {
    const change = (mutation: string, variables: Record<string, unknown>) =>
      t.ok(mutation, variables, groupAdmin);
    const count = async () =>
      (await walk(groupMember, '')).names.filter((name) => name === 'Group Depot').length;

    await change(
      'mutation ($id: ID!) { updateBuilding(id: $id, expectedVersion: 1, input: { visibility: PUBLIC }) { version } }',
      { id: depotId },
    );
    const whilePublic = await count();
    const strangerSees = (await walk(outsider, '')).names.includes('Group Depot');
    await change('mutation ($id: ID!) { archiveBuilding(id: $id, expectedVersion: 2) { version } }', {
      id: depotId,
    });
    const archived = await count();

    expect(whilePublic).toBe(1);
    expect(strangerSees).toBe(true);
    expect(archived).toBe(0);
  });
});
