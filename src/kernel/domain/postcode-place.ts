/**
 * A place given as a postcode, for a distance search: where a "find space near me" page may start from
 * without geocoding the postcode itself. It is resolved from the postcode district table the register ships
 * (postcode-districts.ts), so a full postcode and its district give the same centre, the centre of the
 * district's extent. Measured on Code-Point Open 2025.4.0 (1,491,312 English postcodes with coordinates): the
 * centre is a median 1.96 km from a postcode's own location, 6.0 km at the 90th percentile (12.3 km at the
 * 99th, in wide rural districts). A table of postcode sectors would give 0.74 / 3.1 km, but adds about 76 KB
 * to the Lambda bundle: see postcode-districts.md.
 */
import { findPostcodeDistrict } from './postcode-districts';
import { normalisePostcode } from './postcode';
import type { GeoPoint } from './location';

export type PostcodePlace =
  | {
      readonly ok: true;
      /** The postcode as normalised (`GL50 1AA`, or the district alone: `GL50`). */
      readonly postcode: string;
      readonly district: string;
      readonly centre: GeoPoint;
    }
  | { readonly ok: false; readonly reason: string };

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** The centre a postcode or postcode district is searched from, or why it has none. */
export function findPostcodePlace(raw: string): PostcodePlace {
  const normalised = normalisePostcode(raw);
  if (!normalised.ok) return { ok: false, reason: normalised.reason };
  const district = findPostcodeDistrict(normalised.postcode);
  if (!district.known) {
    return {
      ok: false,
      reason: district.outwardCode.startsWith('BT')
        ? `${district.outwardCode} is in Northern Ireland; the register covers Great Britain's postcodes only`
        : `${district.outwardCode} is not a postcode district of Great Britain (Code-Point Open)`,
    };
  }
  if (!district.box) {
    return {
      ok: false,
      reason: `${district.outwardCode} has no location: its postcodes are PO boxes or large users, not places`,
    };
  }
  const { west, south, east, north } = district.box;
  return {
    ok: true,
    postcode: normalised.postcode,
    district: district.outwardCode,
    centre: { latitude: round((south + north) / 2), longitude: round((west + east) / 2) },
  };
}
