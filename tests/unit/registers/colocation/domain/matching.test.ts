import { describe, expect, it } from 'vitest';
import {
  MATCH_WEIGHTS,
  compareMatches,
  matchOfferToNeed,
} from '../../../../../src/registers/colocation/domain/matching';
import type { SpaceNeed } from '../../../../../src/registers/colocation/domain/space-need';
import type { SpaceOffer } from '../../../../../src/registers/colocation/domain/space-offer';

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
      'outside Dudley',
    ],
    ['the wrong kind', { spaceKind: 'HALL' }, {}, 'A hall, not desks as wanted'],
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
    ['missing a facility', { facilities: ['KITCHEN'] }, {}, 'missing facilities: wi-fi'],
    [
      'missing an accessibility feature',
      { accessibilityFeatures: [] },
      {},
      'missing accessibility features: step-free access',
    ],
    [
      'not open to the seeker',
      { eligibleOrganisationKinds: ['PUBLIC_BODY'] },
      {},
      'open only to public bodies, not to charities',
    ],
    ['not open', { status: 'UNDER_OFFER' }, {}, 'the offer is under offer, not open'],
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

  it('names councils, kinds of space, facilities and organisation kinds in words, with the codes beside', () => {
    const inArea = matchOfferToNeed(
      need({ location: null, radiusKm: null, councilCode: 'E07000078' }),
      'UNINCORPORATED_GROUP',
      offer({ eligibleOrganisationKinds: ['CHARITY', 'CIO'], facilities: [] }),
      TODAY,
    );

    expect(criterion(inArea, 'DISTANCE')).toMatchObject({
      explanation: 'in Cheltenham',
      codes: ['E07000078'],
    });
    expect(criterion(inArea, 'SPACE_KIND')).toMatchObject({
      explanation: 'Desks, as wanted',
      codes: ['DESKS'],
    });
    expect(criterion(inArea, 'ELIGIBILITY')).toMatchObject({
      explanation:
        'open only to charities and charitable incorporated organisations, not to unincorporated groups',
      codes: ['CHARITY', 'CIO', 'UNINCORPORATED_GROUP'],
    });
    expect(criterion(inArea, 'FACILITIES')).toMatchObject({
      explanation: 'missing facilities: wi-fi',
      codes: ['WIFI'],
    });
    expect(inArea.exclusionReasons.join(' ')).not.toMatch(/[A-Z]{2,}_|E0\d{7}/);
  });

  it('shows a capacity the offer does not state as UNKNOWN for a need with one: no credit, not excluded', () => {
    const result = matchOfferToNeed(need(), 'CHARITY', offer({ capacity: null }), TODAY);

    expect(criterion(result, 'CAPACITY')).toMatchObject({ score: 0, met: false, outcome: 'UNKNOWN' });
    expect(result.excluded).toBe(false);
    expect(result.unknowns).toEqual(['the offer does not say how many people it holds (5 needed)']);
    // The same offer stating 10 scores the capacity criterion 5/10 = 0.5 x 0.15 = 7.5 points more.
    const stated = matchOfferToNeed(need(), 'CHARITY', offer({ capacity: 10 }), TODAY);
    expect(stated.score - result.score).toBeGreaterThanOrEqual(7);
    expect(stated.score - result.score).toBeLessThanOrEqual(8);
  });

  it('shows a cost the offer does not state as UNKNOWN for a need with a budget, and FREE as meeting it', () => {
    const silent = matchOfferToNeed(need(), 'CHARITY', offer({ monthlyCost: null }), TODAY);
    const free = matchOfferToNeed(need(), 'CHARITY', offer({ terms: 'FREE', monthlyCost: null }), TODAY);
    const noBudget = matchOfferToNeed(
      need({ monthlyBudget: null }),
      'CHARITY',
      offer({ monthlyCost: null }),
      TODAY,
    );

    expect(criterion(silent, 'COST')).toMatchObject({ score: 0, outcome: 'UNKNOWN', met: false });
    expect(silent.unknowns).toEqual(['cost sharing terms, no monthly cost stated for the £200 budget']);
    expect(silent.excluded).toBe(false);
    expect(criterion(free, 'COST')).toMatchObject({ score: 1, outcome: 'MET' });
    expect(criterion(noBudget, 'COST')).toMatchObject({ score: 0.5, outcome: 'MET' });
  });

  it('ranks a free room 2 km further above a £2,572-a-month one when the need gives no budget', () => {
    // Need at the hub, 5 km radius. One degree of latitude is about 111.2 km: 0.0045 deg ~ 0.5 km north,
    // 0.0225 deg ~ 2.5 km north. Everything else about the two offers is the same.
    const seeker = need({ location: HUB, monthlyBudget: null });
    const at = (dLat: number) => ({
      ...offer().building,
      location: { ...HUB, latitude: HUB.latitude + dLat },
    });
    const costly = matchOfferToNeed(
      seeker,
      'CHARITY',
      offer({ id: 'costly', building: at(0.0045), terms: 'MARKET_RENT', monthlyCost: 2572 }),
      TODAY,
    );
    const free = matchOfferToNeed(
      seeker,
      'CHARITY',
      offer({ id: 'free', building: at(0.0225), terms: 'FREE', monthlyCost: null }),
      TODAY,
    );

    // Hand-computed: cost 500 / (500 + 2572) = 0.1628 against 1; distance 1 - 0.5/5 = 0.9 against 1 - 2.5/5 = 0.5.
    expect(criterion(costly, 'COST')?.score).toBeCloseTo(0.1628, 3);
    expect(criterion(free, 'COST')?.score).toBe(1);
    expect(criterion(costly, 'DISTANCE')?.score).toBeCloseTo(0.9, 1);
    expect(criterion(free, 'DISTANCE')?.score).toBeCloseTo(0.5, 1);
    // 0.2 x (1 - 0.1628) = 16.7 points for cost against 0.2 x (0.9 - 0.5) = 8 for distance: about 9 apart.
    expect(free.score - costly.score).toBeGreaterThanOrEqual(7);
    expect(free.score - costly.score).toBeLessThanOrEqual(10);
    expect([costly, free].sort(compareMatches).map((m) => m.offerId)).toEqual(['free', 'costly']);
  });
});
