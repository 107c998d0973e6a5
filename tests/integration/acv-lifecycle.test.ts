import { beforeAll, describe, expect, it } from 'vitest';
import {
  COMPENSATION,
  DECIDE,
  DECIDE_COMPENSATION,
  DECIDE_REVIEW,
  DISPOSAL,
  DISPOSAL_NOTICE,
  ENTRY,
  NOMINATE,
  REMOVE,
  REQUEST_REVIEW,
  REQUEST_TO_BID,
  createAcvWorld,
  expectRefusedWithoutWrites,
  nominationInput,
  people,
  setToday,
} from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const PUBLIC_LIST = /* GraphQL */ `
  query ($councilCode: String!) {
    assetsOfCommunityValue(councilCode: $councilCode, first: 50) {
      edges {
        node {
          id
          state
          listingExpiresOn
          currentMoratorium {
            moratoriumEndsOn
          }
        }
      }
    }
  }
`;
const WORK_QUEUE = /* GraphQL */ `
  query ($councilCode: String!, $withinDays: Int) {
    acvWorkQueue(councilCode: $councilCode, withinDays: $withinDays, first: 50) {
      edges {
        node {
          kind
          dueOn
          overdue
          daysLeft
          entry {
            id
          }
        }
      }
    }
  }
`;

interface Notice {
  kind: string;
  recipientRole: string;
  recipientName: string;
  date: string;
  text: string;
  rule: string;
}

