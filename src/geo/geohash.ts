/**
 * Geohashes (G. Niemeyer's public-domain encoding, 2008): a cell's latitude and longitude ranges halved
 * bit by bit, longitude first, five bits a base-32 character. Written here rather than taken from ngeohash
 * (or the bounding box from geolib, whose CommonJS index brings all 40 of its functions, 24 KB) for issue
 * 17's 1 MB Lambda bundle: these three functions are all the distance search uses, and
 * tests/unit/geo/geohash.test.ts holds them to ngeohash and geolib themselves.
 */
const ALPHABET = '0123456789bcdefghjkmnpqrstuvwxyz';

export interface GeoBox {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

/** The cell of `precision` characters holding the point (a value on a halving line goes to the lower half). */
export function encodeGeohash(latitude: number, longitude: number, precision: number): string {
  const bits = precision * 5;
  const lonBits = Math.ceil(bits / 2);
  return fromIndexes(
    halvingIndex(latitude, -90, 90, bits - lonBits),
    halvingIndex(longitude, -180, 180, lonBits),
    precision,
  );
}

/** The cell's extent in degrees. */
export function geohashBox(cell: string): GeoBox {
  const { latIndex, lonIndex, latBits, lonBits } = toIndexes(cell);
  const latStep = 180 / 2 ** latBits;
  const lonStep = 360 / 2 ** lonBits;
  return {
    south: -90 + latIndex * latStep,
    west: -180 + lonIndex * lonStep,
    north: -90 + (latIndex + 1) * latStep,
    east: -180 + (lonIndex + 1) * lonStep,
  };
}

/** Every cell of `precision` characters from the one holding the box's south-west corner to its north-east one. */
export function geohashesCovering(box: GeoBox, precision: number): string[] {
  const southWest = toIndexes(encodeGeohash(box.south, box.west, precision));
  const northEast = toIndexes(encodeGeohash(box.north, box.east, precision));
  const cells: string[] = [];
  for (let latIndex = southWest.latIndex; latIndex <= northEast.latIndex; latIndex++) {
    for (let lonIndex = southWest.lonIndex; lonIndex <= northEast.lonIndex; lonIndex++) {
      cells.push(fromIndexes(latIndex, lonIndex, precision));
    }
  }
  return cells;
}

/** Which of the 2^bits equal parts of [min, max] holds value, by halving as the encoding does. */
function halvingIndex(value: number, min: number, max: number, bits: number): number {
  let index = 0;
  let low = min;
  let high = max;
  for (let bit = 0; bit < bits; bit++) {
    const middle = (low + high) / 2;
    index *= 2;
    if (value > middle) {
      index += 1;
      low = middle;
    } else {
      high = middle;
    }
  }
  return index;
}

// Indexes reach 2^23 at precision 9, so plain arithmetic (not 32-bit bitwise operators) is safe throughout.
function fromIndexes(latIndex: number, lonIndex: number, precision: number): string {
  const bits = precision * 5;
  const lonBits = Math.ceil(bits / 2);
  const latBits = bits - lonBits;
  let cell = '';
  let value = 0;
  let lonBit = lonBits;
  let latBit = latBits;
  for (let bit = 0; bit < bits; bit++) {
    const isLongitude = bit % 2 === 0;
    const source = isLongitude ? lonIndex : latIndex;
    const position = isLongitude ? --lonBit : --latBit;
    value = value * 2 + (Math.floor(source / 2 ** position) % 2);
    if (bit % 5 === 4) {
      cell += ALPHABET[value];
      value = 0;
    }
  }
  return cell;
}

function toIndexes(cell: string): { latIndex: number; lonIndex: number; latBits: number; lonBits: number } {
  let latIndex = 0;
  let lonIndex = 0;
  let bit = 0;
  for (const char of cell) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`Not a geohash: ${cell}`);
    for (let position = 4; position >= 0; position--, bit++) {
      const set = Math.floor(value / 2 ** position) % 2;
      if (bit % 2 === 0) lonIndex = lonIndex * 2 + set;
      else latIndex = latIndex * 2 + set;
    }
  }
  const lonBits = Math.ceil(bit / 2);
  return { latIndex, lonIndex, latBits: bit - lonBits, lonBits };
}
