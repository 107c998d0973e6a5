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

// ---- Photos ----

export const PHOTO_FIELDS = /* GraphQL */ `
  id
  url
  urlExpiresAt
  altText
  contentType
  byteSize
  addedAt
`;

export const REQUEST_PHOTO_UPLOAD = /* GraphQL */ `
  mutation ($id: ID!, $type: String!) {
    requestSurplusPhotoUpload(listingId: $id, contentType: $type) {
      photoId
      url
      fields {
        name
        value
      }
      maxBytes
      expiresAt
    }
  }
`;

export const ATTACH_PHOTO = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $photoId: ID!, $alt: String!) {
    attachSurplusPhoto(listingId: $id, expectedVersion: $v, photoId: $photoId, altText: $alt) {
      id
      version
      photos {
        ${PHOTO_FIELDS}
      }
    }
  }
`;

export const REMOVE_PHOTO = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $photoId: ID!) {
    removeSurplusPhoto(listingId: $id, expectedVersion: $v, photoId: $photoId) {
      id
      version
      photos {
        id
      }
    }
  }
`;

export const LISTING_PHOTOS = /* GraphQL */ `
  query ($id: ID!) {
    surplusListing(id: $id) {
      id
      version
      photos {
        ${PHOTO_FIELDS}
      }
    }
  }
`;

export interface UploadForm {
  photoId: string;
  url: string;
  fields: { name: string; value: string }[];
  maxBytes: number;
  expiresAt: string;
}

export interface Photo {
  id: string;
  url: string;
  urlExpiresAt: string;
  altText: string;
  contentType: string;
  byteSize: number;
  addedAt: string;
}

/**
 * `size` bytes framed as a JPEG (start-of-image and JFIF marker, end-of-image): neither S3 nor the local
 * store decodes an upload, so a real image is not needed, only its type and size.
 */
export function jpegBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00].slice(0, size));
  if (size >= 13) bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

/** The browser's POST of an upload form: its fields in order, then the file, as multipart/form-data. */
export function uploadRequest(
  form: Pick<UploadForm, 'url' | 'fields'>,
  file: Uint8Array,
  fileType: string,
  changes: Record<string, string> = {},
): Request {
  const body = new FormData();
  for (const { name, value } of form.fields) body.append(name, changes[name] ?? value);
  for (const [name, value] of Object.entries(changes)) {
    if (!form.fields.some((field) => field.name === name)) body.append(name, value);
  }
  body.append('file', new Blob([new Uint8Array(file)], { type: fileType }), 'chairs.jpg');
  return new Request(form.url, { method: 'POST', body });
}

/** Asks for a form for `listingId` as `caller` (image/jpeg unless said). */
export async function requestPhotoUpload(
  t: TestApp,
  caller: Caller,
  listingId: string,
  contentType = 'image/jpeg',
): Promise<UploadForm> {
  const { requestSurplusPhotoUpload } = await t.ok<{ requestSurplusPhotoUpload: UploadForm }>(
    REQUEST_PHOTO_UPLOAD,
    { id: listingId, type: contentType },
    caller,
  );
  return requestSurplusPhotoUpload;
}

/** Uploads `file` to the test app's photo store with a fresh form; fails the test unless it is accepted. */
export async function uploadPhoto(
  t: TestApp,
  caller: Caller,
  listingId: string,
  file: Uint8Array = jpegBytes(2048),
): Promise<UploadForm> {
  const form = await requestPhotoUpload(t, caller, listingId);
  const response = await t.photos.handle(uploadRequest(form, file, 'image/jpeg'));
  if (response?.status !== 204) throw new Error(`upload refused: ${await response?.text()}`);
  return form;
}

/** Uploads and attaches a photo to the listing at version `version`; answers the listing's photos. */
export async function attachPhoto(
  t: TestApp,
  caller: Caller,
  listing: { id: string; version: number },
  altText = 'Blue stacking chairs in the library hall',
): Promise<{ id: string; version: number; photos: Photo[] }> {
  const form = await uploadPhoto(t, caller, listing.id);
  const { attachSurplusPhoto } = await t.ok<{
    attachSurplusPhoto: { id: string; version: number; photos: Photo[] };
  }>(ATTACH_PHOTO, { id: listing.id, v: listing.version, photoId: form.photoId, alt: altText }, caller);
  return attachSurplusPhoto;
}
