import { describe, expect, it } from 'vitest';
import {
  acvTaskFacts,
  reviewRequestFact,
  reviewRequestRange,
  surplusCollectionFact,
  surplusListingEndingFact,
} from '../../../src/app/reminder-facts';
import { dueReminders } from '../../../src/registers/notifications/domain/due-reminders';
import type { SurplusListing } from '../../../src/registers/surplus/domain/surplus-listing';
import type { SurplusRequest } from '../../../src/registers/surplus/domain/surplus-request';
import type { Organisation } from '../../../src/kernel/domain/records';
import type { AcvEntry, AcvTask } from '../../../src/registers/acv/domain/acv-records';

const AT = '2026-01-01T00:00:00.000Z';
const council: Organisation = {
  id: 'council-1',
  kind: 'COUNCIL',
  name: 'Cheltenham Borough Council',
  gssCode: 'E07000078',
  charityNumber: null,
  companyNumber: null,
  memberCount: null,
  publicBodyType: null,
  councilAreas: ['E07000078'],
  website: null,
  contact: { name: null, email: 'acv@cheltenham.example.org', phone: null, address: null },
  verified: true,
  createdAt: AT,
  updatedAt: AT,
  version: 1,
};

function listedEntry(decidedOn: string, overrides: Partial<AcvEntry> = {}): AcvEntry {
  return {
    id: 'entry-1',
    councilCode: 'E07000078',
    buildingId: null,
    site: {
      name: 'The Swan',
      description: null,
      boundaryDescription: 'The pub',
      address: null,
      location: null,
    },
    nominator: { organisationId: 'friends', name: 'Friends of the Swan', kind: 'CHARITY' },
    nominatedBy: 'user-1',
    nominatedOn: '2026-01-05',
    communityValueReasons: 'The quiz',
    occupiersKnown: null,
    interests: [],
    eligibilityEvidence: 'Charity',
    eligibility: [],
    owner: { organisationId: 'taverns', name: 'Taverns Ltd', kind: 'BUSINESS' },
    withdrawnOn: null,
    decision: {
      outcome: 'LISTED',
      decidedOn,
      decidedBy: 'officer',
      reasons: null,
      unsuccessfulGround: null,
      late: false,
      listingExpiryConvention: 'STATUTE',
    },
    review: null,
    appeal: null,
    disposalNotices: [],
    disposals: [],
    removal: null,
    compensationClaims: [],
    createdAt: AT,
    updatedAt: AT,
    version: 2,
    ...overrides,
  };
}

const recipients = (facts: ReturnType<typeof acvTaskFacts>) =>
  facts.map((fact) => [fact.kind, fact.dueOn, fact.recipients.map((r) => r.role)]);

describe('the ACV deadlines the daily reminders are about', () => {
  it('reads the listings whose review may be asked for within a week: listed 55 to 48 days ago', () => {
    // Today 23 Nov 2026: listed 29 Sep to 6 Oct 2026, whose 5 years end 28 Sep to 6 Oct 2031 (either way of
    // counting), so the range holds them with a day or two to spare.
    expect(reviewRequestRange('2026-11-23', 7)).toEqual({ from: '2031-09-26', until: '2031-10-08' });
  });

  it('reads only the listings whose last day to ask is today, with no horizon', () => {
    // 8 weeks beginning with 29 Sep 2026 end on 23 Nov 2026: listed 29 Sep, 5 years ending 28 or 29 Sep 2031.
    expect(reviewRequestRange('2026-11-23', 0)).toEqual({ from: '2031-09-26', until: '2031-10-01' });
  });

  it("reminds the owner of the review's last day, until a review is asked for", () => {
    // 8 weeks beginning with 1 Oct 2026 end on 25 Nov 2026.
    const fact = reviewRequestFact(listedEntry('2026-10-01'), council);
    expect([fact?.kind, fact?.dueOn, fact?.recipients.map((r) => r.role)]).toEqual([
      'REVIEW_REQUEST',
      '2026-11-25',
      ['owner'],
    ]);
    const review = {
      requestedOn: '2026-11-01',
      requestedBy: 'owner',
      agreedDueOn: null,
      decidedOn: null,
      decidedBy: null,
      outcome: null,
      reasons: null,
      late: false,
    };
    expect(reviewRequestFact(listedEntry('2026-10-01', { review }), council)).toBeNull();
  });

  it('tells the nominator of an interim moratorium ending, and the owner of a full one', () => {
    const notice = { receivedOn: '2026-10-16', exemptCategory: null, details: null, bidRequests: [] };
    const task: AcvTask = {
      entryId: 'entry-1',
      councilCode: 'E07000078',
      kind: 'MORATORIUM_END',
      dueOn: '2026-11-26',
      siteName: 'The Swan',
    };
    // 6 weeks beginning with 16 Oct 2026 end on 26 Nov 2026; 6 months beginning with it on 15 Apr 2027.
    expect(
      recipients(acvTaskFacts(task, listedEntry('2026-07-01', { disposalNotices: [notice] }), council)),
    ).toEqual([['INTERIM_MORATORIUM_END', '2026-11-26', ['council', 'nominator']]]);
    const bid = {
      requestedOn: '2026-10-20',
      bidder: { organisationId: null, name: 'Swan Society', kind: null },
    };
    const withBid = listedEntry('2026-07-01', { disposalNotices: [{ ...notice, bidRequests: [bid] }] });
    expect(recipients(acvTaskFacts({ ...task, dueOn: '2027-04-15' }, withBid, council))).toEqual([
      ['FULL_MORATORIUM_END', '2027-04-15', ['council', 'owner']],
    ]);
  });

  it('reminds the council of a review to decide, and of no registration task', () => {
    const task: AcvTask = {
      entryId: 'entry-1',
      councilCode: 'E07000078',
      kind: 'REVIEW_DECISION',
      dueOn: '2026-12-01',
      siteName: 'The Swan',
    };
    expect(recipients(acvTaskFacts(task, listedEntry('2026-07-01'), council))).toEqual([
      ['REVIEW_DECISION', '2026-12-01', ['council']],
    ]);
    expect(acvTaskFacts({ ...task, kind: 'LOCAL_LAND_CHARGE' }, listedEntry('2026-07-01'), council)).toEqual(
      [],
    );
  });
});

