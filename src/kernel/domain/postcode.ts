/**
 * UK postcodes as councils publish them: with or without the space, lower case, with stray whitespace or
 * line breaks inside, or only the outward half (vacant sites often have no full postcode).
 */
export type PostcodeResult = { ok: true; postcode: string; partial: boolean } | { ok: false; reason: string };

// Outward code formats A9, A99, AA9, AA99, A9A, AA9A; the inward code is 9AA. The inward letters never use
// C, I, K, M, O or V (Royal Mail's PAF rules), which catches many typing slips.
const OUTWARD = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
const OUTWARD_STRICT =
  /^(?:[A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9][A-Z])$/;
const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;

/** Normalises a postcode to upper case with one space; an outward code alone is accepted as partial. */
export function normalisePostcode(raw: string): PostcodeResult {
  const compact = raw.replace(/[\s\u00a0]+/g, '').toUpperCase();
  if (compact.length === 0) return { ok: false, reason: 'is empty' };
  if (compact === 'GIR0AA') return { ok: true, postcode: 'GIR 0AA', partial: false };
  if (compact.length > 7) return { ok: false, reason: `"${raw.trim()}" is too long to be a UK postcode` };
  if (OUTWARD.test(compact) && compact.length <= 4) {
    return OUTWARD_STRICT.test(compact)
      ? { ok: true, postcode: compact, partial: true }
      : { ok: false, reason: `"${raw.trim()}" is not a valid outward code` };
  }
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  if (!OUTWARD_STRICT.test(outward) || !INWARD.test(inward)) {
    return {
      ok: false,
      reason: `"${raw.trim()}" is not a UK postcode (expected a form such as A9 9AA, AA9A 9AA or an outward code such as GL50)`,
    };
  }
  return { ok: true, postcode: `${outward} ${inward}`, partial: false };
}
