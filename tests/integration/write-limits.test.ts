import { knownCouncilCodes } from '../../src/kernel/domain/council-areas';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHELTENHAM,
  CREATE_BUILDING,
  CREATE_ORGANISATION,
  buildingInput,
  createCharity,
  UPDATE_ORGANISATION,
} from '../support/fixtures';
import { findHalfWrittenRecords } from '../support/table-consistency';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const BY_AREA = /* GraphQL */ `
  query ($code: String!) {
    organisationsByCouncilArea(councilCode: $code, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

/** `count` distinct real council GSS codes from the `from`th on (only real councils' codes are taken). */
const gssCodes = (from: number, count: number) => knownCouncilCodes().slice(from - 100, from - 100 + count);

// 162 of U+33AF (SQUARE RAD OVER S SQUARED): NFKD makes each one "rad∕s2", so the folded name key used to be
// 972 characters and the council-list sort key passed DynamoDB's 1,024-byte limit.
const RAD_NAME = '㎯'.repeat(162);

describe('inputs at the limits', () => {
  let t: TestApp;
  const admin = { userId: 'limits-admin' };

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('saves an organisation named with 162 characters of ㎯', async () => {
    const { createOrganisation: org } = await t.ok<{ createOrganisation: { id: string; name: string } }>(
      CREATE_ORGANISATION,
      { input: { kind: 'CHARITY', name: RAD_NAME, charityNumber: '1234567', councilAreas: [CHELTENHAM] } },
      admin,
    );

    expect(org.name).toBe(RAD_NAME);
    const listed = await t.ok<{ organisationsByCouncilArea: { edges: { node: { id: string } }[] } }>(
      BY_AREA,
      {
        code: CHELTENHAM,
      },
    );
    expect(listed.organisationsByCouncilArea.edges.map((edge) => edge.node.id)).toContain(org.id);
  });

  it('saves a building named with 162 characters of ㎯', async () => {
    const owner = await createCharity(t, admin, 'Rad Trust');

    const result = await t.run(
      CREATE_BUILDING,
      { input: buildingInput({ ownerOrganisationId: owner.id, name: RAD_NAME }) },
      admin,
    );

    expect(errorCodes(result)).toEqual([]);
    expect((result.data?.['createBuilding'] as { name: string }).name).toBe(RAD_NAME);
  });

  it('lets updateOrganisation replace 50 council areas with 50 others in one change', async () => {
    const before = gssCodes(100, 50);
    const after = gssCodes(150, 50);
    const org = await createCharity(t, admin, 'Fifty Areas Trust', before);

    const result = await t.run(
      UPDATE_ORGANISATION,
      { id: org.id, v: org.version, input: { councilAreas: after, name: 'Fifty Other Areas Trust' } },
      admin,
    );

    expect(errorCodes(result)).toEqual([]);
    expect(result.data?.['updateOrganisation']).toMatchObject({ version: 2, councilAreas: after });
    const inOld = await t.ok<{ organisationsByCouncilArea: { edges: { node: { id: string } }[] } }>(BY_AREA, {
      code: before[0],
    });
    const inNew = await t.ok<{ organisationsByCouncilArea: { edges: { node: { id: string } }[] } }>(BY_AREA, {
      code: after[49],
    });
    expect(inOld.organisationsByCouncilArea.edges).toEqual([]);
    expect(inNew.organisationsByCouncilArea.edges.map((edge) => edge.node.id)).toEqual([org.id]);
    expect(await findHalfWrittenRecords(t.table)).toEqual([]);
  });

  it('shrinks and grows an organisation’s council areas without leaving stale list entries', async () => {
    const org = await createCharity(t, admin, 'Shifting Areas Trust', gssCodes(200, 10));

    const shrunk = await t.ok<{ updateOrganisation: { version: number } }>(
      UPDATE_ORGANISATION,
      { id: org.id, v: 1, input: { councilAreas: gssCodes(205, 2) } },
      admin,
    );
    await t.ok(
      UPDATE_ORGANISATION,
      { id: org.id, v: shrunk.updateOrganisation.version, input: { councilAreas: gssCodes(204, 20) } },
      admin,
    );

    expect(await findHalfWrittenRecords(t.table)).toEqual([]);
  });

  it('registers a council working in 50 other areas besides its own', async () => {
    const result = await t.run(
      /* GraphQL */ `
        mutation ($input: CreateOrganisationInput!) {
          createOrganisation(input: $input) {
            councilAreas
          }
        }
      `,
      {
        input: {
          kind: 'COUNCIL',
          name: 'Wide Council',
          gssCode: 'E06000001',
          councilAreas: gssCodes(300, 50),
        },
      },
      { userId: 'platform-admin' },
    );

    expect(errorCodes(result)).toEqual([]);
    expect((result.data?.['createOrganisation'] as { councilAreas: string[] }).councilAreas).toHaveLength(51);
  });
});
