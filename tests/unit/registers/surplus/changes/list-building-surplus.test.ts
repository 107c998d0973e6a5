import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RECORD_ID_PATTERN } from '../../../../../src/kernel/domain/identifiers';
import { listingIdOf } from '../../../../../src/registers/surplus/changes/list-building-surplus';
import { MAX_KINDS_PER_BUILDING_STEP } from '../../../../../src/registers/surplus/domain/surplus-listing';

describe('the ids of a building step’s listings', () => {
  it('are record ids in UUID form (version 8, RFC 9562 variant), the same for the same step and index', () => {
    const step = randomUUID();
    const ids = Array.from({ length: MAX_KINDS_PER_BUILDING_STEP }, (_, index) => listingIdOf(step, index));
    for (const id of ids) {
      expect(id).toMatch(RECORD_ID_PATTERN);
      expect(id.charAt(14)).toBe('8');
      expect('89ab').toContain(id.charAt(19));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ids.map((_, index) => listingIdOf(step, index)));
  });

  it('differ between steps', () => {
    expect(listingIdOf(randomUUID(), 0)).not.toBe(listingIdOf(randomUUID(), 0));
  });

  it('fit 21 kinds in one transaction: (100 - 4 for the step - 11 for the building) / 4 a listing', () => {
    expect(MAX_KINDS_PER_BUILDING_STEP).toBe(21);
  });
});
