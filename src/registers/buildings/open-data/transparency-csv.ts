import { wgs84ToGrid } from '../../../geo/british-national-grid';
import type { Building } from '../../../kernel/domain/records';
import type { CouncilDataset } from './council-dataset';
import { toCsvFile } from '../../../kernel/open-data/csv-file';

/**
 * The Local Government Transparency Code 2015 "land and building assets" columns (organisation, UPRN,
 * unique asset identity, name, street, post town, postcode, map reference, freehold or leasehold, tenure
 * detail, holding type), with both grid reference and WGS84, plus the register's own category, status and
 * id. `npm run import -- <this file> --format transparency-code` reads it back unchanged.
 */
export const TRANSPARENCY_COLUMNS = [
  'Organisation',
  'Organisation Label',
  'GSS Code',
  'UPRN',
  'Asset Reference',
  'Property Name',
  'Street Name',
  'Post Town',
  'Postcode',
  'Easting',
  'Northing',
  'Latitude',
  'Longitude',
  'Tenure Type',
  'Tenure Detail',
  'Holding Type',
  'Category',
  'Status',
  'Register Id',
] as const;

export function toTransparencyCsv(dataset: CouncilDataset): string {
  return toCsvFile(
    TRANSPARENCY_COLUMNS,
    dataset.buildings.map((building) => toRow(building, dataset)),
  );
}

function toRow(building: Building, dataset: CouncilDataset): string[] {
  const grid = building.location ? wgs84ToGrid(building.location) : null;
  const owner = building.ownerOrganisationId
    ? (dataset.ownerNames.get(building.ownerOrganisationId) ?? '')
    : (building.ownerName ?? '');
  return [
    owner,
    dataset.gssCode,
    dataset.gssCode,
    building.uprn ?? '',
    building.assetReference ?? '',
    building.name,
    // Address lines, one per line inside the quoted field (as councils' own files have them).
    building.address.lines.join('\n'),
    building.address.postTown ?? '',
    building.address.postcode ?? '',
    grid ? String(grid.easting) : '',
    grid ? String(grid.northing) : '',
    building.location ? String(building.location.latitude) : '',
    building.location ? String(building.location.longitude) : '',
    building.tenure ? (building.tenure.type === 'FREEHOLD' ? 'Freehold' : 'Leasehold') : '',
    building.tenure?.detail ?? '',
    building.category === 'LAND' ? 'Land' : 'Land and Building',
    building.category,
    building.status,
    building.id,
  ];
}
