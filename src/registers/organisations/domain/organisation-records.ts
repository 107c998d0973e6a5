/**
 * The record builders of the organisations register: one per record type (an organisation, a membership,
 * an invitation), used by the changes and the tests alike. Pure: the id and the instant come from the caller.
 */
import { BadUserInputError } from '../../../kernel/domain/errors';
import type {
  Invite,
  MemberRole,
  Membership,
  Organisation,
  OrganisationContact,
  OrganisationKind,
  PublicBodyType,
} from '../../../kernel/domain/records';
import { computeInviteExpiry } from './invites';
import { checkOrganisationIdentifiers, withOwnArea } from './organisation-rules';

/** No contact details given. */
export const NO_CONTACT: OrganisationContact = { name: null, email: null, phone: null, address: null };

/** What a new organisation is registered with (absent and null both mean "not given"). */
export interface OrganisationDetails {
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly councilAreas: readonly string[];
  readonly gssCode?: string | null | undefined;
  readonly charityNumber?: string | null | undefined;
  readonly companyNumber?: string | null | undefined;
  readonly memberCount?: number | null | undefined;
  readonly publicBodyType?: PublicBodyType | null | undefined;
  readonly parishCode?: string | null | undefined;
  readonly website?: string | null | undefined;
  readonly contact?: OrganisationContact | null | undefined;
}

/**
 * A new organisation, version 1, checked (BAD_USER_INPUT with every problem under `input`). Councils are
 * registered by platform admins, who have checked them already: they start verified; others do not.
 */
export function buildOrganisation(details: OrganisationDetails, id: string, at: string): Organisation {
  return assertValidOrganisation({
    id,
    kind: details.kind,
    name: details.name,
    gssCode: details.gssCode ?? null,
    charityNumber: details.charityNumber ?? null,
    companyNumber: details.companyNumber ?? null,
    memberCount: details.memberCount ?? null,
    publicBodyType: details.publicBodyType ?? null,
    parishCode: details.parishCode ?? null,
    councilAreas: details.councilAreas,
    website: details.website ?? null,
    contact: details.contact ?? NO_CONTACT,
    verified: details.kind === 'COUNCIL',
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

/**
 * The organisation with its council areas completed (a council's own area first, no repeats), or
 * BAD_USER_INPUT naming the identifiers its kind lacks or may not have (reported under `input`).
 */
export function assertValidOrganisation(organisation: Organisation): Organisation {
  const result = { ...organisation, councilAreas: withOwnArea(organisation) };
  const problems = checkOrganisationIdentifiers(result, 'input');
  if (problems.length) throw new BadUserInputError(problems);
  return result;
}

/** A council starts with no members (a platform admin adds its first officer); others with their creator. */
export const firstAdminOf = (organisation: Pick<Organisation, 'kind'>, creatorId: string): string | null =>
  organisation.kind === 'COUNCIL' ? null : creatorId;

/** A new membership, version 1. */
export function buildMembership(
  organisationId: string,
  userId: string,
  role: MemberRole,
  at: string,
): Membership {
  return { organisationId, userId, role, createdAt: at, updatedAt: at, version: 1 };
}

/** A new invitation, valid for INVITE_LIFETIME_DAYS from `at`. */
export function buildInvite(
  organisationId: string,
  email: string,
  role: MemberRole,
  invitedBy: string,
  at: string,
): Invite {
  return { organisationId, email, role, invitedBy, createdAt: at, expiresAt: computeInviteExpiry(at) };
}

/** The membership's next version with another role. */
export function withRole(membership: Membership, role: MemberRole, at: string): Membership {
  return { ...membership, role, updatedAt: at, version: membership.version + 1 };
}
