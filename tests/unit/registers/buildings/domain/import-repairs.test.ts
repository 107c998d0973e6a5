import { describe, expect, it } from 'vitest';
import {
  partialPostcodeIssue,
  repairLocation,
  repairPostcode,
} from '../../../../../src/registers/buildings/domain/import-repairs';

describe('repairPostcode', () => {
  it.each([
    ['the letter O for zero in the inward code', 'M32 OXZ', 'M32 0XZ', 'letter O read as zero'],
    ['the letter O for zero in the outward code', 'gl5o 1dy', 'GL50 1DY', 'letter O read as zero'],
    ['the letter I for one', 'SW1A IAA', 'SW1A 1AA', 'letter I read as one'],
    ['two slips, S for 5 and O for zero', 'GLSO 1DY', 'GL50 1DY', '"S" read as "5", letter O read as zero'],
    ['the space in the wrong place as well', 'M3 2OXZ', 'M32 0XZ', 'letter O read as zero'],
  ])('corrects %s, quoting the file', (_slip, raw, corrected, change) => {
    const repair = repairPostcode(raw);

    expect(repair.postcode).toBe(corrected);
    expect(repair.issue).toEqual({
      code: 'POSTCODE_CORRECTED',
      field: 'address.postcode',
      message: expect.stringContaining(`"${raw}"`) as string,
    });
    expect(repair.issue?.message).toContain(`recorded as ${corrected} (${change})`);
  });

  it.each([
    ['letters no look-alike explains', 'GL50 1CI'],
    ['garbage', 'not known'],
    ['an inward code of letters only', 'M1 OOO'],
  ])('leaves out a postcode it cannot correct with certainty: %s', (_what, raw) => {
    const repair = repairPostcode(raw);

    expect(repair.postcode).toBeNull();
    expect(repair.issue?.code).toBe('POSTCODE_LEFT_OUT');
    expect(repair.issue?.message).toMatch(/^the postcode was left out: .* the rest of the row was recorded/);
  });

  it.each(['GL50 1DY', 'M32 0XZ', 'gl501dy', 'GL50', 'GIR 0AA'])(
    'leaves a postcode that is one alone: %s',
    (raw) => {
      expect(repairPostcode(raw)).toEqual({ postcode: raw, issue: null });
    },
  );

  it('names the district an outward code alone gives', () => {
    expect(partialPostcodeIssue('GL50')).toEqual({
      code: 'PARTIAL_POSTCODE',
      field: 'address.postcode',
      message:
        'only the outward code GL50 (the postcode district) is given; recorded as the district, add the full postcode',
    });
  });
});

describe('repairLocation', () => {
  it('reads swapped latitude and longitude the right way round and says so with both pairs', () => {
    // Alexandra Park Jobcentre, Manchester: 53.460392 N, 2.251979 W.
    const repair = repairLocation({ latitude: -2.251979, longitude: 53.460392 });

    expect(repair.location).toEqual({ latitude: 53.460392, longitude: -2.251979 });
    expect(repair.issue).toEqual({
      code: 'LOCATION_SWAPPED',
      field: 'location',
      message:
        'latitude and longitude appear swapped: the row gives latitude -2.251979, longitude 53.460392; read as latitude 53.460392, longitude -2.251979; check the coordinates',
    });
  });

  it.each([
    ['Paris', 48.8566, 2.3522],
    ['the origin', 0, 0],
    ['a grid reference given as degrees', 395265, 222126],
  ])('leaves out a location that is not in or near the UK either way: %s', (_place, latitude, longitude) => {
    const repair = repairLocation({ latitude, longitude });

    expect(repair.location).toBeNull();
    expect(repair.issue?.code).toBe('LOCATION_LEFT_OUT');
    expect(repair.issue?.message).toMatch(/^the location was left out: /);
  });

  it('leaves a location in the UK alone', () => {
    expect(repairLocation({ latitude: 51.8994, longitude: -2.0783 })).toEqual({
      location: { latitude: 51.8994, longitude: -2.0783 },
      issue: null,
    });
  });
});
