import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM } from '../support/fixtures';
import {
  ALLOCATE,
  CONFIRM_COLLECTION,
  LISTING_PHOTOS,
  MARK_NO_SHOW,
  SURPLUS_LISTING,
  attachPhoto,
  createListing,
  listingInput,
  requestItems,
  surplusRegister,
} from '../support/surplus-fixtures';
import type { Listing, Photo, SurplusRequestResult } from '../support/surplus-fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

/**
 * Issue 20's scenario through the real server and DynamoDB Local: a council lists 40 chairs and 6 desks
 * from its closing library, with a photo of the chairs (uploaded with its form to the local server's photo
 * store, as a browser would); two groups see it and ask for chairs; the lister allocates 25 and 15; one group collects,
 * the other does not turn up and its 15 chairs return to the listing.
 */
describe('surplus listings from a closing library', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof surplusRegister>>;

  beforeAll(async () => {
    t = await createTestApp();
    reg = await surplusRegister(t, 2);
  });

  const listing = async (id: string) =>
    (await t.ok<{ surplusListing: Listing }>(SURPLUS_LISTING, { id }, reg.officer)).surplusListing;

  it('shows the chairs’ photo to the groups, allocates chairs to two, counts the collection and returns a no-show', async () => {
    const { officer, council, library, editors, groupIds } = reg;
    const [first, second] = [editors[0]!, editors[1]!];
    const chairs = await createListing(t, officer, listingInput(library.id, council.id));
    const desks = await createListing(
      t,
      officer,
      listingInput(library.id, council.id, {
        category: 'DESKS_AND_TABLES',
        description: 'Desks',
        quantity: 6,
      }),
    );
    expect([chairs.state, chairs.quantityLeft, chairs.allocationRule]).toEqual([
      'AVAILABLE',
      40,
      'LISTER_CHOOSES',
    ]);
    expect(desks.quantity).toBe(6);
    const withPhoto = await attachPhoto(t, officer, chairs, 'Forty blue stacking chairs in the hall');
    expect(withPhoto.photos).toHaveLength(1);
    const { surplusListing: seen } = await t.ok<{ surplusListing: { photos: Photo[] } }>(
      LISTING_PHOTOS,
      { id: chairs.id },
      first,
    );
    expect(seen.photos.map((photo) => [photo.altText, photo.contentType])).toEqual([
      ['Forty blue stacking chairs in the hall', 'image/jpeg'],
    ]);
    expect((await t.photos.handle(new Request(seen.photos[0]?.url ?? '')))?.status).toBe(200);

    const asked = async (caller: typeof first, organisationId: string, quantity: number) =>
      requestItems(t, caller, {
        listingId: chairs.id,
        organisationId,
        quantity,
        intendedUse: 'Seating for our community cafe',
      });
    const fromFirst = await asked(first, groupIds[0]!, 25);
    const fromSecond = await asked(second, groupIds[1]!, 20);
    expect([fromFirst.status, fromSecond.status]).toEqual(['PENDING', 'PENDING']);

    const allocate = async (request: SurplusRequestResult, quantity: number) =>
      (
        await t.ok<{ allocateSurplusRequest: SurplusRequestResult }>(
          ALLOCATE,
          { id: request.id, v: request.version, quantity },
          officer,
        )
      ).allocateSurplusRequest;
    const toFirst = await allocate(fromFirst, 25);
    const toSecond = await allocate(fromSecond, 15);
    expect([toFirst.quantityAllocated, toSecond.quantityAllocated]).toEqual([25, 15]);
    expect(await listing(chairs.id)).toMatchObject({ quantityLeft: 0, state: 'FULLY_ALLOCATED' });

    const collected = await t.ok<{ confirmSurplusCollection: SurplusRequestResult }>(
      CONFIRM_COLLECTION,
      { id: toFirst.id, v: toFirst.version },
      first,
    );
    expect(collected.confirmSurplusCollection).toMatchObject({ status: 'COLLECTED', quantityCollected: 25 });
    const noShow = await t.ok<{ markSurplusNoShow: SurplusRequestResult }>(
      MARK_NO_SHOW,
      { id: toSecond.id, v: toSecond.version },
      officer,
    );
    expect(noShow.markSurplusNoShow.status).toBe('NO_SHOW');
    expect(await listing(chairs.id)).toMatchObject({
      quantityLeft: 15,
      quantityAllocated: 25,
      quantityCollected: 25,
      state: 'AVAILABLE',
    });

    // What was collected: the impact figures (anonymous) and the council's open-data file.
    const IMPACT = `{
      itemsReused collections estimatedWeightKg estimatedCarbonAvoidedKgCo2e
      itemsWithoutWeightEstimate itemsWithoutCarbonEstimate
      byCategory { category itemsReused estimatedWeightKg estimatedCarbonAvoidedKgCo2e }
    }`;
    const impact = await t.ok<Record<string, unknown>>(
      `query ($gss: String!, $org: ID!, $other: ID!) {
        council: surplusImpactByCouncil(councilCode: $gss) ${IMPACT}
        group: surplusImpactByOrganisation(organisationId: $org) ${IMPACT}
        other: surplusImpactByOrganisation(organisationId: $other) ${IMPACT}
      }`,
      { gss: CHELTENHAM, org: groupIds[0], other: groupIds[1] },
    );
    // 25 chairs at WRAP's 11.9 kg an office chair = 297.5 kg; at 3 kg CO2e avoided per kg = 892.5 kg CO2e.
    const reused = {
      itemsReused: 25,
      collections: 1,
      estimatedWeightKg: 297.5,
      estimatedCarbonAvoidedKgCo2e: 892.5,
      itemsWithoutWeightEstimate: 0,
      itemsWithoutCarbonEstimate: 0,
      byCategory: [
        {
          category: 'SEATING',
          itemsReused: 25,
          estimatedWeightKg: 297.5,
          estimatedCarbonAvoidedKgCo2e: 892.5,
        },
      ],
    };
    expect(impact).toEqual({
      council: reused,
      group: reused,
      other: {
        itemsReused: 0,
        collections: 0,
        estimatedWeightKg: 0,
        estimatedCarbonAvoidedKgCo2e: 0,
        itemsWithoutWeightEstimate: 0,
        itemsWithoutCarbonEstimate: 0,
        byCategory: [],
      },
    });
    const file = await t.app.openData({
      method: 'GET',
      path: `/open-data/${CHELTENHAM}/surplus-reuse.csv`,
      headers: {},
    });
    expect(file.statusCode).toBe(200);
    const rows = parse<Record<string, string>>(file.body, { bom: true, columns: true });
    expect(rows).toEqual([
      {
        Organisation: CHELTENHAM,
        OrganisationLabel: 'Cheltenham Borough Council',
        CollectedDate: '2026-11-23',
        Category: 'SEATING',
        Quantity: '25',
        CollectingOrganisation: 'Community group 0',
        EstimatedWeightKg: '297.5',
        EstimatedCarbonAvoidedKgCO2e: '892.5',
        EstimateSource:
          'WRAP (Waste & Resources Action Programme), Benefits of reuse. Case study: Office furniture (final report, project code SAP 134), 2011-11',
      },
    ]);
    expect(file.body).not.toContain('pat@cheltenham');
  });

  it('refuses to allocate more than is left, naming how many are', async () => {
    const { officer, council, library, editors, groupIds } = reg;
    const few = await createListing(t, officer, listingInput(library.id, council.id, { quantity: 3 }));
    const ask = (n: number) =>
      requestItems(t, editors[n]!, {
        listingId: few.id,
        organisationId: groupIds[n]!,
        quantity: 3,
        intendedUse: 'Our hall',
      });
    const [a, b] = [await ask(0), await ask(1)];
    await t.ok(ALLOCATE, { id: a.id, v: a.version, quantity: 2 }, officer);
    const refused = await t.run(ALLOCATE, { id: b.id, v: b.version, quantity: null }, officer);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.['quantityLeft']).toBe(1);
  });

  it('says which field is wrong', async () => {
    const { officer, council, library } = reg;
    const result = await t.run(
      'mutation ($input: CreateSurplusListingInput!) { createSurplusListing(input: $input) { id } }',
      { input: listingInput(library.id, council.id, { quantity: 0, availableUntil: '2026-11-01' }) },
      officer,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.quantity', 'input.availableUntil']));
  });

  it('refuses to archive the library while it has open listings, and closes them when told to', async () => {
    const { officer, library } = reg;
    const open = await createListing(t, officer, listingInput(library.id, reg.council.id, { quantity: 2 }));
    const { building } = await t.ok<{ building: { version: number } }>(
      'query ($id: ID!) { building(id: $id) { version } }',
      { id: library.id },
    );
    const ARCHIVE =
      'mutation ($id: ID!, $v: Int!, $close: Boolean) { archiveBuilding(id: $id, expectedVersion: $v, closeSurplusListings: $close) { id } }';

    const refused = await t.run(ARCHIVE, { id: library.id, v: building.version, close: false }, officer);
    const archived = await t.run(ARCHIVE, { id: library.id, v: building.version, close: true }, officer);

    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.['openSurplusListings']).toBeGreaterThanOrEqual(1);
    expect(archived.errors).toBeUndefined();
    expect((await listing(open.id)).state).toBe('CLOSED');
  });
});
