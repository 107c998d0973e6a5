import { beforeAll, describe, expect, it } from 'vitest';
import { DECIDE, NOMINATE, createAcvWorld, nominationInput, people, setToday } from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const PUBLIC_LIST = /* GraphQL */ `
  query ($councilCode: String!, $first: Int, $after: String) {
    assetsOfCommunityValue(councilCode: $councilCode, first: $first, after: $after) {
      edges {
        node {
          site {
            name
          }
          status
          state
          listingExpiresOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const UNSUCCESSFUL = /* GraphQL */ `
  query ($councilCode: String!) {
    unsuccessfulNominations(councilCode: $councilCode) {
      edges {
        node {
          site {
            name
          }
          state
          decision {
            reasons
            unsuccessfulGround
          }
        }
      }
    }
  }
`;
const NOMINATIONS = /* GraphQL */ `
  query ($organisationId: ID!) {
    acvNominations(organisationId: $organisationId) {
      edges {
        node {
          site {
            name
          }
          state
        }
      }
    }
  }
`;
const WORK_QUEUE = /* GraphQL */ `
  query ($councilCode: String!, $withinDays: Int) {
    acvWorkQueue(councilCode: $councilCode, withinDays: $withinDays) {
      edges {
        node {
          kind
          dueOn
          overdue
          siteName
          entry {
            state
          }
        }
      }
    }
  }
`;
const SETTINGS = /* GraphQL */ `
  query ($councilCode: String!) {
    acvSettings(councilCode: $councilCode) {
      neighbouringCouncils
      listingExpiryConvention
      version
    }
  }
`;
const UPDATE_SETTINGS = /* GraphQL */ `
  mutation ($councilCode: String!, $expectedVersion: Int!, $input: AcvSettingsInput!) {
    updateAcvSettings(councilCode: $councilCode, expectedVersion: $expectedVersion, input: $input) {
      neighbouringCouncils
      listingExpiryConvention
      version
    }
  }
`;
const PRIVATE_FIELDS = /* GraphQL */ `
  query ($id: ID!) {
    assetOfCommunityValue(id: $id) {
      site {
        name
      }
      interests {
        name
      }
    }
  }
