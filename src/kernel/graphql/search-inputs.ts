/**
 * The arguments every register's distance search takes (co-location's offers, surplus listings): the
 * radius, and the centre a postcode or postcode district gives. In the style of inputs.ts.
 */
import * as z from 'zod';
import { BadUserInputError } from '../domain/errors';
import { findPostcodePlace } from '../domain/postcode-place';
import type { PostcodePlace } from '../domain/postcode-place';
import { MAX_SEARCH_RADIUS_KM } from '../domain/request-limits';
import { lazy } from './inputs';

/** How far from the centre to search: more than 0 and at most MAX_SEARCH_RADIUS_KM kilometres. */
export const radiusSchema = lazy(() =>
  z
    .number()
    .positive('must be greater than 0')
    .max(MAX_SEARCH_RADIUS_KM, `must be at most ${MAX_SEARCH_RADIUS_KM} km`),
);

/** The centre a postcode search starts from; BAD_USER_INPUT on `field` saying why a postcode has none. */
export function parsePostcodePlace(raw: string, field: string): Extract<PostcodePlace, { ok: true }> {
  const place = findPostcodePlace(raw);
  if (!place.ok) throw new BadUserInputError([{ field, message: place.reason }]);
  return place;
}
