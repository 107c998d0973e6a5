import { beforeAll, describe, expect, it } from 'vitest';
import {
  NOMINATE,
  createAcvWorld,
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
  history: { edges: { node: { action: string; changes: { field: string; newValue: string | null }[] } }[] };
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
});
