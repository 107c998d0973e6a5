import { beforeAll, describe, expect, it } from 'vitest';
import { createRegisterStores } from '../../src/app/register-store';
import type { GeoPoint } from '../../src/kernel/domain/location';
import type { RegisterStores } from '../../src/registers/context';
import type { SurplusCategory, SurplusListing } from '../../src/registers/surplus/domain/surplus-listing';
import { createTestTable } from '../support/dynamo';
import { CHELTENHAM, createBuilding } from '../support/fixtures';
import { referenceDistanceM } from '../support/karney';
import { seededRandom } from '../support/seeded-random';
import { createListing, listingInput, surplusRegister } from '../support/surplus-fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * The distance search of surplus listings against a brute-force filter over the same listings by the WGS84
 * distance of a different method (Karney's, tests/support/karney.ts; the register uses Vincenty's), and
 * through the API: paging with nothing repeated or skipped, the category and availableNow filters by the
 * state computed for today (2026-11-23, the test app's clock), collection details hidden from anonymous
 * callers, and a building that moves taking its listings with it.
 */

const rand = seededRandom(20261203);
const between = (low: number, high: number) => low + rand() * (high - low);

const TOWNS: GeoPoint[] = [
  { latitude: 51.8994, longitude: -2.0783 }, // Cheltenham
  { latitude: 51.4545, longitude: -2.5879 }, // Bristol
  { latitude: 53.4808, longitude: -2.2426 }, // Manchester
  { latitude: 60.155, longitude: -1.145 }, // Lerwick, Shetland
];

type Kind = 'AVAILABLE' | 'UPCOMING' | 'ENDED' | 'CLOSED' | 'FULLY_ALLOCATED';
const KINDS: readonly Kind[] = ['AVAILABLE', 'UPCOMING', 'ENDED', 'CLOSED', 'FULLY_ALLOCATED'];
const CATEGORIES: readonly SurplusCategory[] = ['SEATING', 'STORAGE', 'IT_AND_AV'];

/** A listing as the store holds it, in the state `kind` on 2026-11-23, at `location`. */
function listingAt(id: string, location: GeoPoint, kind: Kind, category: SurplusCategory): SurplusListing {
  const at = '2026-11-20T09:00:00.000Z';
  return {
    id,
    organisationId: 'org-surplus-distance',
    buildingId: `building-${id}`,
    building: {
      name: `Building ${id}`,
      councilCode: CHELTENHAM,
      ownerOrganisationId: 'org-surplus-distance',
      visibility: 'PUBLIC',
      location,
      postcode: null,
    },
    category,
    description: `Items ${id}`,
    quantity: 10,
    condition: 'GOOD',
    dimensions: null,
    availableFrom: kind === 'UPCOMING' ? '2026-12-01' : kind === 'ENDED' ? '2026-10-01' : '2026-11-01',
    availableUntil: kind === 'ENDED' ? '2026-11-01' : null,
    collection: {
      accessTimes: 'Weekdays',
      loading: null,
      contactName: 'Pat',
      contactEmail: 'pat@example.org',
      contactPhone: null,
    },
    mustCollect: true,
    allocatedQuantity: kind === 'FULLY_ALLOCATED' ? 10 : 0,
    collectedQuantity: 0,
    status: kind === 'CLOSED' ? 'CLOSED' : 'OPEN',
    closedReason: kind === 'CLOSED' ? 'Gone' : null,
    allocationRule: 'LISTER_CHOOSES',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

const LOCATIONS: GeoPoint[] = [
  ...TOWNS.flatMap((town) =>
    Array.from({ length: 45 }, () => ({
      latitude: town.latitude + between(-0.25, 0.25),
      longitude: town.longitude + between(-0.4, 0.4),
    })),
  ),
  ...Array.from({ length: 60 }, () => ({ latitude: between(50.0, 55.8), longitude: between(-5.7, 1.7) })),
];

const LISTINGS = LOCATIONS.map((location, index) =>
  listingAt(
    `listing-${String(index).padStart(4, '0')}`,
    location,
    KINDS[index % KINDS.length] ?? 'AVAILABLE',
    CATEGORIES[index % CATEGORIES.length] ?? 'OTHER',
  ),
);
const kindOf = (id: string): Kind => KINDS[Number(id.slice(8)) % KINDS.length] ?? 'AVAILABLE';

/** Every listing within the radius by brute force, nearest first (ties by id), optionally of some kinds only. */
function bruteForce(
  center: GeoPoint,
  radiusKm: number,
  keep: (listing: SurplusListing) => boolean = () => true,
): string[] {
  return LISTINGS.filter(keep)
    .map((listing) => ({
      id: listing.id,
      km: referenceDistanceM(center, listing.building.location ?? center) / 1000,
    }))
    .filter((found) => found.km <= radiusKm)
    .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1))
    .map((found) => found.id);
}

async function seed(stores: RegisterStores, listings: readonly SurplusListing[]) {
  const change = { actorId: 'seed', at: '2026-11-20T09:00:00.000Z' };
  for (let start = 0; start < listings.length; start += 40) {
    await Promise.all(
      listings
        .slice(start, start + 40)
        .map((after) =>
          stores.surplus.saveSurplusChanges(
            [{ kind: 'SURPLUS_LISTING', before: null, after, action: 'CREATED' }],
            change,
          ),
        ),
    );
  }
}

const CENTRES = [
  ...[2, 10, 30, 100].flatMap((radiusKm) => TOWNS.map((center) => ({ center, radiusKm }))),
  ...Array.from({ length: 12 }, (_, i) => ({
    center: LOCATIONS[Math.floor(rand() * LOCATIONS.length)] ?? TOWNS[0]!,
    radiusKm: [1, 5, 25, between(0.5, 100)][i % 4] ?? 5,
  })),
];

describe('surplus listings near a point, compared with a brute-force filter on the WGS84 ellipsoid', () => {
  let stores: RegisterStores;

  beforeAll(async () => {
    const table = await createTestTable();
    stores = createRegisterStores({
      client: table.client,
      tableName: table.tableName,
      cursorSecret: 'x'.repeat(40),
      endpoint: table.endpoint,
    });
    await seed(stores, LISTINGS);
  });

  it('has listings both within and beyond the radius for most searches', () => {
    const informative = CENTRES.filter(({ center, radiusKm }) => {
      const within = bruteForce(center, radiusKm).length;
      return within > 0 && within < LISTINGS.length;
    });
    expect(informative.length).toBeGreaterThan(CENTRES.length * 0.8);
  });

  it.each(CENTRES)(
    'finds exactly the listings not closed within $radiusKm km, nearest first',
    async ({ center, radiusKm }) => {
      const result = await stores.surplus.findSurplusListingsNear(center, radiusKm);

      // A closed listing has no entry in the index; ENDED, UPCOMING and FULLY_ALLOCATED ones do (their
      // state is computed for the day of the search).
      expect(result.found.map((found) => found.item.id)).toEqual(
        bruteForce(center, radiusKm, (listing) => listing.status === 'OPEN'),
      );
      for (const found of result.found) expect(found.distanceKm).toBeLessThanOrEqual(radiusKm);
    },
  );

  it('removes the entry when a listing is closed, in the same write', async () => {
    const open = listingAt('listing-closing', TOWNS[0]!, 'AVAILABLE', 'SEATING');
    await seed(stores, [open]);
    expect(
      (await stores.surplus.findSurplusListingsNear(TOWNS[0]!, 0.01)).found.map((f) => f.item.id),
    ).toEqual(['listing-closing']);

    const closed = { ...open, status: 'CLOSED' as const, closedReason: 'Gone', version: 2 };
    await stores.surplus.saveSurplusChanges(
      [{ kind: 'SURPLUS_LISTING', before: open, after: closed, action: 'CLOSED' }],
      { actorId: 'seed', at: '2026-11-21T09:00:00.000Z' },
    );

    expect((await stores.surplus.findSurplusListingsNear(TOWNS[0]!, 0.01)).found).toEqual([]);
  });
});

interface NearPage {
  edges: {
    node: { id: string; state: string; category: string; collection: { contactEmail: string | null } | null };
    distanceKm: number;
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  searchCentre: { latitude: number; longitude: number; source: string; postcodeDistrict: string | null };
}

const NEAR = /* GraphQL */ `
  query (
    $lat: Float!
    $lon: Float!
    $radiusKm: Float!
    $filter: SurplusListingSearchFilter
    $first: Int
    $after: String
  ) {
    surplusListingsNear(
      latitude: $lat
      longitude: $lon
      radiusKm: $radiusKm
      filter: $filter
      first: $first
      after: $after
    ) {
      edges {
        node {
          id
          state
          category
          collection {
            contactEmail
          }
        }
        distanceKm
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      searchCentre {
        latitude
        longitude
        source
        postcodeDistrict
      }
    }
  }
`;

describe('surplus listings near a point, through the API', () => {
  let t: TestApp;
  const CHELTENHAM_CENTRE = TOWNS[0]!;
  // The listings around Cheltenham: the first 45.
  const NEAR_CHELTENHAM = LISTINGS.slice(0, 45);

  beforeAll(async () => {
    t = await createTestApp();
    const stores = createRegisterStores({
      client: t.table.client,
      tableName: t.table.tableName,
      cursorSecret: 'y'.repeat(40),
      endpoint: t.table.endpoint,
    });
    await seed(stores, NEAR_CHELTENHAM);
  });

  async function allPages(filter: Record<string, unknown> | null, caller = null) {
    const ids: string[] = [];
    const pages: NearPage[] = [];
    let after: string | null = null;
    do {
      const data: { surplusListingsNear: NearPage } = await t.ok(
        NEAR,
        {
          lat: CHELTENHAM_CENTRE.latitude,
          lon: CHELTENHAM_CENTRE.longitude,
          radiusKm: 40,
          filter,
          first: 4,
          after,
        },
        caller,
      );
      pages.push(data.surplusListingsNear);
      ids.push(...data.surplusListingsNear.edges.map((edge) => edge.node.id));
      after = data.surplusListingsNear.pageInfo.hasNextPage
        ? data.surplusListingsNear.pageInfo.endCursor
        : null;
    } while (after && pages.length < 40);
    return { ids, pages };
  }

  const within = (keep: (listing: SurplusListing) => boolean) =>
    bruteForce(CHELTENHAM_CENTRE, 40, (listing) => NEAR_CHELTENHAM.includes(listing) && keep(listing));

  it('pages through the live listings nearest first, none repeated or skipped, for an anonymous caller', async () => {
    const { ids, pages } = await allPages(null);

    const expected = within((listing) =>
      ['AVAILABLE', 'UPCOMING', 'FULLY_ALLOCATED'].includes(kindOf(listing.id)),
    );
    expect(expected.length).toBeGreaterThan(15);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    const edges = pages.flatMap((page) => page.edges);
    // Distances are the reference's to the metre, and never decrease.
    for (const edge of edges) {
      const listing = LISTINGS.find((one) => one.id === edge.node.id)!;
      const km = referenceDistanceM(CHELTENHAM_CENTRE, listing.building.location!) / 1000;
      expect(Math.abs(edge.distanceKm - km)).toBeLessThanOrEqual(0.0006);
    }
    expect(edges.map((edge) => edge.distanceKm)).toEqual(
      [...edges.map((edge) => edge.distanceKm)].sort((a, b) => a - b),
    );
    // Collection details are for organisations that may request: never for an anonymous caller.
    expect(edges.every((edge) => edge.node.collection === null)).toBe(true);
    expect(pages[0]?.searchCentre).toEqual({ ...CHELTENHAM_CENTRE, source: 'POINT', postcodeDistrict: null });
  });

  it('keeps only AVAILABLE listings with availableNow, and one category with category', async () => {
    const now = await allPages({ availableNow: true });
    const seating = await allPages({ category: 'SEATING' });
    const both = await allPages({ category: 'STORAGE', availableNow: true });

    expect(now.ids).toEqual(within((listing) => kindOf(listing.id) === 'AVAILABLE'));
    expect(now.pages.flatMap((page) => page.edges).every((edge) => edge.node.state === 'AVAILABLE')).toBe(
      true,
    );
    expect(seating.ids).toEqual(
      within(
        (listing) =>
          listing.category === 'SEATING' &&
          ['AVAILABLE', 'UPCOMING', 'FULLY_ALLOCATED'].includes(kindOf(listing.id)),
      ),
    );
    expect(both.ids).toEqual(
      within((listing) => listing.category === 'STORAGE' && kindOf(listing.id) === 'AVAILABLE'),
    );
    const states = new Set(
      (await allPages(null)).pages.flatMap((page) => page.edges.map((e) => e.node.state)),
    );
    expect([...states].sort()).toEqual(['AVAILABLE', 'FULLY_ALLOCATED', 'UPCOMING']);
  });

  it('refuses a cursor from another search, a radius over 100 km and an unknown postcode', async () => {
    const first = await t.ok<{ surplusListingsNear: NearPage }>(NEAR, {
      lat: CHELTENHAM_CENTRE.latitude,
      lon: CHELTENHAM_CENTRE.longitude,
      radiusKm: 40,
      first: 2,
    });
    const otherFilter = await t.run(NEAR, {
      lat: CHELTENHAM_CENTRE.latitude,
      lon: CHELTENHAM_CENTRE.longitude,
      radiusKm: 40,
      filter: { availableNow: true },
      first: 2,
      after: first.surplusListingsNear.pageInfo.endCursor,
    });
    const wide = await t.run(NEAR, { lat: 51.9, lon: -2.08, radiusKm: 101 });
    const postcode = await t.run(
      'query { surplusListingsNearPostcode(postcode: "ZZ99", radiusKm: 5) { edges { distanceKm } } }',
    );

    expect(otherFilter.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(wide.errors?.[0]?.extensions?.['field']).toBe('radiusKm');
    expect(postcode.errors?.[0]?.extensions?.['field']).toBe('postcode');
  });

  it('searches from a postcode district centre, as the co-location search does', async () => {
    // A page holds what its eight requests find (it may end short of `first`): the pages to the end.
    const pages: NearPage[] = [];
    let after: string | null = null;
    do {
      const data: { surplusListingsNearPostcode: NearPage } = await t.ok(
        'query ($after: String) { surplusListingsNearPostcode(postcode: "gl50 1aa", radiusKm: 40, first: 100, after: $after) { edges { node { id } distanceKm } pageInfo { hasNextPage endCursor } searchCentre { latitude longitude source postcodeDistrict } } }',
        { after },
      );
      pages.push(data.surplusListingsNearPostcode);
      after = data.surplusListingsNearPostcode.pageInfo.hasNextPage
        ? data.surplusListingsNearPostcode.pageInfo.endCursor
        : null;
    } while (after && pages.length < 10);
    const centre = pages[0]!.searchCentre;

    expect(centre.source).toBe('POSTCODE_DISTRICT');
    expect(centre.postcodeDistrict).toBe('GL50');
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual(
      bruteForce(
        centre,
        40,
        (listing) =>
          NEAR_CHELTENHAM.includes(listing) &&
          ['AVAILABLE', 'UPCOMING', 'FULLY_ALLOCATED'].includes(kindOf(listing.id)),
      ),
    );
  });
});

describe('surplus listings near my organisation (a building), and a building that moves', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;
  const HALL = { latitude: 51.9, longitude: -2.07 };

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 1);
  });

  const NEAR_BUILDING = /* GraphQL */ `
    query ($id: ID!, $radiusKm: Float!) {
      surplusListingsNearBuilding(buildingId: $id, radiusKm: $radiusKm) {
        edges {
          node {
            id
            collection {
              contactEmail
            }
          }
          distanceKm
        }
        searchCentre {
          latitude
          longitude
          source
        }
      }
    }
  `;

  it('finds listings near a building, shows the lister its collection details, and follows a move', async () => {
    const base = await createBuilding(t, reg.officer, {
      name: 'Community hall',
      ownerOrganisationId: reg.council.id,
      location: HALL,
    });
    const store = await createBuilding(t, reg.officer, {
      name: 'Depot',
      ownerOrganisationId: reg.council.id,
      location: { latitude: 51.91, longitude: -2.07 },
    });
    const listing = await createListing(t, reg.officer, listingInput(store.id, reg.council.id));

    const near = await t.ok<{ surplusListingsNearBuilding: NearPage }>(
      NEAR_BUILDING,
      { id: base.id, radiusKm: 5 },
      reg.officer,
    );
    const anonymous = await t.ok<{ surplusListingsNear: NearPage }>(NEAR, {
      lat: HALL.latitude,
      lon: HALL.longitude,
      radiusKm: 5,
    });

    expect(near.surplusListingsNearBuilding.searchCentre).toEqual({ ...HALL, source: 'BUILDING' });
    expect(near.surplusListingsNearBuilding.edges.map((edge) => edge.node.id)).toEqual([listing.id]);
    expect(near.surplusListingsNearBuilding.edges[0]?.node.collection?.contactEmail).toBe(
      'pat@cheltenham.example.gov.uk',
    );
    expect(near.surplusListingsNearBuilding.edges[0]?.distanceKm).toBeCloseTo(
      referenceDistanceM(HALL, { latitude: 51.91, longitude: -2.07 }) / 1000,
      3,
    );
    expect(anonymous.surplusListingsNear.edges.map((edge) => edge.node.id)).toEqual([listing.id]);
    expect(anonymous.surplusListingsNear.edges[0]?.node.collection).toBeNull();

    // The depot moves 60 km away: its listing goes with it, and is no longer near the hall.
    const moved = await t.run(
      'mutation ($id: ID!, $input: UpdateBuildingInput!) { updateBuilding(id: $id, expectedVersion: 1, input: $input) { id } }',
      { id: store.id, input: { location: { latitude: 52.45, longitude: -2.07 } } },
      reg.officer,
    );
    expect(moved.errors).toBeUndefined();
    const after = await t.ok<{ surplusListingsNearBuilding: NearPage }>(
      NEAR_BUILDING,
      { id: base.id, radiusKm: 5 },
      reg.officer,
    );
    const there = await t.ok<{ surplusListingsNear: NearPage }>(NEAR, {
      lat: 52.45,
      lon: -2.07,
      radiusKm: 1,
    });

    expect(after.surplusListingsNearBuilding.edges).toEqual([]);
    expect(there.surplusListingsNear.edges.map((edge) => edge.node.id)).toEqual([listing.id]);
  });

  it('refuses a building without a location, and one the caller may not see, on buildingId', async () => {
    const nowhere = await createBuilding(t, reg.officer, {
      name: 'No location',
      ownerOrganisationId: reg.council.id,
    });

    const noLocation = await t.run(NEAR_BUILDING, { id: nowhere.id, radiusKm: 5 }, reg.officer);
    const missing = await t.run(NEAR_BUILDING, { id: 'no-such-building-00000000', radiusKm: 5 });

    expect(noLocation.errors?.[0]?.extensions?.['field']).toBe('buildingId');
    expect(missing.errors?.[0]?.extensions?.['field']).toBe('buildingId');
  });
});

