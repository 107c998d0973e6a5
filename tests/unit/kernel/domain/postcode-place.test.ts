import { describe, expect, it } from 'vitest';
import { findPostcodePlace } from '../../../../src/kernel/domain/postcode-place';

describe('a postcode as the centre of a distance search', () => {
  it("places a full postcode and its district at the centre of the district's extent", () => {
    const full = findPostcodePlace('gl50 1aa');
    const district = findPostcodePlace('GL50');

    expect(full).toMatchObject({ ok: true, postcode: 'GL50 1AA', district: 'GL50' });
    expect(district).toMatchObject({ ok: true, postcode: 'GL50', district: 'GL50' });
    if (!full.ok || !district.ok) return;
    expect(full.centre).toEqual(district.centre);
    // GL50 is central Cheltenham (the town hall is at 51.8983 N, 2.0766 W): within 2 km of it.
    expect(Math.abs(full.centre.latitude - 51.8983) * 111.2).toBeLessThan(2);
    expect(Math.abs(full.centre.longitude + 2.0766) * 111.2 * Math.cos((51.9 * Math.PI) / 180)).toBeLessThan(
      2,
    );
  });

  it('finds London districts with a letter (SW1A) and single-letter areas (M1)', () => {
    const westminster = findPostcodePlace('SW1A 2AA');
    const manchester = findPostcodePlace('M1 1AE');

    expect(westminster).toMatchObject({ ok: true, district: 'SW1A' });
    expect(manchester).toMatchObject({ ok: true, district: 'M1' });
    if (!westminster.ok || !manchester.ok) return;
    // 10 Downing Street is at 51.5034 N, 0.1276 W; Manchester Piccadilly at 53.4774 N, 2.2309 W.
    expect(Math.abs(westminster.centre.latitude - 51.5034)).toBeLessThan(0.02);
    expect(Math.abs(manchester.centre.latitude - 53.4774)).toBeLessThan(0.02);
    expect(Math.abs(manchester.centre.longitude + 2.2309)).toBeLessThan(0.03);
  });

  it.each([
    ['GL99 1AA', /GL99 is not a postcode district of Great Britain/],
    ['BT1 1AA', /Northern Ireland/],
    ['S94 1AA', /has no location/],
    ['not a postcode', /is too long|is not a UK postcode/],
    ['', /is empty/],
  ])('says why %j gives no centre', (postcode, reason) => {
    const place = findPostcodePlace(postcode);
    expect(place.ok).toBe(false);
    if (!place.ok) expect(place.reason).toMatch(reason);
  });
});
