import type { GeoPoint } from '../../src/kernel/domain/location';
import type { SpaceOffer } from '../../src/registers/colocation/domain/space-offer';
import type { Caller, TestApp } from './test-app';

/** GraphQL documents and input builders for the co-location tests. */

export const OFFER_FIELDS = /* GraphQL */ `
  id
  title
  status
  version
  buildingName
  councilCode
  spaceKind
  capacity
  facilities
  accessibilityFeatures
  address {
    postcode
  }
  location {
    latitude
    longitude
  }
  contact {
    email
  }
`;

export const OFFER_SPACE = /* GraphQL */ `
  mutation ($input: OfferSpaceInput!, $key: String) {
    offerSpace(input: $input, idempotencyKey: $key) {
      ${OFFER_FIELDS}
    }
  }
`;

export const INTEREST_FIELDS = /* GraphQL */ `
  id
  status
  version
  closedReason
  message
  thread {
    event
    text
    organisation {
      name
    }
  }
`;

export function offerInput(
  buildingId: string,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    buildingId,
    organisationId,
    title: 'Two desks in the community office',
    spaceKind: 'DESKS',
    capacity: 12,
    availability: {
      slots: [
        { day: 'MONDAY', opens: '09:00', closes: '17:00' },
        { day: 'WEDNESDAY', opens: '09:00', closes: '17:00' },
      ],
      fromDate: '2026-12-01',
    },
    terms: 'COST_SHARING',
    monthlyCost: 150,
    facilities: ['WIFI', 'KITCHEN'],
    contact: { name: 'Jo Bloggs', email: 'jo@hub.example.org', phone: '01242 000000' },
    ...overrides,
  };
}

export async function offerSpace(
  t: TestApp,
  caller: Caller,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number; status: string }> {
  const { offerSpace: offer } = await t.ok<{ offerSpace: { id: string; version: number; status: string } }>(
    OFFER_SPACE,
    { input },
    caller,
  );
  return offer;
}

/**
 * An OPEN offer of space at `location`, as the store holds it, for seeding the distance searches' tests
 * straight through the co-location store (saveColocationChanges) without making each building first.
 */
export function openOfferAt(id: string, location: GeoPoint, organisationId = 'org-distance'): SpaceOffer {
  const at = '2026-11-23T09:00:00.000Z';
  return {
    id,
    organisationId,
    buildingId: `building-${id}`,
    building: {
      name: `Building ${id}`,
      address: { lines: [], postTown: null, postcode: null, postcodeIsPartial: false },
      location,
      councilCode: 'E07000078',
      ownerOrganisationId: organisationId,
      visibility: 'PUBLIC',
    },
    title: `Space ${id}`,
    spaceKind: 'DESKS',
    description: null,
    capacity: 5,
    floorAreaSqm: null,
    availability: { slots: [], fromDate: '2026-11-01', untilDate: null },
    terms: 'FREE',
    monthlyCost: 0,
    facilities: [],
    accessibilityFeatures: [],
    eligibleOrganisationKinds: [],
    status: 'OPEN',
    contact: { name: null, email: null, phone: null },
    acceptedInterestId: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