describe('the asset of community value lifecycle, through the GraphQL API', () => {
  let t: TestApp;
  let world: AcvWorld;
  let entry: Entry;

  async function step(mutation: string, variables: Record<string, unknown>, caller: { userId: string }) {
    const data = await t.ok<Record<string, Entry>>(
      mutation,
      { id: entry.id, expectedVersion: entry.version, ...variables },
      caller,
    );
    entry = Object.values(data)[0] as Entry;
    return entry;
  }

  async function read() {
    const { assetOfCommunityValue } = await t.ok<{
      assetOfCommunityValue: Entry & {
        notices: { edges: { node: Notice }[] };
        history: { edges: { node: { action: string; actorId: string; version: number } }[] };
      };
    }>(ENTRY, { id: entry.id }, people.officer);
    return assetOfCommunityValue;
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAcvWorld(t);
  });

  it('takes a nomination of a register building and computes when the decision is due', async () => {
    setToday(t, '2027-01-04');

    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      { input: nominationInput(world) },
      people.nominator,
    );
    entry = nominateAsset;

    expect(entry).toMatchObject({
      state: 'NOMINATED',
      councilCode: CHELTENHAM,
      nominatedOn: '2027-01-04',
      decisionDueOn: '2027-02-28',
      site: { name: 'The Pittville Arms' },
      owner: { organisationId: world.ownerId, name: 'Cotswold Taverns Ltd' },
      allowedActions: ['withdrawNomination', 'decideNomination'],
    });
  });

  it('tells the owner and the occupier that the land was nominated (reg 8), not the nominator', async () => {
    // Notices are kept in id order, not in the order written.
    const notices = (await read()).notices.edges.map((e) => e.node);

    expect(notices.map((n) => [n.kind, n.recipientRole, n.recipientName, n.date, n.rule]).sort()).toEqual([
      ['NOMINATION_RECEIVED', 'OCCUPIER', 'Jo Bloggs', '2027-01-04', 'SI 2012/2421 reg 8'],
      ['NOMINATION_RECEIVED', 'OWNER', 'Cotswold Taverns Ltd', '2027-01-04', 'SI 2012/2421 reg 8'],
    ]);
    const toOwner = notices.find((n) => n.recipientRole === 'OWNER');
    expect(toOwner?.text).toContain('Friends of the Pittville Arms');
    expect(toOwner?.text).toContain('2027-02-28');
  });

  it("puts the decision in the officers' work queue, by due date", async () => {
    const { acvWorkQueue } = await t.ok<{ acvWorkQueue: { edges: { node: Record<string, unknown> }[] } }>(
      WORK_QUEUE,
      { councilCode: CHELTENHAM, withinDays: 60 },
      people.officer,
    );

    expect(acvWorkQueue.edges.map((e) => e.node)).toEqual([
      {
        kind: 'NOMINATION_DECISION',
        dueOn: '2027-02-28',
        overdue: false,
        daysLeft: 55,
        entry: { id: entry.id },
      },
    ]);
  });

  it('lists the land for five years and sends listing notices to owner, occupier and nominator', async () => {
    setToday(t, '2027-02-10');

    await step(DECIDE, { input: { outcome: 'LISTED', reasons: 'A valued local pub.' } }, people.officer);

    expect(entry).toMatchObject({
      state: 'LISTED',
      decision: {
        outcome: 'LISTED',
        decidedOn: '2027-02-10',
        late: false,
        listingExpiryConvention: 'STATUTE',
      },
      listingExpiresOn: '2032-02-09',
      renominationOpensOn: '2031-12-16',
      reviewRequestDeadline: '2027-04-06',
    });
    const notices = (await read()).notices.edges.map((e) => e.node).filter((n) => n.kind === 'LISTING');
    expect(notices.map((n) => [n.kind, n.recipientRole, n.recipientName])).toEqual(
      expect.arrayContaining([
        ['LISTING', 'OWNER', 'Cotswold Taverns Ltd'],
        ['LISTING', 'OCCUPIER', 'Jo Bloggs'],
        ['LISTING', 'NOMINATOR', 'Friends of the Pittville Arms'],
      ]),
    );
    expect(notices).toHaveLength(3);
    expect(notices.map((n) => n.rule)).toEqual(Array(3).fill('Localism Act 2011 s.91'));
    expect(notices[0]?.text).toContain('2032-02-09');
  });

  it("puts the day's notices in the council's outbox, for officers only", async () => {
    const OUTBOX = /* GraphQL */ `
      query ($councilCode: String!, $date: Date) {
        acvOutbox(councilCode: $councilCode, date: $date) {
          edges {
            node {
              kind
              recipientRole
              date
              entry {
                id
              }
            }
          }
        }
      }
    `;

    const { acvOutbox } = await t.ok<{ acvOutbox: { edges: { node: Record<string, unknown> }[] } }>(
      OUTBOX,
      { councilCode: CHELTENHAM },
      people.officer,
    );
    const otherDay = await t.ok<{ acvOutbox: { edges: unknown[] } }>(
      OUTBOX,
      { councilCode: CHELTENHAM, date: '2027-02-09' },
      people.officer,
    );
    const outsider = await t.run(OUTBOX, { councilCode: CHELTENHAM }, people.outsider);

    expect(acvOutbox.edges.map((e) => e.node.recipientRole).sort()).toEqual([
      'NOMINATOR',
      'OCCUPIER',
      'OWNER',
    ]);
    expect(
      acvOutbox.edges.every((e) => e.node['kind'] === 'LISTING' && e.node['date'] === '2027-02-10'),
    ).toBe(true);
    expect(acvOutbox.edges[0]?.node['entry']).toEqual({ id: entry.id });
    expect(otherDay.acvOutbox.edges).toEqual([]);
    expect(outsider.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('shows the listing on the public list to anyone', async () => {
    const { assetsOfCommunityValue } = await t.ok<{
      assetsOfCommunityValue: { edges: { node: Record<string, unknown> }[] };
    }>(PUBLIC_LIST, { councilCode: CHELTENHAM });

    expect(assetsOfCommunityValue.edges.map((e) => e.node)).toEqual([
      { id: entry.id, state: 'LISTED', listingExpiresOn: '2032-02-09', currentMoratorium: null },
    ]);
  });

  it("takes the owner's review request and has it decided by a different officer", async () => {
    setToday(t, '2027-03-01');
    await step(REQUEST_REVIEW, {}, people.owner);
    expect(entry).toMatchObject({ review: { requestedOn: '2027-03-01' }, reviewDecisionDueOn: '2027-04-25' });

    setToday(t, '2027-04-01');
    const sameOfficer = await expectRefusedWithoutWrites(t, () =>
      t.run(
        DECIDE_REVIEW,
        {
          id: entry.id,
          expectedVersion: entry.version,
          input: { outcome: 'UPHELD', reasons: 'Still valued.' },
        },
        people.officer,
      ),
    );
    expect(sameOfficer.code).toBe('FORBIDDEN');

    await step(
      DECIDE_REVIEW,
      { input: { outcome: 'UPHELD', reasons: 'Still valued.' } },
      people.secondOfficer,
    );
    expect(entry).toMatchObject({
      state: 'LISTED',
      review: { decidedOn: '2027-04-01', outcome: 'UPHELD', late: false },
      appealDeadline: '2027-04-29',
    });
  });

  it('starts the interim moratorium on a notice of intended disposal and tells the nominator', async () => {
    setToday(t, '2027-06-01');

    await step(DISPOSAL_NOTICE, { input: {} }, people.owner);

    expect(entry.state).toBe('IN_INTERIM_MORATORIUM');
    expect(entry['moratoria']).toEqual([
      {
        noticeReceivedOn: '2027-06-01',
        interimMoratoriumEndsOn: '2027-07-12',
        fullMoratoriumEndsOn: null,
        moratoriumEndsOn: '2027-07-12',
        protectedPeriodEndsOn: '2028-11-30',
        compensationClaimDeadline: '2027-10-11',
        bidRequests: [],
      },
    ]);
    const notices = (await read()).notices.edges.map((e) => e.node);
    expect(notices.filter((n) => n.kind === 'MORATORIUM').map((n) => [n.recipientRole, n.rule])).toEqual([
      ['NOMINATOR', 'Localism Act 2011 s.97(3)'],
    ]);
    // s.97(4): publicised in the area, with the three ends s.97(2) puts on the list.
    const publicity = notices.filter((n) => n.kind === 'MORATORIUM_PUBLICITY');
    expect(publicity.map((n) => [n.recipientRole, n.date, n.rule])).toEqual([
      ['PUBLIC', '2027-06-01', 'Localism Act 2011 s.97(4)'],
    ]);
    for (const end of ['2027-07-12', '2027-11-30', '2028-11-30']) expect(publicity[0]?.text).toContain(end);
    expect(publicity[0]?.text).toContain('The Pittville Arms');
  });

  it("turns it into the full moratorium on a community group's request to bid, passed to the owner", async () => {
    setToday(t, '2027-06-20');

    await step(REQUEST_TO_BID, { input: { bidderOrganisationId: world.bidderId } }, people.bidder);

    expect(entry.state).toBe('IN_FULL_MORATORIUM');
    expect(entry['moratoria']).toMatchObject([
      {
        fullMoratoriumEndsOn: '2027-11-30',
        moratoriumEndsOn: '2027-11-30',
        bidRequests: [{ requestedOn: '2027-06-20', bidder: { name: 'Pittville Community Pub Society' } }],
      },
    ]);
    const notices = (await read()).notices.edges.map((e) => e.node);
    expect(
      notices.filter((n) => n.kind === 'BID_REQUEST').map((n) => [n.recipientRole, n.recipientName]),
    ).toEqual([['OWNER', 'Cotswold Taverns Ltd']]);
  });

  it('refuses a sale to a private buyer during the moratorium and writes nothing', async () => {
    setToday(t, '2027-09-01');

    const refusal = await expectRefusedWithoutWrites(t, () =>
      t.run(
        DISPOSAL,
        { id: entry.id, expectedVersion: entry.version, input: { buyerName: 'Developer plc' } },
        people.owner,
      ),
    );

    expect(refusal.code).toBe('MORATORIUM_IN_FORCE');
    expect(refusal.extensions['moratoriumEndsOn']).toBe('2027-11-30');
  });

  it('lets the owner sell to anyone in the protected period, and the council then removes the listing', async () => {
    setToday(t, '2028-01-10');
    const { assetOfCommunityValue } = await t.ok<{ assetOfCommunityValue: Entry }>(
      ENTRY,
      { id: entry.id },
      people.officer,
    );
    expect(assetOfCommunityValue.state).toBe('IN_PROTECTED_PERIOD');

    await step(DISPOSAL, { input: { buyerName: 'Developer plc' } }, people.owner);
    expect(entry['disposals']).toEqual([
      { disposedOn: '2028-01-10', buyerName: 'Developer plc', toCommunityInterestGroup: false },
    ]);

    await step(
      REMOVE,
      { input: { reason: 'RELEVANT_DISPOSAL', details: 'Sold to Developer plc.' } },
      people.officer,
    );
    expect(entry).toMatchObject({
      state: 'REMOVED',
      removal: { removedOn: '2028-01-10', reason: 'RELEVANT_DISPOSAL' },
    });
  });

  it('keeps the removed entry as history with every notice and audit event', async () => {
    const full = await read();

    expect(full.notices.edges.map((e) => `${e.node.kind}:${e.node.recipientRole}`).sort()).toEqual(
      [
        'BID_REQUEST:OWNER',
        'LISTING:NOMINATOR',
        'LISTING:OCCUPIER',
        'LISTING:OWNER',
        'MORATORIUM:NOMINATOR',
        'MORATORIUM_PUBLICITY:PUBLIC',
        'NOMINATION_RECEIVED:OCCUPIER',
        'NOMINATION_RECEIVED:OWNER',
        'REMOVAL:NOMINATOR',
        'REMOVAL:OCCUPIER',
        'REMOVAL:OWNER',
        'REVIEW_DECISION:OWNER',
      ].sort(),
    );
    expect(full.history.edges.map((e) => e.node.action)).toEqual([
      'REMOVED',
      'DISPOSAL_RECORDED',
      'BID_REQUESTED',
      'DISPOSAL_NOTICE_RECORDED',
      'REVIEW_DECIDED',
      'REVIEW_REQUESTED',
      'LISTED',
      'NOMINATED',
    ]);
  });

  it('drops the removed entry from the public list and its duties from the work queue', async () => {
    const { assetsOfCommunityValue } = await t.ok<{ assetsOfCommunityValue: { edges: unknown[] } }>(
      PUBLIC_LIST,
      {
        councilCode: CHELTENHAM,
      },
    );
    const { acvWorkQueue } = await t.ok<{ acvWorkQueue: { edges: unknown[] } }>(
      WORK_QUEUE,
      { councilCode: CHELTENHAM, withinDays: 3000 },
      people.officer,
    );

    expect(assetsOfCommunityValue.edges).toEqual([]);
    expect(acvWorkQueue.edges).toEqual([]);
  });

  it("shows the entry on its building's page", async () => {
    const { building } = await t.ok<{ building: { assetOfCommunityValueEntries: unknown[] } }>(
      /* GraphQL */ `
        query ($id: ID!) {
          building(id: $id) {
            assetOfCommunityValueEntries {
              id
              state
            }
          }
        }
      `,
      { id: world.buildingId },
    );

    expect(building.assetOfCommunityValueEntries).toEqual([{ id: entry.id, state: 'REMOVED' }]);
  });

  it("takes the private owner's compensation claim within 13 weeks of the moratorium and the council's decision on it", async () => {
    setToday(t, '2028-01-20');
    await step(
      COMPENSATION,
      { input: { moratoriumNoticeReceivedOn: '2027-06-01', amountClaimedPence: 1_250_000 } },
      people.owner,
    );
    expect(entry.allowedActions).toEqual(['recordCompensationClaim', 'decideCompensationClaim']);

    await step(
      DECIDE_COMPENSATION,
      {
        input: {
          claimedOn: '2028-01-20',
          moratoriumNoticeReceivedOn: '2027-06-01',
          outcome: 'AWARDED',
          amountAwardedPence: 800_000,
        },
      },
      people.officer,
    );
    const { assetOfCommunityValue } = await t.ok<{
      assetOfCommunityValue: { compensationClaims: unknown[] };
    }>(
      'query ($id: ID!) { assetOfCommunityValue(id: $id) { compensationClaims { claimedOn amountClaimedPence outcome amountAwardedPence } } }',
      { id: entry.id },
      people.owner,
    );

    expect(assetOfCommunityValue.compensationClaims).toEqual([
      {
        claimedOn: '2028-01-20',
        amountClaimedPence: 1_250_000,
        outcome: 'AWARDED',
        amountAwardedPence: 800_000,
      },
    ]);
  });
});
