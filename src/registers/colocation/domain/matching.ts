/**
 * Matching offers of space to needs: a score from 0 to 100 explained criterion by criterion, in plain words
 * (labels.ts), with the codes beside for programs. A must-have the offer fails (too far or outside the area,
 * wrong kind of space, too small, no shared hours, ends before the need starts, over budget, a missing
 * facility or accessibility feature, the organisation not eligible) excludes it, with a reason per failure.
 * A must-have the offer is silent on (no capacity stated for a need with one; no cost stated, or one the
 * caller may not see, for a need with a budget) is UNKNOWN: it scores 0 and is listed in `unknowns`, but does
 * not exclude the offer, since the space may well fit. Pure.
 */
import { distanceKm } from '../../../kernel/domain/geo-search';
import {
  ACCESSIBILITY_FEATURE_LABELS,
  councilName,
  FACILITY_LABELS,
  labelled,
  ORGANISATION_KIND_LABELS,
  SPACE_KIND_LABELS,
} from './labels';
import type { OrganisationKind } from '../../../kernel/domain/records';
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

/**
 * How much each criterion counts towards the score (they add up to 1). Cost weighs as much as distance and
 * hours: for a voluntary group the rent often decides whether it can move at all (see scoreCost).
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchCriterion, number>> = {
  DISTANCE: 0.2,
  SPACE_KIND: 0.1,
  CAPACITY: 0.15,
  SCHEDULE: 0.2,
  DATES: 0.05,
  COST: 0.2,
  FACILITIES: 0.05,
  ACCESSIBILITY: 0.03,
  ELIGIBILITY: 0.02,
};

export interface CriterionScore {
  readonly criterion: MatchCriterion;
  /** 0 (worst) to 1 (best). */
  readonly score: number;
  readonly weight: number;
  /** True only when MET. */
  readonly met: boolean;
  readonly outcome: MatchOutcome;
  /** In plain words. */
  readonly explanation: string;
  /** The codes the explanation names (a council's GSS code, space kinds, facilities...), for programs. */
  readonly codes: readonly string[];
}

/** MET, NOT_MET (a must-have failed: excluded), UNKNOWN (the offer does not say: scores 0, not excluded). */
export type MatchOutcome = 'MET' | 'NOT_MET' | 'UNKNOWN';

