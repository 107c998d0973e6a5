import { distanceOutsideKm, findCouncilArea } from './council-areas';
import type { Building, DataQualityIssue } from './records';

/**
 * Warnings about a building's data: things a council officer should look at, never reasons to refuse it.
 * Real asset files carry placeholder names and mistyped grid references; the register keeps the row and says
 * what looks wrong, and `dataQualityIssues` on the building lets anyone list them afterwards.
 */

/** Beyond this distance outside its council's box a location is taken for a mistake (a boundary site is not). */
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

type Assessed = Pick<Building, 'name' | 'location' | 'councilCode'>;

/**
 * The issues found in the building itself (name, location against its council's area), followed by
 * `extra` issues that only the context can know (a duplicated asset reference in one import file).
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
  if (area && building.location) {
    const outside = distanceOutsideKm(area, building.location);
    if (outside > OUTSIDE_AREA_TOLERANCE_KM) {
      issues.push({
        code: 'LOCATION_OUTSIDE_COUNCIL_AREA',
        field: 'location',
        message: `the location is ${Math.round(outside)} km outside ${area.name} (${area.gssCode}); check the coordinates or the council`,
      });
    }
  }
  return [...issues, ...extra];
}
