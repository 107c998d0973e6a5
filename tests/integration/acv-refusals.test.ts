import { beforeAll, describe, expect, it } from 'vitest';
import {
  APPEAL,
  COMPENSATION,
  DECIDE,
  DECIDE_REVIEW,
  DISPOSAL,
  DISPOSAL_NOTICE,
  DUDLEY,
  NOMINATE,
  REMOVE,
  REQUEST_REVIEW,
  REQUEST_TO_BID,
  TEWKESBURY,
  WITHDRAW,
  DECIDE_COMPENSATION,
  EXTEND_REVIEW,
  createAcvWorld,
  expectRefusedWithoutWrites,
  nominationInput,
  people,
  setToday,
} from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM, CREATE_ORGANISATION, createBuilding } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

// Every refusal of the workflow through the API: the error code, and a table exactly as it was before
// (no entry, no audit event, no notice, no task). The rules themselves are tested in tests/unit/domain.

type Stage = 'nominated' | 'withdrawn' | 'unsuccessful' | 'listed' | 'upheld' | 'moratorium' | 'bid';

const UPDATE_SETTINGS = /* GraphQL */ `
  mutation ($councilCode: String!, $expectedVersion: Int!, $input: AcvSettingsInput!) {
    updateAcvSettings(councilCode: $councilCode, expectedVersion: $expectedVersion, input: $input) {
      councilCode
      neighbouringCouncils
      listingExpiryConvention
      version
    }
  }
`;

const GLOUCESTER = 'E07000081';

