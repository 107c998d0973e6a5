/**
 * The register's records as the domain sees them. Every mutable record carries `createdAt`, `updatedAt`
 * (ISO-8601 UTC) and a `version` that starts at 1 and goes up by one with every change.
 */

export interface RecordMeta {
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export const ORGANISATION_KINDS = [
  'COUNCIL',
  'PARISH_COUNCIL',
  'CHARITY',
  'CIO',
  'COMMUNITY_INTEREST_COMPANY',
  'COMPANY_LIMITED_BY_GUARANTEE',
  'COMMUNITY_BENEFIT_SOCIETY',
  'UNINCORPORATED_GROUP',
  'NEIGHBOURHOOD_FORUM',
  'PUBLIC_BODY',
  'BUSINESS',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PUBLIC_BODY_TYPES = ['NHS', 'POLICE', 'FIRE', 'DWP', 'EDUCATION', 'OTHER'] as const;
export type PublicBodyType = (typeof PUBLIC_BODY_TYPES)[number];

/** Private contact details: seen only by the organisation's members, its area's council officers and admins. */
export interface OrganisationContact {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

export interface Organisation extends RecordMeta {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  /** ONS GSS code; set for COUNCIL organisations only. */
  readonly gssCode: string | null;
  readonly charityNumber: string | null;
  readonly companyNumber: string | null;
  /** Individual members; required for UNINCORPORATED_GROUP (21 local electors is the ACV threshold). */
  readonly memberCount: number | null;
  readonly publicBodyType: PublicBodyType | null;
  /**
   * For a PARISH_COUNCIL: the ONS code of its parish (E04...), which the ACV check compares with the site's.
   * Absent on organisations registered before it was recorded.
   */
  readonly parishCode?: string | null;
  /** GSS codes of the council areas the organisation works in (a council always includes its own). */
  readonly councilAreas: readonly string[];
  readonly website: string | null;
  readonly contact: OrganisationContact;
  readonly verified: boolean;
}

export const MEMBER_ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** True when `role` grants at least what `needed` grants (ADMIN > EDITOR > VIEWER). */
export function isRoleAtLeast(role: MemberRole, needed: MemberRole): boolean {
  return MEMBER_ROLES.indexOf(role) >= MEMBER_ROLES.indexOf(needed);
}

export interface Membership extends RecordMeta {
  readonly organisationId: string;
  readonly userId: string;
  readonly role: MemberRole;
}

/** An invitation by email, claimed by the signed-in user whose verified email matches; expires unclaimed. */
export interface Invite {
  readonly organisationId: string;
  readonly email: string;
  readonly role: MemberRole;
  readonly invitedBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export const BUILDING_CATEGORIES = [
  'COMMUNITY_CENTRE',
  'LIBRARY',
  'HALL',
  'OFFICE',
  'LAND',
  'PUB',
  'SHOP',
  'SPORTS_FACILITY',
  'PARK_OR_OPEN_SPACE',
  'PLACE_OF_WORSHIP',
  'HEALTH_FACILITY',
  'EDUCATION',
  'HERITAGE',
  'CAR_PARK',
  'DEPOT_OR_INDUSTRIAL',
  'RESIDENTIAL',
  'OTHER',
] as const;
export type BuildingCategory = (typeof BUILDING_CATEGORIES)[number];

export const BUILDING_STATUSES = ['OPERATIONAL', 'UNDER_REVIEW', 'SURPLUS', 'VACANT', 'DISPOSED'] as const;
export type BuildingStatus = (typeof BUILDING_STATUSES)[number];

export const TENURE_TYPES = ['FREEHOLD', 'LEASEHOLD'] as const;
export type TenureType = (typeof TENURE_TYPES)[number];

export const VISIBILITIES = ['PUBLIC', 'PARTNERS'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const ACCESSIBILITY_FEATURES = [
  'STEP_FREE_ACCESS',
  'LIFT',
  'ACCESSIBLE_TOILET',
  'CHANGING_PLACES_TOILET',
  'HEARING_LOOP',
  'ACCESSIBLE_PARKING',
  'BABY_CHANGING',
  'QUIET_ROOM',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export interface Address {
  readonly lines: readonly string[];
  readonly postTown: string | null;
  readonly postcode: string | null;
  /** True when only the outward code (e.g. "GL50") is known. */
  readonly postcodeIsPartial: boolean;
}

export interface Tenure {
  readonly type: TenureType;
  /** Free text as councils publish it: "occupied by the council", "ground lease", "licence"... */
  readonly detail: string | null;
}

export interface Building extends RecordMeta {
  readonly id: string;
  readonly name: string;
  readonly uprn: string | null;
  readonly assetReference: string | null;
  readonly address: Address;
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
  readonly councilCode: string;
  readonly ownerOrganisationId: string | null;
  /** The owner's name when the owner is not an organisation in the register. */
  readonly ownerName: string | null;
  readonly tenure: Tenure | null;
  readonly category: BuildingCategory;
  readonly status: BuildingStatus;
  readonly floorAreaSqm: number | null;
  readonly accessibilityFeatures: readonly AccessibilityFeature[];
  readonly description: string | null;
  readonly visibility: Visibility;
  readonly archivedAt: string | null;
  /** Warnings about its data (see src/registers/buildings/domain/data-quality.ts); absent on buildings recorded before they existed. */
  readonly dataQualityIssues?: readonly DataQualityIssue[];
  /**
   * The source of the import that first recorded it (`npm run import`'s `--source`, by default the file's
   * format); absent for buildings recorded by hand. A file's missing buildings are judged within its source.
   */
  readonly importSource?: string;
}

// --- Data quality (issue 10): warnings kept on a building, never reasons to refuse it. ---
export const DATA_QUALITY_CODES = [
  'LOCATION_OUTSIDE_COUNCIL_AREA',
  'PLACEHOLDER_NAME',
  'DUPLICATE_ASSET_REFERENCE',
  'POSTCODE_OUTSIDE_COUNCIL_AREA',
  'POSTCODE_LOCATION_MISMATCH',
  'UNKNOWN_POSTCODE_DISTRICT',
  // Set by an import on a row whose field was corrected or left out (src/registers/buildings/domain/import-repairs.ts).
  'POSTCODE_CORRECTED',
  'POSTCODE_LEFT_OUT',
  'PARTIAL_POSTCODE',
  'LOCATION_SWAPPED',
  'LOCATION_LEFT_OUT',
  'FILE_FIELD_REPAIRED',
] as const;
export type DataQualityCode = (typeof DATA_QUALITY_CODES)[number];

export interface DataQualityIssue {
  readonly code: DataQualityCode;
  /** The field the warning is about (`location`, `name`, `address.postcode`, `assetReference`). */
  readonly field: string;
  readonly message: string;
}

/** Which kind of record an audit event is about (the schema's RecordType lists the same). */
export const RECORD_TYPES = [
  'ORGANISATION',
  'BUILDING',
  'MEMBERSHIP',
  'INVITE',
  // Assets of community value (src/registers/acv/domain/acv-records.ts)
  'ACV_ENTRY',
  'ACV_SETTINGS',
  // Co-location.
  'SPACE_OFFER',
  'SPACE_NEED',
  'SPACE_INTEREST',
  // Surplus listings (src/registers/surplus).
  'SURPLUS_LISTING',
  'SURPLUS_REQUEST',
  'SURPLUS_SETTINGS',
  // Notifications.
  'WEBHOOK_ENDPOINT',
  'USER_NOTIFICATION_SETTINGS',
  'ORGANISATION_NOTIFICATION_SETTINGS',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface FieldChange {
  readonly field: string;
  /** JSON text of the value before and after (null when the field was absent). */
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

/**
 * What an audit event records, every register's: the schema's AuditAction enum lists the same values
 * (tests/unit/schema-enums.test.ts holds them equal), so a new one needs a described enum value there.
 */
export const AUDIT_ACTIONS = [
  // Any record.
  'CREATED',
  'UPDATED',
  'ARCHIVED',
  'REMOVED',
  'WITHDRAWN',
  'CLOSED',
  // Organisations, members and invitations.
  'VERIFIED',
  'UNVERIFIED',
  'MEMBER_ADDED',
  'ROLE_CHANGED',
  'INVITED',
  'CLAIMED',
  'REVOKED',
  // Assets of community value.
  'NOMINATED',
  'LISTED',
  'NOMINATION_UNSUCCESSFUL',
  'REVIEW_REQUESTED',
  'REVIEW_EXTENDED',
  'REVIEW_DECIDED',
  'APPEAL_LODGED',
  'APPEAL_DECIDED',
  'REGISTRATION_RECORDED',
  'DISPOSAL_NOTICE_RECORDED',
  'EXEMPT_DISPOSAL_NOTICE_RECORDED',
  'BID_REQUESTED',
  'DISPOSAL_RECORDED',
  'EXEMPT_DISPOSAL_RECORDED',
  'COMPENSATION_CLAIM_RECORDED',
  'COMPENSATION_CLAIM_DECIDED',
  'IMPORTED',
  // Co-location.
  'UNDER_OFFER',
  'TAKEN',
  'RELEASED',
  'BUILDING_CHANGED',
  'EXPRESSED',
  'ACCEPTED',
  'DECLINED',
  'MESSAGE',
  // Surplus listings.
  'REQUESTED',
  'ALLOCATED',
  'COLLECTED',
  'NO_SHOW',
  // Notifications.
  'SECRET_ROTATED',
  'DISABLED',
  'ENABLED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change to one record: who, when, what action, which fields with old and new values. */
export interface AuditEvent {
  readonly id: string;
  readonly recordType: RecordType;
  readonly recordId: string;
  readonly action: AuditAction;
  readonly actorId: string;
  readonly at: string;
  readonly version: number;
  readonly changes: readonly FieldChange[];
}

// Co-location's codes that the authorization engine decides on (who sees an offer, and its cost).

/** Statuses an offer is stored with; EXPIRED is never stored but computed (effectiveOfferStatus). */
export const OFFER_STATUSES = ['DRAFT', 'OPEN', 'UNDER_OFFER', 'TAKEN', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export type ShownOfferStatus = OfferStatus | 'EXPIRED';

/**
 * Who sees an offer's monthly cost: everyone who sees the offer, partners (members of verified organisations)
 * and the offering organisation, or only the offering organisation (others ask, e.g. by expressing interest).
 */
export const COST_VISIBILITIES = ['PUBLIC', 'PARTNERS', 'ON_REQUEST'] as const;
export type CostVisibility = (typeof COST_VISIBILITIES)[number];
