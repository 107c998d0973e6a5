import { randomUUID } from 'node:crypto';
import type { Building } from '../../src/kernel/domain/records';

/**
 * The Pittville Pump Room as a current, public record, for writing straight to a table (a benchmark's or a
 * test's seed) without going through the API.
 */
export function samplePumpRoom(at = '2026-11-23T09:00:00.000Z'): Building {
  return {
    id: randomUUID(),
    name: 'Pittville Pump Room',
    uprn: '100120400040',
    assetReference: 'CBC-0001',
    address: {
      lines: ['East Approach Drive'],
      postTown: 'Cheltenham',
      postcode: 'GL52 3JE',
      postcodeIsPartial: false,
    },
    location: { latitude: 51.9106, longitude: -2.0686 },
    councilCode: 'E07000078',
    ownerOrganisationId: null,
    ownerName: 'Cheltenham Borough Council',
    tenure: null,
    category: 'HERITAGE',
    status: 'OPERATIONAL',
    floorAreaSqm: null,
    accessibilityFeatures: [],
    description: null,
    visibility: 'PUBLIC',
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
