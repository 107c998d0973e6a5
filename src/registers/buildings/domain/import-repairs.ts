import { describeLocationProblem } from '../../../kernel/domain/location';
import type { GeoPoint } from '../../../kernel/domain/location';
import { findPostcodeDistrict } from '../../../kernel/domain/postcode-districts';
import { normalisePostcode } from '../../../kernel/domain/postcode';
import type { DataQualityIssue } from '../../../kernel/domain/records';

/**
 * One bad field in an asset file's row never loses the asset: the row is imported, the field corrected when
 * the correction is certain or left out when it is not, and a warning on the building says which and why, for
 * an officer to act on. Pure: importAssets applies these to each row before validating it.
 */

// Characters typed for one another in postcodes, as they look alike: letter O and zero, I and one, and so on.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  O: '0',
  '0': 'O',
  I: '1',
  L: '1',
  '1': 'I',
  S: '5',
  '5': 'S',
  Z: '2',
  '2': 'Z',
  B: '8',
  '8': 'B',
};
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  O: 'letter O',
  '0': 'zero',
  I: 'letter I',
  '1': 'one',
};
const nameOf = (char: string) => CHARACTER_NAMES[char] ?? `"${char}"`;

/** What becomes of a row's postcode: the one to record (or null) and the warning, if any. */
export interface PostcodeRepair {
  readonly postcode: string | null;
  readonly issue: DataQualityIssue | null;
}

/**
 * A postcode that is not one is corrected when exactly one way of undoing look-alike slips (`M32 OXZ`: the
 * letter O for zero) with the fewest changes gives a full postcode of a district that exists; otherwise it is
 * left out. Either way the warning quotes the file. A postcode that is one comes back unchanged, with no issue.
 */
export function repairPostcode(raw: string): PostcodeRepair {
  const checked = normalisePostcode(raw);
  // A postcode of a district that does not exist (GL5O 1DY) is a slip too, when one correction is certain;
  // without one it is kept, and flagged as UNKNOWN_POSTCODE_DISTRICT (src/registers/buildings/domain/data-quality.ts).
  const unknownDistrict = checked.ok && !checked.partial && !findPostcodeDistrict(checked.postcode).known;
  if (checked.ok && !unknownDistrict) return { postcode: raw, issue: null };
  const given = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  const correction = findCorrection(given.replace(/ /g, '').toUpperCase());
  if (checked.ok && !correction) return { postcode: raw, issue: null };
  if (correction) {
    return {
      postcode: correction.postcode,
      issue: {
        code: 'POSTCODE_CORRECTED',
        field: 'address.postcode',
        message: `the file's postcode "${given}" ${unknownDistrict ? 'names no postcode district' : 'is not a postcode'}; recorded as ${correction.postcode} (${correction.changes.join(', ')}); check it`,
      },
    };
  }
  if (checked.ok) return { postcode: raw, issue: null };
  return {
    postcode: null,
    issue: {
      code: 'POSTCODE_LEFT_OUT',
      field: 'address.postcode',
      message: `the postcode was left out: ${checked.reason}; the rest of the row was recorded, add the right postcode`,
    },
  };
}

function findCorrection(compact: string): { postcode: string; changes: string[] } | null {
  const positions = [...compact].flatMap((char, index) => (LOOK_ALIKES[char] ? [index] : []));
  // At most 7 characters, so at most 128 combinations of changes.
  if (compact.length > 7 || positions.length === 0) return null;
  const found: { postcode: string; changes: string[] }[] = [];
  for (let mask = 1; mask < 2 ** positions.length; mask++) {
    const chars = [...compact];
    const changes: string[] = [];
    positions.forEach((position, bit) => {
      if (!(mask & (2 ** bit))) return;
      const from = chars[position] ?? '';
      const to = LOOK_ALIKES[from] ?? from;
      chars[position] = to;
      changes.push(`${nameOf(from)} read as ${nameOf(to)}`);
    });
    const candidate = normalisePostcode(chars.join(''));
    if (candidate.ok && !candidate.partial && findPostcodeDistrict(candidate.postcode).known) {
      found.push({ postcode: candidate.postcode, changes });
    }
  }
  const fewest = Math.min(...found.map((candidate) => candidate.changes.length));
  const best = found.filter((candidate) => candidate.changes.length === fewest);
  return best.length === 1 ? (best[0] ?? null) : null;
}

/** The warning for a postcode that is only its outward code: kept as the district, and flagged. */
export function partialPostcodeIssue(district: string): DataQualityIssue {
  return {
    code: 'PARTIAL_POSTCODE',
    field: 'address.postcode',
    message: `only the outward code ${district} (the postcode district) is given; recorded as the district, add the full postcode`,
  };
}

/** What becomes of a row's location: the point to record (or null) and the warning, if any. */
export interface LocationRepair {
  readonly location: GeoPoint | null;
  readonly issue: DataQualityIssue | null;
}

/**
 * A location that is not in or near the UK is read swapped when only the swapped pair is (latitude and
 * longitude given the wrong way round), and otherwise left out; the row is kept either way.
 */
export function repairLocation(point: GeoPoint): LocationRepair {
  const problem = describeLocationProblem(point);
  if (!problem) return { location: point, issue: null };
  const swapped = { latitude: point.longitude, longitude: point.latitude };
  if (describeLocationProblem(swapped) === null) {
    return {
      location: swapped,
      issue: {
        code: 'LOCATION_SWAPPED',
        field: 'location',
        message: `latitude and longitude appear swapped: the row gives latitude ${point.latitude}, longitude ${point.longitude}; read as latitude ${swapped.latitude}, longitude ${swapped.longitude}; check the coordinates`,
      },
    };
  }
  return {
    location: null,
    issue: {
      code: 'LOCATION_LEFT_OUT',
      field: 'location',
      message: `the location was left out: ${problem}; the rest of the row was recorded`,
    },
  };
}
