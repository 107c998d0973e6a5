/**
 * Reuse figures: how many listed items groups collected, in total and by category, from the collected
 * requests of a council or an organisation, with the estimated weight and carbon avoided from the conversion
 * factors of `surplus-reuse-factors.ts` (WRAP's 2011 Benefits of reuse case studies). Counted from the
 * records themselves (a COLLECTED request keeps the quantity it took and the listing's category), so a later
 * change of a listing never changes them.
 *
 * An estimate covers only the categories with a sourced factor: the items of the others are counted in
 * `itemsWithoutWeightEstimate` / `itemsWithoutCarbonEstimate`, so a total never passes for more than it is.
 */
import { SURPLUS_CATEGORIES } from './surplus-listing';
import type { SurplusCategory } from './surplus-listing';
import type { SurplusRequest } from './surplus-request';
import { estimateReuse, REUSE_FACTORS, roundEstimate } from './surplus-reuse-factors';
import type { ReuseFactor } from './surplus-reuse-factors';

export interface CategoryReuse {
  readonly category: SurplusCategory;
  readonly itemsReused: number;
  /** Kilograms, to 0.1; null without a weight factor for the category. */
  readonly estimatedWeightKg: number | null;
  /** Kilograms CO2e, to 0.1; null without both factors for the category. */
  readonly estimatedCarbonAvoidedKgCo2e: number | null;
}

export interface ReuseSummary {
  readonly itemsReused: number;
  readonly collections: number;
  /** The sum over the categories with a weight factor, to 0.1 kg. */
  readonly estimatedWeightKg: number;
  /** The sum over the categories with both factors, to 0.1 kg CO2e. */
  readonly estimatedCarbonAvoidedKgCo2e: number;
  readonly itemsWithoutWeightEstimate: number;
  readonly itemsWithoutCarbonEstimate: number;
  /** Every category with items reused, in the schema's order. */
  readonly byCategory: readonly CategoryReuse[];
  /** The table the estimates come from, every category. */
  readonly factors: readonly ReuseFactor[];
}

/** The reuse figures of these requests (only COLLECTED ones count). */
export function summariseReuse(requests: readonly SurplusRequest[]): ReuseSummary {
  const collected = requests.filter((request) => request.status === 'COLLECTED');
  const items = new Map<SurplusCategory, number>();
  for (const request of collected) {
    items.set(request.category, (items.get(request.category) ?? 0) + request.collectedQuantity);
  }
  let weightKg = 0;
  let carbonKgCo2e = 0;
  let withoutWeight = 0;
  let withoutCarbon = 0;
  const byCategory = SURPLUS_CATEGORIES.flatMap((category): CategoryReuse[] => {
    const itemsReused = items.get(category);
    if (!itemsReused) return [];
    const estimate = estimateReuse(category, itemsReused);
    if (estimate.weightKg === null) withoutWeight += itemsReused;
    else weightKg += estimate.weightKg;
    if (estimate.carbonAvoidedKgCo2e === null) withoutCarbon += itemsReused;
    else carbonKgCo2e += estimate.carbonAvoidedKgCo2e;
    return [
      {
        category,
        itemsReused,
        estimatedWeightKg: estimate.weightKg === null ? null : roundEstimate(estimate.weightKg),
        estimatedCarbonAvoidedKgCo2e:
          estimate.carbonAvoidedKgCo2e === null ? null : roundEstimate(estimate.carbonAvoidedKgCo2e),
      },
    ];
  });
  return {
    itemsReused: collected.reduce((sum, request) => sum + request.collectedQuantity, 0),
    collections: collected.length,
    estimatedWeightKg: roundEstimate(weightKg),
    estimatedCarbonAvoidedKgCo2e: roundEstimate(carbonKgCo2e),
    itemsWithoutWeightEstimate: withoutWeight,
    itemsWithoutCarbonEstimate: withoutCarbon,
    byCategory,
    factors: REUSE_FACTORS,
  };
}
