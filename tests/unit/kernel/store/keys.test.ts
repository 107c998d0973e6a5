import { describe, expect, it } from 'vitest';
import {
  organisationNameIndexKeys,
  organisationNamePartition,
  toNameKey,
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

describe('organisation name index', () => {
  it.each([
    ['Pittville Pump Room Trust', 'ORGNAME#p', 'pittville pump room trust#org-1'],
    ['Éclair Community Café', 'ORGNAME#e', 'eclair community cafe#org-1'],
    ["'St Mary's' Group", 'ORGNAME#s', 'st mary s group#org-1'],
    ['1st Cheltenham Scouts', 'ORGNAME#1', '1st cheltenham scouts#org-1'],
    ['!!!', 'ORGNAME#_', '_#org-1'],
  ])('partitions %j by the first character of its name key', (name, gsi2pk, gsi2sk) => {
    expect(organisationNameIndexKeys('org-1', name)).toEqual({ gsi2pk, gsi2sk });
  });

  it('finds a prefix search in the partition its names were written to', () => {
    const written = organisationNameIndexKeys('org-1', 'Éclair Community Café');

    expect(organisationNamePartition(toNameKey('ecl'))).toBe(written.gsi2pk);
    expect(written.gsi2sk.startsWith(toNameKey('Écl'))).toBe(true);
  });
});
