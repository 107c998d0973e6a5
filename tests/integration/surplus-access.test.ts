import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_MEMBER,
  CHELTENHAM,
  DUDLEY,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import {
  ALLOCATE,
  ATTACH_PHOTO,
  LISTING_PHOTOS,
  REMOVE_PHOTO,
  SURPLUS_LISTING,
  UPDATE_SETTINGS,
  attachPhoto,
  createListing,
  listingInput,
  requestItems,
  uploadPhoto,
} from '../support/surplus-fixtures';
import type { Listing, SurplusRequestResult } from '../support/surplus-fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';
import { describeAccessTable } from '../support/access-table';
import type { AccessCase, AccessOutcome } from '../support/access-table';

/**
 * Every surplus mutation against every kind of caller, through the real server and store (the rules are
 * the `surplus.*` rows of the authorization table, tests/unit/kernel/domain/authorization.test.ts). Each case
 * gets a fresh listing charity (admin, editor, viewer), its building, a listing, a pending and an allocated
 * request from one verified group, so a case that succeeds cannot change another's outcome.
 */
const ACTORS = [
  'anonymous',
  'outsider',
  'viewer',
  'editor',
  'admin',
  'requester',
  'officerHere',
  'officerElsewhere',
  'platformAdmin',
] as const;
type ActorName = (typeof ACTORS)[number];

interface Fixture {
  readonly n: number;
  readonly organisationId: string;
  readonly buildingId: string;
  readonly listing: Listing;
  readonly pending: SurplusRequestResult;
  readonly allocated: SurplusRequestResult;
  readonly callers: Record<ActorName, Caller | null>;
}

type MutationCase = AccessCase<Fixture, ActorName>;

const REQUESTER: Caller = { userId: 'requester-editor' };
let requesterGroupId = '';

/** A request's step: callers who may not see the request are told it does not exist. */
const hiddenRequest: Partial<Record<ActorName, AccessOutcome>> = {
  outsider: 'NOT_FOUND',
  officerHere: 'NOT_FOUND',
  officerElsewhere: 'NOT_FOUND',
};

const requestStep = (mutation: string) => (t: TestApp, fx: Fixture, caller: Caller | null) =>
  t.run(
    `mutation ($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v) { id } }`,
    {
      id: fx.pending.id,
      v: fx.pending.version,
    },
    caller,
  );

