import { beforeAll, describe, expect, it } from 'vitest';
import type { DailyRemindersJob } from '../../src/app/daily-reminders-factory';
import { setToday } from '../support/acv-fixtures';
import { CHELTENHAM, contactEmailOf, createBuilding, createCharity } from '../support/fixtures';
import type { NotifierHarness } from '../support/notifier-harness';
import { createCouncilWithContact, startRemindersJob, subjectsTo } from '../support/reminder-fixtures';
import {
  ALLOCATE,
  CONFIRM_COLLECTION,
  createListing,
  listingInput,
  requestItems,
} from '../support/surplus-fixtures';
import type { SurplusRequestResult } from '../support/surplus-fixtures';
import { createTestApp, PLATFORM_ADMIN } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'surplus-reminder-officer' };
const groupAdmin = { userId: 'surplus-reminder-group' };
const COUNCIL_EMAIL = 'property@cheltenham.example.org';
const GROUP = 'Pittville Youth Club';
const TODAY = '2026-11-24';

/*
 * Expected dates, worked out by hand:
 * - chairs listed until 27 Nov, 25 of 40 allocated on 9 Nov: 15 left 3 days before the end (a listing ending
 *   reminder), and the allocation's collection day is 9 + 14 = 23 Nov (before the 27th), overdue today;
 * - tables listed until 26 Nov, none requested: 2 days before the end;
 * - desks listed until 26 Nov, all 4 allocated and collected: nothing left, no reminder either way;
 * - shelves listed until 20 Dec: 26 days away, not due.
 */
describe('surplus reminders in the daily reminders job', () => {
  let api: TestApp;
  let harness: NotifierHarness;
  let job: DailyRemindersJob;

  beforeAll(async () => {
    api = await createTestApp();
    setToday(api, '2026-11-09');
    const council = await createCouncilWithContact(api, officer, {
      name: 'Property team',
      email: COUNCIL_EMAIL,
    });
    const groupId = (await createCharity(api, groupAdmin, GROUP)).id;
    await api.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      { id: groupId },
      { userId: PLATFORM_ADMIN },
    );
    const library = await createBuilding(api, officer, {
      name: 'Old Town Library',
      category: 'LIBRARY',
      ownerOrganisationId: council.id,
    });
    const listed = (overrides: Record<string, unknown>) =>
      createListing(
        api,
        officer,
        listingInput(library.id, council.id, { availableFrom: '2026-11-09', ...overrides }),
      );
    const allocate = async (listingId: string, quantity: number): Promise<SurplusRequestResult> => {
      const asked = await requestItems(api, groupAdmin, {
        listingId,
        organisationId: groupId,
        quantity,
        intendedUse: 'Our hall',
      });
      return (
        await api.ok<{ allocateSurplusRequest: SurplusRequestResult }>(
          ALLOCATE,
          { id: asked.id, v: asked.version },
          officer,
        )
      ).allocateSurplusRequest;
    };

    const chairs = await listed({
      description: 'Stacking chairs',
      quantity: 40,
      availableUntil: '2026-11-27',
    });
    await allocate(chairs.id, 25);
    await listed({
      description: 'Folding tables',
      category: 'DESKS_AND_TABLES',
      quantity: 10,
      availableUntil: '2026-11-26',
    });
    const desks = await listed({
      description: 'Desks',
      category: 'DESKS_AND_TABLES',
      quantity: 4,
      availableUntil: '2026-11-26',
    });
    const collected = await allocate(desks.id, 4);
    await api.ok(CONFIRM_COLLECTION, { id: collected.id, v: collected.version }, groupAdmin);
    await listed({ description: 'Shelves', category: 'STORAGE', quantity: 6, availableUntil: '2026-12-20' });

    setToday(api, TODAY);
    ({ harness, job } = await startRemindersJob(api, { councilCodes: [CHELTENHAM] }));
  }, 240_000);

  const to = subjectsTo;

  it('reminds the lister of listings ending with items left, and both sides of an allocation not collected', async () => {
    const summary = await job(TODAY);

    expect(summary.failures).toEqual([]);
    expect(summary.sent).toMatchObject({ SURPLUS_LISTING_ENDING: 2, SURPLUS_COLLECTION_OVERDUE: 1 });
    const emails = await harness.emails();
    const overdue =
      'Surplus items not yet collected: overdue since 2026-11-23: 25 x Stacking chairs, Old Town Library, allocated to Pittville Youth Club';
    expect(to(emails, COUNCIL_EMAIL)).toEqual([
      overdue,
      'Surplus listing ending: due in 2 days, on 2026-11-26: 10 of 10 x Folding tables left, Old Town Library',
      'Surplus listing ending: due in 3 days, on 2026-11-27: 15 of 40 x Stacking chairs left, Old Town Library',
    ]);
    expect(to(emails, contactEmailOf(GROUP))).toEqual([overdue]);
    expect(emails.some((email) => /Desks|Shelves/.test(email.subject))).toBe(false);
  });

  it('sends nothing more when run again the same day', async () => {
    const before = (await harness.emails()).length;

    const again = await job(TODAY);

    expect(again.sent).toMatchObject({ SURPLUS_LISTING_ENDING: 0, SURPLUS_COLLECTION_OVERDUE: 0 });
    expect(again.alreadySent).toBe(3);
    expect((await harness.emails()).length).toBe(before);
  });
});
