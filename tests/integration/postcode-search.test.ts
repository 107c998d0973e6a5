import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoPoint } from '../../src/kernel/domain/location';
import type { SpaceOffer } from '../../src/registers/colocation/domain/space-offer';
import { openOfferAt } from '../support/colocation-fixtures';
import { createRegisterStores } from '../../src/app/register-store';
import { TEST_CURSOR_SECRET, createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { referenceDistanceM } from '../support/karney';
import { pointAtDistance } from '../support/vincenty';

// Cheltenham's town hall (51.8983 N, 2.0766 W) is in GL50; Manchester Piccadilly in M1.
const TOWN_HALL = { latitude: 51.8983, longitude: -2.0766 };
const PICCADILLY = { latitude: 53.4774, longitude: -2.2309 };

const offerAt = (id: string, location: GeoPoint): SpaceOffer => openOfferAt(id, location, 'org-postcode');

// Offers every 45 degrees at 0.5 to 12 km from the town hall, and a few in Manchester.
const OFFERS = [
  ...[0.5, 1.5, 3, 4.5, 6, 8, 12].flatMap((km, ring) =>
    [0, 45, 90, 135, 180, 225, 270, 315].map((bearing) =>
      offerAt(`chelt-${ring}-${bearing}`, pointAtDistance(TOWN_HALL, bearing, km * 1000)),
    ),
  ),
  ...[0.3, 1, 2].map((km, i) => offerAt(`manc-${i}`, pointAtDistance(PICCADILLY, 90 * i, km * 1000))),
];

/** Every offer within `radiusKm` of `centre` by Karney's distance (another method than the register's), nearest first. */
function bruteForce(centre: GeoPoint, radiusKm: number): string[] {
  return OFFERS.map((offer) => ({
    id: offer.id,
    m: referenceDistanceM(centre, offer.building.location ?? centre),
  }))
    .filter((found) => found.m <= radiusKm * 1000)
    .sort((a, b) => a.m - b.m || (a.id < b.id ? -1 : 1))
    .map((found) => found.id);
}

const NEAR_POSTCODE = /* GraphQL */ `
  query ($postcode: String!, $radiusKm: Float!, $first: Int, $after: String) {
    spaceOffersNearPostcode(postcode: $postcode, radiusKm: $radiusKm, first: $first, after: $after) {
      edges {
        node {
          id
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
        postcode
        postcodeDistrict
      }
    }
  }
`;
const NEAR_POINT = /* GraphQL */ `
  query ($latitude: Float!, $longitude: Float!, $radiusKm: Float!) {
    spaceOffersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, first: 100) {
      edges {
        node {
          id
        }
        distanceKm
      }
      searchCentre {
        latitude
        longitude
        source
        postcode
      }
    }
  }
`;

interface NearPage {
  edges: { node: { id: string }; distanceKm: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  searchCentre: {
    latitude: number;
    longitude: number;
    source: string;
    postcode: string | null;
    postcodeDistrict: string | null;
  };
}

describe('searching for space near a postcode', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    const stores = createRegisterStores({
      client: api.table.client,
      tableName: api.table.tableName,
      cursorSecret: TEST_CURSOR_SECRET,
      endpoint: api.table.endpoint,
    });
    await stores.colocation.saveColocationChanges(
      OFFERS.slice(0, 40).map((after) => ({
        kind: 'SPACE_OFFER' as const,
        before: null,
        after,
        action: 'CREATED',
      })),
      { actorId: 'seed', at: '2026-11-23T09:00:00.000Z' },
    );
    await stores.colocation.saveColocationChanges(
      OFFERS.slice(40).map((after) => ({
        kind: 'SPACE_OFFER' as const,
        before: null,
        after,
        action: 'CREATED',
      })),
      { actorId: 'seed', at: '2026-11-23T09:00:00.000Z' },
    );
  });

  async function allPages(
    postcode: string,
    radiusKm: number,
  ): Promise<{ ids: string[]; centre: NearPage['searchCentre'] }> {
    const ids: string[] = [];
    let after: string | null = null;
    let centre: NearPage['searchCentre'] | undefined;
    let pages = 0;
    do {
      const data: { spaceOffersNearPostcode: NearPage } = await api.ok(NEAR_POSTCODE, {
        postcode,
        radiusKm,
        first: 7,
        after,
      });
      ids.push(...data.spaceOffersNearPostcode.edges.map((edge) => edge.node.id));
      // Every page makes progress: a client following hasNextPage ends (it once looped on empty pages).
      pages += 1;
      if (pages > OFFERS.length) throw new Error(`still paging after ${pages} pages`);
      centre = data.spaceOffersNearPostcode.searchCentre;
      after = data.spaceOffersNearPostcode.pageInfo.hasNextPage
        ? data.spaceOffersNearPostcode.pageInfo.endCursor
        : null;
    } while (after);
    return { ids, centre };
  }

  it('starts from the postcode district, says where, and finds what a point search there finds', async () => {
    const { ids, centre } = await allPages('gl50 1aa', 5);

    expect(centre).toMatchObject({
      source: 'POSTCODE_DISTRICT',
      postcode: 'GL50 1AA',
      postcodeDistrict: 'GL50',
    });
    expect(referenceDistanceM(TOWN_HALL, centre)).toBeLessThan(2000);
    const point: { spaceOffersNear: NearPage } = await api.ok(NEAR_POINT, {
      latitude: centre.latitude,
      longitude: centre.longitude,
      radiusKm: 5,
    });
    expect(ids).toEqual(point.spaceOffersNear.edges.map((edge) => edge.node.id));
    expect(point.spaceOffersNear.searchCentre).toMatchObject({ source: 'POINT', postcode: null });
    // Independently: every offer within 5 km of the centre by Karney's distance, nearest first.
    expect(ids).toEqual(bruteForce(centre, 5));
    expect(ids.length).toBeGreaterThan(10);
  });

  it('finds the same offers from a full postcode as from its district', async () => {
    const full = await allPages('GL50 1AA', 12);
    const district = await allPages('GL50', 12);

    expect(full.ids).toEqual(district.ids);
    expect(full.ids).toEqual(bruteForce(full.centre, 12));
    expect(district.centre).toMatchObject({ postcode: 'GL50', postcodeDistrict: 'GL50' });
  });

  it('searches from another town when given its postcode', async () => {
    const { ids } = await allPages('M1 1AE', 5);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('manc-'))).toBe(true);
  });

  it.each([
    ['GL99 1AA', /GL99 is not a postcode district of Great Britain/],
    ['BT1 1AA', /Northern Ireland/],
    ['S94 5AA', /has no location/],
    ['GL50 1CC', /is not a UK postcode/],
    ['', /is empty/],
  ])('refuses %j with BAD_USER_INPUT on postcode, saying why', async (postcode, message) => {
    const result = await api.run(NEAR_POSTCODE, { postcode, radiusKm: 5 });

    expect(result.data ?? null).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.['field']).toBe('postcode');
    expect(error?.message).toMatch(message);
  });
});
