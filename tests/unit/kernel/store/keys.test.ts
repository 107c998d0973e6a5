import { describe, expect, it } from 'vitest';
import {
  councilBuildingIndexKeys,
  councilBuildingPrefix,
  toNameKey,
  uprnBuildingsPartition,
  assetReferenceClaimKey,
} from '../../../../src/kernel/store/keys';

describe('toNameKey', () => {
  it.each([
    ["St. Mary's Hall", 'st mary s hall'],
    ['PITTVILLE PUMP ROOM', 'pittville pump room'],
    ['Café Nérō', 'cafe nero'],
    ['Ysgol Gymraeg Ŵyn', 'ysgol gymraeg wyn'],
    ['  Moss Side -- Jobcentre  ', 'moss side jobcentre'],
    ['Hall & Gardens (No. 2)', 'hall gardens no 2'],
    ['!!!', ''],
  ])('turns %j into %j', (name, expected) => {
    expect(toNameKey(name)).toBe(expected);
  });

  it('gives one key for names that differ only in accents, case and punctuation', () => {
    expect(toNameKey('Café-Théâtre, Cheltenham')).toBe(toNameKey('cafe theatre cheltenham'));
  });
});

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
