import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHELTENHAM,
  CREATE_BUILDING,
  buildingInput,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const editor = { userId: 'editor-1' };
const officer = { userId: 'officer-1' };

const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateBuildingInput!) {
    updateBuilding(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      name
      status
      version
      updatedAt
    }
  }
`;
const ARCHIVE = /* GraphQL */ `
  mutation ($id: ID!, $expectedVersion: Int!) {
    archiveBuilding(id: $id, expectedVersion: $expectedVersion) {
      id
      archivedAt
      version
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query ($id: ID!) {
    building(id: $id) {
      version
      history(first: 10) {
        edges {
          node {
            action
            actorId
            version
            changes {
              field
              oldValue
              newValue
            }
          }
        }
      }
    }
  }
`;

describe('buildings', () => {
  let t: TestApp;
  let ownerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ownerId = (await createCharity(t, editor, 'Friends of Pittville')).id;
    await createCouncil(t, CHELTENHAM, officer.userId);
  });

  it('normalises the postcode and records who owns the building', async () => {
    const { createBuilding: building } = await t.ok<{ createBuilding: Record<string, unknown> }>(
      CREATE_BUILDING,
      { input: buildingInput({ ownerOrganisationId: ownerId, uprn: '000100012345' }) },
      editor,
    );

    expect(building).toMatchObject({
      uprn: '000100012345',
      version: 1,
      status: 'OPERATIONAL',
      visibility: 'PUBLIC',
      ownerName: 'Friends of Pittville',
      owner: { id: ownerId },
      address: { postcode: 'GL52 3JE', postcodeIsPartial: false },
    });
  });

  it('accepts an outward code alone and flags the postcode as partial', async () => {
    const building = await t.ok<{ createBuilding: { address: unknown } }>(
      CREATE_BUILDING,
      {
        input: buildingInput({
          name: 'Vacant plot',
          ownerName: 'Unknown',
          address: { lines: [], postcode: 'gl50' },
        }),
      },
      officer,
    );

    expect(building.createBuilding.address).toMatchObject({ postcode: 'GL50', postcodeIsPartial: true });
  });

  it('refuses an invalid postcode, naming the field and the reason, and writes nothing', async () => {
    t.requests.length = 0;
    const result = await t.run(
      CREATE_BUILDING,
      {
        input: buildingInput({
          ownerOrganisationId: ownerId,
          address: { lines: ['x'], postcode: 'NOT A CODE' },
        }),
      },
      editor,
    );

    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('input.address.postcode');
    expect(result.errors?.[0]?.message).toContain('NOT A CODE');
    expect(t.requests).not.toContain('TransactWriteCommand');
  });

  it('reports every invalid field at once', async () => {
    const result = await t.run(
      CREATE_BUILDING,
      {
        input: buildingInput({
          name: '',
          uprn: '12345678901234',
          councilCode: 'W06000001',
          location: { latitude: 48.85, longitude: 2.35 },
        }),
      },
      editor,
    );

    const fields = (result.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['input.name', 'input.uprn', 'input.councilCode', 'input.location']),
    );
  });

  it('takes several buildings sharing one UPRN, and finds them all by it, written with or without zeros', async () => {
    const park = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      uprn: '000000199356',
      name: 'Pittville Park',
      assetReference: 'P-1',
    });
    const pavilion = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      uprn: '199356',
      name: 'Pittville Park Pavilion',
      assetReference: 'P-2',
    });

    const data = await t.ok<{ buildingByUprn: { edges: { node: { id: string } }[] } }>(
      'query ($uprn: String!) { buildingByUprn(uprn: $uprn) { edges { node { id } } } }',
      { uprn: '0199356' },
    );

    expect(data.buildingByUprn.edges.map((e) => e.node.id).sort()).toEqual([park.id, pavilion.id].sort());
  });

  it("refuses a second current building with one of the owner's asset references, ignoring case", async () => {
    const first = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      name: 'First',
      assetReference: '09/00025/Land',
    });

    const result = await t.run(
      CREATE_BUILDING,
      { input: buildingInput({ ownerOrganisationId: ownerId, assetReference: '09/00025/LAND ' }) },
      editor,
    );

    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0]?.extensions?.['existingBuildingId']).toBe(first.id);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('input.assetReference');
  });

  it('changes a UPRN from 5199356 to 0005199356 in one write (regression: the same item twice in a transaction)', async () => {
    const building = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      name: 'Zero Padded',
      uprn: '5199356',
    });

    const updated = await t.ok<{ updateBuilding: { version: number } }>(
      UPDATE,
      { id: building.id, expectedVersion: 1, input: { uprn: '0005199356' } },
      editor,
    );
    const found = await t.ok<{ buildingByUprn: { edges: { node: { id: string; uprn: string } }[] } }>(
      'query { buildingByUprn(uprn: "5199356") { edges { node { id uprn } } } }',
    );

    expect(updated.updateBuilding.version).toBe(2);
    expect(found.buildingByUprn.edges.map((e) => e.node)).toEqual([{ id: building.id, uprn: '0005199356' }]);
  });

  it('updates with the expected version and refuses a stale one without changing anything', async () => {
    const building = await createBuilding(t, editor, { ownerOrganisationId: ownerId, name: 'Town Hall' });

    const updated = await t.ok<{ updateBuilding: { version: number; status: string } }>(
      UPDATE,
      { id: building.id, expectedVersion: 1, input: { status: 'SURPLUS' } },
      editor,
    );
    const stale = await t.run(
      UPDATE,
      { id: building.id, expectedVersion: 1, input: { name: 'Renamed' } },
      editor,
    );
    const after = await t.ok<{ building: { name: string; version: number } }>(
      'query ($id: ID!) { building(id: $id) { name version } }',
      { id: building.id },
    );

    expect(updated.updateBuilding).toMatchObject({ version: 2, status: 'SURPLUS' });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(after.building).toEqual({ name: 'Town Hall', version: 2 });
  });

  it('treats an update that changes nothing as no change: same version, no audit event', async () => {
    const building = await createBuilding(t, editor, { ownerOrganisationId: ownerId, name: 'Steady Hall' });

    const same = await t.ok<{ updateBuilding: { version: number } }>(
      UPDATE,
      {
        id: building.id,
        expectedVersion: 1,
        input: { name: 'Steady Hall', address: buildingInput()['address'] },
      },
      editor,
    );
    const history = await t.ok<{ building: { history: { edges: unknown[] } } }>(
      HISTORY,
      { id: building.id },
      editor,
    );

    expect(same.updateBuilding.version).toBe(1);
    expect(history.building.history.edges).toHaveLength(1);
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const building = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      name: 'Contested Hall',
    });

    const results = await Promise.all(
      ['VACANT', 'SURPLUS', 'UNDER_REVIEW', 'DISPOSED'].map((status) =>
        t.run(UPDATE, { id: building.id, expectedVersion: 1, input: { status } }, editor),
      ),
    );
    const history = await t.ok<{ building: { version: number; history: { edges: unknown[] } } }>(
      HISTORY,
      { id: building.id },
      editor,
    );

    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap(errorCodes).every((code) => code === 'CONFLICT')).toBe(true);
    expect(history.building.version).toBe(2);
    expect(history.building.history.edges).toHaveLength(2);
  });

  it('writes an audit event with old and new values for every change', async () => {
    const building = await createBuilding(t, editor, { ownerOrganisationId: ownerId, name: 'Audit Hall' });
    t.clock.at = new Date('2026-11-24T10:00:00.000Z');
    await t.ok(
      UPDATE,
      { id: building.id, expectedVersion: 1, input: { name: 'Audited Hall', floorAreaSqm: 250 } },
      editor,
    );

    const data = await t.ok<{ building: { history: { edges: { node: Record<string, unknown> }[] } } }>(
      HISTORY,
      { id: building.id },
      editor,
    );

    const [latest, created] = data.building.history.edges.map((edge) => edge.node);
    expect(latest).toMatchObject({
      action: 'UPDATED',
      actorId: editor.userId,
      version: 2,
      changes: [
        { field: 'floorAreaSqm', oldValue: null, newValue: '250' },
        { field: 'name', oldValue: '"Audit Hall"', newValue: '"Audited Hall"' },
      ],
    });
    expect(created).toMatchObject({ action: 'CREATED', version: 1 });
  });

  it('archives a building: it leaves the lists, frees its asset reference and stays readable by id', async () => {
    const building = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      name: 'Old Depot',
      uprn: '555',
      assetReference: 'DEPOT-1',
    });

    const archived = await t.ok<{ archiveBuilding: { archivedAt: string; version: number } }>(
      ARCHIVE,
      { id: building.id, expectedVersion: 1 },
      editor,
    );
    const again = await t.run(UPDATE, { id: building.id, expectedVersion: 2, input: { name: 'x' } }, editor);
    const byOwner = await t.ok<{ buildingsByOwner: { edges: { node: { id: string } }[] } }>(
      'query ($id: ID!) { buildingsByOwner(organisationId: $id, first: 100) { edges { node { id } } } }',
      { id: ownerId },
    );
    const replacement = await createBuilding(t, editor, {
      ownerOrganisationId: ownerId,
      name: 'New Depot',
      uprn: '555',
      assetReference: 'DEPOT-1',
    });
    const byUprn = await t.ok<{ buildingByUprn: { edges: { node: { id: string } }[] } }>(
      'query { buildingByUprn(uprn: "555") { edges { node { id } } } }',
    );

    expect(archived.archiveBuilding.version).toBe(2);
    expect(archived.archiveBuilding.archivedAt).toBe(t.clock.now().toISOString());
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(byOwner.buildingsByOwner.edges.map((e) => e.node.id)).not.toContain(building.id);
    expect(replacement.uprn).toBe('555');
    expect(byUprn.buildingByUprn.edges.map((e) => e.node.id)).toEqual([replacement.id]);
  });

  it('says NOT_FOUND for an unknown id and BAD_USER_INPUT for something that is not an id', async () => {
    const unknown = await t.run('{ building(id: "00000000-0000-4000-8000-000000000000") { id } }');
    const garbage = await t.run('{ building(id: "../../etc") { id } }');

    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
    expect(garbage.errors?.[0]?.extensions?.['field']).toBe('id');
  });
});
