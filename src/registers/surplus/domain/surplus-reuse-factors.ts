/**
 * The conversion factors behind the reuse estimates: per category, the typical weight of one item and the
 * greenhouse gas emissions avoided per kilogram reused, each beside the published source it comes from.
 *
 * Source: WRAP (Waste & Resources Action Programme), the "Benefits of reuse" case studies of 2011, made with
 * WRAP's Benefits of Reuse method and tool (https://wrap.org.uk/resources/tool/environmental-and-economic-benefits-re-use).
 * The figures used, as published:
 *
 * - Office chairs. "Benefits of reuse. Case study: Office furniture", final report, project code SAP 134,
 *   research 2010-2011, published November 2011 (Karen Fisher, ERM; Keith James and Peter Maddox, WRAP).
 *   Its key findings for office chairs: about 295,000 office chairs (3,500 tonnes) are reused in the UK a
 *   year; providing 1 tonne of office chairs for direct reuse gives a net greenhouse gas saving of 3 tonnes
 *   CO2e, "just over 35 kg CO2e per chair". (Read in the report's key findings as other pages quote them,
 *   e.g. https://corporatespec.com/why-you-should-be-buying-refurbished-office-furniture-over-new/;
 *   the copy of the report reached, https://studylib.net/doc/8690739/office-furniture, gave its front matter.)
 *   Weight of a chair: 3,500,000 kg / 295,000 chairs = 11.86 kg, rounded to 11.9 kg. Carbon: 3 t CO2e per
 *   t = 3.0 kg CO2e per kg, so a chair is 11.9 x 3.0 = 35.7 kg CO2e (the report: "just over 35 kg").
 * - Dining tables. "Benefits of reuse. Case study: Domestic furniture", WRAP, 2011: about 100,000 dining
 *   tables (2,800 tonnes) are reused in the UK a year, so 2,800,000 kg / 100,000 = 28 kg a table (as
 *   summarised at https://www.furniturebank.org/benefits-of-reuse-domestic-furniture/). Its carbon figure
 *   for tables was not in the text reached, so desks and tables get a weight estimate and no carbon one.
 *
 * Every other category (storage, kitchen and catering, IT and AV, fixtures and fittings, signage, outdoor,
 * other) has no figure found in a published source, so no estimate is published for it (null), rather than
 * one borrowed from an unlike item. The figures are for direct reuse (an item passed on as it is, as a
 * listing's is): preparation for reuse saves less (WRAP: 2.6 t CO2e per t of office chairs).
 *
 * WRAP's terms (the reports' front matter): the material may be reproduced free of charge, accurately and
 * not in a misleading context, with the source acknowledged; the `source` of each factor does that. WRAP
 * published an updated tool (Benefits of Reuse 3) in 2024; its figures would replace these when taken.
 */
import { SURPLUS_CATEGORIES } from './surplus-listing';
import type { SurplusCategory } from './surplus-listing';

/** A published document a factor comes from. */
export interface ReuseFactorSource {
  readonly title: string;
  readonly publisher: string;
  /** When it was published: YYYY-MM, or YYYY when only the year is known. */
  readonly published: string;
  readonly url: string;
  /** Which figures of it were used, as it states them. */
  readonly figures: string;
}

/** One category's factors; null where no published figure was found (no estimate then). */
export interface ReuseFactor {
  readonly category: SurplusCategory;
  /** The item the figures are for (e.g. an office chair); null without figures. */
  readonly basis: string | null;
  readonly kgPerItem: number | null;
  readonly kgCo2eAvoidedPerKg: number | null;
  readonly source: ReuseFactorSource | null;
}

const WRAP_TOOL_PAGE = 'https://wrap.org.uk/resources/tool/environmental-and-economic-benefits-re-use';

export const WRAP_OFFICE_FURNITURE: ReuseFactorSource = {
  title: 'Benefits of reuse. Case study: Office furniture (final report, project code SAP 134)',
  publisher: 'WRAP (Waste & Resources Action Programme)',
  published: '2011-11',
  url: WRAP_TOOL_PAGE,
  figures:
    'Office chairs: about 295,000 (3,500 tonnes) reused in the UK a year; 1 tonne reused directly saves a net 3 tonnes CO2e',
};

export const WRAP_DOMESTIC_FURNITURE: ReuseFactorSource = {
  title: 'Benefits of reuse. Case study: Domestic furniture',
  publisher: 'WRAP (Waste & Resources Action Programme)',
  published: '2011',
  url: WRAP_TOOL_PAGE,
  figures: 'Dining tables: about 100,000 (2,800 tonnes) reused in the UK a year',
};

/** The sourced factors; categories missing here have none. */
const SOURCED: Partial<Record<SurplusCategory, Omit<ReuseFactor, 'category'>>> = {
  SEATING: {
    basis: 'an office chair',
    kgPerItem: 11.9, // 3,500 t / 295,000 chairs, to 0.1 kg
    kgCo2eAvoidedPerKg: 3.0, // 3 t CO2e per t, direct reuse
    source: WRAP_OFFICE_FURNITURE,
  },
  DESKS_AND_TABLES: {
    basis: 'a dining table (weight only)',
    kgPerItem: 28, // 2,800 t / 100,000 tables
    kgCo2eAvoidedPerKg: null,
    source: WRAP_DOMESTIC_FURNITURE,
  },
};

/** Every category's factors, in the schema's order (nulls where none is sourced). */
export const REUSE_FACTORS: readonly ReuseFactor[] = SURPLUS_CATEGORIES.map((category) => ({
  category,
  ...(SOURCED[category] ?? { basis: null, kgPerItem: null, kgCo2eAvoidedPerKg: null, source: null }),
}));

export function reuseFactor(category: SurplusCategory): ReuseFactor {
  const factor = REUSE_FACTORS.find((candidate) => candidate.category === category);
  if (!factor) throw new Error(`No reuse factor row for ${category}`);
  return factor;
}

/** An estimate to 0.1 (the factors are no finer); kept apart so a sum is rounded once. */
export const roundEstimate = (value: number): number => Math.round(value * 10) / 10;

export interface ReuseEstimate {
  /** Null when the category has no weight factor. */
  readonly weightKg: number | null;
  /** Null when the category has no weight or no carbon factor. */
  readonly carbonAvoidedKgCo2e: number | null;
}

/** The estimated weight and carbon avoided of this many items of a category, unrounded. */
export function estimateReuse(category: SurplusCategory, items: number): ReuseEstimate {
  const { kgPerItem, kgCo2eAvoidedPerKg } = reuseFactor(category);
  const weightKg = kgPerItem === null ? null : items * kgPerItem;
  return {
    weightKg,
    carbonAvoidedKgCo2e:
      weightKg === null || kgCo2eAvoidedPerKg === null ? null : weightKg * kgCo2eAvoidedPerKg,
  };
}
