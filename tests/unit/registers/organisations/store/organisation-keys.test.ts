import { describe, expect, it } from 'vitest';
import { toNameKey } from '../../../../../src/kernel/store/keys';
import {
  organisationNameIndexKeys,
  organisationNamePartition,
} from '../../../../../src/registers/organisations/store/organisation-keys';

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