export interface MatchResult {
  readonly needId: string;
  readonly offerId: string;
  /** 0 to 100; 0 when excluded. */
  readonly score: number;
  readonly distanceKm: number | null;
  readonly excluded: boolean;
  readonly exclusionReasons: readonly string[];
  /** The must-haves the offer is silent on (UNKNOWN), in words. */
  readonly unknowns: readonly string[];
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
    scoreFeatures('FACILITIES', FACILITY_LABELS, need.mustHaveFacilities, offer.facilities),
    scoreFeatures(
      'ACCESSIBILITY',
      ACCESSIBILITY_FEATURE_LABELS,
      need.mustHaveAccessibility,
      offer.accessibilityFeatures,
    ),
    scoreEligibility(seekerKind, offer.eligibleOrganisationKinds),
  ];
  const exclusionReasons = criteria.filter((c) => c.outcome === 'NOT_MET').map((c) => c.explanation);
  const unknowns = criteria.filter((c) => c.outcome === 'UNKNOWN').map((c) => c.explanation);
  const status = effectiveOfferStatus(offer, today);
  if (status !== 'OPEN') {
    exclusionReasons.unshift(`the offer is ${status.toLowerCase().replace('_', ' ')}, not open`);
  }
  const excluded = exclusionReasons.length > 0;
  const weighted = criteria.reduce((sum, c) => sum + c.score * c.weight, 0);
  return {
    needId: need.id,
    offerId: offer.id,
    score: excluded ? 0 : Math.round(weighted * 100),
    distanceKm: distance === null ? null : Math.round(distance * 100) / 100,
    excluded,
    exclusionReasons,
    unknowns,
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
  outcome: MatchOutcome | boolean,
  explanation: string,
  codes: readonly string[] = [],
): CriterionScore => {
  const settled = outcome === true ? 'MET' : outcome === false ? 'NOT_MET' : outcome;
  return {
    criterion: name,
    score: settled === 'UNKNOWN' ? 0 : Math.max(0, Math.min(1, score)),
    weight: MATCH_WEIGHTS[name],
    met: settled === 'MET',
    outcome: settled,
    explanation,
    codes,
  };
};

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function scoreDistance(need: SpaceNeed, offer: SpaceOffer, distance: number | null): CriterionScore {
  if (need.councilCode !== null) {
    const area = councilName(need.councilCode);
    return offer.building.councilCode === need.councilCode
      ? criterion('DISTANCE', 1, true, `in ${area}`, [need.councilCode])
      : criterion('DISTANCE', 0, false, `outside ${area}`, [need.councilCode]);
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
  const offered = SPACE_KIND_LABELS[offer.spaceKind];
  return need.spaceKinds.includes(offer.spaceKind)
    ? criterion('SPACE_KIND', 1, true, `${capitalised(offered)}, as wanted`, [offer.spaceKind])
    : criterion(
        'SPACE_KIND',
        0,
        false,
        `${capitalised(offered)}, not ${labelled(SPACE_KIND_LABELS, need.spaceKinds, 'or')} as wanted`,
        [offer.spaceKind, ...need.spaceKinds],
      );
}

// The best fit is a space just big enough: a hall for 200 is a poor match for a group of 6.
function scoreCapacity(need: SpaceNeed, offer: SpaceOffer): CriterionScore {
  if (need.capacity === null) return criterion('CAPACITY', 1, true, 'no capacity stated by the need');
  if (offer.capacity === null) {
    return criterion(
      'CAPACITY',
      0,
      'UNKNOWN',
      `the offer does not say how many people it holds (${need.capacity} needed)`,
    );
  }
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

/**
 * Within a budget, cheaper is better: 1 - cost / (2 x budget), so even a space at the budget scores 0.5.
 * With no budget, a monthly cost weighs as COST_HALF_SCORE / (COST_HALF_SCORE + cost): free scores 1, £500
 * a month 0.5, £2,572 0.16. Pounds matter most to the small groups that rarely state a budget.
 */
export const COST_HALF_SCORE = 500;

function scoreCost(need: SpaceNeed, offer: SpaceOffer): CriterionScore {
  const cost = offer.terms === 'FREE' ? 0 : offer.monthlyCost;
  const terms = offer.terms.toLowerCase().replace('_', ' ');
  if (cost === null) {
    return need.monthlyBudget === null
      ? criterion('COST', 0.5, true, `${terms} terms, no monthly cost stated; no budget given`, [offer.terms])
      : criterion(
          'COST',
          0,
          'UNKNOWN',
          `${terms} terms, no monthly cost stated for the £${need.monthlyBudget} budget`,
          [offer.terms],
        );
  }
  if (need.monthlyBudget === null) {
    return criterion(
      'COST',
      COST_HALF_SCORE / (COST_HALF_SCORE + cost),
      true,
      `£${cost} a month; no budget given`,
    );
  }
  if (cost > need.monthlyBudget) {
    return criterion('COST', 0, false, `£${cost} a month is over the £${need.monthlyBudget} budget`);
  }
  const share = need.monthlyBudget ? cost / need.monthlyBudget : 0;
  return criterion('COST', 1 - share / 2, true, `£${cost} a month within the £${need.monthlyBudget} budget`);
}

function scoreFeatures<F extends string>(
  name: 'FACILITIES' | 'ACCESSIBILITY',
  labels: Readonly<Record<F, string>>,
  wanted: readonly F[],
  offered: readonly F[],
): CriterionScore {
  const noun = name === 'FACILITIES' ? 'facilities' : 'accessibility features';
  const missing = wanted.filter((feature) => !offered.includes(feature));
  if (wanted.length === 0) return criterion(name, 1, true, `no ${noun} required`);
  return missing.length === 0
    ? criterion(name, 1, true, `has ${labelled(labels, wanted)}, as required`, wanted)
    : criterion(name, 0, false, `missing ${noun}: ${labelled(labels, missing)}`, missing);
}

function scoreEligibility(kind: OrganisationKind, eligible: readonly OrganisationKind[]): CriterionScore {
  if (eligible.length === 0) return criterion('ELIGIBILITY', 1, true, 'open to any kind of organisation');
  return eligible.includes(kind)
    ? criterion('ELIGIBILITY', 1, true, `open to ${ORGANISATION_KIND_LABELS[kind]}`, [kind])
    : criterion(
        'ELIGIBILITY',
        0,
        false,
        `open only to ${labelled(ORGANISATION_KIND_LABELS, eligible)}, not to ${ORGANISATION_KIND_LABELS[kind]}`,
        [...eligible, kind],
      );
}
