import { distanceOutsideKm, findCouncilArea } from '../../../kernel/domain/council-areas';
import {
  POSTCODE_DISTRICTS_VERSION,
  distanceBetweenBoxesKm,
  distanceOutsideBoxKm,
  findPostcodeDistrict,
} from '../../../kernel/domain/postcode-districts';
import type { Building, DataQualityIssue } from '../../../kernel/domain/records';

/**
 * Warnings about a building's data: things a council officer should look at, never reasons to refuse it.
 * Real asset files carry placeholder names and mistyped grid references; the register keeps the row and says
 * what looks wrong, and `dataQualityIssues` on the building lets anyone list them afterwards.
 */

/**
 * Beyond this distance outside its council's box a location is taken for a mistake (a boundary site is not).
 * The same distance applies to postcodes: a postcode is flagged when its whole district (the box around all
 * of its postcodes) lies further than this outside the council's box, so a district that straddles or touches
 * the boundary never is; and a location further than this outside its postcode's district disagrees with it.
 */
export const OUTSIDE_AREA_TOLERANCE_KM = 5;

// Names councils put in a name column when there is none. Compared after trimming, case-insensitively.
const PLACEHOLDER_NAMES = new Set([
  'n/a',
  'na',
  'n.a.',
  'n/k',
  'none',
  'null',
  'nil',
  'unknown',
  'not known',
  'tbc',
  'tba',
  'tbd',
  'name',
  'test',
  'x',
  '?',
  '0',
]);

/** True for "N/A", "-", "TBC" and other stand-ins for a missing name. */
export function isPlaceholderName(name: string): boolean {
  const trimmed = name
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
  return trimmed === '' || /^[-–—_.*?]+$/.test(trimmed) || PLACEHOLDER_NAMES.has(trimmed);
}

type Assessed = Pick<Building, 'name' | 'location' | 'councilCode'> & {
  readonly address?: { readonly postcode: string | null };
};

/**
 * The issues found in the building itself (name; location and postcode against its council's area and each
 * other), followed by `extra` issues that only the context can know (a duplicated asset reference in one
 * import file).
 */
export function assessBuildingQuality(
  building: Assessed,
  extra: readonly DataQualityIssue[] = [],
): DataQualityIssue[] {
  const issues: DataQualityIssue[] = [];
  if (isPlaceholderName(building.name)) {
    issues.push({
      code: 'PLACEHOLDER_NAME',
      field: 'name',
      message: `"${building.name}" is a placeholder, not a name; give the building its real name`,
    });
  }
  const area = findCouncilArea(building.councilCode);
  const locationOutside = area && building.location ? distanceOutsideKm(area, building.location) : 0;
  if (area && locationOutside > OUTSIDE_AREA_TOLERANCE_KM) {
    issues.push({
      code: 'LOCATION_OUTSIDE_COUNCIL_AREA',
      field: 'location',
      message: `the location is ${Math.round(locationOutside)} km outside ${area.name} (${area.gssCode}); check the coordinates or the council`,
    });
  }
  issues.push(...postcodeIssues(building, locationOutside > OUTSIDE_AREA_TOLERANCE_KM));
  return [...issues, ...extra];
}

// The postcode's district against the council's area and against the location. A disagreement between
// postcode and location is not repeated when one of them is already flagged as outside the council's area:
// that flag says the same, and names the field that is off.
function postcodeIssues(building: Assessed, locationFlagged: boolean): DataQualityIssue[] {
  const postcode = building.address?.postcode;
  if (!postcode) return [];
  const district = findPostcodeDistrict(postcode);
  if (!district.known) {
    return [
      {
        code: 'UNKNOWN_POSTCODE_DISTRICT',
        field: 'address.postcode',
        message: `${district.outwardCode} is not a postcode district of Great Britain (Code-Point Open ${POSTCODE_DISTRICTS_VERSION}); check the postcode`,
      },
    ];
  }
  if (!district.box) return [];
  const issues: DataQualityIssue[] = [];
  const area = findCouncilArea(building.councilCode);
  const postcodeOutside = area ? distanceBetweenBoxesKm(district.box, area) : 0;
  if (area && postcodeOutside > OUTSIDE_AREA_TOLERANCE_KM) {
    issues.push({
      code: 'POSTCODE_OUTSIDE_COUNCIL_AREA',
      field: 'address.postcode',
      message: `postcode district ${district.outwardCode} lies ${Math.round(postcodeOutside)} km outside ${area.name} (${area.gssCode}); check the postcode or the council`,
    });
  }
  if (building.location && !locationFlagged && issues.length === 0) {
    const apart = distanceOutsideBoxKm(district.box, building.location);
    if (apart > OUTSIDE_AREA_TOLERANCE_KM) {
      issues.push({
        code: 'POSTCODE_LOCATION_MISMATCH',
        field: 'location',
        message: `the location is ${Math.round(apart)} km from postcode district ${district.outwardCode}; check the coordinates or the postcode`,
      });
    }
  }
  return issues;
}
