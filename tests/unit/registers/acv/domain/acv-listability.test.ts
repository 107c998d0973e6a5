import { describe, expect, it } from 'vitest';
import {
  assertListable,
  exceptionsSuggestedBy,
} from '../../../../../src/registers/acv/domain/acv-listability';
import { AppError } from '../../../../../src/kernel/domain/errors';
import { BUILDING_CATEGORIES } from '../../../../../src/kernel/domain/records';

function refusal(run: () => void): unknown {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.details['exception'], error.details['field']];
    throw error;
  }
}

describe('what Schedule 1 excepts from listing', () => {
  it('suggests the residence exception for RESIDENTIAL land only', () => {
    const suggesting = BUILDING_CATEGORIES.filter((c) => exceptionsSuggestedBy(c).length > 0);

    expect(suggesting).toEqual(['RESIDENTIAL']);
    expect(exceptionsSuggestedBy('RESIDENTIAL')).toEqual(['RESIDENCE']);
    expect(exceptionsSuggestedBy(null)).toEqual([]);
    expect(exceptionsSuggestedBy(undefined)).toEqual([]);
  });

  it.each([
    [
      'a residence with no reason',
      'RESIDENTIAL',
      [],
      ['NOT_LISTABLE', 'RESIDENCE', 'input.exceptionsNotApplying'],
    ],
    [
      'a residence with a reason for another exception only',
      'RESIDENTIAL',
      [{ exception: 'OPERATIONAL_LAND', reason: 'Not used by the undertaker' }],
      ['NOT_LISTABLE', 'RESIDENCE', 'input.exceptionsNotApplying'],
    ],
    [
      'a residence with a blank reason',
      'RESIDENTIAL',
      [{ exception: 'RESIDENCE', reason: ' ' }],
      ['NOT_LISTABLE', 'RESIDENCE', 'input.exceptionsNotApplying'],
    ],
    [
      'a residence with the reason the exception does not apply',
      'RESIDENTIAL',
      [{ exception: 'RESIDENCE', reason: 'A pub with a flat above' }],
      null,
    ],
    ['a pub', 'PUB', [], null],
    ['land of unknown category', null, [], null],
  ] as const)('%s: %j', (_case, category, notApplying, expected) => {
    expect(refusal(() => assertListable(category, notApplying))).toEqual(expected);
  });
});