`;

describe('ACV lists, work queue, settings and privacy', () => {
  let t: TestApp;
  let world: AcvWorld;

  async function nominate(name: string, receivedOn: string, key?: string): Promise<Entry> {
    const input = nominationInput(world, {
      buildingId: null,
      councilCode: CHELTENHAM,
      site: { name },
      owner: { organisationId: world.ownerId },
      receivedOn,
    });
    return (await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input, key }, people.nominator)).nominateAsset;
  }

  async function decide(entry: Entry, input: Record<string, unknown>): Promise<Entry> {
    const data = await t.ok<{ decideNomination: Entry }>(
      DECIDE,
      { id: entry.id, expectedVersion: entry.version, input },
      people.officer,
    );
    return data.decideNomination;
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAcvWorld(t);
    setToday(t, '2027-03-01');
  });

  it('keeps past cases: a listing of 30 April 2019 is expired by today, by either convention', async () => {
    const statute = await decide(await nominate('Old Library', '2019-03-01'), {
      outcome: 'LISTED',
      decidedOn: '2019-04-30',
    });
    await t.ok(
      UPDATE_SETTINGS,
      { councilCode: CHELTENHAM, expectedVersion: 0, input: { listingExpiryConvention: 'ANNIVERSARY' } },
      people.officer,
    );
    const anniversary = await decide(await nominate('Old Chapel', '2019-03-01'), {
      outcome: 'LISTED',
      decidedOn: '2019-04-30',
    });
    await t.ok(
      UPDATE_SETTINGS,
      { councilCode: CHELTENHAM, expectedVersion: 1, input: { listingExpiryConvention: 'STATUTE' } },
      people.officer,
    );

    expect([statute.listingExpiresOn, statute.state]).toEqual(['2024-04-29', 'EXPIRED']);
    expect([anniversary.listingExpiresOn, anniversary.state]).toEqual(['2024-04-30', 'EXPIRED']);
  });

  it('shows on the public list only what is listed today, by last day of listing, a page at a time', async () => {
    for (const [name, listedOn] of [
      ['Bandstand', '2026-05-01'],
      ['Cricket Ground', '2025-05-01'],
      ['Allotments', '2027-02-01'],
    ] as const) {
      await decide(await nominate(name, listedOn), { outcome: 'LISTED', decidedOn: listedOn });
    }

    const first = await t.ok<{
      assetsOfCommunityValue: {
        edges: { node: { site: { name: string }; status: string; state: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(PUBLIC_LIST, { councilCode: CHELTENHAM, first: 2 });
    const second = await t.ok<{
      assetsOfCommunityValue: {
        edges: { node: { site: { name: string } } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(PUBLIC_LIST, {
      councilCode: CHELTENHAM,
      first: 2,
      after: first.assetsOfCommunityValue.pageInfo.endCursor,
    });

    expect(first.assetsOfCommunityValue.edges.map((e) => e.node.site.name)).toEqual([
      'Cricket Ground',
      'Bandstand',
    ]);
    expect(first.assetsOfCommunityValue.pageInfo.hasNextPage).toBe(true);
    // `state` is deprecated for `status` and answers the same.
    expect(first.assetsOfCommunityValue.edges.map((e) => [e.node.status, e.node.state])).toEqual([
      ['LISTED', 'LISTED'],
      ['LISTED', 'LISTED'],
    ]);
    expect(second.assetsOfCommunityValue.edges.map((e) => e.node.site.name)).toEqual(['Allotments']);
    expect(second.assetsOfCommunityValue.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps unsuccessful nominations on their own public list with the reasons', async () => {
    await decide(await nominate('Flat 3', '2027-02-01'), {
      outcome: 'UNSUCCESSFUL',
      reasons: 'It is a residence.',
      unsuccessfulGround: 'RESIDENCE',
    });

    const { unsuccessfulNominations } = await t.ok<{
      unsuccessfulNominations: { edges: { node: unknown }[] };
    }>(UNSUCCESSFUL, { councilCode: CHELTENHAM });
    expect(unsuccessfulNominations.edges.map((e) => e.node)).toEqual([
      {
        site: { name: 'Flat 3' },
        state: 'UNSUCCESSFUL',
        decision: { reasons: 'It is a residence.', unsuccessfulGround: 'RESIDENCE' },
      },
    ]);
  });

  it("orders the officers' work queue by due date, overdue first, within the days asked", async () => {
    await nominate('Overdue Hall', '2026-12-01');
    await nominate('Fresh Hall', '2027-02-20');

    const soon = await t.ok<{ acvWorkQueue: { edges: { node: Record<string, unknown> }[] } }>(
      WORK_QUEUE,
      { councilCode: CHELTENHAM, withinDays: 60 },
      people.officer,
    );
    // Every listing's land charge and Land Registry tasks (none recorded here), due on its listing day.
    const registration = ['LOCAL_LAND_CHARGE', 'LAND_REGISTRY_RESTRICTION'];
    const nodes = soon.acvWorkQueue.edges.map((e) => e.node);
    const registrations = nodes
      .filter((n) => registration.includes(String(n['kind'])))
      .map((n) => `${String(n['dueOn'])} ${String(n['siteName'])}`);
    const dueDates = registrations.map((r) => r.slice(0, 10));
    expect(dueDates).toEqual([...dueDates].sort());
    expect(registrations.filter((r) => r.includes('Old '))).toEqual(
      expect.arrayContaining(['2019-04-30 Old Chapel', '2019-04-30 Old Library']),
    );
    expect(registrations.filter((r) => r.includes('Old '))).toHaveLength(4);
    expect(nodes.filter((n) => !registration.includes(String(n['kind'])))).toEqual(
      [
        {
          kind: 'NOMINATION_DECISION',
          dueOn: '2027-01-25',
          overdue: true,
          siteName: 'Overdue Hall',
          entry: { state: 'NOMINATED' },
        },
        {
          kind: 'LISTING_EXPIRY',
          dueOn: '2024-04-29',
          overdue: true,
          siteName: 'Old Library',
          entry: { state: 'EXPIRED' },
        },
        {
          kind: 'LISTING_EXPIRY',
          dueOn: '2024-04-30',
          overdue: true,
          siteName: 'Old Chapel',
          entry: { state: 'EXPIRED' },
        },
        {
          kind: 'NOMINATION_DECISION',
          dueOn: '2027-04-16',
          overdue: false,
          siteName: 'Fresh Hall',
          entry: { state: 'NOMINATED' },
        },
      ].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    );
  });

  it('keeps the work queue to the council officers', async () => {
    const outsider = await t.run(WORK_QUEUE, { councilCode: CHELTENHAM }, people.outsider);
    const anonymous = await t.run(WORK_QUEUE, { councilCode: CHELTENHAM });

    expect(errorCodes(outsider)).toEqual(['FORBIDDEN']);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it("lists a nominator's own nominations for its members only", async () => {
    const { acvNominations } = await t.ok<{ acvNominations: { edges: unknown[] } }>(
      NOMINATIONS,
      { organisationId: world.nominatorId },
      people.nominator,
    );

    expect(acvNominations.edges.length).toBeGreaterThanOrEqual(8);
    expect(
      errorCodes(await t.run(NOMINATIONS, { organisationId: world.nominatorId }, people.outsider)),
    ).toEqual(['FORBIDDEN']);
  });

  it('shows the names and addresses of people with interests only to those involved', async () => {
    const entry = await nominate('Private Field', '2027-02-01');

    const anonymous = await t.run(PRIVATE_FIELDS, { id: entry.id });
    const nominator = await t.ok<{ assetOfCommunityValue: { interests: { name: string }[] } }>(
      PRIVATE_FIELDS,
      { id: entry.id },
      people.nominator,
    );
    const owner = await t.ok<{ assetOfCommunityValue: { interests: unknown[] } }>(
      PRIVATE_FIELDS,
      { id: entry.id },
      people.owner,
    );

    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data).toEqual({
      assetOfCommunityValue: { site: { name: 'Private Field' }, interests: null },
    });
    expect(nominator.assetOfCommunityValue.interests.map((i) => i.name)).toEqual([
      'Cotswold Taverns Ltd',
      'Jo Bloggs',
    ]);
    expect(owner.assetOfCommunityValue.interests).toHaveLength(2);
  });

  it('answers a retried nomination with the first entry (idempotency key)', async () => {
    const first = await nominate('Retry Green', '2027-02-01', 'nominate-retry-green-1');
    const again = await nominate('Retry Green', '2027-02-01', 'nominate-retry-green-1');

    expect(again.id).toBe(first.id);
    const { acvNominations } = await t.ok<{
      acvNominations: { edges: { node: { site: { name: string } } }[] };
    }>(NOMINATIONS, { organisationId: world.nominatorId }, people.nominator);
    expect(acvNominations.edges.filter((e) => e.node.site.name === 'Retry Green')).toHaveLength(1);
  });

  it("keeps a council's settings: defaults first, officers only, optimistic locking", async () => {
    const { acvSettings } = await t.ok<{ acvSettings: Record<string, unknown> }>(SETTINGS, {
      councilCode: 'E07000083',
    });
    const byOutsider = await t.run(
      UPDATE_SETTINGS,
      { councilCode: CHELTENHAM, expectedVersion: 2, input: {} },
      people.outsider,
    );
    const stale = await t.run(
      UPDATE_SETTINGS,
      { councilCode: CHELTENHAM, expectedVersion: 1, input: {} },
      people.officer,
    );

    expect(acvSettings).toEqual({ neighbouringCouncils: [], listingExpiryConvention: 'STATUTE', version: 0 });
    expect(errorCodes(byOutsider)).toEqual(['FORBIDDEN']);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
  });

  it('reads a page of the public list in one Query, and the work queue with its entries in three requests', async () => {
    t.requests.length = 0;
    await t.ok(PUBLIC_LIST, { councilCode: CHELTENHAM, first: 20 });
    const publicList = [...t.requests];
    t.requests.length = 0;
    await t.ok(WORK_QUEUE, { councilCode: CHELTENHAM, withinDays: 60 }, { userId: 'acv-officer' });
    const queue = [...t.requests];

    expect(publicList).toEqual(['QueryCommand']);
    // The officer's access item (GetItem), then the queue and its entries.
    expect(queue).toEqual(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']);
  });
});