const CASES: readonly MutationCase[] = [
  {
    name: 'createSurplusListing (in the charity’s building)',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($input: CreateSurplusListingInput!) { createSurplusListing(input: $input) { id } }',
        { input: listingInput(fx.buildingId, fx.organisationId) },
        caller,
      ),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'listBuildingSurplus (the charity’s building set to SURPLUS, two kinds listed)',
    run: (t, fx, caller) => {
      const { availableFrom, availableUntil, collection } = listingInput(fx.buildingId, fx.organisationId);
      const item = { category: 'SEATING', description: 'Chairs', quantity: 4, condition: 'GOOD' };
      return t.run(
        'mutation ($input: ListBuildingSurplusInput!) { listBuildingSurplus(input: $input) { building { id } } }',
        {
          input: {
            buildingId: fx.buildingId,
            organisationId: fx.organisationId,
            buildingStatus: 'SURPLUS',
            buildingExpectedVersion: 1,
            availableFrom,
            availableUntil,
            collection,
            items: [item, { ...item, category: 'STORAGE', description: 'Cupboards' }],
          },
        },
        caller,
      );
    },
    allowed: ['editor', 'admin'],
  },
  {
    name: 'closeSurplusListing',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v) { id } }',
        // The fixture's allocation moved the listing on one version.
        { id: fx.listing.id, v: fx.listing.version + 1 },
        caller,
      ),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'updateSurplusListing',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($id: ID!, $v: Int!, $input: UpdateSurplusListingInput!) { updateSurplusListing(id: $id, expectedVersion: $v, input: $input) { id } }',
        { id: fx.listing.id, v: fx.listing.version + 1, input: { description: 'Chairs, some stained' } },
        caller,
      ),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'requestSurplusPhotoUpload',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($id: ID!) { requestSurplusPhotoUpload(listingId: $id, contentType: "image/jpeg") { photoId } }',
        { id: fx.listing.id },
        caller,
      ),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'attachSurplusPhoto (uploaded by the lister’s admin)',
    run: async (t, fx, caller) => {
      const form = await uploadPhoto(t, fx.callers.admin as Caller, fx.listing.id);
      return t.run(
        ATTACH_PHOTO,
        { id: fx.listing.id, v: fx.listing.version + 1, photoId: form.photoId, alt: 'Chairs' },
        caller,
      );
    },
    allowed: ['editor', 'admin'],
  },
  {
    name: 'removeSurplusPhoto',
    run: async (t, fx, caller) => {
      const listing = { id: fx.listing.id, version: fx.listing.version + 1 };
      const attached = await attachPhoto(t, fx.callers.admin as Caller, listing);
      return t.run(
        REMOVE_PHOTO,
        { id: fx.listing.id, v: attached.version, photoId: attached.photos[0]?.id },
        caller,
      );
    },
    allowed: ['editor', 'admin'],
  },
  {
    name: 'requestSurplusItems (for the verified group)',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($input: RequestSurplusItemsInput!) { requestSurplusItems(input: $input) { id } }',
        {
          input: {
            listingId: fx.listing.id,
            organisationId: requesterGroupId,
            quantity: 1,
            intendedUse: 'Hall',
          },
        },
        caller,
      ),
    allowed: ['requester'],
  },
  {
    name: 'allocateSurplusRequest',
    run: requestStep('allocateSurplusRequest'),
    allowed: ['editor', 'admin'],
    otherwise: hiddenRequest,
  },
  {
    name: 'declineSurplusRequest',
    run: requestStep('declineSurplusRequest'),
    allowed: ['editor', 'admin'],
    otherwise: hiddenRequest,
  },
  {
    name: 'confirmSurplusCollection',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($id: ID!, $v: Int!) { confirmSurplusCollection(id: $id, expectedVersion: $v) { id } }',
        { id: fx.allocated.id, v: fx.allocated.version },
        caller,
      ),
    allowed: ['editor', 'admin', 'requester'],
    otherwise: hiddenRequest,
  },
  {
    name: 'markSurplusNoShow',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($id: ID!, $v: Int!) { markSurplusNoShow(id: $id, expectedVersion: $v) { id } }',
        { id: fx.allocated.id, v: fx.allocated.version },
        caller,
      ),
    allowed: ['editor', 'admin'],
    otherwise: hiddenRequest,
  },
  {
    name: 'withdrawSurplusRequest (a pending one)',
    run: requestStep('withdrawSurplusRequest'),
    allowed: ['requester'],
    otherwise: hiddenRequest,
  },
  {
    name: 'withdrawSurplusRequest (an allocated one)',
    run: (t, fx, caller) =>
      t.run(
        'mutation ($id: ID!, $v: Int!) { withdrawSurplusRequest(id: $id, expectedVersion: $v) { id } }',
        { id: fx.allocated.id, v: fx.allocated.version },
        caller,
      ),
    allowed: ['requester'],
    otherwise: hiddenRequest,
  },
  {
    name: 'updateSurplusSettings (Cheltenham)',
    run: async (t, _fx, caller) => {
      const { surplusSettings } = await t.ok<{ surplusSettings: { version: number } }>(
        'query { surplusSettings(councilCode: "E07000078") { version } }',
      );
      return t.run(
        UPDATE_SETTINGS,
        { gss: CHELTENHAM, v: surplusSettings.version, rule: 'LISTER_CHOOSES' },
        caller,
      );
    },
    allowed: ['officerHere', 'platformAdmin'],
  },
];

