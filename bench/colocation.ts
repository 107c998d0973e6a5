/**
 * Distance search cost over DynamoDB Local: a few thousand offers spread like real buildings (clustered in
 * towns, sparse across the rest of England), searched at 1, 5 and 25 km through the GraphQL API
 * (`spaceOffersNear`, anonymous, first page of 20). For each radius: DynamoDB requests per search, index
 * items read per offer within the radius (how tight the geohash cover is), items read per item returned on
 * the first page, and latency; then pages 1, 2 and 3 beside the goals (at most 8 requests a page, at most
 * 1.5 items read per item returned).
 *
 *   npx tsx bench/colocation.ts [offers] [searches per radius]      (defaults 4000 and 150)
 *
 * Items read are DynamoDB's ScannedCount of every Query and the items every BatchGetItem returns (a later
 * page fetches the offers an earlier page read and carried), counted by middleware on the real client.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getDistance } from 'geolib';
import { createApp } from '../src/app/create-app';
import { createLocalTokenVerifier } from '../src/auth/token-verifier';
import { readConfig } from '../src/config';
import type { GeoPoint } from '../src/kernel/domain/location';
import type { SpaceOffer } from '../src/registers/colocation/domain/space-offer';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { generateSigningKey, toJwks } from '../src/local/signing-key';
import { createDynamoClient, createRegisterStores, ensureTable } from '../src/app/register-store';

const OFFERS = Number(process.argv[2] ?? 4000);
const SEARCHES = Number(process.argv[3] ?? 150);
const RADII = [1, 5, 25];
// Issue 17's goals for every page of a distance search.
const PAGE_REQUESTS_GOAL = 8;
const READ_RATIO_GOAL = 1.5;
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

// Seeded, so two runs measure the same data.
let seed = 987654321;
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function gaussian(): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

// English towns and cities with a rough weight (population in 100,000s) and spread (km, one sigma).
const TOWNS: [string, number, number, number, number][] = [
  ['London', 51.5074, -0.1278, 88, 12],
  ['Birmingham', 52.4862, -1.8904, 11, 7],
  ['Manchester', 53.4808, -2.2426, 10, 7],
  ['Leeds', 53.8008, -1.5491, 8, 6],
  ['Liverpool', 53.4084, -2.9916, 5, 5],
  ['Sheffield', 53.3811, -1.4701, 6, 5],
  ['Bristol', 51.4545, -2.5879, 5, 5],
  ['Newcastle', 54.9783, -1.6178, 3, 5],
  ['Nottingham', 52.9548, -1.1581, 3, 4],
  ['Leicester', 52.6369, -1.1398, 4, 4],
  ['Southampton', 50.9097, -1.4044, 3, 4],
  ['Plymouth', 50.3755, -4.1427, 3, 4],
  ['Norwich', 52.6309, 1.2974, 2, 3],
  ['York', 53.96, -1.0873, 2, 3],
  ['Cheltenham', 51.8994, -2.0783, 1, 2.5],
  ['Gloucester', 51.8642, -2.2382, 1.3, 2.5],
  ['Exeter', 50.7184, -3.5339, 1.3, 3],
  ['Truro', 50.2632, -5.051, 0.2, 1.5],
  ['Carlisle', 54.8925, -2.9329, 0.8, 2],
  ['Hull', 53.7676, -0.3274, 2.6, 4],
  ['Cambridge', 52.2053, 0.1218, 1.4, 3],
  ['Oxford', 51.752, -1.2577, 1.5, 3],
  ['Ipswich', 52.0567, 1.1482, 1.4, 3],
  ['Lincoln', 53.2307, -0.5406, 1, 2.5],
  ['Shrewsbury', 52.7073, -2.7553, 0.8, 2],
  ['Kendal', 54.3275, -2.7464, 0.3, 1.5],
  ['Barnstaple', 51.0806, -4.0579, 0.3, 1.5],
  ['Hereford', 52.0565, -2.716, 0.6, 2],
];
const ENGLAND = { south: 50.05, north: 55.75, west: -5.6, east: 1.7 };
const TOTAL_WEIGHT = TOWNS.reduce((sum, town) => sum + town[3], 0);

function pickTown(): [string, number, number, number, number] {
  let r = rand() * TOTAL_WEIGHT;
  for (const town of TOWNS) {
    r -= town[3];
    if (r <= 0) return town;
  }
  return TOWNS[0] as [string, number, number, number, number];
}

function nearTown(town: [string, number, number, number, number], spreadKm: number): GeoPoint {
  const [, latitude, longitude] = town;
  return {
    latitude: latitude + (gaussian() * spreadKm) / 111.2,
    longitude: longitude + (gaussian() * spreadKm) / (111.2 * Math.cos((latitude * Math.PI) / 180)),
  };
}

function anywhere(): GeoPoint {
  return {
    latitude: ENGLAND.south + rand() * (ENGLAND.north - ENGLAND.south),
    longitude: ENGLAND.west + rand() * (ENGLAND.east - ENGLAND.west),
  };
}

// 85% of buildings in towns, 15% scattered (villages, rural halls).
const locations: GeoPoint[] = Array.from({ length: OFFERS }, () => {
  if (rand() < 0.15) return anywhere();
  const town = pickTown();
  return nearTown(town, town[4]);
});

function offerAt(index: number, location: GeoPoint): SpaceOffer {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    organisationId: 'bench-org',
    buildingId: `bench-building-${index}`,
    building: {
      name: `Building ${index}`,
      address: { lines: ['1 High Street'], postTown: null, postcode: null, postcodeIsPartial: false },
      location,
      councilCode: 'E07000078',
      ownerOrganisationId: 'bench-org',
      visibility: 'PUBLIC',
    },
    title: `Space ${index}`,
    spaceKind: 'DESKS',
    description: null,
    capacity: 10,
    floorAreaSqm: null,
    availability: { slots: [], fromDate: '2026-01-01', untilDate: null },
    terms: 'FREE',
    monthlyCost: 0,
    facilities: ['WIFI'],
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

const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
try {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
  const counts = {
    requests: 0,
    itemsRead: 0,
    queried: [] as { id: string; location: GeoPoint | null }[],
    batchRead: 0,
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'QueryCommand') {
        counts.requests++;
        counts.itemsRead += (result.output as { ScannedCount?: number }).ScannedCount ?? 0;
        // Where the excess reads come from (below): each index item a Query read, by id and place.
        for (const item of (result.output as { Items?: Record<string, unknown>[] }).Items ?? []) {
          const building = item['building'] as { location?: GeoPoint | null } | undefined;
          counts.queried.push({ id: String(item['id']), location: building?.location ?? null });
        }
      } else {
        counts.requests++;
        // Items a BatchGetItem reads (a later page's carried offers) are items read as much as a Query's.
        if (context.commandName === 'BatchGetItemCommand' || context.commandName === 'BatchGetCommand') {
          const responses = (result.output as { Responses?: Record<string, unknown[]> }).Responses ?? {};
          const fetched = Object.values(responses).reduce((sum, items) => sum + items.length, 0);
          counts.itemsRead += fetched;
          counts.batchRead += fetched;
        }
      }
      return result;
    },
    { step: 'initialize', name: 'countReads' },
  );
  const tableName = 'bench-colocation';
  await ensureTable(client, tableName);
  const secret = randomUUID() + randomUUID();
  const store = createRegisterStores({ client, tableName, cursorSecret: secret, endpoint: dynamo.endpoint });
  const started = performance.now();
  const offers = locations.map((location, index) => offerAt(index, location));
  for (let start = 0; start < offers.length; start += 50) {
    await Promise.all(
      offers
        .slice(start, start + 50)
        .map((offer) =>
          store.colocation.saveColocationChanges(
            [{ kind: 'SPACE_OFFER', before: null, after: offer, action: 'CREATED' }],
            { actorId: 'bench', at: offer.createdAt },
          ),
        ),
    );
  }
  console.log(
    `Co-location distance search: ${OFFERS} offers (85% around ${TOWNS.length} towns, 15% scattered), seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${SEARCHES} searches per radius (60% centred in towns, 40% anywhere in England)`,
  );

  const app = createApp({
    config: readConfig({ TABLE_NAME: tableName, AUTH_MODE: 'local', CURSOR_SECRET: secret, STAGE: 'bench' }),
    cursorSecret: secret,
    tokenVerifier: createLocalTokenVerifier(toJwks(generateSigningKey())),
    dynamoClient: client,
    logger: quiet,
  });
  const search = async (center: GeoPoint, radiusKm: number, after: string | null) => {
    const contextValue = await app.createContext({ authorization: undefined, requestId: randomUUID() });
    const response = await app.server.executeOperation(
      {
        query:
          'query ($lat: Float!, $lon: Float!, $r: Float!, $after: String) { spaceOffersNear(latitude: $lat, longitude: $lon, radiusKm: $r, first: 20, after: $after) { edges { distanceKm node { id title } } pageInfo { hasNextPage endCursor } } }',
        variables: { lat: center.latitude, lon: center.longitude, r: radiusKm, after },
      },
      { contextValue },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(JSON.stringify(response.body));
    }
    const data = response.body.singleResult.data as {
      spaceOffersNear: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const { edges, pageInfo } = data.spaceOffersNear;
    return {
      returned: edges.length,
      ids: (edges as { node: { id: string } }[]).map((edge) => edge.node.id),
      next: pageInfo.hasNextPage ? pageInfo.endCursor : null,
      cursorBytes: pageInfo.endCursor?.length ?? 0,
    };
  };

  const centres = Array.from({ length: SEARCHES }, () =>
    rand() < 0.6 ? nearTown(pickTown(), 2) : anywhere(),
  );
  console.log(
    '\nradius km | searches | offers within R (mean) | DynamoDB requests / search (mean, max) | items read / offer within R | items read / item returned (first page of 20) | empty searches | p50 ms | p95 ms',
  );
  // Pages 2 and 3 are asked for only where the page before had a next page.
  type PageFigures = {
    pages: number;
    requests: number;
    maxRequests: number;
    itemsRead: number;
    returned: number;
    // Where the reads beyond the items returned went: index items a Query read outside the circle, those
    // inside it that the page did not return (carried, or before the cursor), the carried items fetched
    // again by BatchGetItem, and the pages that returned nothing and what they read.
    outside: number;
    notReturned: number;
    fetchedAgain: number;
    emptyPages: number;
    readByEmpty: number;
  };
  let maxCursor = 0;
  const perPage: Map<number, PageFigures[]> = new Map();
  for (const radiusKm of RADII) {
    for (const center of centres.slice(0, 5)) await search(center, radiusKm, null); // warm up
    const pages: PageFigures[] = [1, 2, 3].map(() => ({
      pages: 0,
      requests: 0,
      maxRequests: 0,
      itemsRead: 0,
      returned: 0,
      outside: 0,
      notReturned: 0,
      fetchedAgain: 0,
      emptyPages: 0,
      readByEmpty: 0,
    }));
    perPage.set(radiusKm, pages);
    let within = 0;
    let empty = 0;
    const timings: number[] = [];
    for (const center of centres) {
      const inside = offers.filter(
        (offer) => getDistance(center, offer.building.location ?? center, 0.01) / 1000 <= radiusKm,
      ).length;
      within += inside;
      if (inside === 0) empty++;
      let after: string | null = null;
      for (const [index, figures] of pages.entries()) {
        if (index > 0 && after === null) break;
        const before = { ...counts };
        counts.queried = [];
        const start = performance.now();
        const got = await search(center, radiusKm, after);
        const returnedIds = new Set(got.ids);
        const read = counts.itemsRead - before.itemsRead;
        for (const { id, location } of counts.queried) {
          if (location && getDistance(center, location, 0.01) / 1000 > radiusKm) figures.outside++;
          else if (!returnedIds.has(id)) figures.notReturned++;
        }
        figures.fetchedAgain += counts.batchRead - before.batchRead;
        if (got.returned === 0) {
          figures.emptyPages++;
          figures.readByEmpty += read;
        }
        maxCursor = Math.max(maxCursor, got.cursorBytes);
        if (index === 0) timings.push(performance.now() - start);
        const sent = counts.requests - before.requests;
        figures.pages++;
        figures.requests += sent;
        figures.maxRequests = Math.max(figures.maxRequests, sent);
        figures.itemsRead += read;
        figures.returned += got.returned;
        after = got.next;
      }
    }
    const first = pages[0] as PageFigures;
    timings.sort((a, b) => a - b);
    const at = (q: number) =>
      (timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0).toFixed(1);
    console.log(
      [
        radiusKm,
        centres.length,
        (within / centres.length).toFixed(1),
        `${(first.requests / centres.length).toFixed(2)}, ${first.maxRequests}`,
        within ? (first.itemsRead / within).toFixed(2) : 'n/a',
        first.returned ? (first.itemsRead / first.returned).toFixed(2) : 'n/a',
        empty,
        at(0.5),
        at(0.95),
      ].join(' | '),
    );
  }
  // The goals of issue 17: every page at most 8 requests and at most 1.5 index items read per item returned.
  console.log(
    `\nradius km | page | pages asked | requests / page: mean, max (goal <= ${PAGE_REQUESTS_GOAL}) | items read / item returned (goal <= ${READ_RATIO_GOAL}) | met | per page: returned, read outside R, read inside R not returned, fetched again (BatchGetItem), empty pages (their reads)`,
  );
  const missed: string[] = [];
  for (const [radiusKm, pages] of perPage) {
    for (const [index, figures] of pages.entries()) {
      if (figures.pages === 0) continue;
      // No item returned on any page of this number: every item read was read for nothing.
      const readRatio = figures.returned
        ? figures.itemsRead / figures.returned
        : figures.itemsRead
          ? Infinity
          : 0;
      const met = figures.maxRequests <= PAGE_REQUESTS_GOAL && readRatio <= READ_RATIO_GOAL;
      if (!met) missed.push(`${radiusKm} km page ${index + 1}`);
      console.log(
        [
          radiusKm,
          index + 1,
          figures.pages,
          `${(figures.requests / figures.pages).toFixed(2)}, ${figures.maxRequests} (<= ${PAGE_REQUESTS_GOAL})`,
          `${Number.isFinite(readRatio) ? readRatio.toFixed(2) : 'n/a'} (<= ${READ_RATIO_GOAL})`,
          met ? 'yes' : 'NO',
          [
            figures.returned / figures.pages,
            figures.outside / figures.pages,
            figures.notReturned / figures.pages,
            figures.fetchedAgain / figures.pages,
          ]
            .map((value) => value.toFixed(1))
            .join(', ') + `, ${figures.emptyPages} (${figures.readByEmpty})`,
        ].join(' | '),
      );
    }
  }
  console.log(`\nLongest end cursor: ${maxCursor} characters (the cursor codec's cap: 2,048)`);
  console.log(
    `\nIssue 17 distance goals (every page at 1, 5 and 25 km: at most ${PAGE_REQUESTS_GOAL} requests, at most ${READ_RATIO_GOAL} items read per item returned): ${missed.length ? `NO (${missed.join(', ')})` : 'yes'}`,
  );
  client.destroy();
} finally {
  await dynamo.stop();
}
