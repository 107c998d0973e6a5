import { beforeAll, describe, expect, it } from 'vitest';
import { runAccessBackfill } from '../../scripts/backfill-access';
import { createRegisterStores } from '../../src/app/register-store';
import { CursorCodec } from '../../src/kernel/store/cursor';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { Table } from '../../src/kernel/store/table';
import type { Item } from '../../src/kernel/store/table';
import type { ItemKey } from '../../src/kernel/store/keys';
import type { RegisterStores } from '../../src/registers/context';
import { listingFeedChanges } from '../../src/registers/surplus/store/surplus-writes';
import { rewriteSurplusItem } from '../../src/registers/surplus/store/surplus-backfill';
import type { SurplusListing } from '../../src/registers/surplus/domain/surplus-listing';
import { CHELTENHAM, createBuilding } from '../support/fixtures';
import {
  ALLOCATE,
  UPDATE_LISTING,
  createListing,
  listingInput,
  requestItems,
  surplusRegister,
} from '../support/surplus-fixtures';
import type { SurplusRequestResult } from '../support/surplus-fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * The surplus step of `npm run backfill` against DynamoDB Local: listings and requests stored before their
 * index entries existed (an OPEN listing's gsi5 geohash entry, an ALLOCATED request's gsi3 entry in its
 * council's allocations) are found again by the distance search and the reminders' read once it has run,
 * the dry run writes nothing, a second run writes nothing, and a change landing between its read and its
 * write is never lost.
 */
describe('the surplus backfill', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;
  let table: Table;
  let stores: RegisterStores;
  const DEPOT = { latitude: 51.93, longitude: -2.11 };

  const listingKey = (id: string): ItemKey => ({ pk: `SURPLUS#${id}`, sk: 'LISTING' });
  const requestKey = (id: string): ItemKey => ({ pk: `SURPLUSREQ#${id}`, sk: 'REQUEST' });
  const backfill = (dryRun = false) =>
    runAccessBackfill(t.table.client, { tableName: t.table.tableName, dryRun });
  /** Puts the item as code before the index entries stored it: without the attributes named. */
  async function storeWithout(key: ItemKey, attributes: readonly string[]) {
    const stored = (await table.get(key, { consistent: true })) as Item;
    const old = Object.fromEntries(Object.entries(stored).filter(([name]) => !attributes.includes(name)));
    const listing = old['entity'] === 'SurplusListing' ? (old as unknown as SurplusListing) : null;
    await table.transact([
      {
        write: { Put: { TableName: table.tableName, Item: old } },
        // Every write of a listing joins its council's changes feed, this one too.
        ...(listing ? { feed: listingFeedChanges(listing, listing, '2026-11-23T09:00:00.000Z') } : {}),
      },
    ]);
    return old;
  }
  const nearDepot = async () =>
    (
      await t.ok<{ surplusListingsNear: { edges: { node: { id: string } }[] } }>(
        `{ surplusListingsNear(latitude: ${DEPOT.latitude}, longitude: ${DEPOT.longitude}, radiusKm: 1) { edges { node { id } } } }`,
      )
    ).surplusListingsNear.edges.map((edge) => edge.node.id);
  const allocatedIds = async () =>
    (await stores.surplus.listAllocatedRequestsByCouncil(CHELTENHAM)).map((request) => request.id);

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 1);
    table = new Table(
      createDocumentClient(t.table.client),
      t.table.tableName,
      new CursorCodec('s'.repeat(40)),
    );
    stores = createRegisterStores({
      client: t.table.client,
      tableName: t.table.tableName,
      cursorSecret: 's'.repeat(40),
      endpoint: t.table.endpoint,
    });
  });

  it('gives old listings their geohash entry and old allocations their council entry, once', async () => {
    const depot = await createBuilding(t, reg.officer, {
      name: 'Depot',
      ownerOrganisationId: reg.council.id,
      location: DEPOT,
    });
    const listing = await createListing(t, reg.officer, listingInput(depot.id, reg.council.id));
    const asked = await requestItems(t, reg.editors[0]!, {
      listingId: listing.id,
      organisationId: reg.groupIds[0],
      quantity: 5,
      intendedUse: 'Our hall',
    });
    const allocated = (
      await t.ok<{ allocateSurplusRequest: SurplusRequestResult }>(
        ALLOCATE,
        { id: asked.id, v: asked.version },
        reg.officer,
      )
    ).allocateSurplusRequest;
    const current = {
      listing: await table.get(listingKey(listing.id), { consistent: true }),
      request: await table.get(requestKey(allocated.id), { consistent: true }),
    };
    expect(current.listing?.['gsi5pk']).toMatch(/^GEO#SURPLUS#/);
    expect(current.request?.['gsi3pk']).toBe(`AREA#${CHELTENHAM}#SURPLUS_ALLOCATED`);
    // As they were stored before the distance search and the reminders.
    await storeWithout(listingKey(listing.id), ['gsi5pk', 'gsi5sk']);
    await storeWithout(requestKey(allocated.id), ['gsi3pk', 'gsi3sk']);
    const before = { near: await nearDepot(), allocated: await allocatedIds() };

    const dryRun = await backfill(true);
    const afterDryRun = { near: await nearDepot(), allocated: await allocatedIds() };
    const first = await backfill();
    const after = { near: await nearDepot(), allocated: await allocatedIds() };
    const second = await backfill();

    expect(before).toEqual({ near: [], allocated: [] });
    // The listing and the request: the library's listings are none, so these are all there are.
    expect(dryRun.surplus).toEqual({ scanned: 2, written: 2, unchanged: 0 });
    expect(afterDryRun).toEqual(before);
    expect(first.surplus).toEqual({ scanned: 2, written: 2, unchanged: 0 });
    expect(after).toEqual({ near: [listing.id], allocated: [allocated.id] });
    // Rewritten exactly as the current code wrote them.
    expect(await table.get(listingKey(listing.id), { consistent: true })).toEqual(current.listing);
    expect(await table.get(requestKey(allocated.id), { consistent: true })).toEqual(current.request);
    expect(second.surplus).toEqual({ scanned: 2, written: 0, unchanged: 2 });
  });

  it('takes a closed listing out of the index it was left in', async () => {
    const shed = await createBuilding(t, reg.officer, {
      name: 'Shed',
      ownerOrganisationId: reg.council.id,
      location: { latitude: 51.95, longitude: -2.15 },
    });
    const listing = await createListing(t, reg.officer, listingInput(shed.id, reg.council.id));
    const open = (await table.get(listingKey(listing.id), { consistent: true })) as Item;
    await t.ok(
      'mutation ($id: ID!, $v: Int!) { closeSurplusListing(id: $id, expectedVersion: $v, reason: "Gone") { id } }',
      { id: listing.id, v: listing.version },
      reg.officer,
    );
    const closed = (await table.get(listingKey(listing.id), { consistent: true })) as Item;
    expect(closed['gsi5pk']).toBeUndefined();
    // A stale entry, as a closing that did not remove it would have left it.
    await table.transact([
      {
        write: {
          Put: {
            TableName: table.tableName,
            Item: { ...closed, gsi5pk: open['gsi5pk'], gsi5sk: open['gsi5sk'] },
          },
        },
        feed: listingFeedChanges(
          closed as unknown as SurplusListing,
          closed as unknown as SurplusListing,
          '2026-11-23T09:00:00.000Z',
        ),
      },
    ]);
    const found = await stores.surplus.findSurplusListingsNear({ latitude: 51.95, longitude: -2.15 }, 0.5);
    expect(found.found.map((near) => near.item.id)).toEqual([listing.id]);

    const result = await rewriteSurplusItem(table, listingKey(listing.id), { dryRun: false });

    expect(result).toBe('written');
    expect(await table.get(listingKey(listing.id), { consistent: true })).toEqual(closed);
    const after = await stores.surplus.findSurplusListingsNear({ latitude: 51.95, longitude: -2.15 }, 0.5);
    expect(after.found).toEqual([]);
  });

  it('never overwrites a change made between its read and its write: it reads again', async () => {
    const yard = await createBuilding(t, reg.officer, {
      name: 'Yard',
      ownerOrganisationId: reg.council.id,
      location: { latitude: 51.97, longitude: -2.19 },
    });
    const listing = await createListing(t, reg.officer, listingInput(yard.id, reg.council.id));
    await storeWithout(listingKey(listing.id), ['gsi5pk', 'gsi5sk']);
    // A table whose first read of the listing lets an edit of it land before the rewrite.
    class RacingTable extends Table {
      raced = false;
      override async get(key: ItemKey, read: { consistent?: boolean } = {}): Promise<Item | null> {
        const item = await super.get(key, read);
        if (!this.raced && key.pk === listingKey(listing.id).pk) {
          this.raced = true;
          await t.ok(
            UPDATE_LISTING,
            { id: listing.id, v: listing.version, input: { description: 'Edited meanwhile' } },
            reg.officer,
          );
        }
        return item;
      }
    }
    const racing = new RacingTable(
      createDocumentClient(t.table.client),
      t.table.tableName,
      new CursorCodec('r'.repeat(40)),
    );

    const result = await rewriteSurplusItem(racing, listingKey(listing.id), { dryRun: false });

    // The edit wrote the whole item, geohash entry included: the second read finds nothing left to do.
    expect(racing.raced).toBe(true);
    expect(result).toBe('unchanged');
    const stored = await table.get(listingKey(listing.id), { consistent: true });
    expect(stored).toMatchObject({ description: 'Edited meanwhile', version: listing.version + 1 });
    expect(stored?.['gsi5pk']).toMatch(/^GEO#SURPLUS#/);
  });
});
