import type { Building } from '../../../kernel/domain/records';
import type { CouncilDataset } from './council-dataset';

/**
 * The council's public buildings as a GeoJSON FeatureCollection (RFC 7946: WGS84, [longitude, latitude]),
 * ready for a web map. A building without a location is a feature with a null geometry, so the file still
 * lists every building.
 */
export function toBuildingsGeoJson(dataset: CouncilDataset): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    name: `${dataset.councilName} (${dataset.gssCode}): buildings and land`,
    features: dataset.buildings.map((building) => toFeature(building, dataset)),
  });
}

function toFeature(building: Building, dataset: CouncilDataset) {
  return {
    type: 'Feature',
    id: building.id,
    geometry: building.location
      ? { type: 'Point', coordinates: [building.location.longitude, building.location.latitude] }
      : null,
    properties: {
      name: building.name,
      uprn: building.uprn,
      assetReference: building.assetReference,
      address: building.address.lines.join(', '),
      postTown: building.address.postTown,
      postcode: building.address.postcode,
      category: building.category,
      status: building.status,
      tenure: building.tenure?.type ?? null,
      tenureDetail: building.tenure?.detail ?? null,
      owner: building.ownerOrganisationId
        ? (dataset.ownerNames.get(building.ownerOrganisationId) ?? null)
        : building.ownerName,
      councilCode: building.councilCode,
      updatedAt: building.updatedAt,
    },
  };
}
