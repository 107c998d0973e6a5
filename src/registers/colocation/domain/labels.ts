/**
 * The words people read for the register's codes: kinds of space, facilities, accessibility features,
 * kinds of organisation and councils. Explanations (matching, refusals) name things by these labels and
 * keep the codes in separate fields for programs. One table per code list, each checked complete by its
 * type (a new code without a label does not compile).
 */
import { findCouncilArea } from '../../../kernel/domain/council-areas';
import type { AccessibilityFeature, OrganisationKind } from '../../../kernel/domain/records';
import type { Facility, SpaceKind } from './space-offer';

export const SPACE_KIND_LABELS: Readonly<Record<SpaceKind, string>> = {
  DESKS: 'desks',
  PRIVATE_OFFICE: 'a private office',
  MEETING_ROOM: 'a meeting room',
  HALL: 'a hall',
  CLINIC_ROOM: 'a clinic room',
  STORAGE: 'storage',
  WHOLE_FLOOR: 'a whole floor',
  OUTDOOR_SPACE: 'outdoor space',
};

export const FACILITY_LABELS: Readonly<Record<Facility, string>> = {
  WIFI: 'wi-fi',
  KITCHEN: 'a kitchen',
  PARKING: 'parking',
  RECEPTION: 'a reception',
  SECURE_STORAGE: 'secure storage',
  PRINTING: 'printing',
  SHOWERS: 'showers',
  CYCLE_STORAGE: 'cycle storage',
  CONFIDENTIAL_ROOM: 'a confidential room',
  AV_EQUIPMENT: 'audio-visual equipment',
};

export const ACCESSIBILITY_FEATURE_LABELS: Readonly<Record<AccessibilityFeature, string>> = {
  STEP_FREE_ACCESS: 'step-free access',
  LIFT: 'a lift',
  ACCESSIBLE_TOILET: 'an accessible toilet',
  CHANGING_PLACES_TOILET: 'a Changing Places toilet',
  HEARING_LOOP: 'a hearing loop',
  ACCESSIBLE_PARKING: 'accessible parking',
  BABY_CHANGING: 'baby changing',
  QUIET_ROOM: 'a quiet room',
};

/** Plural, as in "open only to charities". */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  COUNCIL: 'councils',
  PARISH_COUNCIL: 'parish councils',
  CHARITY: 'charities',
  CIO: 'charitable incorporated organisations',
  COMMUNITY_INTEREST_COMPANY: 'community interest companies',
  COMPANY_LIMITED_BY_GUARANTEE: 'companies limited by guarantee',
  COMMUNITY_BENEFIT_SOCIETY: 'community benefit societies',
  UNINCORPORATED_GROUP: 'unincorporated groups',
  NEIGHBOURHOOD_FORUM: 'neighbourhood forums',
  PUBLIC_BODY: 'public bodies',
  BUSINESS: 'businesses',
};

/** The council's name (from the reference data); the code itself for one the data does not know. */
export function councilName(gssCode: string): string {
  return findCouncilArea(gssCode)?.name ?? gssCode;
}

/** "a, b and c", for lists in sentences. */
export function listInWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`;
}

/** Labels of codes from one table, in words: `labelled(FACILITY_LABELS, ['WIFI', 'PARKING'])` "wi-fi and parking". */
export function labelled<C extends string>(
  labels: Readonly<Record<C, string>>,
  codes: readonly C[],
  conjunction: 'and' | 'or' = 'and',
): string {
  return listInWords(
    codes.map((code) => labels[code]),
    conjunction,
  );
}
