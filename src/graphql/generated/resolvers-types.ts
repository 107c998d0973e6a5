import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Organisation as OrganisationRecord, Building as BuildingRecord, Membership as MembershipRecord, Invite as InviteRecord, AuditEvent as AuditEventRecord } from '../../domain/records';
import type { UserActor as UserActorRecord } from '../../domain/authorization';
import type { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as ISO-8601 text in UTC (for example `2026-11-23T09:30:00.000Z`). */
  DateTime: { input: string; output: string; }
};

/** Accessibility features a building offers. */
export type AccessibilityFeature =
  | 'ACCESSIBLE_PARKING'
  | 'ACCESSIBLE_TOILET'
  | 'BABY_CHANGING'
  | 'CHANGING_PLACES_TOILET'
  | 'HEARING_LOOP'
  | 'LIFT'
  | 'QUIET_ROOM'
  | 'STEP_FREE_ACCESS';

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** Street lines (number and street, locality), first line first. */
  lines: Array<Scalars['String']['output']>;
  /** The post town. */
  postTown: Maybe<Scalars['String']['output']>;
  /** The postcode, normalised to upper case with one space (`GL50 1PP`), or only the outward code (`GL50`). */
  postcode: Maybe<Scalars['String']['output']>;
  /** True when only the outward code is known (common for vacant land). */
  postcodeIsPartial: Scalars['Boolean']['output'];
};

/** An address to record. */
export type AddressInput = {
  /** Street lines, first line first (at most 4, each up to 200 characters). */
  lines: Array<Scalars['String']['input']>;
  /** The post town (up to 100 characters). */
  postTown?: InputMaybe<Scalars['String']['input']>;
  /** A UK postcode in any common form (`gl501pp`, `GL50 1PP`), or only the outward code (`GL50`). */
  postcode?: InputMaybe<Scalars['String']['input']>;
};

