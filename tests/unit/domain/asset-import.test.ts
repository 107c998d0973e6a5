import { describe, expect, it } from 'vitest';
import { decideImport, matchImportRow } from '../../../src/domain/asset-import';
import type { ImportOwner, ImportRow } from '../../../src/domain/asset-import';
import type { Building } from '../../../src/domain/records';

const owner: ImportOwner = {
  councilCode: 'E07000078',
  ownerOrganisationId: 'council',
  ownerName: null,
  visibility: 'PUBLIC',
};
const change = { actorId: 'officer', at: '2027-01-01T00:00:00.000Z' };
const row: ImportRow = {
  line: 2,
  name: '1 Berkeley Mews',
  uprn: '0100121228178',
  assetReference: '09/00025/Land and Building',
  address: { lines: ['High Street'], postTown: 'Cheltenham', postcode: 'GL50 1DY', postcodeIsPartial: false },
  location: { latitude: 51.8993, longitude: -2.0684 },
  tenure: { type: 'FREEHOLD', detail: 'Leasehold' },
  category: 'OTHER',
  duplicateLines: [],
};

function created(): Building {
  const decision = decideImport(row, owner, null, { ...change, at: '2026-01-01T00:00:00.000Z' }, 'b1');
  if (decision.kind !== 'create') throw new Error('expected a create');
  return decision.building;
}

describe('decideImport', () => {
  it('creates an operational, public building with its warnings worked out', () => {
    expect(created()).toMatchObject({
      id: 'b1',
      version: 1,
      status: 'OPERATIONAL',
      visibility: 'PUBLIC',
      dataQualityIssues: [],
    });
  });

  it('changes nothing when the row says the same, even with the UPRN re-typed without its leading zero', () => {
    const existing = created();

    expect(decideImport({ ...row, uprn: '100121228178' }, owner, existing, change, 'b2')).toEqual({
      kind: 'unchanged',
      building: existing,
    });
  });

  it("updates what the file carries and keeps the officer's category, status and description", () => {
    const existing = {
      ...created(),
      category: 'LIBRARY' as const,
      status: 'SURPLUS' as const,
      description: 'Kept',
    };

    const decision = decideImport(
      { ...row, tenure: { type: 'FREEHOLD', detail: 'Vacant' } },
      owner,
      existing,
      change,
      'b2',
    );

    expect(decision.kind).toBe('update');
    expect(decision.kind === 'update' && decision.after).toMatchObject({
      id: 'b1',
      version: 2,
      updatedAt: change.at,
      category: 'LIBRARY',
      status: 'SURPLUS',
      description: 'Kept',
      tenure: { detail: 'Vacant' },
    });
  });

  it('keeps a duplicated asset reference as a warning on the building', () => {
    const decision = decideImport({ ...row, duplicateLines: [9, 12] }, owner, null, change, 'b3');

    expect(decision.kind === 'create' && decision.building.dataQualityIssues).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_ASSET_REFERENCE',
        message: expect.stringContaining('9, 12') as string,
      }),
    ]);
  });
});

describe('matchImportRow', () => {
  it("finds a row without asset reference by its UPRN (in any written form) and name, among the same owner's", () => {
    const plain = { ...created(), assetReference: null, uprn: '100121228178' };
    const otherOwner = { ...plain, id: 'b9', ownerOrganisationId: 'someone-else' };

    expect(matchImportRow({ ...row, assetReference: null }, owner, null, [otherOwner, plain])).toBe(plain);
    expect(
      matchImportRow({ ...row, assetReference: null, name: 'Another asset' }, owner, null, [plain]),
    ).toBeNull();
  });
});
