/**
 * Identifier rules shared by every layer: UPRNs, ONS GSS council codes, charity numbers and record ids.
 */

/** A UPRN is up to 12 digits; stored as a string because leading zeros occur in real files (000000199356). */
export const UPRN_PATTERN = /^[0-9]{1,12}$/;

export function isUprn(value: string): boolean {
  return UPRN_PATTERN.test(value) && /[1-9]/.test(value);
}

/**
 * English local authority GSS codes: E06 unitary, E07 non-metropolitan district, E08 metropolitan district,
 * E09 London borough, E10 county. ACV law applies in England only, so other nations' codes are refused.
 */
export const COUNCIL_GSS_PATTERN = /^E(06|07|08|09|10)[0-9]{6}$/;

export function isCouncilGssCode(value: string): boolean {
  return COUNCIL_GSS_PATTERN.test(value);
}

/** ONS GSS codes of English civil parishes (E04) and electoral wards (E05): where an ACV site lies. */
export const PARISH_GSS_PATTERN = /^E04[0-9]{6}$/;
export const WARD_GSS_PATTERN = /^E05[0-9]{6}$/;

/** Charity Commission numbers are 6 or 7 digits, optionally with a "-N" subsidiary suffix. */
export const CHARITY_NUMBER_PATTERN = /^[0-9]{6,7}(-[0-9]{1,2})?$/;

/** Companies House numbers: 8 characters, digits or a two-letter prefix (SC, NI, RS...) then 6 digits. */
export const COMPANY_NUMBER_PATTERN = /^(?:[0-9]{8}|[A-Z]{2}[0-9]{6})$/;

/** Record ids are UUIDs minted by the register; anything else cannot name a record. */
export const RECORD_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** User ids are the identity provider's subject claim (a Cognito sub is a UUID; locally any short name). */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/;

// --- UPRNs and asset references as keys (issue 10) ---

/**
 * The UPRN as a number, written without leading zeros: `0005199356` and `5199356` are one property. Compare
 * and key UPRNs by this form only; the record keeps the UPRN as it was given.
 */
export function canonicalUprn(uprn: string): string {
  return uprn.trim().replace(/^0+(?=[0-9])/, '');
}

/**
 * An owner's asset reference as a key: spaces (including non-breaking ones) collapsed and upper case, so
 * `09/00025/Land and Building` and `09/00025/LAND AND BUILDING ` name one asset.
 */
export function assetReferenceKey(reference: string): string {
  return reference
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toUpperCase();
}

/**
 * Whose asset references a building's reference is unique among: its owner organisation's or, for a building
 * whose owner is not in the register, its council area's (whose officers manage such buildings).
 */
export function assetReferenceScope(building: {
  ownerOrganisationId: string | null;
  councilCode: string;
}): string {
  return building.ownerOrganisationId
    ? `org:${building.ownerOrganisationId}`
    : `area:${building.councilCode}`;
}
