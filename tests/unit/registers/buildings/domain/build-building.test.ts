import { describe, expect, it } from 'vitest';
import {
  archiveBuilding,
  buildBuilding,
  reviseBuilding,
} from '../../../../../src/registers/buildings/domain/build-building';
import type { BuildingFields } from '../../../../../src/registers/buildings/domain/build-building';
import { decideImport } from '../../../../../src/registers/buildings/domain/asset-import';
import type { ImportRow } from '../../../../../src/registers/buildings/domain/asset-import';

const change = { actorId: 'u1', at: '2026-03-01T10:00:00.000Z' };
const fields: BuildingFields = {
  name: 'Pittville Pump Room',
  uprn: '100120387823',
  assetReference: '09/00025/BLDG',
  address: {
    lines: ['East Approach Drive'],
    postTown: 'Cheltenham',
    postcode: 'GL52 3JE',
    postcodeIsPartial: false,
  },
  location: null,
  councilCode: 'E07000078',
  ownerOrganisationId: 'org-1',
  ownerName: null,
  tenure: null,
  category: 'COMMUNITY_CENTRE',
  status: 'OPERATIONAL',
  floorAreaSqm: null,
  accessibilityFeatures: [],
  description: null,
  visibility: 'PUBLIC',
};

describe('buildBuilding', () => {
  it('makes a current building at version 1, stamped with the change, with its warnings worked out', () => {
    const building = buildBuilding(fields, change, 'b1');

    expect(building).toMatchObject({ id: 'b1', ...fields, archivedAt: null, version: 1 });
    expect(building.createdAt).toBe(change.at);
    expect(building.updatedAt).toBe(change.at);
    expect(building.dataQualityIssues).toBeDefined();
  });

  it('keeps the warnings an import file gives the row', () => {
    const issue = { code: 'FILE_FIELD_REPAIRED' as const, field: 'postcode', message: 'corrected' };

    expect(buildBuilding(fields, change, 'b1', [issue]).dataQualityIssues).toContainEqual(issue);
  });

  it('refuses an owner named both as an organisation and by name', () => {
    expect(() => buildBuilding({ ...fields, ownerName: 'Someone else' }, change, 'b1')).toThrow(
      /either ownerOrganisationId or ownerName/,
    );
  });

  it('is the builder the import uses for a new building', () => {
    const row: ImportRow = {
      line: 2,
      name: fields.name,
      uprn: fields.uprn,
      assetReference: fields.assetReference,
      address: fields.address,
      location: null,
      tenure: null,
      category: fields.category,
      duplicateLines: [],
      nameIsAddress: false,
      repairs: [],
    };
    const owner = {
      councilCode: 'E07000078',
      ownerOrganisationId: 'org-1',
      ownerName: null,
      visibility: 'PUBLIC' as const,
    };

    const decision = decideImport(row, owner, null, change, 'b2');

    expect(decision).toEqual({ kind: 'create', building: buildBuilding(fields, change, 'b2') });
  });
});

describe('reviseBuilding and archiveBuilding', () => {
  const before = {
    ...buildBuilding(fields, change, 'b1'),
    dataQualityIssues: [
      { code: 'DUPLICATE_ASSET_REFERENCE' as const, field: 'assetReference', message: 'also on line 4' },
    ],
  };

  it('keeps a duplicate found in a file while the reference stays, and drops it when the reference changes', () => {
    expect(reviseBuilding(before, { ...before, name: 'The Pump Room' }).dataQualityIssues).toContainEqual(
      before.dataQualityIssues[0],
    );
    expect(
      reviseBuilding(before, { ...before, assetReference: '09/00026/BLDG' }).dataQualityIssues,
    ).not.toContainEqual(before.dataQualityIssues[0]);
  });

  it('archives a current building once, and refuses to archive it again', () => {
    const archived = archiveBuilding(before, change);

    expect(archived.archivedAt).toBe(change.at);
    expect(() => archiveBuilding(archived, change)).toThrow(/already archived/);
  });
});
