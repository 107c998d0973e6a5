import { describe, expect, it } from 'vitest';
import { MATCH_WEIGHTS, compareMatches, matchOfferToNeed } from '../../../src/domain/matching';
import type { SpaceNeed } from '../../../src/domain/space-need';
import type { SpaceOffer } from '../../../src/domain/space-offer';

const TODAY = '2026-11-23';
const AT = '2026-11-23T09:00:00.000Z';
const HUB = { latitude: 51.8994, longitude: -2.0783 };

const offer = (overrides: Partial<SpaceOffer> = {}): SpaceOffer => ({
  id: 'offer-1',
  organisationId: 'org-hub',
  buildingId: 'b-1',
  building: {
    name: 'The Hub',
    address: { lines: [], postTown: null, postcode: null, postcodeIsPartial: false },
    location: HUB,
    councilCode: 'E07000078',
    ownerOrganisationId: 'org-hub',
    visibility: 'PUBLIC',
  },
  title: 'Desks',
  spaceKind: 'DESKS',
  description: null,
  capacity: 10,
  floorAreaSqm: null,
  availability: {
    slots: [
      { day: 'MONDAY', opens: '09:00', closes: '17:00' },
      { day: 'TUESDAY', opens: '09:00', closes: '12:00' },
    ],
    fromDate: '2026-12-01',
    untilDate: null,
  },
  terms: 'COST_SHARING',
  monthlyCost: 100,
  facilities: ['WIFI', 'KITCHEN'],
  accessibilityFeatures: ['STEP_FREE_ACCESS'],
  eligibleOrganisationKinds: [],
  status: 'OPEN',
  contact: { name: null, email: null, phone: null },
  acceptedInterestId: null,
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  ...overrides,
});

const need = (overrides: Partial<SpaceNeed> = {}): SpaceNeed => ({
  id: 'need-1',
  organisationId: 'org-seeker',
  purpose: 'Advice sessions',
  spaceKinds: ['DESKS'],
  capacity: 5,
  slots: [
    { day: 'MONDAY', opens: '10:00', closes: '12:00' },
    { day: 'TUESDAY', opens: '11:00', closes: '13:00' },
  ],
  fromDate: '2027-01-04',
  monthlyBudget: 200,
  location: { latitude: 51.91, longitude: -2.065 },
  radiusKm: 5,
  councilCode: null,
  mustHaveFacilities: ['WIFI'],
  mustHaveAccessibility: ['STEP_FREE_ACCESS'],
  status: 'OPEN',
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  ...overrides,
});

const criterion = (result: ReturnType<typeof matchOfferToNeed>, name: string) =>
  result.criteria.find((c) => c.criterion === name);

describe('matchOfferToNeed', () => {
  it('weights add up to one', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('scores a fitting offer and explains every criterion', () => {
    const result = matchOfferToNeed(need(), 'CHARITY', offer(), TODAY);

    expect(result.excluded).toBe(false);
    expect(result.exclusionReasons).toEqual([]);
    expect(result.criteria).toHaveLength(Object.keys(MATCH_WEIGHTS).length);
    expect(criterion(result, 'SCHEDULE')).toMatchObject({
      score: 0.75,
      explanation: '3 of the 4 hours a week wanted',
    });
    expect(criterion(result, 'CAPACITY')).toMatchObject({
      score: 0.5,
      explanation: 'holds 10 for the 5 needed',
    });
    expect(criterion(result, 'COST')).toMatchObject({ score: 0.75, met: true });
    expect(result.distanceKm).toBeGreaterThan(1.4);
    expect(result.score).toBeGreaterThan(60);
    expect(result.score).toBeLessThan(100);
  });

  it.each<[string, Partial<SpaceOffer>, Partial<SpaceNeed>, string]>([
    ['too far', {}, { radiusKm: 1 }, 'km away, beyond the 1 km wanted'],
    [
      'outside the council area',
      {},
      { location: null, radiusKm: null, councilCode: 'E08000027' },
      'outside the council area E08000027',
    ],
    ['the wrong kind', { spaceKind: 'HALL' }, {}, 'HALL is not one of DESKS'],
    ['too small', { capacity: 3 }, {}, 'holds 3, fewer than the 5 needed'],
    [
      'never open when wanted',
      {
        availability: {
          slots: [{ day: 'FRIDAY', opens: '09:00', closes: '17:00' }],
          fromDate: '2026-12-01',
          untilDate: null,
        },
      },
      {},
      'none of the days and hours wanted are offered',
    ],
    [
      'ending before the need starts',
      {
        availability: {
          slots: [{ day: 'MONDAY', opens: '09:00', closes: '17:00' }],
          fromDate: '2026-12-01',
          untilDate: '2026-12-31',
        },
      },
      {},
      'available only until 2026-12-31, before 2027-01-04',
    ],
    ['over budget', { monthlyCost: 250 }, {}, '£250 a month is over the £200 budget'],
    ['missing a facility', { facilities: ['KITCHEN'] }, {}, 'missing facilities: WIFI'],
    [
      'missing an accessibility feature',
      { accessibilityFeatures: [] },
      {},
      'missing accessibility features: STEP_FREE_ACCESS',
    ],
    [
      'not open to the seeker',
      { eligibleOrganisationKinds: ['PUBLIC_BODY'] },
      {},
      'open only to PUBLIC_BODY, not CHARITY',
    ],
    ['not open', { status: 'UNDER_OFFER' }, {}, 'the offer is UNDER_OFFER, not OPEN'],
  ])('excludes an offer %s, saying why', (_label, offerOverrides, needOverrides, reason) => {
    const result = matchOfferToNeed(need(needOverrides), 'CHARITY', offer(offerOverrides), TODAY);

    expect(result.excluded).toBe(true);
    expect(result.score).toBe(0);
    expect(result.exclusionReasons.some((r) => r.includes(reason))).toBe(true);
  });

  it('treats FREE terms as costing nothing', () => {
    const result = matchOfferToNeed(need(), 'CHARITY', offer({ terms: 'FREE', monthlyCost: null }), TODAY);

    expect(criterion(result, 'COST')).toMatchObject({ score: 1, met: true });
  });

  it('ranks a nearer, better-fitting offer first', () => {
    const close = matchOfferToNeed(need(), 'CHARITY', offer({ id: 'close', capacity: 6 }), TODAY);
    const roomy = matchOfferToNeed(need(), 'CHARITY', offer({ id: 'roomy', capacity: 60 }), TODAY);

    expect([roomy, close].sort(compareMatches).map((m) => m.offerId)).toEqual(['close', 'roomy']);
  });
});
