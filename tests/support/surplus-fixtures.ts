import { CHELTENHAM, createBuilding, createCharity, createCouncil } from './fixtures';
import type { Caller, TestApp } from './test-app';
import { PLATFORM_ADMIN } from './test-app';

/** GraphQL documents and a prepared register for the surplus tests. */

export const LISTING_FIELDS = /* GraphQL */ `
  id
  version
  category
  description
  quantity
  quantityLeft
  quantityAllocated
  quantityCollected
  state
  allocationRule
  buildingName
  councilCode
  collection {
    accessTimes
    contactEmail
  }
`;

export const CREATE_LISTING = /* GraphQL */ `
  mutation ($input: CreateSurplusListingInput!, $key: String) {
    createSurplusListing(input: $input, idempotencyKey: $key) {
      ${LISTING_FIELDS}
    }
  }
`;

export const REQUEST_FIELDS = /* GraphQL */ `
  id
  version
  status
  quantity
  quantityAllocated
  quantityCollected
  organisation {
    id
  }
`;

export const REQUEST_ITEMS = /* GraphQL */ `
  mutation ($input: RequestSurplusItemsInput!, $key: String) {
    requestSurplusItems(input: $input, idempotencyKey: $key) {
      ${REQUEST_FIELDS}
    }
  }
`;

export const ALLOCATE = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $quantity: Int) {
    allocateSurplusRequest(id: $id, expectedVersion: $v, quantity: $quantity) {
      ${REQUEST_FIELDS}
    }
  }
`;

export const CONFIRM_COLLECTION = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    confirmSurplusCollection(id: $id, expectedVersion: $v) {
      ${REQUEST_FIELDS}
    }
  }
`;

export const MARK_NO_SHOW = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    markSurplusNoShow(id: $id, expectedVersion: $v) {
      ${REQUEST_FIELDS}
    }
  }
`;

export const DECLINE_REQUEST = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    declineSurplusRequest(id: $id, expectedVersion: $v) {
      ${REQUEST_FIELDS}
    }
  }
`;

export const UPDATE_LISTING = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $input: UpdateSurplusListingInput!) {
    updateSurplusListing(id: $id, expectedVersion: $v, input: $input) {
      ${LISTING_FIELDS}
    }
  }
`;

export const WITHDRAW_REQUEST = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!) {
    withdrawSurplusRequest(id: $id, expectedVersion: $v) {
      ${REQUEST_FIELDS}
    }
  }
`;

export const SURPLUS_LISTING = /* GraphQL */ `
  query ($id: ID!) {
    surplusListing(id: $id) {
      ${LISTING_FIELDS}
    }
  }
`;

export const UPDATE_SETTINGS = /* GraphQL */ `
  mutation ($gss: String!, $v: Int!, $rule: SurplusAllocationRule!) {
    updateSurplusSettings(councilCode: $gss, expectedVersion: $v, allocationRule: $rule) {
      councilCode
      allocationRule
      version
    }
  }
`;

export interface Listing {
  id: string;
  version: number;
  quantity: number;
  quantityLeft: number;
  quantityAllocated: number;
  quantityCollected: number;
  state: string;
  allocationRule: string;
  collection: { accessTimes: string | null; contactEmail: string | null } | null;
}

export interface SurplusRequestResult {
  id: string;
  version: number;
  status: string;
  quantity: number;
  quantityAllocated: number;
  quantityCollected: number;
}

export function listingInput(
  buildingId: string,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    buildingId,
    organisationId,
    category: 'SEATING',
    description: 'Stacking chairs, blue',
    quantity: 40,
    condition: 'GOOD',
    dimensions: '45 x 50 x 80 cm',
    availableFrom: '2026-11-23',
    availableUntil: '2026-12-18',
    collection: {
      accessTimes: 'Weekdays 9:00 to 16:00',
      loading: 'Ground floor, parking at the rear for a van',
      contactName: 'Pat Officer',
      contactEmail: 'pat@cheltenham.example.gov.uk',
      contactPhone: '01242 111111',
    },
    mustCollect: true,
    ...overrides,
  };
}

/** A council with an officer, its closing library, and `groups` verified charities, each with an editor. */
export async function surplusRegister(t: TestApp, groups = 2) {
  const officer: Caller = { userId: 'officer-surplus' };
  const council = await createCouncil(t, CHELTENHAM, officer.userId, 'Cheltenham Borough Council');
  const library = await createBuilding(t, officer, {
    name: 'Old Town Library',
    category: 'LIBRARY',
    ownerOrganisationId: council.id,
    status: 'SURPLUS',
  });
  const editors: Caller[] = [];
  const groupIds: string[] = [];
  for (let n = 0; n < groups; n++) {
    const editor: Caller = { userId: `group-editor-${n}` };
    const group = await createCharity(t, editor, `Community group ${n}`);
    await t.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      { id: group.id },
      { userId: PLATFORM_ADMIN },
    );
    editors.push(editor);
    groupIds.push(group.id);
  }
  return { officer, council, library, editors, groupIds };
}

export async function createListing(
  t: TestApp,
  caller: Caller,
  input: Record<string, unknown>,
): Promise<Listing> {
  const { createSurplusListing } = await t.ok<{ createSurplusListing: Listing }>(
    CREATE_LISTING,
    { input },
    caller,
  );
  return createSurplusListing;
}

export async function requestItems(
  t: TestApp,
  caller: Caller,
  input: Record<string, unknown>,
): Promise<SurplusRequestResult> {
  const { requestSurplusItems } = await t.ok<{ requestSurplusItems: SurplusRequestResult }>(
    REQUEST_ITEMS,
    { input },
    caller,
  );
  return requestSurplusItems;
}
