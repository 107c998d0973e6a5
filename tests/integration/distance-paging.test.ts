import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoPoint } from '../../src/kernel/domain/location';
import type { SpaceOffer } from '../../src/registers/colocation/domain/space-offer';
import { createRegisterStores } from '../../src/app/register-store';
import { DEFAULT_REQUEST_LIMITS } from '../../src/kernel/domain/request-limits';
import { planGeoSearch } from '../../src/kernel/domain/geo-search';
import type { RegisterStores } from '../../src/registers/context';
import { openOfferAt } from '../support/colocation-fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { referenceDistanceM } from '../support/karney';
import { pointAtDistance } from '../support/vincenty';
import { seededRandom } from '../support/seeded-random';

/**
 * A client following hasNextPage always gets to the end: every page of spaceOffersNear either returns an
 * offer or moves its cursor outwards, and the pages together are the brute-force answer (Karney's
 * distance, not the search's own Vincenty). The offers lie in rings from 0.5 to 12 km around Cheltenham's GL50
 * district centre and a few beyond, as in the postcode search that once paged empty pages for ever at 12 km.
 */

const CENTER: GeoPoint = { latitude: 51.8983, longitude: -2.0766 };
const rand = seededRandom(20261202);
const at = '2026-11-23T09:00:00.000Z';

const LOCATIONS: GeoPoint[] = [
  ...Array.from({ length: 60 }, (_, i) => pointAtDistance(CENTER, rand() * 360, 500 + (i / 59) * 11_500)),
  ...Array.from({ length: 12 }, () => pointAtDistance(CENTER, rand() * 360, 12_000 + rand() * 18_000)),
];

const offerAt = (index: number, location: GeoPoint): SpaceOffer =>
  openOfferAt(`offer-${String(index).padStart(5, '0')}`, location, 'org-paging');

const OFFERS = LOCATIONS.map((location, index) => offerAt(index, location));

function bruteForce(radiusKm: number): string[] {
  return OFFERS.map((offer) => ({
    id: offer.id,
    km: referenceDistanceM(CENTER, offer.building.location ?? CENTER) / 1000,
  }))
    .filter((found) => found.km <= radiusKm)
    .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1))
    .map((found) => found.id);
}

type NearPage = {
  spaceOffersNear: {
    edges: { distanceKm: number; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('paging a distance search to its end', () => {
  let t: TestApp;
  let store: RegisterStores;

  beforeAll(async () => {
    t = await createTestApp();
    store = createRegisterStores({
      client: t.table.client,
      tableName: t.table.tableName,
      cursorSecret: 'p'.repeat(40),
      endpoint: t.table.endpoint,
    });
    for (let start = 0; start < OFFERS.length; start += 25) {
      await Promise.all(
        OFFERS.slice(start, start + 25).map((offer) =>
          store.colocation.saveColocationChanges(
            [{ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' }],
            { actorId: 'seed', at },
          ),
        ),
      );
    }
  });

  it.each([1, 5, 12, 25])(
    'walks every page at %s km, each making progress, to the brute-force answer',
    async (radiusKm) => {
      const expected = bruteForce(radiusKm);
      const ids: string[] = [];
      let after: string | null = null;
      let lastDistance = -1;
      // A page of 7 or a move outwards each time: more pages than this means one made no progress.
      const pageLimit = Math.ceil(expected.length / 7) + 25;
      let pages = 0;
      for (;;) {
        const data: NearPage = await t.ok(
          `query ($after: String) { spaceOffersNear(latitude: ${CENTER.latitude}, longitude: ${CENTER.longitude}, radiusKm: ${radiusKm}, first: 7, after: $after) { edges { distanceKm node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        const { edges, pageInfo } = data.spaceOffersNear;
        ids.push(...edges.map((edge) => edge.node.id));
        for (const edge of edges) {
          expect(edge.distanceKm).toBeGreaterThanOrEqual(lastDistance);
          lastDistance = edge.distanceKm;
        }
        pages++;
        expect(pages).toBeLessThanOrEqual(pageLimit);
        if (!pageInfo.hasNextPage) break;
        expect(pageInfo.endCursor).not.toBe(after);
        after = pageInfo.endCursor;
      }

      expect(ids).toEqual(expected);
    },
  );

  it("reads a ring of 20 ranges or more in full within one search's item budget", async () => {
    // The ring where pages once stopped: its Queries, each reserving a Limit of 100 before it was sent,
    // reserved all 2,000 items of the search's budget before the last of them could start.
    const ring = { fromKm: 11.6, toKm: 12 };
    expect(planGeoSearch(CENTER, ring.toKm, ring.fromKm).ranges.length).toBeGreaterThanOrEqual(20);
    const allowance = DEFAULT_REQUEST_LIMITS.distanceSearch;
    const budget = { items: allowance.itemsPerSearch, bytes: allowance.bytesPerSearch, queries: 120 };

    const result = await store.colocation.findSpaceOffersNear(CENTER, ring.toKm, {
      beyondKm: ring.fromKm,
      budgets: [budget],
      itemsPerQuery: allowance.itemsPerQuery,
    });

    expect(result.complete).toBe(true);
    const inRing = result.found.filter((found) => found.distanceKm > ring.fromKm).map((f) => f.item.id);
    const expected = bruteForce(ring.toKm).filter((id) => !bruteForce(ring.fromKm).includes(id));
    expect(inRing).toEqual(expected);
    expect(budget.items).toBe(allowance.itemsPerSearch - result.itemsRead);
  });
});
