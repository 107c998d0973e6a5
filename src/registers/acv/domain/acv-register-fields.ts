/**
 * The fields of a council's ACV register file as the import reads them: dates as councils write them, WKT
 * points, one-line addresses, the notes column with the open data's own `Ground:` and `Removed` lines, and
 * the rejection of a row that names its column. Pure.
 */
import type { RemovalReason, UnsuccessfulGround } from './acv-records';
import type { ListingExpiryConvention } from './acv-timetable';
import { REMOVAL_REASONS } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import { isIsoDate } from './acv-timetable';
import { normalisePostcode } from '../../../kernel/domain/postcode';
import type { Address } from '../../../kernel/domain/records';

/** A reason a row is rejected: the file's column (as the planning.data.gov.uk field) and what is wrong. */
export interface AcvRowProblem {
  readonly field: string;
  readonly message: string;
}

// The export's `Ground: ...` texts (src/registers/acv/open-data/acv-register.ts), read back to the statutory ground.
const GROUND_TEXTS: readonly [string, UnsuccessfulGround][] = [
  ['not of community value', 'NOT_OF_COMMUNITY_VALUE'],
  ['a residence', 'RESIDENCE'],
  ['a caravan site', 'CARAVAN_SITE'],
  ['operational land', 'OPERATIONAL_LAND'],
  ['the nomination was incomplete', 'NOMINATION_INCOMPLETE'],
  ['other', 'OTHER'],
];

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const BRITISH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A date as councils write them: `YYYY-MM-DD` (with or without a time) or day first (`30/04/2019`). */
export function parseRegisterDate(value: string | null): { date: IsoDate | null } | 'bad' {
  const text = value?.trim() ?? '';
  if (!text) return { date: null };
  const iso = ISO_DATE_TIME.exec(text);
  if (iso?.[1]) return isIsoDate(iso[1]) ? { date: iso[1] } : 'bad';
  const british = BRITISH_DATE.exec(text);
  if (british) {
    const date = `${british[3]}-${british[2]?.padStart(2, '0')}-${british[1]?.padStart(2, '0')}`;
    return isIsoDate(date) ? { date } : 'bad';
  }
  return 'bad';
}

/** A WKT `POINT(longitude latitude)` in WGS84. */
export function parseWktPoint(value: string | null): { latitude: number; longitude: number } | null | 'bad' {
  const text = value?.trim() ?? '';
  if (!text) return null;
  const match = /^POINT\s*\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)$/i.exec(text);
  if (!match) return 'bad';
  const longitude = Number(match[1]);
  const latitude = Number(match[2]);
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return 'bad';
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) return 'bad';
  return { latitude, longitude };
}

/** `address-text` split at commas; a last part that is a postcode becomes the postcode. */
export function parseAddressText(value: string | null): Address | null {
  const parts = (value ?? '')
    .split(/[,\r\n]+/)
    .map(clean)
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  const last = parts.at(-1) ?? '';
  const postcode = /[0-9]/.test(last) ? normalisePostcode(last) : null;
  if (postcode?.ok) {
    return {
      lines: parts.slice(0, -1),
      postTown: null,
      postcode: postcode.postcode,
      postcodeIsPartial: postcode.partial,
    };
  }
  return { lines: parts, postTown: null, postcode: null, postcodeIsPartial: false };
}

/** An address as one line, as the open data's `address-text` writes it: lines, post town, postcode. */
export function addressTextOf(address: Address | null): string {
  return address
    ? [...address.lines, address.postTown ?? '', address.postcode ?? '']
        .filter((part) => part.trim() !== '')
        .join(', ')
    : '';
}

export function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text kept with its line breaks (notes, descriptions), trimmed; empty is null. */
export function text(value: string | null | undefined): string | null {
  const kept = (value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
  return kept === '' ? null : kept;
}

export interface ParsedNotes {
  readonly reasons: string | null;
  readonly ground: UnsuccessfulGround | null;
  readonly removal: { reason: RemovalReason; details: string } | null;
}

/** The notes column: reasons, then the export's own `Ground:` and `Removed (...)` lines when present. */
export function parseNotes(value: string | null): ParsedNotes {
  const notes = text(value);
  if (!notes) return { reasons: null, ground: null, removal: null };
  const removed = /(?:^|\n)Removed \(([A-Z_]+)\): ([\s\S]*)$/.exec(notes);
  let rest = notes;
  let removal: ParsedNotes['removal'] = null;
  if (removed && (REMOVAL_REASONS as readonly string[]).includes(removed[1] ?? '')) {
    removal = { reason: removed[1] as RemovalReason, details: (removed[2] ?? '').trim() };
    rest = notes.slice(0, removed.index).trim();
  }
  let ground: UnsuccessfulGround | null = null;
  const groundLine = /(?:^|\n)Ground: ([^\n]*)\.$/.exec(rest);
  if (groundLine) {
    const said = (groundLine[1] ?? '').toLowerCase();
    ground = GROUND_TEXTS.find(([start]) => said.startsWith(start))?.[1] ?? null;
    if (ground) rest = rest.slice(0, groundLine.index).trim();
  }
  return { reasons: rest === '' ? null : rest, ground, removal };
}

export class RowRejected extends Error {
  constructor(readonly problem: AcvRowProblem) {
    super(problem.message);
  }
}

export function reject(field: string, message: string): never {
  throw new RowRejected({ field, message });
}

/** The decision's author when the file does not say: any officer may then decide a review (Sch 2). */
export const IMPORTED_DECIDER = 'imported from the council register';

/**
 * What an import warns of (the schema's AcvImportWarningCode lists the same values, each described):
 * something it assumed or kept, for an officer to check.
 */
export const ACV_IMPORT_WARNING_CODES = [
  'NOMINATION_DATE_MISSING',
  'NO_REASONS',
  'EXPIRY_NOT_FIVE_YEARS',
  'NOTICE_DATE_FROM_PROTECTED_PERIOD',
  'LATER_NOTICE_REPLACED',
  'BID_REQUEST_DATE_ASSUMED',
  'RECORDED_STEP_KEPT',
  'END_DATE_IGNORED',
  'LISTING_EXPIRED',
] as const;
export type AcvImportWarningCode = (typeof ACV_IMPORT_WARNING_CODES)[number];

export interface AcvRowWarning {
  readonly code: AcvImportWarningCode;
  readonly field: string;
  readonly message: string;
}

export interface AcvImportContext {
  readonly councilCode: string;
  /** The id a new entry gets. */
  readonly newId: string;
  /** The importing officer (recorded as the nomination's recorder of a new entry). */
  readonly userId: string;
  /** The change's timestamp. */
  readonly at: string;
  /** Today in England: no step may be dated after it. */
  readonly today: IsoDate;
  /** The council's convention, for a listing whose expiry-date is empty. */
  readonly listingExpiryConvention: ListingExpiryConvention;
}

export type DecisionKind = 'LISTED' | 'UNSUCCESSFUL' | 'WITHDRAWN' | 'REMOVED' | 'PENDING';

export type Warn = (code: AcvImportWarningCode, field: string, message: string) => void;

/** What one row says, each field read and checked on its own (a bad one rejects the row, naming its column). */
export interface RowFields {
  readonly reference: string;
  readonly name: string;
  readonly location: { latitude: number; longitude: number } | null;
  readonly nominationDate: IsoDate | null;
  readonly decisionDate: IsoDate | null;
  readonly startDate: IsoDate | null;
  readonly expiryDate: IsoDate | null;
  readonly noticeDate: IsoDate | null;
  readonly protectedFrom: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly notes: ParsedNotes;
  readonly groups: readonly string[];
}
