import { describe, expect, it } from 'vitest';
import { MAX_NAME_KEY_LENGTH, toNameKey } from '../../../../src/kernel/domain/names';

describe('toNameKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(toNameKey("  St. Mary's Hall, Café ")).toBe('st mary s hall cafe');
  });

  it.each([
    ['162 characters of ㎯', '㎯'.repeat(162)],
    ['200 characters of ㏂ ("a.m.")', '\u33C2'.repeat(200)],
    ['200 characters of ½', '½'.repeat(200)],
  ])('stays within the key limit for %s', (_what, name) => {
    const key = toNameKey(name);

    expect(key.length).toBeLessThanOrEqual(MAX_NAME_KEY_LENGTH);
    expect(key).toBe(key.trim());
    expect(key.length).toBeGreaterThan(100);
  });
});
