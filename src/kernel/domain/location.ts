/** A WGS84 point (EPSG:4326), the only coordinate system the register stores. */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

// The UK with its territorial waters and a margin: from the Scillies and Channel coast (49.8N) to Shetland
// (60.9N), from Rockall's longitude side of Northern Ireland (-8.7) to the Suffolk coast (1.8E). "In or near"
// the UK is what we promise, so a point a little offshore is accepted and one in France or the Atlantic is not.
export const UK_BOUNDS = { south: 49.5, north: 61.0, west: -8.9, east: 2.1 } as const;

/** Explains why a point is not in or near the UK, or returns null when it is. */
export function describeLocationProblem(point: GeoPoint): string | null {
  const { latitude, longitude } = point;
  if (Math.abs(latitude) > 1000 && Math.abs(longitude) > 1000) {
    // Councils publish British National Grid references (e.g. 395265, 222126); they are not degrees.
    return `(${latitude}, ${longitude}) looks like a British National Grid easting/northing; convert it and give WGS84 latitude and longitude`;
  }
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    return 'latitude must be between -90 and 90';
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return 'longitude must be between -180 and 180';
  }
  if (!isInUkBounds(latitude, longitude)) {
    // Named by label: "(a, b)" was read as the file's order, which may be longitude first.
    if (isInUkBounds(longitude, latitude)) {
      return `latitude and longitude appear swapped: latitude ${latitude}, longitude ${longitude} is not in or near the UK, latitude ${longitude}, longitude ${latitude} is`;
    }
    return `latitude ${latitude}, longitude ${longitude} is not in or near the UK; give WGS84 latitude and longitude (not easting/northing)`;
  }
  return null;
}

function isInUkBounds(latitude: number, longitude: number): boolean {
  return (
    latitude >= UK_BOUNDS.south &&
    latitude <= UK_BOUNDS.north &&
    longitude >= UK_BOUNDS.west &&
    longitude <= UK_BOUNDS.east
  );
}