/** One change to one record, written in the same transaction as the change itself. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened: CREATED, UPDATED, ARCHIVED, VERIFIED, MEMBER_ADDED, ROLE_CHANGED, REMOVED, INVITED, CLAIMED, REVOKED. */
  action: Scalars['String']['output'];
  /** The user id of whoever made the change. */
  actorId: Scalars['String']['output'];
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The fields the change touched, with old and new values. */
  changes: Array<FieldChange>;
  /** The event's id. */
  id: Scalars['ID']['output'];
  /** The id of the record changed (for memberships, `organisationId/userId`). */
  recordId: Scalars['ID']['output'];
  /** The kind of record changed. */
  recordType: RecordType;
  /** The record's version after the change. */
  version: Scalars['Int']['output'];
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** A building or piece of land in the register. */
export type Building = {
  __typename?: 'Building';
  /** Accessibility features it offers. */
  accessibilityFeatures: Array<AccessibilityFeature>;
  /** Its address. */
  address: Address;
  /** When it was archived (taken off the register's lists); null while it is current. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The owner's own reference for it: unique among the owner's current buildings (compared ignoring case and repeated spaces). */
  assetReference: Maybe<Scalars['String']['output']>;
  /** What it is used as. */
  category: BuildingCategory;
  /** GSS code of the council area it is in. */
  councilCode: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Warnings about its data (a placeholder name, a location far outside its council's area, an asset reference repeated in the file it was imported from); empty when none. Warnings never stop a building being recorded. */
  dataQualityIssues: Array<DataQualityIssue>;
  /** A description. */
  description: Maybe<Scalars['String']['output']>;
  /** Gross internal floor area in square metres. */
  floorAreaSqm: Maybe<Scalars['Float']['output']>;
  /** Changes to it, newest first. Null, with a FORBIDDEN error, unless the caller is a member of the owner, an officer of the area's council or a platform admin. */
  history: Maybe<AuditEventConnection>;
  /** The building's id. */
  id: Scalars['ID']['output'];
  /** Where it is, in WGS84. */
  location: Maybe<GeoPoint>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The owning organisation, when the owner is in the register. */
  owner: Maybe<Organisation>;
  /** The owner's name: the owning organisation's name, or the name given when the owner is not in the register. */
  ownerName: Maybe<Scalars['String']['output']>;
  /** Where it stands in the owner's plans. */
  status: BuildingStatus;
  /** How the owner holds it. */
  tenure: Maybe<Tenure>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its Unique Property Reference Number (up to 12 digits, leading zeros kept as given). A UPRN names a property, not an asset: several current buildings may share one (a park, its pavilion and its toilets). */
  uprn: Maybe<Scalars['String']['output']>;
  /** Goes up by one with every change; pass it as `expectedVersion` when changing the building. */
  version: Scalars['Int']['output'];
  /** Who may see it. */
  visibility: Visibility;
};


/** A building or piece of land in the register. */
export type BuildingHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a building or piece of land is used as. */
export type BuildingCategory =
  | 'CAR_PARK'
  | 'COMMUNITY_CENTRE'
  | 'DEPOT_OR_INDUSTRIAL'
  | 'EDUCATION'
  | 'HALL'
  | 'HEALTH_FACILITY'
  | 'HERITAGE'
  | 'LAND'
  | 'LIBRARY'
  | 'OFFICE'
  | 'OTHER'
  | 'PARK_OR_OPEN_SPACE'
  | 'PLACE_OF_WORSHIP'
  | 'PUB'
  | 'RESIDENTIAL'
  | 'SHOP'
  | 'SPORTS_FACILITY';

/** A page of buildings. */
export type BuildingConnection = {
  __typename?: 'BuildingConnection';
  /** The buildings on this page. */
  edges: Array<BuildingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A building and its cursor. */
export type BuildingEdge = {
  __typename?: 'BuildingEdge';
  /** Pass as `after` to continue after this building. */
  cursor: Scalars['String']['output'];
  /** The building. */
  node: Building;
};

/** Where a building stands in its owner's plans. */
export type BuildingStatus =
  /** Sold or otherwise disposed of. */
  | 'DISPOSED'
  /** In use. */
  | 'OPERATIONAL'
  /** Declared surplus to the owner's needs. */
  | 'SURPLUS'
  /** Its future is being reviewed. */
  | 'UNDER_REVIEW'
  /** Empty. */
  | 'VACANT';

/** A building to record. Give `ownerOrganisationId` when the owner is in the register, otherwise `ownerName`. */
export type CreateBuildingInput = {
  /** Accessibility features it offers. */
  accessibilityFeatures?: InputMaybe<Array<AccessibilityFeature>>;
  /** Its address. */
  address: AddressInput;
  /** The owner's own reference (up to 100 characters). */
  assetReference?: InputMaybe<Scalars['String']['input']>;
  /** What it is used as. */
  category: BuildingCategory;
  /** GSS code of the council area it is in. */
  councilCode: Scalars['String']['input'];
  /** A description (up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Gross internal floor area in square metres (greater than 0). */
  floorAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Where it is, in WGS84. */
  location?: InputMaybe<GeoPointInput>;
  /** Its name (up to 200 characters). */
  name: Scalars['String']['input'];
  /** The owner's name when the owner is not in the register (up to 200 characters). */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it stands; OPERATIONAL when omitted. */
  status?: InputMaybe<BuildingStatus>;
  /** How the owner holds it. */
  tenure?: InputMaybe<TenureInput>;
  /** Its UPRN: 1 to 12 digits, leading zeros kept. */
  uprn?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it; PUBLIC when omitted. */
  visibility?: InputMaybe<Visibility>;
};

/** A new organisation. Which identifiers are required depends on `kind`. */
export type CreateOrganisationInput = {
  /** Required for a CHARITY or CIO. */
  charityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Required for companies (CIC, company limited by guarantee). */
  companyNumber?: InputMaybe<Scalars['String']['input']>;
  /** Private contact details. */
  contact?: InputMaybe<OrganisationContactInput>;
  /** GSS codes of the council areas it works in (at least one; at most 50). */
  councilAreas: Array<Scalars['String']['input']>;
  /** Required for a COUNCIL: its ONS GSS code (E06, E07, E08, E09 or E10 followed by six digits). */
  gssCode?: InputMaybe<Scalars['String']['input']>;
  /** Its legal or organisational form. */
  kind: OrganisationKind;
  /** Required for an UNINCORPORATED_GROUP. */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its name (up to 200 characters). */
  name: Scalars['String']['input'];
  /** Required for a PUBLIC_BODY. */
  publicBodyType?: InputMaybe<PublicBodyType>;
  /** Its website (https or http URL). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of data quality warning. */
export type DataQualityCode =
  /** The import file gave the same asset reference on more than one row; the first row was recorded. */
  | 'DUPLICATE_ASSET_REFERENCE'
  /** The location is more than 5 km outside the council's area (a mistyped grid reference, or the wrong council). */
  | 'LOCATION_OUTSIDE_COUNCIL_AREA'
  /** The name is a stand-in such as N/A, - or TBC. */
  | 'PLACEHOLDER_NAME';

/** A warning about a building's data. */
export type DataQualityIssue = {
  __typename?: 'DataQualityIssue';
  /** What kind of warning. */
  code: DataQualityCode;
  /** The building's field it is about (`name`, `location`, `assetReference`). */
  field: Scalars['String']['output'];
  /** What looks wrong, in words an officer can act on. */
  message: Scalars['String']['output'];
};

/** One field changed by an audit event, with its value before and after as JSON text. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The record's field, for example `status` or `address`. */
  field: Scalars['String']['output'];
  /** The value after the change, as JSON text; null when the field has no value now. */
  newValue: Maybe<Scalars['String']['output']>;
  /** The value before the change, as JSON text; null when the field had no value. */
  oldValue: Maybe<Scalars['String']['output']>;
};

/** A point on the earth in WGS84 (EPSG:4326). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Degrees north. */
  latitude: Scalars['Float']['output'];
  /** Degrees east (negative is west). */
  longitude: Scalars['Float']['output'];
};

/** A WGS84 point. */
export type GeoPointInput = {
  /** Degrees north; must be in or near the UK. */
  latitude: Scalars['Float']['input'];
  /** Degrees east; must be in or near the UK. */
  longitude: Scalars['Float']['input'];
};

/**
 * One row of an asset file, already read by the client (`npm run import` reads CSV files into these). Each row is
 * checked on its own: a bad row is reported as REJECTED with its reasons and never stops the others.
 */
export type ImportAssetRowInput = {
  /** Its address. */
  address: AddressInput;
  /** The owner's own reference (up to 100 characters): the key that finds the building again next year. */
  assetReference?: InputMaybe<Scalars['String']['input']>;
  /** What it is used as. OTHER never replaces a more specific category already recorded. */
  category: BuildingCategory;
  /** Other lines of the file that gave the same asset reference (the client keeps the first row and sends their numbers here). */
  duplicateLines?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The row's line number in the source file; echoed in the result so reports can point at the file. */
  line: Scalars['Int']['input'];
  /** Where it is, in WGS84 (convert British National Grid before sending). */
  location?: InputMaybe<GeoPointInput>;
  /** Its name (up to 200 characters). Placeholders such as N/A are kept and flagged. */
  name: Scalars['String']['input'];
  /** How the owner holds it. */
  tenure?: InputMaybe<TenureInput>;
  /** Its UPRN: 1 to 12 digits, with or without leading zeros. */
  uprn?: InputMaybe<Scalars['String']['input']>;
};

/** A batch of rows for one council area and one owner. */
export type ImportAssetsInput = {
  /** GSS code of the council area every row is in. */
  councilCode: Scalars['String']['input'];
  /** When true, every row is checked and matched and the result says what would happen, but nothing is written. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The owner's name when the owner is not in the register (the area's council officers then manage the rows). */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. When omitted and `ownerName` is not given, the council registered for `councilCode` owns the rows. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100 rows. */
  rows: Array<ImportAssetRowInput>;
  /** Who may see the buildings this batch creates; PUBLIC when omitted. Existing buildings keep theirs. */
  visibility?: InputMaybe<Visibility>;
};

/** The result of one importAssets call. */
export type ImportAssetsResult = {
  __typename?: 'ImportAssetsResult';
  /** How many rows created a building. */
  created: Scalars['Int']['output'];
  /** True when nothing was written (dryRun). */
  dryRun: Scalars['Boolean']['output'];
  /** How many rows carry at least one warning (whatever their outcome). */
  flagged: Scalars['Int']['output'];
  /** The owner of the batch's buildings (null when the owner is not in the register), so a client can list the owner's buildings the file no longer mentions. */
  ownerOrganisationId: Maybe<Scalars['ID']['output']>;
  /** How many rows were rejected. */
  rejected: Scalars['Int']['output'];
  /** One result per row, in the order sent. */
  rows: Array<ImportRowResult>;
  /** How many rows matched a building that already held their data. */
  unchanged: Scalars['Int']['output'];
  /** How many rows changed a building. */
  updated: Scalars['Int']['output'];
};

/** What happened to one row. */
export type ImportOutcome =
  /** A new building was recorded. */
  | 'CREATED'
  /** The row was not taken; `problems` says why. */
  | 'REJECTED'
  /** An existing building already held exactly this data: nothing was written. */
  | 'UNCHANGED'
  /** An existing building (found by asset reference, else by UPRN and name) was changed. */
  | 'UPDATED';

/** A reason a row was rejected: the offending field of the row and what is wrong with it. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The row's field (`uprn`, `address.postcode`, `location`...), or `row` for the row as a whole. */
  field: Scalars['String']['output'];
  /** What is wrong, and how to fix it. */
  message: Scalars['String']['output'];
};