describe('refusals of the ACV workflow write nothing', () => {
  let t: TestApp;
  let world: AcvWorld;
  let sites = 0;

  /** A new site's entry (listed on 10 Feb 2027; review upheld 1 Apr; notice received 1 Jun), as of `stage`. */
  async function entryAt(stage: Stage, ownerOrganisationId?: string): Promise<Entry> {
    setToday(t, '2027-01-04');
    sites += 1;
    const input = nominationInput(world, {
      buildingId: null,
      councilCode: CHELTENHAM,
      site: { name: `Site ${sites}` },
      owner: { organisationId: ownerOrganisationId ?? world.ownerId },
    });
    let entry = (await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator)).nominateAsset;
    const step = async (mutation: string, variables: Record<string, unknown>, caller: Caller) => {
      const data = await t.ok<Record<string, Entry>>(
        mutation,
        { id: entry.id, expectedVersion: entry.version, ...variables },
        caller,
      );
      entry = Object.values(data)[0] as Entry;
    };
    if (stage === 'nominated') return entry;
    if (stage === 'withdrawn') {
      setToday(t, '2027-01-05');
      await step(WITHDRAW, {}, people.nominator);
      return entry;
    }
    if (stage === 'unsuccessful') {
      setToday(t, '2027-02-10');
      const input = {
        outcome: 'UNSUCCESSFUL',
        reasons: 'It is a residence',
        unsuccessfulGround: 'RESIDENCE',
      };
      await step(DECIDE, { input }, people.officer);
      return entry;
    }
    setToday(t, '2027-02-10');
    await step(DECIDE, { input: { outcome: 'LISTED' } }, people.officer);
    if (stage === 'listed') return entry;
    if (stage === 'upheld') {
      setToday(t, '2027-04-01');
      // Officers record the owner's steps here, whoever the owner is (the lifecycle test has the owner do it).
      await step(REQUEST_REVIEW, { requestedOn: '2027-03-01' }, people.officer);
      await step(
        DECIDE_REVIEW,
        { input: { outcome: 'UPHELD', reasons: 'Still valued' } },
        people.secondOfficer,
      );
      return entry;
    }
    setToday(t, '2027-06-01');
    await step(DISPOSAL_NOTICE, { input: {} }, people.officer);
    if (stage === 'moratorium') return entry;
    setToday(t, '2027-06-02');
    await step(REQUEST_TO_BID, { input: { bidderOrganisationId: world.bidderId } }, people.bidder);
    return entry;
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAcvWorld(t);
  });

  describe('eligibility (reg 5), each rule refused with NOT_ELIGIBLE naming it', () => {
    async function organisation(kind: string, areas: string[], extra: Record<string, unknown> = {}) {
      const { createOrganisation } = await t.ok<{ createOrganisation: { id: string } }>(
        CREATE_ORGANISATION,
        { input: { kind, name: `A ${kind} in ${areas.join(' ')}`, councilAreas: areas, ...extra } },
        people.nominator,
      );
      return createOrganisation.id;
    }

    it.each([
      ['PUBLIC_BODY', 'the council itself', async () => world.councilId, people.officer],
      [
        'PUBLIC_BODY',
        'an NHS body',
        async () => organisation('PUBLIC_BODY', [CHELTENHAM], { publicBodyType: 'NHS' }),
        people.nominator,
      ],
      ['BODY_KIND', 'a business', async () => world.ownerId, people.owner],
      ['UNINCORPORATED_MEMBERS', 'a group of 12', async () => world.groupId, people.nominator],
      [
        'LOCAL_CONNECTION',
        'a charity working only in Dudley',
        async () => organisation('CHARITY', [DUDLEY], { charityNumber: '1100001' }),
        people.nominator,
      ],
      [
        'PARISH_OWN_AREA',
        'a parish council of Tewkesbury',
        async () => organisation('PARISH_COUNCIL', [TEWKESBURY]),
        people.nominator,
      ],
    ] as const)('refuses %s: %s', async (rule, _who, nominatorOf, caller) => {
      setToday(t, '2027-01-04');
      const nominatorOrganisationId = await nominatorOf();
      const input = nominationInput(world, { nominatorOrganisationId });

      const refusal = await expectRefusedWithoutWrites(t, () => t.run(NOMINATE, { input }, caller));

      expect(refusal.code).toBe('NOT_ELIGIBLE');
      expect(refusal.extensions['rule']).toBe(rule);
    });

    it('accepts a charity from a real neighbouring district with no settings typed in', async () => {
      setToday(t, '2027-01-04');
      const nominatorOrganisationId = await organisation('CHARITY', [TEWKESBURY], {
        charityNumber: '1100002',
      });
      const input = nominationInput(world, {
        nominatorOrganisationId,
        buildingId: null,
        councilCode: CHELTENHAM,
        site: { name: 'Neighbourly' },
      });

      const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator);

      expect(nominateAsset.state).toBe('NOMINATED');
    });

    it('accepts a body from a council the officers add as a neighbour (Gloucester, across Tewkesbury)', async () => {
      setToday(t, '2027-01-04');
      const nominatorOrganisationId = await organisation('CHARITY', [GLOUCESTER], {
        charityNumber: '1100003',
      });
      const input = nominationInput(world, {
        nominatorOrganisationId,
        buildingId: null,
        councilCode: CHELTENHAM,
        site: { name: 'Across Tewkesbury' },
      });
      const refusal = await expectRefusedWithoutWrites(t, () => t.run(NOMINATE, { input }, people.nominator));
      expect([refusal.code, refusal.extensions['rule']]).toEqual(['NOT_ELIGIBLE', 'LOCAL_CONNECTION']);

      await t.ok(
        UPDATE_SETTINGS,
        { councilCode: CHELTENHAM, expectedVersion: 0, input: { neighbouringCouncils: [GLOUCESTER] } },
        people.officer,
      );

      const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator);
      expect(nominateAsset.state).toBe('NOMINATED');
    });

    it('refuses a second nomination of land already nominated (ALREADY_NOMINATED), and of land listed (ALREADY_LISTED)', async () => {
      setToday(t, '2027-01-04');
      const first = (
        await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input: nominationInput(world) }, people.nominator)
      ).nominateAsset;

      const again = await expectRefusedWithoutWrites(t, () =>
        t.run(NOMINATE, { input: nominationInput(world) }, people.nominator),
      );
      expect([again.code, again.extensions['rule']]).toEqual(['NOT_ELIGIBLE', 'ALREADY_NOMINATED']);

      setToday(t, '2027-02-10');
      await t.ok(
        DECIDE,
        { id: first.id, expectedVersion: first.version, input: { outcome: 'LISTED' } },
        people.officer,
      );
      const listed = await expectRefusedWithoutWrites(t, () =>
        t.run(NOMINATE, { input: nominationInput(world) }, people.nominator),
      );
      expect([listed.code, listed.extensions['rule'], listed.extensions['renominationOpensOn']]).toEqual([
        'NOT_ELIGIBLE',
        'ALREADY_LISTED',
        '2031-12-16',
      ]);
    });

    it('refuses a request to bid from a neighbourhood forum or an unincorporated group (BIDDER_KIND)', async () => {
      const entry = await entryAt('moratorium');
      setToday(t, '2027-06-02');
      for (const [bidderOrganisationId, caller] of [
        [world.forumId, people.bidder],
        [world.groupId, people.nominator],
      ] as const) {
        const refusal = await expectRefusedWithoutWrites(t, () =>
          t.run(
            REQUEST_TO_BID,
            { id: entry.id, expectedVersion: entry.version, input: { bidderOrganisationId } },
            caller,
          ),
        );
        expect([refusal.code, refusal.extensions['rule']]).toEqual(['NOT_ELIGIBLE', 'BIDDER_KIND']);
      }
    });

    it('refuses compensation to a public owner (PRIVATE_OWNER)', async () => {
      const entry = await entryAt('moratorium', world.councilId);
      setToday(t, '2027-08-01');
      const refusal = await expectRefusedWithoutWrites(t, () =>
        t.run(
          COMPENSATION,
          {
            id: entry.id,
            expectedVersion: entry.version,
            input: { moratoriumNoticeReceivedOn: '2027-06-01', amountClaimedPence: 500000 },
          },
          people.officer,
        ),
      );
      expect([refusal.code, refusal.extensions['rule']]).toEqual(['NOT_ELIGIBLE', 'PRIVATE_OWNER']);
    });
  });

  describe('transitions out of order, after their deadline, or during a moratorium', () => {
    const CASES: readonly {
      name: string;
      stage: Stage;
      today: string;
      mutation: string;
      variables: Record<string, unknown>;
      caller: Caller;
      code: string;
      details?: Record<string, unknown>;
    }[] = [
      {
        name: 'withdrawing a listed nomination',
        stage: 'listed',
        today: '2027-02-11',
        mutation: WITHDRAW,
        variables: {},
        caller: people.nominator,
        code: 'INVALID_TRANSITION',
        details: { state: 'LISTED' },
      },
      {
        name: 'deciding a listed nomination again',
        stage: 'listed',
        today: '2027-02-11',
        mutation: DECIDE,
        variables: { input: { outcome: 'LISTED' } },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
        details: { state: 'LISTED' },
      },
      {
        name: 'a review of a nomination not yet decided',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: REQUEST_REVIEW,
        variables: {},
        caller: people.owner,
        code: 'INVALID_TRANSITION',
        details: { state: 'NOMINATED', allowedActions: ['withdrawNomination', 'decideNomination'] },
      },
      {
        name: 'a review decision with no request',
        stage: 'listed',
        today: '2027-02-11',
        mutation: DECIDE_REVIEW,
        variables: { input: { outcome: 'UPHELD', reasons: 'r' } },
        caller: people.secondOfficer,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'an appeal with no review',
        stage: 'listed',
        today: '2027-02-11',
        mutation: APPEAL,
        variables: { input: { lodgedOn: '2027-02-11', outcome: 'ALLOWED' } },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'a notice of disposal for a nomination',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: DISPOSAL_NOTICE,
        variables: { input: {} },
        caller: people.owner,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'a second notice inside the protected period',
        stage: 'moratorium',
        today: '2027-09-01',
        mutation: DISPOSAL_NOTICE,
        variables: { input: {} },
        caller: people.owner,
        code: 'INVALID_TRANSITION',
        details: { state: 'IN_PROTECTED_PERIOD' },
      },
      {
        name: 'a request to bid with no moratorium',
        stage: 'listed',
        today: '2027-02-11',
        mutation: REQUEST_TO_BID,
        variables: { input: { bidderOrganisationId: 'BIDDER' } },
        caller: people.bidder,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'a relevant disposal with no notice',
        stage: 'listed',
        today: '2027-02-11',
        mutation: DISPOSAL,
        variables: { input: { buyerName: 'B' } },
        caller: people.owner,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'listing a withdrawn nomination',
        stage: 'withdrawn',
        today: '2027-02-10',
        mutation: DECIDE,
        variables: { input: { outcome: 'LISTED' } },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
        details: { state: 'WITHDRAWN', allowedActions: [] },
      },
      {
        name: 'withdrawing a nomination twice',
        stage: 'withdrawn',
        today: '2027-01-06',
        mutation: WITHDRAW,
        variables: {},
        caller: people.nominator,
        code: 'INVALID_TRANSITION',
        details: { state: 'WITHDRAWN' },
      },
      {
        name: 'a review of an unsuccessful nomination',
        stage: 'unsuccessful',
        today: '2027-02-11',
        mutation: REQUEST_REVIEW,
        variables: {},
        caller: people.owner,
        code: 'INVALID_TRANSITION',
        details: { state: 'UNSUCCESSFUL', allowedActions: [] },
      },
      {
        name: 'removing an unsuccessful nomination from the list',
        stage: 'unsuccessful',
        today: '2027-02-11',
        mutation: REMOVE,
        variables: { input: { reason: 'OTHER', details: 'x' } },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'agreeing a review extension with no review',
        stage: 'listed',
        today: '2027-02-11',
        mutation: EXTEND_REVIEW,
        variables: { agreedDueOn: '2027-06-01' },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'the same group asking to bid twice',
        stage: 'bid',
        today: '2027-06-03',
        mutation: REQUEST_TO_BID,
        variables: { input: { bidderOrganisationId: 'BIDDER' } },
        caller: people.bidder,
        code: 'INVALID_TRANSITION',
        details: { state: 'IN_FULL_MORATORIUM' },
      },
      {
        name: 'a compensation claim for the listing while it is still listed',
        stage: 'listed',
        today: '2027-03-01',
        mutation: COMPENSATION,
        variables: { input: { amountClaimedPence: 1000 } },
        caller: people.owner,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'a sale to a private buyer in the full moratorium',
        stage: 'bid',
        today: '2027-11-30',
        mutation: DISPOSAL,
        variables: { input: { buyerName: 'Developer plc' } },
        caller: people.owner,
        code: 'MORATORIUM_IN_FORCE',
        details: { moratoriumEndsOn: '2027-11-30' },
      },
      {
        name: 'deciding a compensation claim when none is pending',
        stage: 'listed',
        today: '2027-03-01',
        mutation: DECIDE_COMPENSATION,
        variables: { input: { claimedOn: '2027-03-01', outcome: 'REFUSED' } },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'removing a nomination',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: REMOVE,
        variables: { input: { reason: 'OTHER', details: 'x' } },
        caller: people.officer,
        code: 'INVALID_TRANSITION',
      },
      {
        name: 'a review request the day after its deadline',
        stage: 'listed',
        today: '2027-04-07',
        mutation: REQUEST_REVIEW,
        variables: {},
        caller: people.owner,
        code: 'DEADLINE_PASSED',
        details: { deadline: '2027-04-06' },
      },
      {
        name: 'an appeal lodged the day after its deadline',
        stage: 'upheld',
        today: '2027-04-30',
        mutation: APPEAL,
        variables: { input: { lodgedOn: '2027-04-30', outcome: 'DISMISSED' } },
        caller: people.officer,
        code: 'DEADLINE_PASSED',
        details: { deadline: '2027-04-29' },
      },
      {
        name: 'a request to bid the day after the interim moratorium',
        stage: 'moratorium',
        today: '2027-07-13',
        mutation: REQUEST_TO_BID,
        variables: { input: { bidderOrganisationId: 'BIDDER' } },
        caller: people.bidder,
        code: 'DEADLINE_PASSED',
        details: { deadline: '2027-07-12' },
      },
      {
        name: 'a compensation claim the day after its deadline',
        stage: 'moratorium',
        today: '2027-10-12',
        mutation: COMPENSATION,
        variables: { input: { moratoriumNoticeReceivedOn: '2027-06-01', amountClaimedPence: 1000 } },
        caller: people.owner,
        code: 'DEADLINE_PASSED',
        details: { deadline: '2027-10-11' },
      },
      {
        name: 'a sale to a private buyer in the interim moratorium',
        stage: 'moratorium',
        today: '2027-06-02',
        mutation: DISPOSAL,
        variables: { input: { buyerName: 'Developer plc' } },
        caller: people.owner,
        code: 'MORATORIUM_IN_FORCE',
        details: { moratoriumEndsOn: '2027-07-12' },
      },
      {
        name: 'a step dated in the future',
        stage: 'listed',
        today: '2027-02-11',
        mutation: REQUEST_REVIEW,
        variables: { requestedOn: '2027-02-12' },
        caller: people.owner,
        code: 'BAD_USER_INPUT',
        details: { field: 'input.requestedOn' },
      },
      {
        name: 'a step dated before the one it follows',
        stage: 'listed',
        today: '2027-02-11',
        mutation: REQUEST_REVIEW,
        variables: { requestedOn: '2027-02-09' },
        caller: people.owner,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'an unsuccessful decision without reasons',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: DECIDE,
        variables: { input: { outcome: 'UNSUCCESSFUL', unsuccessfulGround: 'RESIDENCE' } },
        caller: people.officer,
        code: 'BAD_USER_INPUT',
        details: { field: 'input.reasons' },
      },
      {
        name: 'a decision by someone who is not an officer',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: DECIDE,
        variables: { input: { outcome: 'LISTED' } },
        caller: people.nominator,
        code: 'FORBIDDEN',
      },
      {
        name: "an owner's step by an outsider",
        stage: 'listed',
        today: '2027-02-11',
        mutation: REQUEST_REVIEW,
        variables: {},
        caller: people.outsider,
        code: 'FORBIDDEN',
      },
      {
        name: 'a step by an anonymous caller',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: WITHDRAW,
        variables: {},
        caller: null as unknown as Caller,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'a step on a stale version',
        stage: 'nominated',
        today: '2027-01-05',
        mutation: WITHDRAW,
        variables: { expectedVersion: 99 },
        caller: people.nominator,
        code: 'CONFLICT',
      },
    ];

    it.each(CASES)(
      'refuses $name with $code',
      async ({ stage, today, mutation, variables, caller, code, details }) => {
        const entry = await entryAt(stage);
        setToday(t, today);
        const resolved = JSON.parse(
          JSON.stringify(variables).replaceAll('"BIDDER"', JSON.stringify(world.bidderId)),
        ) as Record<string, unknown>;

        const refusal = await expectRefusedWithoutWrites(t, () =>
          t.run(mutation, { id: entry.id, expectedVersion: entry.version, ...resolved }, caller),
        );

        expect(refusal.code).toBe(code);
        if (details) expect(refusal.extensions).toMatchObject(details);
        if (code === 'INVALID_TRANSITION') {
          expect(refusal.extensions['status']).toEqual(expect.any(String));
          expect(refusal.extensions['state']).toBe(refusal.extensions['status']);
          expect(refusal.extensions['allowedActions']).toEqual(expect.any(Array));
          expect(refusal.message).toContain('allowed now');
        }
      },
    );
  });

  describe('what may not be listed (Schedule 1) and the surplus rule (reg 5)', () => {
    const DECISION_AUDIT = /* GraphQL */ `
      query ($id: ID!) {
        assetOfCommunityValue(id: $id) {
          site {
            category
          }
          decision {
            exceptionsNotApplying {
              exception
              reason
            }
          }
          surplusStatement {
            doesNotDistributeSurplus
            evidence
          }
          eligibility {
            rule
            passed
          }
          history(first: 5) {
            edges {
              node {
                action
                changes {
                  field
                  newValue
                }
              }
            }
          }
        }
      }
    `;

    async function nominateResidence(site: 'building' | 'described'): Promise<Entry> {
      setToday(t, '2027-01-04');
      sites += 1;
      const overrides =
        site === 'building'
          ? {
              buildingId: (
                await createBuilding(t, people.owner, {
                  name: `Caretaker's House ${sites}`,
                  category: 'RESIDENTIAL',
                  ownerOrganisationId: world.ownerId,
                })
              ).id,
            }
          : {
              buildingId: null,
              councilCode: CHELTENHAM,
              site: { name: `Flat ${sites}`, category: 'RESIDENTIAL' },
              owner: { organisationId: world.ownerId },
            };
      return (
        await t.ok<{ nominateAsset: Entry }>(
          NOMINATE,
          { input: nominationInput(world, overrides) },
          people.nominator,
        )
      ).nominateAsset;
    }

    it.each(['building', 'described'] as const)(
      'refuses to list a residence (a RESIDENTIAL %s) with NOT_LISTABLE naming the exception',
      async (site) => {
        const entry = await nominateResidence(site);
        setToday(t, '2027-02-10');

        const refusal = await expectRefusedWithoutWrites(t, () =>
          t.run(
            DECIDE,
            { id: entry.id, expectedVersion: entry.version, input: { outcome: 'LISTED' } },
            people.officer,
          ),
        );

        expect(refusal.code).toBe('NOT_LISTABLE');
        expect(refusal.extensions).toMatchObject({
          exception: 'RESIDENCE',
          field: 'input.exceptionsNotApplying',
        });
        expect(refusal.message).toContain('Sch 1 para 1');
      },
    );

    it('refuses a reason given for another exception only, or a blank one', async () => {
      const entry = await nominateResidence('building');
      setToday(t, '2027-02-10');
      const decide = (exceptionsNotApplying: unknown) =>
        t.run(
          DECIDE,
          {
            id: entry.id,
            expectedVersion: entry.version,
            input: { outcome: 'LISTED', exceptionsNotApplying },
          },
          people.officer,
        );

      const other = await expectRefusedWithoutWrites(t, () =>
        decide([{ exception: 'CARAVAN_SITE', reason: 'No caravans here' }]),
      );
      const blank = await expectRefusedWithoutWrites(t, () =>
        decide([{ exception: 'RESIDENCE', reason: '   ' }]),
      );

      expect([other.code, other.extensions['exception']]).toEqual(['NOT_LISTABLE', 'RESIDENCE']);
      expect(blank.code).toBe('BAD_USER_INPUT');
    });

    it('lists a residence once the officer records why the exception does not apply, and audits the reason', async () => {
      const entry = await nominateResidence('building');
      setToday(t, '2027-02-10');
      const reason = 'The ground floor is the village shop and post office; the flat above is ancillary.';

      const { decideNomination } = await t.ok<{ decideNomination: Entry }>(
        DECIDE,
        {
          id: entry.id,
          expectedVersion: entry.version,
          input: { outcome: 'LISTED', exceptionsNotApplying: [{ exception: 'RESIDENCE', reason }] },
        },
        people.officer,
      );
      const { assetOfCommunityValue } = await t.ok<{
        assetOfCommunityValue: {
          site: { category: string };
          decision: { exceptionsNotApplying: unknown[] };
          history: { edges: { node: { action: string; changes: { field: string; newValue: string }[] } }[] };
        };
      }>(DECISION_AUDIT, { id: entry.id }, people.officer);

      expect(decideNomination.state).toBe('LISTED');
      expect(assetOfCommunityValue.site.category).toBe('RESIDENTIAL');
      expect(assetOfCommunityValue.decision.exceptionsNotApplying).toEqual([
        { exception: 'RESIDENCE', reason },
      ]);
      const listed = assetOfCommunityValue.history.edges.find((e) => e.node.action === 'LISTED');
      expect(JSON.stringify(listed?.node.changes)).toContain('shop and post office');
    });

    it('lists a pub with no reason asked (its category suggests no exception)', async () => {
      setToday(t, '2027-01-04');
      const building = await createBuilding(t, people.owner, {
        name: 'The Plough',
        category: 'PUB',
        ownerOrganisationId: world.ownerId,
      });
      const entry = (
        await t.ok<{ nominateAsset: Entry }>(
          NOMINATE,
          { input: nominationInput(world, { buildingId: building.id }) },
          people.nominator,
        )
      ).nominateAsset;
      setToday(t, '2027-02-10');

      const { decideNomination } = await t.ok<{ decideNomination: Entry }>(
        DECIDE,
        { id: entry.id, expectedVersion: entry.version, input: { outcome: 'LISTED' } },
        people.officer,
      );

      expect(decideNomination.state).toBe('LISTED');
    });

    async function company(name: string): Promise<string> {
      const { createOrganisation } = await t.ok<{ createOrganisation: { id: string } }>(
        CREATE_ORGANISATION,
        {
          input: {
            kind: 'COMPANY_LIMITED_BY_GUARANTEE',
            name,
            companyNumber: '07654321',
            councilAreas: [CHELTENHAM],
          },
        },
        people.nominator,
      );
      return createOrganisation.id;
    }

    it.each([
      ['with no statement', undefined],
      [
        'stating that it distributes surplus',
        { doesNotDistributeSurplus: false, evidence: 'Art. 4: dividends' },
      ],
    ])(
      'refuses a company limited by guarantee %s (NO_SURPLUS_DISTRIBUTION) and writes nothing',
      async (_case, surplusStatement) => {
        setToday(t, '2027-01-04');
        sites += 1;
        const nominatorOrganisationId = await company(`Pittville Trust ${sites}`);
        const input = nominationInput(world, {
          nominatorOrganisationId,
          buildingId: null,
          councilCode: CHELTENHAM,
          site: { name: `Green ${sites}` },
          ...(surplusStatement ? { surplusStatement } : {}),
        });

        const refusal = await expectRefusedWithoutWrites(t, () =>
          t.run(NOMINATE, { input }, people.nominator),
        );

        expect(refusal.code).toBe('NOT_ELIGIBLE');
        expect(refusal.extensions).toMatchObject({
          rule: 'NO_SURPLUS_DISTRIBUTION',
          field: 'input.surplusStatement',
        });
      },
    );

    it("records a company's statement and evidence (private), and the check it passed", async () => {
      setToday(t, '2027-01-04');
      const nominatorOrganisationId = await company('Pittville Green Trust');
      const surplusStatement = {
        doesNotDistributeSurplus: true,
        evidence: 'Articles 5: income applied solely to the objects; no dividend to members.',
      };
      const input = nominationInput(world, {
        nominatorOrganisationId,
        buildingId: null,
        councilCode: CHELTENHAM,
        site: { name: 'Pittville Green' },
        surplusStatement,
      });

      const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator);
      const seen = await t.ok<{
        assetOfCommunityValue: {
          surplusStatement: unknown;
          eligibility: { rule: string; passed: boolean }[];
        };
      }>(DECISION_AUDIT, { id: nominateAsset.id }, people.officer);
      const outsider = await t.run(DECISION_AUDIT, { id: nominateAsset.id }, people.outsider);

      expect(seen.assetOfCommunityValue.surplusStatement).toEqual(surplusStatement);
      expect(seen.assetOfCommunityValue.eligibility).toContainEqual({
        rule: 'NO_SURPLUS_DISTRIBUTION',
        passed: true,
      });
      expect(outsider.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });
});
