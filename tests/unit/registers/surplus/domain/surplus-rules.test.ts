import { describe, expect, it } from 'vitest';
import type { Building, Organisation } from '../../../../../src/kernel/domain/records';
import {
  closeListing,
  createSurplusListing,
  listingState,
  quantityLeft,
  reviseListing,
} from '../../../../../src/registers/surplus/domain/surplus-listing';
import type { SurplusListing } from '../../../../../src/registers/surplus/domain/surplus-listing';
import {
  allocate,
  allocateOnArrival,
  assertMayRequest,
  confirmCollection,
  createSurplusRequest,
  declineRequest,
  markNoShow,
  withdrawRequest,
} from '../../../../../src/registers/surplus/domain/surplus-request';

const AT = '2026-11-23T09:00:00.000Z';
const TODAY = '2026-11-23';

const library: Building = {
  id: 'bldg-library',
  name: 'Old Town Library',
  uprn: null,
  assetReference: null,
  address: {
    lines: ['1 High Street'],
    postTown: 'Cheltenham',
    postcode: 'GL50 1AA',
    postcodeIsPartial: false,
  },
  location: { latitude: 51.9, longitude: -2.07 },
  councilCode: 'E07000078',
  ownerOrganisationId: 'org-council',
  ownerName: null,
  tenure: null,
  category: 'LIBRARY',
  status: 'OPERATIONAL',
  floorAreaSqm: null,
  accessibilityFeatures: [],
  description: null,
  visibility: 'PUBLIC',
  archivedAt: null,
  createdAt: AT,
  updatedAt: AT,
  version: 1,
};

function chairs(overrides: Partial<SurplusListing> = {}): SurplusListing {
  return {
    ...createSurplusListing(
      'listing-1',
      'org-council',
      library,
      {
        category: 'SEATING',
        description: 'Stacking chairs',
        quantity: 40,
        condition: 'GOOD',
        dimensions: null,
        availableFrom: '2026-11-20',
        availableUntil: '2026-12-31',
        collection: {
          accessTimes: null,
          loading: null,
          contactName: null,
          contactEmail: null,
          contactPhone: null,
        },
        mustCollect: true,
      },
      'LISTER_CHOOSES',
      AT,
    ),
    ...overrides,
  };
}

const group: Organisation = {
  id: 'org-group',
  kind: 'CHARITY',
  name: 'Youth Club',
  verified: true,
} as Organisation;

const requestFor = (listing: SurplusListing, quantity: number) =>
  createSurplusRequest(
    'req-1',
    listing,
    { organisation: group, quantity, intendedUse: 'Our hall' },
    AT,
    TODAY,
  );

describe('a surplus listing', () => {
  it('is available between its first and last days while items are left', () => {
    expect(listingState(chairs(), TODAY)).toBe('AVAILABLE');
    expect(listingState(chairs(), '2026-11-19')).toBe('UPCOMING');
    expect(listingState(chairs(), '2026-12-31')).toBe('AVAILABLE');
    expect(listingState(chairs(), '2027-01-01')).toBe('ENDED');
  });

  it('is fully allocated while nothing is left, and closed once closed', () => {
    expect(listingState(chairs({ allocatedQuantity: 40 }), TODAY)).toBe('FULLY_ALLOCATED');
    expect(listingState(closeListing(chairs(), 'Building closed'), TODAY)).toBe('CLOSED');
  });

  it('lives without an end date until its items are all allocated', () => {
    expect(listingState(chairs({ availableUntil: null }), '2030-01-01')).toBe('AVAILABLE');
  });
});