describe('paging surplus listings near a point with the cursor carrying what a page read', () => {
  let t: TestApp;
  let stores: RegisterStores;
  const CENTRE = TOWNS[0]!;
  const LIVE: readonly Kind[] = ['AVAILABLE', 'UPCOMING', 'FULLY_ALLOCATED'];

  beforeAll(async () => {
    t = await createTestApp();
    stores = createRegisterStores({
      client: t.table.client,
      tableName: t.table.tableName,
      cursorSecret: 'z'.repeat(40),
      endpoint: t.table.endpoint,
    });
    await seed(stores, LISTINGS);
  });

  async function page(radiusKm: number, first: number, after: string | null) {
    const data: { surplusListingsNear: NearPage } = await t.ok(NEAR, {
      lat: CENTRE.latitude,
      lon: CENTRE.longitude,
      radiusKm,
      first,
      after,
    });
    return data.surplusListingsNear;
  }

  /** Every page from `after` to the end: the ids in order, and the pages read (at most `limit`). */
  async function rest(radiusKm: number, first: number, after: string | null, limit = 60) {
    const ids: string[] = [];
    let pages = 0;
    let cursor = after;
    for (;;) {
      const near = await page(radiusKm, first, cursor);
      ids.push(...near.edges.map((edge) => edge.node.id));
      pages++;
      if (!near.pageInfo.hasNextPage || pages >= limit) return { ids, pages, end: near.pageInfo };
      cursor = near.pageInfo.endCursor;
    }
  }

  // Listings the tests below close: no longer live.
  const closed = new Set<string>();
  const live = (listing: SurplusListing) => LIVE.includes(kindOf(listing.id)) && !closed.has(listing.id);

  it.each([
    { radiusKm: 100, first: 3 },
    { radiusKm: 100, first: 10 },
    { radiusKm: 60, first: 7 },
    { radiusKm: 100, first: 100 },
  ])(
    'pages to the end at $radiusKm km, $first a page: the pages together are the brute-force answer, none twice',
    async ({ radiusKm, first }) => {
      const expected = bruteForce(CENTRE, radiusKm, live);
      expect(expected.length).toBeGreaterThan(30);

      const { ids, end } = await rest(radiusKm, first, null);

      expect(end.hasNextPage).toBe(false);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected);
    },
  );

  it('drops a listing the cursor carries when it is closed between pages', async () => {
    const expected = bruteForce(CENTRE, 40, live);
    // A page may end short of `first` (it stops at 8 requests); what it returns is the nearest, in order.
    const first = await page(40, 2, null);
    const shown = first.edges.length;
    expect(shown).toBeGreaterThan(0);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, shown));
    // The next listing in order was read by the first page (it reads nearest first, past what it returns)
    // and not returned: the cursor carries it. It is closed now.
    const next = LISTINGS.find((listing) => listing.id === expected[shown])!;
    closed.add(next.id);
    await stores.surplus.saveSurplusChanges(
      [
        {
          kind: 'SURPLUS_LISTING',
          before: next,
          after: { ...next, status: 'CLOSED', closedReason: 'Gone', version: next.version + 1 },
          action: 'CLOSED',
        },
      ],
      { actorId: 'test', at: '2026-11-23T10:00:00.000Z' },
    );

    t.requests.length = 0;
    const second = await page(40, 2, first.pageInfo.endCursor);
    const requests = [...t.requests];
    const { ids } = await rest(40, 2, second.pageInfo.endCursor);

    // Page 2 read its carried listings again by id (one BatchGetItem, beside the Queries of the cells it
    // reads on); the closed one is in none of the pages after.
    expect(requests).toContain('BatchGetItemCommand');
    expect(requests.length).toBeLessThanOrEqual(8);
    expect([...second.edges.map((edge) => edge.node.id), ...ids]).toEqual(
      expected.filter((id) => id !== next.id).slice(shown),
    );
  });

  it('returns a carried listing whose building moved between pages once, at its new distance', async () => {
    const expected = bruteForce(CENTRE, 40, live);
    const first = await page(40, 2, null);
    const shown = first.edges.length;
    expect(shown).toBeGreaterThan(0);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, shown));
    const moving = expected[shown]!;
    const listing = (await stores.surplus.getListing(moving, { consistent: true }))!;
    // About 35 km due north of the centre: still within the radius, later in the order.
    const far = { latitude: CENTRE.latitude + 0.3147, longitude: CENTRE.longitude };
    await stores.surplus.saveSurplusChanges(
      [
        {
          kind: 'SURPLUS_LISTING',
          before: listing,
          after: {
            ...listing,
            building: { ...listing.building, location: far },
            version: listing.version + 1,
          },
          action: 'UPDATED',
        },
      ],
      { actorId: 'test', at: '2026-11-23T11:00:00.000Z' },
    );
    const farKm = referenceDistanceM(CENTRE, far) / 1000;
    const reordered = expected
      .slice(shown + 1)
      .map((id) => {
        const one = LISTINGS.find((candidate) => candidate.id === id)!;
        return { id, km: referenceDistanceM(CENTRE, one.building.location!) / 1000 };
      })
      .concat([{ id: moving, km: farKm }])
      .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1))
      .map((found) => found.id);

    const { ids } = await rest(40, 2, first.pageInfo.endCursor);

    expect(farKm).toBeGreaterThan(30);
    expect(farKm).toBeLessThan(40);
    expect(reordered.indexOf(moving)).toBeGreaterThan(0);
    expect(ids).toEqual(reordered);
  });
});
