import { describe, expect, it } from 'vitest';
import { INDEX } from '../../../../../src/kernel/store/access-pattern';
import {
  assetReferenceClaimKey,
  buildingsAtUprn,
  councilBuildingIndexKeys,
  councilBuildingPrefix,
  councilBuildings,
  councilCategoryIndexKeys,
  ownerBuildings,
  ownerBuildingsNamed,
  publicAndOwnCouncilBuildings,
  uprnBuildingsPartition,
} from '../../../../../src/registers/buildings/store/building-keys';

describe('uprnBuildingsPartition', () => {
  it('keys a UPRN on its number, so one property written with and without leading zeros is one partition', () => {
    expect(uprnBuildingsPartition('000000199356')).toBe('UPRN#199356');
    expect(uprnBuildingsPartition('199356')).toBe(uprnBuildingsPartition('000000199356'));
    expect(uprnBuildingsPartition('0005199356')).toBe(uprnBuildingsPartition('5199356'));
  });

  it('keeps the zeros inside a UPRN', () => {
    expect(uprnBuildingsPartition('100121228178')).toBe('UPRN#100121228178');
  });
});

describe('assetReferenceClaimKey', () => {
  it('ignores case and repeated or non-breaking spaces in the reference', () => {
    expect(assetReferenceClaimKey('org:1', ' 09/00025/Land  and\u00a0Building')).toEqual(
      assetReferenceClaimKey('org:1', '09/00025/LAND AND BUILDING'),
    );
  });

  it("keeps one owner's references apart from another's", () => {
    expect(assetReferenceClaimKey('org:1', 'A1').pk).not.toBe(assetReferenceClaimKey('org:2', 'A1').pk);
  });
});

describe('councilBuildingPrefix', () => {
  it.each([
    ['no status', null, null, null],
    ['no status even with a category', null, 'LIBRARY', null],
    ['a status only', 'OPERATIONAL', null, 'OPERATIONAL#'],
    ['a status and a category', 'VACANT', 'LIBRARY', 'VACANT#LIBRARY#'],
  ])('selects %s', (_what, status, category, expected) => {
    expect(councilBuildingPrefix(status, category)).toBe(expected);
  });

  it('selects the start of the sort key a matching building is indexed under', () => {
    const { gsi1sk } = councilBuildingIndexKeys({
      id: 'b1',
      councilCode: 'E07000078',
      status: 'VACANT',
      category: 'LIBRARY',
      name: "St. Mark's Library",
    });

    expect(gsi1sk).toBe('VACANT#LIBRARY#st mark s library#b1');
    expect(gsi1sk.startsWith(councilBuildingPrefix('VACANT', 'LIBRARY') ?? '-')).toBe(true);
    expect(gsi1sk.startsWith(councilBuildingPrefix('VACANT', 'LIB') ?? '-')).toBe(false);
  });
});

describe('the access patterns of the buildings lists', () => {
  const building = {
    id: 'b1',
    councilCode: 'E07000078',
    status: 'VACANT',
    category: 'LIBRARY',
    name: 'Hall',
  };

  it('reads a council list filtered by category alone on the category-led index', () => {
    const pattern = councilBuildings('E07000078', { status: null, category: 'LIBRARY' }, false);

    expect(pattern).toEqual({
      indexName: INDEX.byCouncilCategory,
      partition: 'AREA#E07000078#BLDG',
      sortPrefix: 'LIBRARY#',
    });
    expect(councilCategoryIndexKeys(building).gsi3sk.startsWith(pattern.sortPrefix ?? '-')).toBe(true);
  });

  it('reads a council list by status on the status-led index, and public callers their public copies', () => {
    expect(councilBuildings('E07000078', { status: 'VACANT', category: 'LIBRARY' }, true)).toEqual({
      indexName: INDEX.byAreaOrPerson,
      partition: 'AREA#E07000078#PUBLIC',
      sortPrefix: 'VACANT#LIBRARY#',
    });
    expect(councilBuildings('E07000078', { status: null, category: null }, false).sortPrefix).toBeNull();
  });

  it("merges the public copies with each owner's restricted copies under one sort key", () => {
    const merged = publicAndOwnCouncilBuildings('E07000078', { status: null, category: 'PARK' }, [
      'o1',
      'o2',
    ]);

    expect(merged.sortAttribute).toBe('gsi3sk');
    expect(merged.patterns.map((pattern) => pattern.partition)).toEqual([
      'AREA#E07000078#PUBLIC',
      'AREA#E07000078#OWNER#o1',
      'AREA#E07000078#OWNER#o2',
    ]);
    expect(new Set(merged.patterns.map((pattern) => pattern.indexName))).toEqual(
      new Set([INDEX.byCouncilCategory]),
    );
  });

  it("reads an owner's buildings, their public copies, and one name of them on the owner index", () => {
    expect(ownerBuildings('o1', false)).toEqual({ indexName: INDEX.byOwnerOrName, partition: 'ORG#o1#BLDG' });
    expect(ownerBuildings('o1', true).partition).toBe('ORG#o1#PUBLIC');
    expect(ownerBuildingsNamed('o1', "St. Mark's Hall").sortPrefix).toBe('st mark s hall#');
  });

  it('reads the buildings at a UPRN in its canonical partition', () => {
    expect(buildingsAtUprn('0005199356')).toEqual({
      indexName: INDEX.byAreaOrPerson,
      partition: 'UPRN#5199356',
    });
    expect(councilBuildingIndexKeys(building).gsi1pk).toBe('AREA#E07000078#BLDG');
  });
});