describe('allocation', () => {
  it('reserves part of a request and counts what is left', () => {
    const listing = chairs();
    const step = allocate(listing, requestFor(listing, 25), 20, AT, TODAY);
    expect(step.request).toMatchObject({ status: 'ALLOCATED', allocatedQuantity: 20 });
    expect(quantityLeft(step.listing)).toBe(20);
  });

  it('never allocates more than is left', () => {
    const listing = chairs({ allocatedQuantity: 35 });
    expect(() => allocate(listing, requestFor(listing, 10), null, AT, TODAY)).toThrow(/Only 5/);
  });

  it('never allocates more than was asked for', () => {
    const listing = chairs();
    expect(() => allocate(listing, requestFor(listing, 10), 11, AT, TODAY)).toThrow(/at most 10/);
  });

  it('gives a first-come request what is left when that is less than it asked for', () => {
    const listing = chairs({ allocatedQuantity: 38 });
    const step = allocateOnArrival(listing, requestFor(listing, 10), AT, TODAY);
    expect(step.request.allocatedQuantity).toBe(2);
    expect(listingState(step.listing, TODAY)).toBe('FULLY_ALLOCATED');
  });

  it('refuses a request for an ended listing', () => {
    const listing = chairs({ availableUntil: '2026-11-22' });
    expect(() => requestFor(listing, 1)).toThrow(/ENDED/);
  });

  it('returns a no-show to the listing, and counts a collection as reused', () => {
    const listing = chairs();
    const allocated = allocate(listing, requestFor(listing, 15), null, AT, TODAY);
    const noShow = markNoShow(allocated.listing, allocated.request, AT);
    expect(noShow.request.status).toBe('NO_SHOW');
    expect(quantityLeft(noShow.listing)).toBe(40);
    const collected = confirmCollection(allocated.listing, allocated.request, AT);
    expect(collected.listing).toMatchObject({ allocatedQuantity: 15, collectedQuantity: 15 });
    expect(() => markNoShow(collected.listing, collected.request, AT)).toThrow(/COLLECTED/);
  });

  it('declines only a pending request', () => {
    const listing = chairs();
    expect(declineRequest(requestFor(listing, 1), AT).status).toBe('DECLINED');
  });
});

describe('who may request', () => {
  it('refuses unverified organisations, businesses and the lister itself', () => {
    const listing = chairs();
    expect(() => assertMayRequest(group, listing)).not.toThrow();
    expect(() => assertMayRequest({ ...group, verified: false }, listing)).toThrow(/verified/);
    expect(() => assertMayRequest({ ...group, kind: 'BUSINESS' }, listing)).toThrow(/BUSINESS/);
    expect(() => assertMayRequest({ ...group, id: 'org-council' }, listing)).toThrow(/own/);
  });
});

describe("the lister's edits", () => {
  it('keeps what is not edited and never lists fewer than are allocated', () => {
    const listing = chairs({ allocatedQuantity: 12, collectedQuantity: 5 });
    const edited = reviseListing(listing, { quantity: 12, dimensions: null }, TODAY);
    expect(edited).toEqual({ ...listing, quantity: 12, dimensions: null });
    expect(() => reviseListing(listing, { quantity: 11 }, TODAY)).toThrow(/at least 12/);
  });

  it('gives an ended listing a later end date, but none in the past, and refuses a closed one', () => {
    const ended = chairs({ availableUntil: '2026-11-21' });
    expect(listingState(ended, TODAY)).toBe('ENDED');
    expect(listingState(reviseListing(ended, { availableUntil: TODAY }, TODAY), TODAY)).toBe('AVAILABLE');
    expect(() => reviseListing(ended, { availableUntil: '2026-11-22' }, TODAY)).toThrow(/past/);
    expect(() => reviseListing(ended, { availableUntil: '2026-11-19' }, TODAY)).toThrow(/availableFrom/);
    expect(() => reviseListing(closeListing(chairs(), 'Gone'), { mustCollect: false }, TODAY)).toThrow(
      /closed/,
    );
  });
});

describe('withdrawal by the group', () => {
  it('returns an allocation to the listing, and leaves the listing alone for a pending request', () => {
    const listing = chairs();
    const allocated = allocate(listing, requestFor(listing, 25), 20, AT, TODAY);
    const withdrawn = withdrawRequest(allocated.listing, allocated.request, AT);
    expect(withdrawn.request.status).toBe('WITHDRAWN');
    expect(withdrawn.listing && quantityLeft(withdrawn.listing)).toBe(40);
    expect(withdrawRequest(listing, requestFor(listing, 5), AT).listing).toBeNull();
  });

  it('refuses a request that has ended', () => {
    const listing = chairs();
    const allocated = allocate(listing, requestFor(listing, 5), null, AT, TODAY);
    const collected = confirmCollection(allocated.listing, allocated.request, AT);
    expect(() => withdrawRequest(collected.listing, collected.request, AT)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
});
