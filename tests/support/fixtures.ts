import type { Caller, TestApp } from './test-app';
import { PLATFORM_ADMIN } from './test-app';

export const CHELTENHAM = 'E07000078';
export const DUDLEY = 'E08000027';

export const CREATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      kind
      version
      councilAreas
      verified
    }
  }
`;

export const ADD_MEMBER = /* GraphQL */ `
  mutation ($organisationId: ID!, $userId: String!, $role: MemberRole!) {
    addMember(organisationId: $organisationId, userId: $userId, role: $role) {
      userId
      role
      version
    }
  }
`;

export const CREATE_BUILDING = /* GraphQL */ `
  mutation ($input: CreateBuildingInput!) {
    createBuilding(input: $input) {
      id
      name
      uprn
      version
      councilCode
      status
      category
      visibility
      ownerName
      address {
        lines
        postTown
        postcode
        postcodeIsPartial
      }
      location {
        latitude
        longitude
      }
      owner {
        id
        name
      }
    }
  }
`;

export interface CreatedOrganisation {
  id: string;
  name: string;
  version: number;
}

/** Registers a council (as the platform admin) and makes `officerId` an EDITOR of it. */
export async function createCouncil(
  t: TestApp,
  gssCode: string,
  officerId: string,
  name = `Council ${gssCode}`,
) {
  const { createOrganisation } = await t.ok<{ createOrganisation: CreatedOrganisation }>(
    CREATE_ORGANISATION,
    { input: { kind: 'COUNCIL', name, gssCode, councilAreas: [] } },
    { userId: PLATFORM_ADMIN },
  );
  await t.ok(
    ADD_MEMBER,
    { organisationId: createOrganisation.id, userId: officerId, role: 'EDITOR' },
    { userId: PLATFORM_ADMIN },
  );
  return createOrganisation;
}

/** Registers a charity working in `areas`, created by (and so administered by) `admin`. */
export async function createCharity(t: TestApp, admin: Caller, name: string, areas: string[] = [CHELTENHAM]) {
  const { createOrganisation } = await t.ok<{ createOrganisation: CreatedOrganisation }>(
    CREATE_ORGANISATION,
    {
      input: {
        kind: 'CHARITY',
        name,
        charityNumber: '1234567',
        councilAreas: areas,
        contact: { name: 'Sam Jones', email: contactEmailOf(name), phone: '01242 123456' },
      },
    },
    admin,
  );
  return createOrganisation;
}

/** Each test charity's private contact email, derived from its name so tests can look for one in particular. */
export function contactEmailOf(name: string): string {
  return `contact@${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.org`;
}

export function buildingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Pittville Pump Room',
    councilCode: CHELTENHAM,
    category: 'HALL',
    address: { lines: ['East Approach Drive'], postTown: 'Cheltenham', postcode: 'gl52 3je' },
    ...overrides,
  };
}

export async function createBuilding(t: TestApp, caller: Caller, overrides: Record<string, unknown> = {}) {
  const { createBuilding: building } = await t.ok<{
    createBuilding: { id: string; version: number; uprn: string | null; name: string };
  }>(CREATE_BUILDING, { input: buildingInput(overrides) }, caller);
  return building;
}

// ---- Issue 6 (faults and limits) ----

export const UPDATE_ORGANISATION = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, expectedVersion: $v, input: $input) {
      id
      version
      name
      councilAreas
    }
  }
`;
