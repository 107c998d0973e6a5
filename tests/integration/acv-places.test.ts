import { beforeAll, describe, expect, it } from 'vitest';
import {
  DECIDE,
  DECIDE_REVIEW,
  NOMINATE,
  REQUEST_REVIEW,
  createAcvWorld,
  stepMutation,
  expectRefusedWithoutWrites,
  nominationInput,
  people,
  setToday,
} from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM, CREATE_ORGANISATION } from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// Where a nominated site lies: the parish check of reg 5(1)(a), and the boundary, ward, parish and UPRN a
// council's register records, through the API (stored, shown, audited).

const CHARLTON_KINGS = 'E04004275';
const LECKHAMPTON = 'E04004276';
const WARD = 'E05015704';
const BOUNDARY =
  'POLYGON ((-2.0615 51.911, -2.0607 51.911, -2.0607 51.9115, -2.0615 51.9115, -2.0615 51.911))';

const PLACE = /* GraphQL */ `
  query ($id: ID!) {
    assetOfCommunityValue(id: $id) {
      site {
        name
        boundary
        uprn
        wardCode
        parishCode
      }
      eligibility {
        rule
        passed
        explanation
      }
      history {
        edges {
          node {
            recordType
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

interface Place {
  site: {
    name: string;
    boundary: string | null;
    uprn: string | null;
    wardCode: string | null;
    parishCode: string | null;
  };
  eligibility: { rule: string; passed: boolean; explanation: string }[];
  history: {
    edges: {
      node: { recordType: string; action: string; changes: { field: string; newValue: string | null }[] };
    }[];
  };
}

describe('where an ACV site lies', () => {
  let t: TestApp;
  let world: AcvWorld;
  let parishCouncilId: string;
  let sites = 0;

  const siteInput = (overrides: Record<string, unknown> = {}) => {
    sites += 1;
    return nominationInput(world, {
      nominatorOrganisationId: parishCouncilId,
      buildingId: null,
      councilCode: CHELTENHAM,
      site: { name: `Recreation ground ${sites}`, uprn: '000100120001' },
      ...overrides,
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAcvWorld(t);
    const { createOrganisation } = await t.ok<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      {
        input: {
          kind: 'PARISH_COUNCIL',
          name: 'Charlton Kings Parish Council',
          parishCode: CHARLTON_KINGS,
          councilAreas: [CHELTENHAM],
        },
      },
      people.nominator,
    );
    parishCouncilId = createOrganisation.id;
  });

  const NOTICES = /* GraphQL */ `
    query ($id: ID!) {
      assetOfCommunityValue(id: $id) {
        notices(first: 50) {
          edges {
            node {
              kind
              recipientRole
              recipientName
              rule
            }
          }
        }
      }
    }
  `;
  const parishNoticesOf = async (id: string) => {
    const { assetOfCommunityValue } = await t.ok<{
      assetOfCommunityValue: {
        notices: {
          edges: { node: { kind: string; recipientRole: string; recipientName: string; rule: string } }[];
        };
      };
    }>(NOTICES, { id }, people.officer);
    return assetOfCommunityValue.notices.edges
      .map((e) => e.node)
      .filter((n) => n.recipientRole === 'PARISH_COUNCIL')
      .map((n) => [n.kind, n.recipientName, n.rule]);
  };

  it('tells the parish council of the site’s parish of a nomination by another body (reg 8)', async () => {
    setToday(t, '2027-01-04');
    const input = nominationInput(world, {
      buildingId: null,
      councilCode: CHELTENHAM,
      site: { name: 'Charlton Kings library garden' },
      parishCode: CHARLTON_KINGS,
    });

    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator);

    expect(await parishNoticesOf(nominateAsset.id)).toEqual([
      ['NOMINATION_RECEIVED', `The parish council of parish ${CHARLTON_KINGS}`, 'SI 2012/2421 reg 8'],
    ]);
  });

  it('does not tell a parish council of its own nomination, nor any parish council when the parish is unknown', async () => {
    setToday(t, '2027-01-04');
    const own = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      { input: siteInput({ parishCode: CHARLTON_KINGS }) },
      people.nominator,
    );
    const unknown = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      {
        input: nominationInput(world, {
          buildingId: null,
          councilCode: CHELTENHAM,
          site: { name: 'A field of no known parish' },
        }),
      },
      people.nominator,
    );

    expect(await parishNoticesOf(own.nominateAsset.id)).toEqual([]);
    expect(await parishNoticesOf(unknown.nominateAsset.id)).toEqual([]);
  });

  it('refuses a parish council nominating land in another parish (PARISH_OWN_AREA), writing nothing', async () => {
    setToday(t, '2027-01-04');
    const input = siteInput({ parishCode: LECKHAMPTON });

    const refusal = await expectRefusedWithoutWrites(t, () => t.run(NOMINATE, { input }, people.nominator));

    expect([refusal.code, refusal.extensions['rule']]).toEqual(['NOT_ELIGIBLE', 'PARISH_OWN_AREA']);
    expect(refusal.message).toContain(LECKHAMPTON);
  });

  it('records the boundary, ward, parish and UPRN of land in the parish council’s own parish, and audits them', async () => {
    setToday(t, '2027-01-04');
    const input = siteInput({ parishCode: CHARLTON_KINGS, wardCode: WARD, boundary: BOUNDARY });

    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator);
    const { assetOfCommunityValue } = await t.ok<{ assetOfCommunityValue: Place }>(
      PLACE,
      { id: nominateAsset.id },
      people.officer,
    );

    expect(assetOfCommunityValue.site).toMatchObject({
      boundary: BOUNDARY,
      uprn: '000100120001',
      wardCode: WARD,
      parishCode: CHARLTON_KINGS,
    });
    expect(assetOfCommunityValue.eligibility.find((c) => c.rule === 'PARISH_OWN_AREA')?.passed).toBe(true);
    const created = assetOfCommunityValue.history.edges
      .map((e) => e.node)
      .find((n) => n.action === 'NOMINATED');
    // An entry's events are of the record type ACV_ENTRY, which the schema's RecordType names.
    expect(created?.recordType).toBe('ACV_ENTRY');
    const site = JSON.parse(created?.changes.find((c) => c.field === 'site')?.newValue ?? '{}') as Record<
      string,
      unknown
    >;
    expect(site).toMatchObject({
      boundary: BOUNDARY,
      wardCode: WARD,
      parishCode: CHARLTON_KINGS,
      uprn: '000100120001',
    });
  });

  it('accepts land whose parish is not given, saying the officer must confirm it', async () => {
    setToday(t, '2027-01-04');
    const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      { input: siteInput() },
      people.nominator,
    );
    const { assetOfCommunityValue } = await t.ok<{ assetOfCommunityValue: Place }>(
      PLACE,
      { id: nominateAsset.id },
      people.officer,
    );

    const parish = assetOfCommunityValue.eligibility.find((c) => c.rule === 'PARISH_OWN_AREA');
    expect(parish?.passed).toBe(true);
    expect(parish?.explanation).toContain('the officer must confirm');
    expect(assetOfCommunityValue.site.parishCode).toBeNull();
  });

  it.each([
    ['input.parishCode', { parishCode: 'E05015704' }],
    ['input.wardCode', { wardCode: 'E04004275' }],
    ['input.boundary', { boundary: 'POLYGON((0 0, 1 0, 1 1, 0 1))' }],
    ['input.site.uprn', { site: { name: 'Bad UPRN', uprn: '0000' } }],
  ])('refuses a malformed %s with BAD_USER_INPUT naming it, writing nothing', async (field, overrides) => {
    setToday(t, '2027-01-04');
    const refusal = await expectRefusedWithoutWrites(t, () =>
      t.run(NOMINATE, { input: siteInput(overrides) }, people.nominator),
    );

    expect([refusal.code, refusal.extensions['field']]).toEqual(['BAD_USER_INPUT', field]);
  });

  it('refuses a parish code on an organisation that is not a parish council', async () => {
    const result = await t.run(
      CREATE_ORGANISATION,
      {
        input: {
          kind: 'CHARITY',
          name: 'Not a parish',
          charityNumber: '1100009',
          parishCode: CHARLTON_KINGS,
          councilAreas: [CHELTENHAM],
        },
      },
      people.nominator,
    );

    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain('input.parishCode');
  });

  describe('what a listing records beyond the list', () => {
    const REGISTER = stepMutation(
      'recordListingRegistration',
      ', $input: RecordListingRegistrationInput!',
      ', input: $input',
    );
    const RECORDED = /* GraphQL */ `
      query ($id: ID!, $councilCode: String!) {
        assetOfCommunityValue(id: $id) {
          registration {
            localLandChargeRegisteredOn
            landRegistryRestrictionAppliedOn
            landUnregistered
          }
          review {
            ownerRepresentations
            oralHearingOn
          }
          history {
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
        acvWorkQueue(councilCode: $councilCode, withinDays: 3660, first: 100) {
          edges {
            node {
              kind
              dueOn
              entry {
                id
              }
            }
          }
        }
      }
    `;
    interface Recorded {
      assetOfCommunityValue: {
        registration: Record<string, unknown> | null;
        review: Record<string, unknown> | null;
        history: {
          edges: { node: { action: string; changes: { field: string; newValue: string | null }[] } }[];
        };
      };
      acvWorkQueue: { edges: { node: { kind: string; dueOn: string; entry: { id: string } } }[] };
    }
    let entry: Entry;

    async function recorded(): Promise<Recorded> {
      return t.ok<Recorded>(RECORDED, { id: entry.id, councilCode: CHELTENHAM }, people.officer);
    }
    const tasksOf = (r: Recorded) =>
      r.acvWorkQueue.edges
        .filter((e) => e.node.entry.id === entry.id)
        .map((e) => `${e.node.kind} ${e.node.dueOn}`)
        .sort();

    beforeAll(async () => {
      setToday(t, '2027-01-04');
      entry = (
        await t.ok<{ nominateAsset: Entry }>(
          NOMINATE,
          {
            input: nominationInput(world, {
              buildingId: null,
              councilCode: CHELTENHAM,
              site: { name: 'The Hall' },
            }),
          },
          people.nominator,
        )
      ).nominateAsset;
      setToday(t, '2027-02-10');
      entry = (
        await t.ok<{ decideNomination: Entry }>(
          DECIDE,
          { id: entry.id, expectedVersion: entry.version, input: { outcome: 'LISTED' } },
          people.officer,
        )
      ).decideNomination;
    });

    it('puts the local land charge and the Land Registry restriction in the work queue from the day of listing', async () => {
      expect(tasksOf(await recorded())).toEqual([
        'LAND_REGISTRY_RESTRICTION 2027-02-10',
        'LISTING_EXPIRY 2032-02-09',
        'LOCAL_LAND_CHARGE 2027-02-10',
      ]);
    });

    it('records their dates, closes their tasks and audits the change', async () => {
      setToday(t, '2027-02-20');
      entry = (
        await t.ok<{ recordListingRegistration: Entry }>(
          REGISTER,
          {
            id: entry.id,
            expectedVersion: entry.version,
            input: {
              localLandChargeRegisteredOn: '2027-02-12',
              landRegistryRestrictionAppliedOn: '2027-02-15',
            },
          },
          people.officer,
        )
      ).recordListingRegistration;

      const after = await recorded();
      expect(after.assetOfCommunityValue.registration).toEqual({
        localLandChargeRegisteredOn: '2027-02-12',
        landRegistryRestrictionAppliedOn: '2027-02-15',
        landUnregistered: false,
      });
      expect(tasksOf(after)).toEqual(['LISTING_EXPIRY 2032-02-09']);
      const event = after.assetOfCommunityValue.history.edges[0]?.node;
      expect(event?.action).toBe('REGISTRATION_RECORDED');
      expect(event?.changes.map((c) => c.field)).toContain('registration');
    });

    it('refuses a registration dated before the listing with BAD_USER_INPUT, writing nothing', async () => {
      const refusal = await expectRefusedWithoutWrites(t, () =>
        t.run(
          REGISTER,
          {
            id: entry.id,
            expectedVersion: entry.version,
            input: { localLandChargeRegisteredOn: '2027-02-09' },
          },
          people.officer,
        ),
      );
      expect([refusal.code, refusal.extensions['field']]).toEqual([
        'BAD_USER_INPUT',
        'input.localLandChargeRegisteredOn',
      ]);
    });

    it('records the owner’s representations and the oral hearing with the review decision', async () => {
      setToday(t, '2027-03-01');
      entry = (
        await t.ok<{ requestListingReview: Entry }>(
          REQUEST_REVIEW,
          { id: entry.id, expectedVersion: entry.version, requestedOn: '2027-03-01' },
          people.officer,
        )
      ).requestListingReview;
      setToday(t, '2027-04-01');
      const hearingTooEarly = await expectRefusedWithoutWrites(t, () =>
        t.run(
          DECIDE_REVIEW,
          {
            id: entry.id,
            expectedVersion: entry.version,
            input: { outcome: 'UPHELD', reasons: 'Still valued', oralHearingOn: '2027-02-27' },
          },
          people.secondOfficer,
        ),
      );
      expect([hearingTooEarly.code, hearingTooEarly.extensions['field']]).toEqual([
        'BAD_USER_INPUT',
        'input.oralHearingOn',
      ]);

      await t.ok(
        DECIDE_REVIEW,
        {
          id: entry.id,
          expectedVersion: entry.version,
          input: {
            outcome: 'UPHELD',
            reasons: 'Still valued',
            ownerRepresentations: 'The hall is let for only two evenings a week',
            oralHearingOn: '2027-03-22',
          },
        },
        people.secondOfficer,
      );

      const after = await recorded();
      expect(after.assetOfCommunityValue.review).toEqual({
        ownerRepresentations: 'The hall is let for only two evenings a week',
        oralHearingOn: '2027-03-22',
      });
      const review = after.assetOfCommunityValue.history.edges[0]?.node.changes.find(
        (c) => c.field === 'review',
      );
      expect(review?.newValue).toContain('2027-03-22');
    });
  });
});
