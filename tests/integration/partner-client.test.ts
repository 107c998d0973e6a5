import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  councilAcvList,
  createPartnerClient,
  errorCode,
  findSpaceNear,
  offerSpace,
  readAll,
  retryingFetch,
} from '../../examples/partner-client/src/client';
import type { OfferSpaceInput } from '../../examples/partner-client/generated/graphql';
import { DECIDE, NOMINATE, createAcvWorld, nominationInput, people, setToday } from '../support/acv-fixtures';
import type { AcvWorld, Entry } from '../support/acv-fixtures';
import { CHELTENHAM, createBuilding, createCharity } from '../support/fixtures';
import { serveOverHttp } from '../support/http-server';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// The partner example of docs/partners.md, compiled as a partner's project and run over real HTTP against
// the local server: Apollo Client with the typed documents codegen made from the published SDL.
const HUB = { latitude: 51.8994, longitude: -2.0783 }; // Cheltenham
const hubAdmin = { userId: 'partner-hub-admin' };

function offer(buildingId: string, organisationId: string, title: string): OfferSpaceInput {
  return {
    buildingId,
    organisationId,
    title,
    spaceKind: 'DESKS',
    capacity: 6,
    availability: { slots: [{ day: 'MONDAY', opens: '09:00', closes: '17:00' }], fromDate: '2026-12-01' },
    terms: 'FREE',
    contact: { name: 'Jo Bloggs', email: 'jo@hub.example.org' },
  };
}

describe('the partner client example', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;
  let world: AcvWorld;
  let hubId: string;
  const buildings: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    server = await serveOverHttp(t);
    world = await createAcvWorld(t);
    setToday(t, '2027-03-01');
    hubId = (await createCharity(t, hubAdmin, 'Cheltenham Partner Hub')).id;
    // Three buildings 0, about 1.1 and about 2.2 km north of the search centre.
    for (const [index, name] of ['The Hub', 'St Mark’s Hall', 'Pittville Pavilion'].entries()) {
      const location = { latitude: HUB.latitude + index * 0.01, longitude: HUB.longitude };
      buildings.push((await createBuilding(t, hubAdmin, { name, ownerOrganisationId: hubId, location })).id);
    }
    for (const [name, listedOn] of [
      ['Bandstand', '2026-05-01'],
      ['Cricket Ground', '2025-05-01'],
      ['Allotments', '2027-02-01'],
    ] as const) {
      const input = nominationInput(world, {
        buildingId: null,
        councilCode: CHELTENHAM,
        site: { name },
        owner: { organisationId: world.ownerId },
        receivedOn: listedOn,
      });
      const { nominateAsset } = await t.ok<{ nominateAsset: Entry }>(NOMINATE, { input }, people.nominator);
      await t.ok(
        DECIDE,
        {
          id: nominateAsset.id,
          expectedVersion: nominateAsset.version,
          input: { outcome: 'LISTED', decidedOn: listedOn },
        },
        people.officer,
      );
    }
  }, 120_000);

  afterAll(() => server?.stop());

  it('compiles with tsc as a partner project of its own', async () => {
    const tsc = promisify(execFile)(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'examples/partner-client/tsconfig.json'],
      { cwd: process.cwd() },
    );
    await expect(tsc).resolves.toMatchObject({ stdout: '' });
  }, 120_000);

  it('offers space signed in, and a retry with the same idempotency key makes no second offer', async () => {
    const client = createPartnerClient({ url: server.url, idToken: () => t.token(hubAdmin) });
    const key = randomUUID();
    const input = offer(buildings[0] ?? '', hubId, 'Six desks at the Hub');

    const first = await offerSpace(client, input, key);
    const retried = await offerSpace(client, input, key);

    expect(first).toMatchObject({ title: 'Six desks at the Hub', status: 'OPEN', version: 1 });
    // Its offering organisation's admin may edit it and mark it taken; its first day is a Date string.
    expect(first.allowedActions).toEqual(['updateSpaceOffer', 'markOfferTaken']);
    expect(first.availability).toMatchObject({ fromDate: '2026-12-01', untilDate: null });
    expect(retried.id).toBe(first.id);
    await offerSpace(client, offer(buildings[1] ?? '', hubId, 'A meeting corner'), randomUUID());
    await offerSpace(client, offer(buildings[2] ?? '', hubId, 'Pavilion desks'), randomUUID());
  });

  it('refuses the write anonymously with UNAUTHENTICATED, read from the Apollo error', async () => {
    const anonymous = createPartnerClient({ url: server.url });

    const refusal = await offerSpace(anonymous, offer(buildings[0] ?? '', hubId, 'x'), randomUUID()).then(
      () => undefined,
      (error: unknown) => errorCode(error),
    );

    expect(refusal).toBe('UNAUTHENTICATED');
  });

  it('finds space near a point anonymously, nearest first, one offer a page', async () => {
    const anonymous = createPartnerClient({ url: server.url });

    const { items, pages } = await readAll((after) =>
      findSpaceNear(anonymous, { ...HUB, radiusKm: 5 }, { first: 1, after }),
    );

    expect(items.map((found) => found.node.title)).toEqual([
      'Six desks at the Hub',
      'A meeting corner',
      'Pavilion desks',
    ]);
    expect(items.map((found) => Math.round(found.distanceKm * 10) / 10)).toEqual([0, 1.1, 2.2]);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("reads a council's ACV list page by page, by last day of listing, dates as Date strings", async () => {
    const anonymous = createPartnerClient({ url: server.url });

    const { items, pages } = await readAll((after) =>
      councilAcvList(anonymous, CHELTENHAM, { first: 2, after }),
    );

    expect(pages).toBe(2);
    expect(items.map((entry) => [entry.site.name, entry.status, entry.listingExpiresOn])).toEqual([
      ['Cricket Ground', 'LISTED', '2030-04-30'],
      ['Bandstand', 'LISTED', '2031-04-30'],
      ['Allotments', 'LISTED', '2032-01-31'],
    ]);
  });

  it('answers a bad cursor with BAD_USER_INPUT, which the example surfaces as the code', async () => {
    const anonymous = createPartnerClient({ url: server.url });

    const code = await councilAcvList(anonymous, CHELTENHAM, { after: 'not-a-cursor' }).then(
      () => undefined,
      (error: unknown) => errorCode(error),
    );

    expect(code).toBe('BAD_USER_INPUT');
  });

  it('resends a 503 after its Retry-After, and nothing else', async () => {
    const statuses = [503, 503, 200];
    const waits: number[] = [];
    const fake: typeof fetch = () =>
      Promise.resolve(
        new Response('{}', { status: statuses.shift() ?? 200, headers: { 'retry-after': '2' } }),
      );
    const retrying = retryingFetch(fake, 3, (ms) => {
      waits.push(ms);
      return Promise.resolve();
    });

    const answer = await retrying('http://register.invalid/graphql');
    const badRequest = await retryingFetch(
      () => Promise.resolve(new Response('{}', { status: 400 })),
      3,
      () => {
        throw new Error('a 400 is never retried');
      },
    )('http://register.invalid/graphql');

    expect(answer.status).toBe(200);
    expect(waits).toEqual([2000, 4000]);
    expect(badRequest.status).toBe(400);
  });
});
