/**
 * Reuse figures: how many listed items groups collected, in total and by category, from the collected
 * requests of a council or an organisation. Counted from the records themselves (a COLLECTED request keeps
 * the quantity it took and the listing's category), so a later change of a listing never changes them.
 *
 * Weight and carbon avoided are not computed yet: they need a table of conversion factors per category with
 * its published source and date beside it, which is not in the register (README, "Not built yet").
 */
import { SURPLUS_CATEGORIES } from './surplus-listing';
import type { SurplusCategory } from './surplus-listing';
import type { SurplusRequest } from './surplus-request';

export interface ReuseSummary {
  readonly itemsReused: number;
  readonly collections: number;
  /** Every category with items reused, in the schema's order. */
  readonly byCategory: readonly { readonly category: SurplusCategory; readonly itemsReused: number }[];
}

/** The reuse figures of these requests (only COLLECTED ones count). */
export function summariseReuse(requests: readonly SurplusRequest[]): ReuseSummary {
  const collected = requests.filter((request) => request.status === 'COLLECTED');
  const byCategory = new Map<SurplusCategory, number>();
  for (const request of collected) {
    byCategory.set(request.category, (byCategory.get(request.category) ?? 0) + request.collectedQuantity);
  }
  return {
    itemsReused: collected.reduce((sum, request) => sum + request.collectedQuantity, 0),
    collections: collected.length,
    byCategory: SURPLUS_CATEGORIES.flatMap((category) => {
      const itemsReused = byCategory.get(category);
      return itemsReused ? [{ category, itemsReused }] : [];
    }),
  };
}