/** The result for one row. */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** The building created, updated or found unchanged; null when rejected (and for creates in a dry run). */
  buildingId: Maybe<Scalars['ID']['output']>;
  /** The row's line number, as sent. */
  line: Scalars['Int']['output'];
  /** What happened. */
  outcome: ImportOutcome;
  /** Why the row was rejected; empty otherwise. */
  problems: Array<ImportProblem>;
  /** Its version after the row (null when rejected or in a dry run). */
  version: Maybe<Scalars['Int']['output']>;
  /** Data quality warnings on the row (kept on the building as `dataQualityIssues`). */
  warnings: Array<DataQualityIssue>;
};

/** An invitation to join an organisation, claimed by the signed-in user whose verified email matches. */
export type Invite = {
  __typename?: 'Invite';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited email address (lower case). */
  email: Scalars['String']['output'];
  /** When it lapses if not claimed. */
  expiresAt: Scalars['DateTime']['output'];
  /** The user id of the admin who sent it. */
  invitedBy: Scalars['String']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** The role the invitee will have. */
  role: MemberRole;
};

/** The signed-in caller. */
export type Me = {
  __typename?: 'Me';
  /** The caller's email, if the token carries one. */
  email: Maybe<Scalars['String']['output']>;
  /** True when the identity provider has verified the email. */
  emailVerified: Scalars['Boolean']['output'];
  /** Invitations waiting for the caller's verified email. */
  invites: Array<Invite>;
  /** True when configuration names the caller a platform admin. */
  isPlatformAdmin: Scalars['Boolean']['output'];
  /** The organisations the caller belongs to, with roles. */
  memberships: Array<Membership>;
  /** The caller's user id (the `sub` of their token). */
  userId: Scalars['String']['output'];
};

