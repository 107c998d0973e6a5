import { describe, expect, it } from 'vitest';
import {
  assetReferenceStem,
  batchReferences,
  decideImport,
  matchImportRow,
} from '../../../../../src/registers/buildings/domain/asset-import';
import type { ImportOwner, ImportRow } from '../../../../../src/registers/buildings/domain/asset-import';
import type { Building } from '../../../../../src/kernel/domain/records';

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
  nameIsAddress: false,
  repairs: [],
};

function created(): Building {
  const decision = decideImport(row, owner, null, { ...change, at: '2026-01-01T00:00:00.000Z' }, 'b1');
  if (decision.kind !== 'create') throw new Error('expected a create');
  return decision.building;
}

describe('decideImport', () => {
  it('records the batch source on a building it creates, and an update keeps the source that first recorded it', () => {
    const fromAssets = decideImport(row, { ...owner, importSource: 'transparency-code' }, null, change, 'b9');
    const assetBuilding = fromAssets.kind === 'create' ? fromAssets.building : null;
    const byHand: Building = { ...created(), category: 'HALL' };
    const libraries = { ...owner, importSource: 'libraries' };

    expect(assetBuilding?.importSource).toBe('transparency-code');
    expect(assetBuilding && decideImport(row, libraries, assetBuilding, change, 'x')).toMatchObject({
      kind: 'unchanged',
    });
    const adopted = decideImport(row, libraries, byHand, change, 'x');
    expect(adopted.kind === 'update' ? adopted.after.importSource : null).toBe('libraries');
  });

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

describe('recoded asset references (Cheltenham 2021 to 2023)', () => {
  const existing = created(); // 09/00025/Land and Building at UPRN 0100121228178
  const recoded: ImportRow = { ...row, line: 7, assetReference: '09/00025/BLDG', uprn: '100121228178' };

  it('takes the reference before its last part as its stem, only for references of three or more parts', () => {
    expect(assetReferenceStem('09/00025/Land and Building')).toBe('09/00025');
    expect(assetReferenceStem(' 09/00025/bldg ')).toBe('09/00025');
    expect(assetReferenceStem('CBC/0001')).toBeNull();
    expect(assetReferenceStem('A123')).toBeNull();
  });

  it('finds the building with the same UPRN and stem when no building has the new reference', () => {
    const batch = batchReferences([recoded]);

    expect(matchImportRow(recoded, owner, null, [existing], batch)).toBe(existing);
  });

  it('does not match across a different UPRN, stem, owner or council, or an archived building', () => {
    const batch = batchReferences([recoded]);
    const match = (candidate: Building, r: ImportRow = recoded) =>
      matchImportRow(r, owner, null, [candidate], batch);

    expect(match(existing, { ...recoded, uprn: '100121228137' })).toBeNull();
    expect(match({ ...existing, assetReference: '09/00026/Land and Building' })).toBeNull();
    expect(match({ ...existing, ownerOrganisationId: 'someone-else' })).toBeNull();
    expect(match({ ...existing, councilCode: 'E07000079' })).toBeNull();
    expect(match({ ...existing, archivedAt: '2026-06-01T00:00:00.000Z' })).toBeNull();
  });

  it('is not guessed when two rows share the stem, two buildings could be meant, or another row keeps the old reference', () => {
    const sibling: ImportRow = { ...recoded, line: 8, assetReference: '09/00025/LAND' };
    const twin: Building = { ...existing, id: 'b2', assetReference: '09/00025/Land' };
    const keeper: ImportRow = { ...row, line: 9 };

    expect(matchImportRow(recoded, owner, null, [existing], batchReferences([recoded, sibling]))).toBeNull();
    expect(matchImportRow(recoded, owner, null, [existing, twin], batchReferences([recoded]))).toBeNull();
    expect(matchImportRow(recoded, owner, null, [existing], batchReferences([recoded, keeper]))).toBeNull();
  });

  it('prefers the building that has the exact reference', () => {
    const exact: Building = { ...existing, id: 'b3', assetReference: '09/00025/BLDG' };

    expect(matchImportRow(recoded, owner, exact, [existing], batchReferences([recoded]))).toBe(exact);
  });

  it("moves the building to the new reference and, for a name made from the address, keeps the building's name", () => {
    const fromSiteAddress: ImportRow = {
      ...recoded,
      name: '1 Berkeley Mews High Street Cheltenham',
      nameIsAddress: true,
      address: { ...recoded.address, lines: ['1 Berkeley Mews High Street Cheltenham'] },
    };
    const decision = decideImport(fromSiteAddress, owner, existing, change, 'unused');

    expect(decision.kind).toBe('update');
    if (decision.kind !== 'update') return;
    expect(decision.after.assetReference).toBe('09/00025/BLDG');
    expect(decision.after.name).toBe('1 Berkeley Mews');
    expect(decision.after.address.lines).toEqual(['1 Berkeley Mews High Street Cheltenham']);
    expect(created().name).toBe('1 Berkeley Mews');
    const fresh = decideImport(fromSiteAddress, owner, null, change, 'b4');
    expect(fresh.kind === 'create' && fresh.building.name).toBe('1 Berkeley Mews High Street Cheltenham');
    // A placeholder name is no name to keep: the address says more.
    const unnamed = decideImport(fromSiteAddress, owner, { ...existing, name: 'N/A' }, change, 'unused');
    expect(unnamed.kind === 'update' && unnamed.after.name).toBe('1 Berkeley Mews High Street Cheltenham');
  });
});
