import { describe, expect, it } from 'vitest';
import { groupsKeepingStemsTogether } from '../../../../../src/registers/buildings/changes/import-assets';

const pending = (references: (string | null)[]) =>
  references.map((assetReference, index) => ({ index, row: { assetReference } }));

// The stem, written out by hand: a reference of three or more parts without its last part.
const stemOf = (reference: string | null) =>
  reference && reference.split('/').length >= 3 ? reference.split('/').slice(0, -1).join('/') : null;

describe('groupsKeepingStemsTogether', () => {
  it('keeps the rows of one stem in one group, and every row exactly once', () => {
    const references = [
      '09/00001/BLDG',
      '09/00002/BLDG',
      '09/00001/LAND',
      null,
      'REF-1',
      '09/00003/BLDG',
      '09/00002/LAND',
      '09/00003/Land and Building',
      null,
    ];
    const groups = groupsKeepingStemsTogether(pending(references), 3);
    expect(
      groups
        .flat()
        .map((one) => one.index)
        .sort((a, b) => a - b),
    ).toEqual(references.map((_, i) => i));
    for (const group of groups) expect(group.length).toBeLessThanOrEqual(3);
    for (const stem of ['09/00001', '09/00002', '09/00003']) {
      const holding = groups.filter((group) => group.some((one) => stemOf(one.row.assetReference) === stem));
      expect(holding).toHaveLength(1);
    }
  });

  it('splits a stem with more rows than a group holds, and never makes a group over the size', () => {
    const references = Array.from({ length: 7 }, (_, i) => `09/00009/PART${i}`);
    const groups = groupsKeepingStemsTogether(pending(references), 3);
    expect(groups.map((group) => group.length)).toEqual([3, 3, 1]);
  });
});