describe('access control for every surplus mutation', () => {
  let t: TestApp;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, 'officer-here');
    await createCouncil(t, DUDLEY, 'officer-elsewhere');
    requesterGroupId = (await createCharity(t, REQUESTER, 'Requesting group')).id;
    await t.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      { id: requesterGroupId },
      { userId: PLATFORM_ADMIN },
    );
  });

  async function createFixture(): Promise<Fixture> {
    const n = ++counter;
    const admin = { userId: `admin-${n}` };
    const organisationId = (await createCharity(t, admin, `Lister ${n}`)).id;
    for (const [userId, role] of [
      [`editor-${n}`, 'EDITOR'],
      [`viewer-${n}`, 'VIEWER'],
    ]) {
      await t.ok(ADD_MEMBER, { organisationId, userId, role }, admin);
    }
    const building = await createBuilding(t, admin, {
      name: `Hall ${n}`,
      ownerOrganisationId: organisationId,
    });
    const listing = await createListing(t, admin, listingInput(building.id, organisationId));
    const ask = { listingId: listing.id, organisationId: requesterGroupId, quantity: 2, intendedUse: 'Hall' };
    const pending = await requestItems(t, REQUESTER, ask);
    const toAllocate = await requestItems(t, REQUESTER, ask);
    const { allocateSurplusRequest: allocated } = await t.ok<{
      allocateSurplusRequest: SurplusRequestResult;
    }>(ALLOCATE, { id: toAllocate.id, v: toAllocate.version }, admin);
    return {
      n,
      organisationId,
      buildingId: building.id,
      listing,
      pending,
      allocated,
      callers: {
        anonymous: null,
        outsider: { userId: `outsider-${n}` },
        viewer: { userId: `viewer-${n}` },
        editor: { userId: `editor-${n}` },
        admin,
        requester: REQUESTER,
        officerHere: { userId: 'officer-here' },
        officerElsewhere: { userId: 'officer-elsewhere' },
        platformAdmin: { userId: PLATFORM_ADMIN },
      },
    };
  }

  describeAccessTable(CASES, ACTORS, () => t, createFixture);

  it('shows the photos of a listing in a partners-only building to whoever may see the listing', async () => {
    const fx = await createFixture();
    const admin = fx.callers.admin as Caller;
    const hall = await createBuilding(t, admin, {
      name: `Partners hall ${fx.n}`,
      ownerOrganisationId: fx.organisationId,
      visibility: 'PARTNERS',
    });
    const listing = await createListing(t, admin, listingInput(hall.id, fx.organisationId));
    await attachPhoto(t, admin, listing);
    const photos = async (caller: Caller | null) => {
      const result = await t.run(LISTING_PHOTOS, { id: listing.id }, caller);
      if (result.errors?.length) return errorCodes(result)[0];
      return (result.data?.['surplusListing'] as { photos: unknown[] }).photos.length;
    };

    const outcomes = {
      anonymous: await photos(null),
      outsider: await photos(fx.callers.outsider),
      requester: await photos(REQUESTER),
      listerViewer: await photos(fx.callers.viewer),
      officerHere: await photos(fx.callers.officerHere),
      officerElsewhere: await photos(fx.callers.officerElsewhere),
      platformAdmin: await photos(fx.callers.platformAdmin),
    };

    expect(outcomes).toEqual({
      anonymous: 'NOT_FOUND',
      outsider: 'NOT_FOUND',
      requester: 1,
      listerViewer: 1,
      officerHere: 1,
      officerElsewhere: 1,
      platformAdmin: 1,
    });
  });

  it('shows collection details only to those who may request, list or manage in the area', async () => {
    const fx = await createFixture();
    const unverified = { userId: 'unverified-admin' };
    await createCharity(t, unverified, 'Unverified group');
    const seen = async (caller: Caller | null) => {
      const { surplusListing } = await t.ok<{ surplusListing: Listing }>(
        SURPLUS_LISTING,
        { id: fx.listing.id },
        caller,
      );
      return surplusListing.collection !== null;
    };

    const outcomes = {
      anonymous: await seen(null),
      outsider: await seen(fx.callers.outsider),
      unverifiedGroup: await seen(unverified),
      requester: await seen(REQUESTER),
      listerViewer: await seen(fx.callers.viewer),
      officerHere: await seen(fx.callers.officerHere),
    };

    expect(outcomes).toEqual({
      anonymous: false,
      outsider: false,
      unverifiedGroup: false,
      requester: true,
      listerViewer: true,
      officerHere: true,
    });
  });
});