/** A member's role in an organisation. Each role includes the ones below it. */
export type MemberRole =
  /** Manages members and invitations, and everything an editor may do. */
  | 'ADMIN'
  /** Creates and changes the organisation's records (its profile and buildings). */
  | 'EDITOR'
  /** Sees the organisation's private fields. */
  | 'VIEWER';

/** A person's role in an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** When the member was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** What the member may do. */
  role: MemberRole;
  /** When the role last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The member's user id (the `sub` of their sign-in token). */
  userId: Scalars['String']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion` when changing the membership. */
  version: Scalars['Int']['output'];
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships on this page. */
  edges: Array<MembershipEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A membership and its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Pass as `after` to continue after this membership. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The register's write operations. All of them need a signed-in caller. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a user to an organisation by user id (ADMIN, or a platform admin). */
  addMember: Membership;
  /** Archives a building: it leaves the lists and frees its asset reference, and stays readable by id with its history. */
  archiveBuilding: Building;
  /** Changes a member's role (ADMIN). The last admin cannot be demoted. */
  changeMemberRole: Membership;
  /** Claims an invitation sent to the caller's verified email; the caller becomes a member. */
  claimInvite: Membership;
  /**
   * Records a building. CONFLICT when the owner already has a current building with the same asset reference
   * (named in `existingBuildingId` only if the caller may see it). A UPRN may be shared by several buildings.
   * Send an `idempotencyKey` (see `createOrganisation`) so that a retry cannot record it twice.
   */
  createBuilding: Building;
  /**
   * Registers an organisation; the caller becomes its first ADMIN. Councils: platform admins only.
   *
   * `idempotencyKey` (on every create): a key the client chooses per intended create (8-100 letters, digits or
   * `. _ : -`; a UUID is a good key). Sent again by the same caller within 24 hours with the same arguments,
   * the mutation answers with the record the first request created instead of creating another, however many
   * retries race; with other arguments it is CONFLICT on `idempotencyKey`.
   */
  createOrganisation: Organisation;
  /**
   * Creates or updates up to 100 buildings from rows of an asset file: a row updates the current building with
   * the same owner and asset reference, else the one with the same owner, UPRN and name, and otherwise creates
   * one. Running the same rows again changes nothing. Each row is its own write with its own audit event and the
   * same access rules as createBuilding and updateBuilding; a rejected row never stops the others.
   */
  importAssets: ImportAssetsResult;
  /** Invites an email address to join with a role (ADMIN). Replaces an earlier invitation to the same address. */
  inviteMember: Invite;
  /** Does nothing; present so that extensions can add mutations. Returns true. */
  ping: Scalars['Boolean']['output'];
  /** Removes a member (ADMIN; any member may remove themselves). The last admin cannot be removed. */
  removeMember: Scalars['Boolean']['output'];
  /** Withdraws an invitation (ADMIN). */
  revokeInvite: Scalars['Boolean']['output'];
  /** Marks an organisation verified or not (platform admins). */
  setOrganisationVerified: Organisation;
  /** Changes a building. CONFLICT when `expectedVersion` is stale or the new asset reference is taken. */
  updateBuilding: Building;
  /** Changes an organisation's profile (EDITOR or ADMIN). CONFLICT when `expectedVersion` is stale. */
  updateOrganisation: Organisation;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationAddMemberArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
  userId: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationArchiveBuildingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationChangeMemberRoleArgs = {
  expectedVersion: Scalars['Int']['input'];
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
  userId: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationClaimInviteArgs = {
  organisationId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCreateBuildingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateBuildingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationCreateOrganisationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateOrganisationInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationImportAssetsArgs = {
  input: ImportAssetsInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  role: MemberRole;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRemoveMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  organisationId: Scalars['ID']['input'];
  userId: Scalars['String']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationRevokeInviteArgs = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationSetOrganisationVerifiedArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateBuildingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateBuildingInput;
};


/** The register's write operations. All of them need a signed-in caller. */
export type MutationUpdateOrganisationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};

/** A council, voluntary group, public body or business in the register. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Buildings and land it owns, by name. */
  buildings: BuildingConnection;
  /** For a CHARITY or CIO: the Charity Commission number. */
  charityNumber: Maybe<Scalars['String']['output']>;
  /** For companies: the Companies House number. */
  companyNumber: Maybe<Scalars['String']['output']>;
  /** Private contact details; null when the caller may not see them. */
  contact: Maybe<OrganisationContact>;
  /** GSS codes of the council areas it works in (a council always includes its own). */
  councilAreas: Array<Scalars['String']['output']>;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** For a COUNCIL: its ONS GSS code, for example `E08000027` (Dudley). */
  gssCode: Maybe<Scalars['String']['output']>;
  /** Changes to the organisation, newest first. Null, with a FORBIDDEN error, for the same callers as `members`. */
  history: Maybe<AuditEventConnection>;
  /** The organisation's id. */
  id: Scalars['ID']['output'];
  /** Invitations not yet claimed or lapsed. Null, with a FORBIDDEN error, for the same callers as `members`. */
  invites: Maybe<Array<Invite>>;
  /** Its legal or organisational form. */
  kind: OrganisationKind;
  /** For an UNINCORPORATED_GROUP: how many individual members it has. */
  memberCount: Maybe<Scalars['Int']['output']>;
  /** Its members. Null, with a FORBIDDEN error, unless the caller is a member, an officer of one of its councils or a platform admin. */
  members: Maybe<MembershipConnection>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** For a PUBLIC_BODY: which part of the public sector. */
  publicBodyType: Maybe<PublicBodyType>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** True once a platform admin has checked the organisation is who it says it is. */
  verified: Scalars['Boolean']['output'];
  /** Goes up by one with every change; pass it as `expectedVersion` when changing the organisation. */
  version: Scalars['Int']['output'];
  /** Its website. */
  website: Maybe<Scalars['String']['output']>;
};


/** A council, voluntary group, public body or business in the register. */
export type OrganisationBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, voluntary group, public body or business in the register. */
export type OrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, voluntary group, public body or business in the register. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page. */
  edges: Array<OrganisationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/**
 * Private contact details, visible only to the organisation's members, the officers of councils it works
 * with and platform admins.
 */
export type OrganisationContact = {
  __typename?: 'OrganisationContact';
  /** A postal address. */
  address: Maybe<Scalars['String']['output']>;
  /** A contact email address. */
  email: Maybe<Scalars['String']['output']>;
  /** A contact person. */
  name: Maybe<Scalars['String']['output']>;
  /** A contact telephone number. */
  phone: Maybe<Scalars['String']['output']>;
};

/** Contact details to set; every field is optional and an omitted one is cleared. */
export type OrganisationContactInput = {
  /** A postal address (up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** A contact email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A contact person (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A contact telephone number (digits, spaces, +, brackets and dashes). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation and its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Pass as `after` to continue after this organisation. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/**
 * The legal or organisational form of a body in the register. It decides which identifiers it must give and,
 * later, whether it may nominate an asset of community value.
 */
export type OrganisationKind =
  /** A private business. */
  | 'BUSINESS'
  /** A registered charity (charity number required). */
  | 'CHARITY'
  /** A charitable incorporated organisation (charity number required). */
  | 'CIO'
  /** A co-operative or community benefit society. */
  | 'COMMUNITY_BENEFIT_SOCIETY'
  /** A community interest company (company number required). */
  | 'COMMUNITY_INTEREST_COMPANY'
  /** A company limited by guarantee (company number required). */
  | 'COMPANY_LIMITED_BY_GUARANTEE'
  /** A principal local authority, identified by its ONS GSS code. Only platform admins register councils. */
  | 'COUNCIL'
  /** A designated neighbourhood forum. */
  | 'NEIGHBOURHOOD_FORUM'
  /** A parish or town council. */
  | 'PARISH_COUNCIL'
  /** A public body other than a council: NHS, police, fire, DWP (Jobcentre Plus)... (type required). */
  | 'PUBLIC_BODY'
  /** An unincorporated community group (member count required). */
  | 'UNINCORPORATED_GROUP';

/** Where a page of a list ends and whether more follows (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge on this page, or null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one; pass `endCursor` as `after` to fetch it. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Which part of the public sector a PUBLIC_BODY belongs to. */
export type PublicBodyType =
  | 'DWP'
  | 'EDUCATION'
  | 'FIRE'
  | 'NHS'
  | 'OTHER'
  | 'POLICE';

/** The register's read operations. Anonymous callers may use them and see public data only. */
export type Query = {
  __typename?: 'Query';
  /** One building by id; NOT_FOUND when there is none or the caller may not see it. */
  building: Building;
  /**
   * Current buildings with this UPRN, by name, that the caller may see; written with or without leading zeros.
   *
   * Changed (issue 10): this used to return one `Building` or null, because a UPRN was taken to be unique. A UPRN
   * names a property, and one property often holds several assets, so it now returns a page of buildings. Read
   * `edges { node { ... } }` instead of the building itself; the list is empty when there is none.
   */
  buildingByUprn: BuildingConnection;
  /** Current buildings in a council area, ordered by status, then category, then name; optionally filtered. */
  buildingsByCouncil: BuildingConnection;
  /** Current buildings owned by an organisation, by name. */
  buildingsByOwner: BuildingConnection;
  /** The signed-in caller: identity, memberships and pending invitations. Null for anonymous callers. */
  me: Maybe<Me>;
  /** One organisation by id; NOT_FOUND when there is none. */
  organisation: Organisation;
  /** Organisations working in a council area (by GSS code), by name. */
  organisationsByCouncilArea: OrganisationConnection;
  /** Organisations whose name starts with `prefix` (case and accents ignored), by name. */
  organisationsByName: OrganisationConnection;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingByUprnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  uprn: Scalars['String']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingsByCouncilArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<BuildingCategory>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BuildingStatus>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryBuildingsByOwnerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationsByCouncilAreaArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The register's read operations. Anonymous callers may use them and see public data only. */
export type QueryOrganisationsByNameArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};

/** The kind of record an audit event is about. */
export type RecordType =
  | 'BUILDING'
  | 'INVITE'
  | 'MEMBERSHIP'
  | 'ORGANISATION';

/** How the owner holds the building. */
export type Tenure = {
  __typename?: 'Tenure';
  /** Detail as published: occupied by the council, ground lease, licence, vacant... */
  detail: Maybe<Scalars['String']['output']>;
  /** Freehold or leasehold. */
  type: TenureType;
};

/** How the owner holds the building. */
export type TenureInput = {
  /** Detail as published (up to 200 characters). */
  detail?: InputMaybe<Scalars['String']['input']>;
  /** Freehold or leasehold. */
  type: TenureType;
};

/** Freehold or leasehold, as the Transparency Code asks councils to publish. */
export type TenureType =
  | 'FREEHOLD'
  | 'LEASEHOLD';

/** Changes to a building. Omitted fields stay as they are; a field given as null is cleared. */
export type UpdateBuildingInput = {
  /** Accessibility features it offers (replaces the list). */
  accessibilityFeatures?: InputMaybe<Array<AccessibilityFeature>>;
  /** Its address (replaces it). */
  address?: InputMaybe<AddressInput>;
  /** The owner's own reference. */
  assetReference?: InputMaybe<Scalars['String']['input']>;
  /** What it is used as. */
  category?: InputMaybe<BuildingCategory>;
  /** GSS code of the council area it is in. */
  councilCode?: InputMaybe<Scalars['String']['input']>;
  /** A description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Gross internal floor area in square metres. */
  floorAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Where it is. */
  location?: InputMaybe<GeoPointInput>;
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The owner's name when the owner is not in the register. */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owning organisation's id. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it stands. */
  status?: InputMaybe<BuildingStatus>;
  /** How the owner holds it. */
  tenure?: InputMaybe<TenureInput>;
  /** Its UPRN. */
  uprn?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it. */
  visibility?: InputMaybe<Visibility>;
};

/** Changes to an organisation. Omitted fields stay as they are; `kind` and `gssCode` never change. */
export type UpdateOrganisationInput = {
  /** Charity number (CHARITY and CIO). */
  charityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Companies House number. */
  companyNumber?: InputMaybe<Scalars['String']['input']>;
  /** Private contact details (replaces them). */
  contact?: InputMaybe<OrganisationContactInput>;
  /** The council areas it works in (replaces the list). */
  councilAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Number of individual members (UNINCORPORATED_GROUP). */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its name (up to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Which part of the public sector (PUBLIC_BODY). */
  publicBodyType?: InputMaybe<PublicBodyType>;
  /** Its website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Who may see a building. */
export type Visibility =
  /** Members of verified organisations, the owner's members and the area's council officers. */
  | 'PARTNERS'
  /** Anyone, signed in or not. */
  | 'PUBLIC';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessibilityFeature: AccessibilityFeature;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Building: ResolverTypeWrapper<BuildingRecord>;
  BuildingCategory: BuildingCategory;
  BuildingConnection: ResolverTypeWrapper<Omit<BuildingConnection, 'edges'> & { edges: Array<ResolversTypes['BuildingEdge']> }>;
  BuildingEdge: ResolverTypeWrapper<Omit<BuildingEdge, 'node'> & { node: ResolversTypes['Building'] }>;
  BuildingStatus: BuildingStatus;
  CreateBuildingInput: CreateBuildingInput;
  CreateOrganisationInput: CreateOrganisationInput;
  DataQualityCode: DataQualityCode;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAssetRowInput: ImportAssetRowInput;
  ImportAssetsInput: ImportAssetsInput;
  ImportAssetsResult: ResolverTypeWrapper<ImportAssetsResult>;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invite: ResolverTypeWrapper<InviteRecord>;
  Me: ResolverTypeWrapper<UserActorRecord>;
  MemberRole: MemberRole;
  Membership: ResolverTypeWrapper<MembershipRecord>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<OrganisationRecord>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationContact: ResolverTypeWrapper<OrganisationContact>;
  OrganisationContactInput: OrganisationContactInput;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicBodyType: PublicBodyType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordType: RecordType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenure: ResolverTypeWrapper<Tenure>;
  TenureInput: TenureInput;
  TenureType: TenureType;
  UpdateBuildingInput: UpdateBuildingInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  Visibility: Visibility;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  AddressInput: AddressInput;
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  Boolean: Scalars['Boolean']['output'];
  Building: BuildingRecord;
  BuildingConnection: Omit<BuildingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BuildingEdge']> };
  BuildingEdge: Omit<BuildingEdge, 'node'> & { node: ResolversParentTypes['Building'] };
  CreateBuildingInput: CreateBuildingInput;
  CreateOrganisationInput: CreateOrganisationInput;
  DataQualityIssue: DataQualityIssue;
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  ID: Scalars['ID']['output'];
  ImportAssetRowInput: ImportAssetRowInput;
  ImportAssetsInput: ImportAssetsInput;
  ImportAssetsResult: ImportAssetsResult;
  ImportProblem: ImportProblem;
  ImportRowResult: ImportRowResult;
  Int: Scalars['Int']['output'];
  Invite: InviteRecord;
  Me: UserActorRecord;
  Membership: MembershipRecord;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationRecord;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationContact: OrganisationContact;
  OrganisationContactInput: OrganisationContactInput;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Tenure: Tenure;
  TenureInput: TenureInput;
  UpdateBuildingInput: UpdateBuildingInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
};

export type AddressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  postTown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcodeIsPartial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['RecordType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type BuildingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = {
  accessibilityFeatures?: Resolver<Array<ResolversTypes['AccessibilityFeature']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assetReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BuildingCategory'], ParentType, ContextType>;
  councilCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dataQualityIssues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  floorAreaSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<BuildingHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BuildingStatus'], ParentType, ContextType>;
  tenure?: Resolver<Maybe<ResolversTypes['Tenure']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uprn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type BuildingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BuildingConnection'] = ResolversParentTypes['BuildingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BuildingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BuildingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BuildingEdge'] = ResolversParentTypes['BuildingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
};

export type DataQualityIssueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = {
  code?: Resolver<ResolversTypes['DataQualityCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportAssetsResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportAssetsResult'] = ResolversParentTypes['ImportAssetsResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownerOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  buildingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
};

export type InviteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Invite'] = ResolversParentTypes['Invite']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  invitedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invites?: Resolver<Array<ResolversTypes['Invite']>, ParentType, ContextType>;
  isPlatformAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMember?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'organisationId' | 'role' | 'userId'>>;
  archiveBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationArchiveBuildingArgs, 'expectedVersion' | 'id'>>;
  changeMemberRole?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'expectedVersion' | 'organisationId' | 'role' | 'userId'>>;
  claimInvite?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationClaimInviteArgs, 'organisationId'>>;
  createBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationCreateBuildingArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  importAssets?: Resolver<ResolversTypes['ImportAssetsResult'], ParentType, ContextType, RequireFields<MutationImportAssetsArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['Invite'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'email' | 'organisationId' | 'role'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removeMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'expectedVersion' | 'organisationId' | 'userId'>>;
  revokeInvite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeInviteArgs, 'email' | 'organisationId'>>;
  setOrganisationVerified?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationSetOrganisationVerifiedArgs, 'expectedVersion' | 'id' | 'verified'>>;
  updateBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationUpdateBuildingArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  buildings?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<OrganisationBuildingsArgs, 'first'>>;
  charityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['OrganisationContact']>, ParentType, ContextType>;
  councilAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gssCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<OrganisationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invites?: Resolver<Maybe<Array<ResolversTypes['Invite']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicBodyType?: Resolver<Maybe<ResolversTypes['PublicBodyType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganisationContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationContact'] = ResolversParentTypes['OrganisationContact']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<QueryBuildingArgs, 'id'>>;
  buildingByUprn?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingByUprnArgs, 'first' | 'uprn'>>;
  buildingsByCouncil?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingsByCouncilArgs, 'councilCode' | 'first'>>;
  buildingsByOwner?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingsByOwnerArgs, 'first' | 'organisationId'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationsByCouncilArea?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsByCouncilAreaArgs, 'councilCode' | 'first'>>;
  organisationsByName?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsByNameArgs, 'first' | 'prefix'>>;
};

export type TenureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TenureType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Address?: AddressResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingConnection?: BuildingConnectionResolvers<ContextType>;
  BuildingEdge?: BuildingEdgeResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  ImportAssetsResult?: ImportAssetsResultResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  Invite?: InviteResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationContact?: OrganisationContactResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
};

