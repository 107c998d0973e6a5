/**
 * Matching offers of space to needs: a score from 0 to 100 explained criterion by criterion. A must-have the
 * offer fails (too far or outside the area, wrong kind of space, too small, no shared hours, ends before the
 * need starts, over budget, a missing facility or accessibility feature, the organisation not eligible)
 * excludes it, with a reason per failure. Pure.
 */
import { distanceKm } from './geo-search';
import type { OrganisationKind } from './records';
import type { SpaceNeed } from './space-need';
import { effectiveOfferStatus } from './space-offer';
import type { SpaceOffer, WeeklySlot } from './space-offer';

export const MATCH_CRITERIA = [
  'DISTANCE',
  'SPACE_KIND',
  'CAPACITY',
  'SCHEDULE',
  'DATES',
  'COST',
  'FACILITIES',
  'ACCESSIBILITY',
  'ELIGIBILITY',
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** How much each criterion counts towards the score (they add up to 1). */
export const MATCH_WEIGHTS: Readonly<Record<MatchCriterion, number>> = {
  DISTANCE: 0.25,
  SPACE_KIND: 0.1,
  CAPACITY: 0.15,
  SCHEDULE: 0.2,
  DATES: 0.05,
  COST: 0.15,
  FACILITIES: 0.05,
  ACCESSIBILITY: 0.03,
  ELIGIBILITY: 0.02,
};

export interface CriterionScore {
  readonly criterion: MatchCriterion;
  /** 0 (worst) to 1 (best). */
  readonly score: number;
  readonly weight: number;
  /** False when the offer fails a must-have on this criterion. */
  readonly met: boolean;
  readonly explanation: string;
}

export interface MatchResult {
  readonly needId: string;
  readonly offerId: string;
  /** 0 to 100; 0 when excluded. */
  readonly score: number;
  readonly distanceKm: number | null;
  readonly excluded: boolean;
  readonly exclusionReasons: readonly string[];
  readonly criteria: readonly CriterionScore[];
}

/** A match with the two records it is about. */
export interface ScoredMatch extends MatchResult {
  readonly need: SpaceNeed;
  readonly offer: SpaceOffer;
}

/** Scores `offer` against `need` for an organisation of kind `seekerKind`, as of `today`. */
export function matchOfferToNeed(
  need: SpaceNeed,
  seekerKind: OrganisationKind,
  offer: SpaceOffer,
  today: string,
): MatchResult {
  const distance =
    need.location && offer.building.location ? distanceKm(need.location, offer.building.location) : null;
  const criteria: CriterionScore[] = [
    scoreDistance(need, offer, distance),
    scoreKind(need, offer),
    scoreCapacity(need, offer),
    scoreSchedule(need.slots, offer.availability.slots),
    scoreDates(need, offer),
    scoreCost(need, offer),
    scoreFeatures('FACILITIES', 'facility', need.mustHaveFacilities, offer.facilities),
    scoreFeatures(
      'ACCESSIBILITY',
      'accessibility feature',
      need.mustHaveAccessibility,
      offer.accessibilityFeatures,
    ),
    scoreEligibility(seekerKind, offer.eligibleOrganisationKinds),
  ];
  const exclusionReasons = criteria.filter((c) => !c.met).map((c) => c.explanation);
  const status = effectiveOfferStatus(offer, today);
  if (status !== 'OPEN') exclusionReasons.unshift(`the offer is ${status}, not OPEN`);
  const excluded = exclusionReasons.length > 0;
  const weighted = criteria.reduce((sum, c) => sum + c.score * c.weight, 0);
  return {
    needId: need.id,
    offerId: offer.id,
    score: excluded ? 0 : Math.round(weighted * 100),
    distanceKm: distance === null ? null : Math.round(distance * 100) / 100,
    excluded,
    exclusionReasons,
    criteria,
  };
}

/** Best first; ties by distance, then by offer id so the order is stable across pages. */
export function compareMatches(a: MatchResult, b: MatchResult): number {
  return (
    b.score - a.score ||
    (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
    (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0) ||
    (a.needId < b.needId ? -1 : a.needId > b.needId ? 1 : 0)
  );
}

const criterion = (
  name: MatchCriterion,
  score: number,
  met: boolean,
  explanation: string,
): CriterionScore => ({
  criterion: name,
  score: Math.max(0, Math.min(1, score)),
  weight: MATCH_WEIGHTS[name],
  met,
  explanation,
});

function scoreDistance(need: SpaceNeed, offer: SpaceOffer, distance: number | null): CriterionScore {
  if (need.councilCode !== null) {
    return offer.building.councilCode === need.councilCode
      ? criterion('DISTANCE', 1, true, `in the council area ${need.councilCode}`)
      : criterion('DISTANCE', 0, false, `outside the council area ${need.councilCode}`);
  }
  const radius = need.radiusKm ?? 0;
  if (distance === null) return criterion('DISTANCE', 0, false, "the offer's building has no location");
  const km = distance.toFixed(1);
  return distance <= radius
    ? criterion(
        'DISTANCE',
        1 - distance / Math.max(radius, 0.001),
        true,
        `${km} km away, within ${radius} km`,
      )
    : criterion('DISTANCE', 0, false, `${km} km away, beyond the ${radius} km wanted`);
}

function scoreKind(need: SpaceNeed, offer: SpaceOffer): CriterionScore {
  if (need.spaceKinds.length === 0) return criterion('SPACE_KIND', 1, true, 'any kind of space will do');
  return need.spaceKinds.includes(offer.spaceKind)
    ? criterion('SPACE_KIND', 1, true, `${offer.spaceKind} is a kind wanted`)
    : criterion('SPACE_KIND', 0, false, `${offer.spaceKind} is not one of ${need.spaceKinds.join(', ')}`);
}

// The best fit is a space just big enough: a hall for 200 is a poor match for a group of 6.
function scoreCapacity(need: SpaceNeed, offer: SpaceOffer): CriterionScore {
  if (need.capacity === null) return criterion('CAPACITY', 1, true, 'no capacity stated by the need');
  if (offer.capacity === null)
    return criterion('CAPACITY', 0.5, true, 'the offer does not state its capacity');
  if (offer.capacity < need.capacity) {
    return criterion('CAPACITY', 0, false, `holds ${offer.capacity}, fewer than the ${need.capacity} needed`);
  }
  return criterion(
    'CAPACITY',
    need.capacity / offer.capacity,
    true,
    `holds ${offer.capacity} for the ${need.capacity} needed`,
  );
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
}

/** The share of the wanted weekly hours that the offer's hours cover. */
function scoreSchedule(wanted: readonly WeeklySlot[], offered: readonly WeeklySlot[]): CriterionScore {
  if (wanted.length === 0) return criterion('SCHEDULE', 1, true, 'no days or hours stated by the need');
  let wantedMinutes = 0;
  let coveredMinutes = 0;
  for (const slot of wanted) {
    const length = minutes(slot.closes) - minutes(slot.opens);
    wantedMinutes += length;
    const same = offered.find((o) => o.day === slot.day);
    if (!same) continue;
    const overlap =
      Math.min(minutes(slot.closes), minutes(same.closes)) -
      Math.max(minutes(slot.opens), minutes(same.opens));
    coveredMinutes += Math.max(0, overlap);
  }
  const share = wantedMinutes ? coveredMinutes / wantedMinutes : 0;
  const hours = (m: number) => (Math.round((m / 60) * 10) / 10).toString();
  const explanation = `${hours(coveredMinutes)} of the ${hours(wantedMinutes)} hours a week wanted`;
  return share > 0
    ? criterion('SCHEDULE', share, true, explanation)
    : criterion('SCHEDULE', 0, false, `none of the days and hours wanted are offered`);
}

function scoreDates(need: SpaceNeed, offer: SpaceOffer): CriterionScore {
  const { fromDate, untilDate } = offer.availability;
  if (untilDate !== null && untilDate < need.fromDate) {
    return criterion('DATES', 0, false, `available only until ${untilDate}, before ${need.fromDate}`);
  }
  if (fromDate <= need.fromDate) return criterion('DATES', 1, true, `available from ${fromDate}`);
  const days = (Date.parse(fromDate) - Date.parse(need.fromDate)) / 86_400_000;
  return criterion(
    'DATES',
    Math.max(0.2, 1 - days / 180),
    true,
    `available from ${fromDate}, ${days} days after ${need.fromDate}`,
  );
}

function scoreCost(need: SpaceNeed, offer: SpaceOffer): CriterionScore {
  const cost = offer.terms === 'FREE' ? 0 : offer.monthlyCost;
  if (cost === null) return criterion('COST', 0.5, true, `${offer.terms} terms, no monthly cost stated`);
  if (need.monthlyBudget === null)
    return criterion('COST', 1 - Math.min(cost, 5000) / 10000, true, `£${cost} a month; no budget stated`);
  if (cost > need.monthlyBudget) {
    return criterion('COST', 0, false, `£${cost} a month is over the £${need.monthlyBudget} budget`);
  }
  const share = need.monthlyBudget ? cost / need.monthlyBudget : 0;
  return criterion('COST', 1 - share / 2, true, `£${cost} a month within the £${need.monthlyBudget} budget`);
}

function scoreFeatures<F extends string>(
  name: 'FACILITIES' | 'ACCESSIBILITY',
  noun: string,
  wanted: readonly F[],
  offered: readonly F[],
): CriterionScore {
  const missing = wanted.filter((feature) => !offered.includes(feature));
  if (wanted.length === 0) return criterion(name, 1, true, `no ${noun} required`);
  return missing.length === 0
    ? criterion(name, 1, true, `has every ${noun} required`)
    : criterion(
        name,
        0,
        false,
        `missing ${noun === 'facility' ? 'facilities' : 'accessibility features'}: ${missing.join(', ')}`,
      );
}

function scoreEligibility(kind: OrganisationKind, eligible: readonly OrganisationKind[]): CriterionScore {
  if (eligible.length === 0) return criterion('ELIGIBILITY', 1, true, 'open to any kind of organisation');
  return eligible.includes(kind)
    ? criterion('ELIGIBILITY', 1, true, `open to ${kind}`)
    : criterion('ELIGIBILITY', 0, false, `open only to ${eligible.join(', ')}, not ${kind}`);
}
