import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHELTENHAM,
  CREATE_BUILDING,
  buildingInput,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const owner = { userId: 'trust-admin' };
const selfRegistered = { userId: 'newcomer' };
const SHARED_UPRN = '5199356';

// Issue 6: a conflict or a lookup never reveals a record the caller may not see.
describe('UPRNs and partner-only buildings', () => {
  let t: TestApp;
  let hiddenId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, 'officer-x');
    const trust = await createCharity(t, owner, 'Hidden Estates Trust');
    hiddenId = (
      await createBuilding(t, owner, {
        name: 'Partners Only Depot',
        ownerOrganisationId: trust.id,
        visibility: 'PARTNERS',
        uprn: SHARED_UPRN,
      })
    ).id;
  });

  it('does not tell a self-registered user that a partner-only building holds a UPRN, nor its id', async () => {
    const ownOrg = await createCharity(t, selfRegistered, 'Newcomers Group');

    const created = await t.run(
      CREATE_BUILDING,
      {
        input: buildingInput({ ownerOrganisationId: ownOrg.id, uprn: `00${SHARED_UPRN}`, name: 'Our Room' }),
      },
      selfRegistered,
    );
    const lookup = await t.run(
      'query ($uprn: String!) { buildingByUprn(uprn: $uprn) { edges { node { id name } } } }',
      { uprn: SHARED_UPRN },
      selfRegistered,
    );

    expect(created.errors).toBeUndefined();
    expect(JSON.stringify(created)).not.toContain(hiddenId);
    expect(JSON.stringify(lookup)).not.toContain(hiddenId);
    expect(JSON.stringify(lookup)).not.toContain('Partners Only Depot');
    expect((lookup.data?.['buildingByUprn'] as { edges: unknown[] }).edges).toHaveLength(1);
  });

  it('shows the owner both buildings on the shared UPRN', async () => {
    const lookup = await t.ok<{ buildingByUprn: { edges: { node: { id: string } }[] } }>(
      'query ($uprn: String!) { buildingByUprn(uprn: $uprn) { edges { node { id } } } }',
      { uprn: SHARED_UPRN },
      owner,
    );

    expect(lookup.buildingByUprn.edges.map((e) => e.node.id)).toContain(hiddenId);
    expect(lookup.buildingByUprn.edges).toHaveLength(2);
  });
});
