import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { summariseReuse } from '../../../../../src/registers/surplus/domain/surplus-impact';
import type { SurplusCategory } from '../../../../../src/registers/surplus/domain/surplus-listing';
import { SURPLUS_CATEGORIES } from '../../../../../src/registers/surplus/domain/surplus-listing';
import type {
  SurplusRequest,
  SurplusRequestStatus,
} from '../../../../../src/registers/surplus/domain/surplus-request';
import { REUSE_FACTORS } from '../../../../../src/registers/surplus/domain/surplus-reuse-factors';
import { toSurplusReuseCsv } from '../../../../../src/registers/surplus/open-data/surplus-reuse-csv';

const AT = '2026-11-23T09:00:00.000Z';

function request(
  id: string,
  category: SurplusCategory,
  collected: number,
  status: SurplusRequestStatus = 'COLLECTED',
): SurplusRequest {
  return {
    id,
    listingId: `listing-${category}`,
    listerOrganisationId: 'org-council',
    councilCode: 'E07000078',
    category,
    organisationId: 'org-group',
    organisationName: 'Hall group',
    quantity: collected,
    intendedUse: 'Our hall',
    status,
    allocatedQuantity: collected,
    collectedQuantity: status === 'COLLECTED' ? collected : 0,
    allocatedAt: AT,
    closedAt: AT,
    createdAt: AT,
    updatedAt: AT,
    version: 3,
  };
}

describe('the reuse estimates', () => {
  it('estimates chairs from WRAP office-chair figures and tables by weight only', () => {
    const summary = summariseReuse([
      request('r1', 'SEATING', 25),
      request('r2', 'SEATING', 15),
      request('r3', 'DESKS_AND_TABLES', 6),
      request('r4', 'STORAGE', 4),
      // Not collected: counts for nothing.
      request('r5', 'SEATING', 100, 'NO_SHOW'),
    ]);
    // Chairs: 40 x 11.9 kg = 476 kg; 476 kg x 3.0 kg CO2e/kg = 1,428 kg CO2e.
    // Tables: 6 x 28 kg = 168 kg; no carbon factor. Storage: no factor at all.
    expect(summary).toMatchObject({
      itemsReused: 50,
      collections: 4,
      estimatedWeightKg: 644, // 476 + 168
      estimatedCarbonAvoidedKgCo2e: 1428,
      itemsWithoutWeightEstimate: 4, // the storage
      itemsWithoutCarbonEstimate: 10, // 6 tables + 4 storage
      byCategory: [
        { category: 'SEATING', itemsReused: 40, estimatedWeightKg: 476, estimatedCarbonAvoidedKgCo2e: 1428 },
        {
          category: 'DESKS_AND_TABLES',
          itemsReused: 6,
          estimatedWeightKg: 168,
          estimatedCarbonAvoidedKgCo2e: null,
        },
        { category: 'STORAGE', itemsReused: 4, estimatedWeightKg: null, estimatedCarbonAvoidedKgCo2e: null },
      ],
    });
  });

  it('rounds to 0.1 once, after multiplying', () => {
    // 3 chairs: 3 x 11.9 = 35.7 kg; 35.7 x 3 = 107.1 kg CO2e (floating point gives 107.10000000000001).
    expect(summariseReuse([request('r1', 'SEATING', 3)])).toMatchObject({
      estimatedWeightKg: 35.7,
      estimatedCarbonAvoidedKgCo2e: 107.1,
    });
  });

  it('gives nothing for nothing collected', () => {
    expect(summariseReuse([])).toMatchObject({
      itemsReused: 0,
      estimatedWeightKg: 0,
      estimatedCarbonAvoidedKgCo2e: 0,
      itemsWithoutWeightEstimate: 0,
      byCategory: [],
    });
  });
});

describe('the conversion factor table', () => {
  it('has one row per category, in order, and a source beside every figure', () => {
    expect(REUSE_FACTORS.map((factor) => factor.category)).toEqual([...SURPLUS_CATEGORIES]);
    for (const factor of REUSE_FACTORS) {
      const hasFigure = factor.kgPerItem !== null || factor.kgCo2eAvoidedPerKg !== null;
      expect(factor.source !== null).toBe(hasFigure);
      expect(factor.basis !== null).toBe(hasFigure);
    }
  });

  it('holds the published figures: 3,500 t of 295,000 chairs, 3 t CO2e per t, 2,800 t of 100,000 tables', () => {
    const seating = REUSE_FACTORS.find((factor) => factor.category === 'SEATING');
    // 3,500,000 kg / 295,000 = 11.864..., to 0.1 kg.
    expect(seating).toMatchObject({ kgPerItem: 11.9, kgCo2eAvoidedPerKg: 3 });
    expect(seating?.source?.publisher).toContain('WRAP');
    expect(seating?.source?.published).toBe('2011-11');
    const tables = REUSE_FACTORS.find((factor) => factor.category === 'DESKS_AND_TABLES');
    expect(tables).toMatchObject({ kgPerItem: 28, kgCo2eAvoidedPerKg: null }); // 2,800,000 kg / 100,000
  });
});

describe('the reuse file', () => {
  it('gives each collection its estimate and source, and leaves them empty without a factor', () => {
    const csv = toSurplusReuseCsv({
      gssCode: 'E07000078',
      councilName: 'Cheltenham Borough Council',
      requests: [request('r1', 'SEATING', 25), request('r2', 'STORAGE', 2)],
      organisationNames: new Map([['org-group', 'Hall group']]),
    });
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows).toEqual([
      {
        Organisation: 'E07000078',
        OrganisationLabel: 'Cheltenham Borough Council',
        CollectedDate: '2026-11-23',
        Category: 'SEATING',
        Quantity: '25',
        CollectingOrganisation: 'Hall group',
        // 25 x 11.9 = 297.5 kg; 297.5 x 3 = 892.5 kg CO2e.
        EstimatedWeightKg: '297.5',
        EstimatedCarbonAvoidedKgCO2e: '892.5',
        EstimateSource:
          'WRAP (Waste & Resources Action Programme), Benefits of reuse. Case study: Office furniture (final report, project code SAP 134), 2011-11',
      },
      {
        Organisation: 'E07000078',
        OrganisationLabel: 'Cheltenham Borough Council',
        CollectedDate: '2026-11-23',
        Category: 'STORAGE',
        Quantity: '2',
        CollectingOrganisation: 'Hall group',
        EstimatedWeightKg: '',
        EstimatedCarbonAvoidedKgCO2e: '',
        EstimateSource: '',
      },
    ]);
  });
});