describe('surplus reminders', () => {
  const listing = {
    id: 'listing-1',
    organisationId: 'council-1',
    buildingId: 'bldg-1',
    building: { name: 'Old Town Library', councilCode: 'E07000078' },
    category: 'SEATING',
    description: 'Stacking chairs',
    quantity: 40,
    allocatedQuantity: 25,
    collectedQuantity: 0,
    status: 'OPEN',
    availableFrom: '2026-11-01',
    availableUntil: '2026-12-31',
  } as unknown as SurplusListing;
  const allocated = {
    id: 'req-1',
    listingId: 'listing-1',
    listerOrganisationId: 'council-1',
    councilCode: 'E07000078',
    organisationId: 'group-1',
    organisationName: 'Youth Club',
    quantity: 25,
    status: 'ALLOCATED',
    allocatedQuantity: 25,
    // 23:30 UTC on 9 November is still 9 November in London (GMT).
    allocatedAt: '2026-11-09T23:30:00.000Z',
  } as unknown as SurplusRequest;

  it('reminds the lister within 7 days of the last day while items are left, and not once all are allocated', () => {
    const fact = surplusListingEndingFact(listing, council);

    expect(fact).toMatchObject({
      kind: 'SURPLUS_LISTING_ENDING',
      dueOn: '2026-12-31',
      about: '15 of 40 x Stacking chairs left, Old Town Library',
      recipients: [{ organisationId: 'council-1', role: 'lister' }],
    });
    // 31 December less 7 days is 24 December: due from then, not on the 23rd.
    expect(dueReminders('2026-12-23', [fact!])).toEqual([]);
    expect(dueReminders('2026-12-24', [fact!]).map((r) => r.id)).toEqual([
      'reminder#surplus-listing-ending#listing-1#2026-12-31#7d',
    ]);
    expect(surplusListingEndingFact({ ...listing, allocatedQuantity: 40 }, council)).toBeNull();
    expect(surplusListingEndingFact({ ...listing, status: 'CLOSED' }, council)).toBeNull();
  });

  it('reminds both sides of an allocation not collected 14 days on, or by the listing’s end if sooner', () => {
    const fact = surplusCollectionFact(allocated, listing, council);
    // 9 November + 14 days = 23 November; overdue from the 24th.
    expect(fact).toMatchObject({
      kind: 'SURPLUS_COLLECTION_OVERDUE',
      dueOn: '2026-11-23',
      recipients: [
        { organisationId: 'group-1', role: 'requester' },
        { organisationId: 'council-1', role: 'lister' },
      ],
    });
    expect(dueReminders('2026-11-23', [fact!])).toEqual([]);
    expect(dueReminders('2026-11-24', [fact!]).map((r) => r.id)).toEqual([
      'reminder#surplus-collection-overdue#req-1#2026-11-23#overdue',
    ]);
    // A listing ending on 15 November: the collection is due by then.
    expect(
      surplusCollectionFact(allocated, { ...listing, availableUntil: '2026-11-15' }, council)?.dueOn,
    ).toBe('2026-11-15');
    expect(surplusCollectionFact({ ...allocated, status: 'COLLECTED' }, listing, council)).toBeNull();
  });
});
