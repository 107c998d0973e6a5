/**
 * The council's surplus reuse file (/open-data/<GSS>/surplus-reuse.csv): one row per collection of listed
 * items, oldest first. Only facts that are public anyway: the date, the category, how many, and the
 * collecting organisation's name (organisations' names are public). No building, listing text, contact or
 * intended use is published, since the building may be shown to partners only.
 */
import { toCsvFile } from '../../../kernel/open-data/csv-file';
import type { SurplusRequest } from '../domain/surplus-request';

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
] as const;

export function toSurplusReuseCsv(dataset: SurplusReuseDataset): string {
  const rows = [...dataset.requests]
    .filter((request) => request.status === 'COLLECTED')
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? '') || a.id.localeCompare(b.id))
    .map((request) => [
      dataset.gssCode,
      dataset.councilName,
      (request.closedAt ?? '').slice(0, 10),
      request.category,
      String(request.collectedQuantity),
      dataset.organisationNames.get(request.organisationId) ?? '',
    ]);
  return toCsvFile(COLUMNS, rows);
}
