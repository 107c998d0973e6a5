/**
 * The council's surplus reuse file (/open-data/<GSS>/surplus-reuse.csv): one row per collection of listed
 * items, oldest first. Only facts that are public anyway: the date, the category, how many, and the
 * collecting organisation's name (organisations' names are public). No building, listing text, contact or
 * intended use is published, since the building may be shown to partners only.
 *
 * Each row also carries the estimated weight and carbon avoided of its items, from the conversion factors of
 * `domain/surplus-reuse-factors.ts` (WRAP's Benefits of reuse case studies, 2011), and the source they come
 * from; both are empty for a category without a sourced factor. They are estimates from a per-category
 * typical weight, not weighings.
 */
import { toCsvFile } from '../../../kernel/open-data/csv-file';
import type { SurplusRequest } from '../domain/surplus-request';
import { estimateReuse, reuseFactor, roundEstimate } from '../domain/surplus-reuse-factors';

export interface SurplusReuseDataset {
  readonly gssCode: string;
  readonly councilName: string;
  /** The council's COLLECTED requests. */
  readonly requests: readonly SurplusRequest[];
  /** Collecting organisations' names by id (a name not found is left empty). */
  readonly organisationNames: ReadonlyMap<string, string>;
}

const COLUMNS = [
  'Organisation',
  'OrganisationLabel',
  'CollectedDate',
  'Category',
  'Quantity',
  'CollectingOrganisation',
  'EstimatedWeightKg',
  'EstimatedCarbonAvoidedKgCO2e',
  'EstimateSource',
] as const;

const estimateText = (value: number | null): string => (value === null ? '' : String(roundEstimate(value)));

export function toSurplusReuseCsv(dataset: SurplusReuseDataset): string {
  const rows = [...dataset.requests]
    .filter((request) => request.status === 'COLLECTED')
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? '') || a.id.localeCompare(b.id))
    .map((request) => {
      const estimate = estimateReuse(request.category, request.collectedQuantity);
      const source = reuseFactor(request.category).source;
      return [
        dataset.gssCode,
        dataset.councilName,
        (request.closedAt ?? '').slice(0, 10),
        request.category,
        String(request.collectedQuantity),
        dataset.organisationNames.get(request.organisationId) ?? '',
        estimateText(estimate.weightKg),
        estimateText(estimate.carbonAvoidedKgCo2e),
        source ? `${source.publisher}, ${source.title}, ${source.published}` : '',
      ];
    });
  return toCsvFile(COLUMNS, rows);
}
