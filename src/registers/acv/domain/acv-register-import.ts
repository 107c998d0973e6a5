/**
 * A council's existing list of assets of community value, loaded from its register file (the
 * planning.data.gov.uk `asset-of-community-value` fields), as pure functions: one row and the entry it
 * already describes (or none) -> the entry as the row records it, its state today and warnings, or the
 * row's problems. Nothing here writes; a rejected row leaves nothing to undo.
 *
 * The entry is built from the row's dates so that it then behaves exactly like one that went through the
 * workflow: its state is computed by acvStateOn, its open duties by openTasks, its place on the public list
 * by its listing's last day. How each field is read:
 * - reference: the entry's identity in the council's register (unique per council). Required.
 * - decision: `listed` (also successful, approved, accepted), `unsuccessful` (also rejected, refused, not
 *   listed, declined), `withdrawn`, `removed` (also delisted: listed, then removed on end-date), `pending`
 *   (also nominated, under consideration, or empty with no decision date: awaiting the decision). Any other
 *   word rejects the row.
 * - nomination-date: the day the council received the nomination; start-date (which the specification
 *   defines as "the date the asset was nominated") stands in when it is empty, then the decision date.
 * - decision-date: the day of the decision (for a listing, the day of entry on the list).
 * - entry-date: the day the record was made (specification); not a step of the case, so not read.
 * - expiry-date: the listing's last day. When it is 5 years by the statute or by the anniversary convention
 *   that convention is recorded; any other later date is kept as the council recorded it (with a warning).
 *   Empty: the council's convention (acvSettings).
 * - notification-to-sell-date: a relevant notice of intended disposal received that day (interim
 *   moratorium, protected period); protected-period-start-date must be the same day when both are given.
 * - interested-group: the community interest groups (separated by `;`) that asked to bid in that
 *   moratorium (full moratorium). The file has no date for a request: a new one is recorded on the notice's
 *   day (with a warning).
 * - end-date: the listing's removal (for a withdrawn nomination, the withdrawal).
 * - notes: the decision's reasons; the lines `Ground: ...` and `Removed (REASON): details` that the
 *   register's own export writes are read back into the unsuccessful ground and the removal.
 * - nominating-group: kept as a name, never linked to a register organisation (a name match is no proof
 *   of identity, and the nominator's editors would gain rights over the entry).
 * Dates are `YYYY-MM-DD` or `DD/MM/YYYY` (also `D/M/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, and an ISO date
 * with a time); never the American month-first order.
 *
 * A file never deletes a recorded step: a row without a notice, removal or decision that the entry has
 * keeps it (with a warning). What the file gives replaces what was recorded (a corrected date, a new
 * notice, a removal).
 */
import { diffRecords } from '../../../kernel/domain/audit';
import type {
  AcvBidRequest,
  AcvDecision,
  AcvDisposalNotice,
  AcvEntry,
  AcvRemoval,
  AcvState,
  RemovalReason,
  UnsuccessfulGround,
} from './acv-records';
import { REMOVAL_REASONS } from './acv-records';
import { acvStateOn } from './acv-state';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { ListingExpiryConvention } from './acv-timetable';
import { isIsoDate, listingExpiresOn } from './acv-timetable';
import { isCouncilGssCode } from '../../../kernel/domain/identifiers';
import { normalisePostcode } from '../../../kernel/domain/postcode';
import type { Address } from '../../../kernel/domain/records';

export const MAX_ACV_IMPORT_ROWS = 100;
export const MAX_REGISTER_REFERENCE_LENGTH = 100;
const MAX_NAME_LENGTH = 200;
const MAX_TEXT_LENGTH = 10_000;

/** The decision's author when the file does not say: any officer may then decide a review (Sch 2). */
export const IMPORTED_DECIDER = 'imported from the council register';

/** One row of the file, as text (the client only reshapes; every reading rule is here). */
export interface AcvRegisterRow {
  readonly line: number;
  readonly reference: string;
  readonly name: string;
  readonly addressText: string | null;
  readonly description: string | null;
  readonly point: string | null;
  readonly organisation: string | null;
  readonly nominationDate: string | null;
  readonly nominatingGroup: string | null;
  readonly decision: string | null;
  readonly decisionDate: string | null;
  readonly expiryDate: string | null;
  readonly notificationToSellDate: string | null;
  readonly interestedGroup: string | null;
  readonly protectedPeriodStartDate: string | null;
  readonly notes: string | null;
  readonly entryDate: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

/** A reason a row is rejected: the file's column (as the planning.data.gov.uk field) and what is wrong. */
export interface AcvRowProblem {
  readonly field: string;
  readonly message: string;
}

export interface AcvRowWarning {
  readonly code: string;
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

export type AcvRowDecision =
  | {
      readonly kind: 'create' | 'update' | 'unchanged';
      /** The entry as the row records it (for update: the next content; version stamped by the caller). */
      readonly entry: AcvEntry;
      readonly state: AcvState;
      readonly warnings: readonly AcvRowWarning[];
    }
  | { readonly kind: 'rejected'; readonly problems: readonly AcvRowProblem[] };

type DecisionKind = 'LISTED' | 'UNSUCCESSFUL' | 'WITHDRAWN' | 'REMOVED' | 'PENDING';

// Words councils write in a decision column, compared in lower case with runs of non-letters as one space.
const DECISION_WORDS: Readonly<Record<string, DecisionKind>> = {
  listed: 'LISTED',
  list: 'LISTED',
  successful: 'LISTED',
  approved: 'LISTED',
  accepted: 'LISTED',
  'added to list': 'LISTED',
  unsuccessful: 'UNSUCCESSFUL',
  rejected: 'UNSUCCESSFUL',
  refused: 'UNSUCCESSFUL',
  'not listed': 'UNSUCCESSFUL',
  declined: 'UNSUCCESSFUL',
  'not successful': 'UNSUCCESSFUL',
  withdrawn: 'WITHDRAWN',
  removed: 'REMOVED',
  delisted: 'REMOVED',
  'removed from list': 'REMOVED',
  pending: 'PENDING',
  nominated: 'PENDING',
  'under consideration': 'PENDING',
  'awaiting decision': 'PENDING',
};

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

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text kept with its line breaks (notes, descriptions), trimmed; empty is null. */
function text(value: string | null | undefined): string | null {
  const kept = (value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
  return kept === '' ? null : kept;
}

interface ParsedNotes {
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

class RowRejected extends Error {
  constructor(readonly problem: AcvRowProblem) {
    super(problem.message);
  }
}

function reject(field: string, message: string): never {
  throw new RowRejected({ field, message });
}

/**
 * What the row means for the register: a new entry, an update of `existing` (the entry with the same
 * reference), no change, or the row's problem. Pure.
 */
export function decideAcvRegisterRow(
  row: AcvRegisterRow,
  existing: AcvEntry | null,
  context: AcvImportContext,
): AcvRowDecision {
  try {
    const { entry, warnings } = buildEntry(row, existing, context);
    const state = acvStateOn(entry, context.today);
    if (!existing) return { kind: 'create', entry, state, warnings };
    const same = diffRecords(
      existing as unknown as Record<string, unknown>,
      entry as unknown as Record<string, unknown>,
    );
    return { kind: same.length === 0 ? 'unchanged' : 'update', entry, state, warnings };
  } catch (error) {
    if (error instanceof RowRejected) return { kind: 'rejected', problems: [error.problem] };
    throw error;
  }
}

function date(row: AcvRegisterRow, field: keyof AcvRegisterRow, column: string, today: IsoDate | null) {
  const raw = row[field];
  const parsed = parseRegisterDate(typeof raw === 'string' ? raw : null);
  if (parsed === 'bad')
    reject(
      column,
      `"${String(raw)}" is not a date: write YYYY-MM-DD (2019-04-30) or DD/MM/YYYY (30/04/2019)`,
    );
  if (parsed.date && today && parsed.date > today)
    reject(column, `${parsed.date} is in the future (today is ${today})`);
  return parsed.date;
}

function readDecisionKind(row: AcvRegisterRow, hasListingDates: boolean, decided: boolean): DecisionKind {
  const word = clean(row.decision)
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (word === '') {
    if (hasListingDates) return 'LISTED';
    if (decided)
      reject('decision', 'the row has a decision date but no decision: write listed or unsuccessful');
    return 'PENDING';
  }
  const kind = DECISION_WORDS[word];
  if (!kind)
    reject(
      'decision',
      `"${clean(row.decision)}" is not a decision this import knows: write listed, unsuccessful, withdrawn, removed or pending`,
    );
  return kind;
}

function buildEntry(
  row: AcvRegisterRow,
  existing: AcvEntry | null,
  context: AcvImportContext,
): { entry: AcvEntry; warnings: AcvRowWarning[] } {
  const { today } = context;
  const warnings: AcvRowWarning[] = [];
  const warn = (code: string, field: string, message: string) => warnings.push({ code, field, message });

  const reference = clean(row.reference);
  if (!reference) reject('reference', "give the entry's reference in the council's register");
  if (reference.length > MAX_REGISTER_REFERENCE_LENGTH)
    reject('reference', `must be at most ${MAX_REGISTER_REFERENCE_LENGTH} characters`);
  const name = clean(row.name);
  if (!name) reject('name', 'give the name of the land or building');
  if (name.length > MAX_NAME_LENGTH) reject('name', `must be at most ${MAX_NAME_LENGTH} characters`);
  const organisation = clean(row.organisation).toUpperCase();
  if (isCouncilGssCode(organisation) && organisation !== context.councilCode)
    reject('organisation', `the row is on the list of ${organisation}, not ${context.councilCode}`);
  for (const [field, column] of [
    ['description', 'description'],
    ['notes', 'notes'],
    ['addressText', 'address-text'],
    ['nominatingGroup', 'nominating-group'],
    ['interestedGroup', 'interested-group'],
  ] as const) {
    if ((row[field]?.length ?? 0) > MAX_TEXT_LENGTH)
      reject(column, `must be at most ${MAX_TEXT_LENGTH} characters`);
  }
  const location = parseWktPoint(row.point);
  if (location === 'bad')
    reject('point', `"${clean(row.point)}" is not a WKT POINT(longitude latitude) in WGS84`);

  const nominationDate = date(row, 'nominationDate', 'nomination-date', today);
  const decisionDate = date(row, 'decisionDate', 'decision-date', today);
  const startDate = date(row, 'startDate', 'start-date', today);
  // Checked only so a typing slip is reported; entry-date says when the record was made, not a step.
  date(row, 'entryDate', 'entry-date', null);
  const expiryDate = date(row, 'expiryDate', 'expiry-date', null);
  const noticeDate = date(row, 'notificationToSellDate', 'notification-to-sell-date', today);
  const protectedFrom = date(row, 'protectedPeriodStartDate', 'protected-period-start-date', today);
  const endDate = date(row, 'endDate', 'end-date', today);
  const notes = parseNotes(row.notes);
  const groups = (row.interestedGroup ?? '')
    .split(/[;\r\n]+/)
    .map(clean)
    .filter((group) => group !== '');

  const kind = readDecisionKind(row, expiryDate !== null, decisionDate !== null);
  const decidedOn = decisionDate;
  let nominatedOn = nominationDate ?? startDate;
  if (!nominatedOn) {
    if (!decidedOn) reject('nomination-date', 'give the day the council received the nomination');
    nominatedOn = decidedOn;
    warn(
      'NOMINATION_DATE_MISSING',
      'nomination-date',
      `no nomination date: the decision date ${decidedOn} is recorded as the day the nomination was received`,
    );
  }

  const listed = kind === 'LISTED' || kind === 'REMOVED';
  const notListed = (column: string, what: string) =>
    reject(column, `${what}, but the row's decision is ${kind.toLowerCase()}: only a listed asset has one`);
  if (!listed) {
    if (expiryDate) notListed('expiry-date', 'the row has an expiry date');
    if (noticeDate || protectedFrom)
      notListed('notification-to-sell-date', 'the row has a notice of intended disposal');
    if (groups.length) notListed('interested-group', 'the row names groups that asked to bid');
  }

  // The decision.
  let decision: AcvDecision | null = null;
  let withdrawnOn: IsoDate | null = null;
  if (kind === 'PENDING') {
    if (decisionDate)
      reject('decision-date', `${decisionDate} is a decision date, but the row's decision is pending`);
    if (endDate) reject('end-date', 'a nomination awaiting its decision cannot have ended');
  } else if (kind === 'WITHDRAWN') {
    withdrawnOn = endDate ?? decidedOn;
    if (!withdrawnOn) reject('end-date', 'give the day the nomination was withdrawn');
    if (withdrawnOn < nominatedOn)
      reject('end-date', `the withdrawal ${withdrawnOn} is before the nomination date ${nominatedOn}`);
  } else {
    if (!decidedOn) reject('decision-date', `give the day of the decision (${kind.toLowerCase()})`);
    if (decidedOn < nominatedOn)
      reject('decision-date', `the decision ${decidedOn} is before the nomination date ${nominatedOn}`);
    const before = existing?.decision;
    const sameDecision =
      before && before.outcome === (listed ? 'LISTED' : 'UNSUCCESSFUL') && before.decidedOn === decidedOn;
    let convention: ListingExpiryConvention | null = null;
    let recordedExpiresOn: IsoDate | null = null;
    if (listed) {
      if (!expiryDate) {
        convention =
          sameDecision && before.listingExpiryConvention
            ? before.listingExpiryConvention
            : context.listingExpiryConvention;
        if (sameDecision && before.recordedExpiresOn) recordedExpiresOn = before.recordedExpiresOn;
      } else {
        if (expiryDate <= decidedOn)
          reject('expiry-date', `the expiry ${expiryDate} is not after the listing ${decidedOn}`);
        if (expiryDate === listingExpiresOn(decidedOn, 'STATUTE')) convention = 'STATUTE';
        else if (expiryDate === listingExpiresOn(decidedOn, 'ANNIVERSARY')) convention = 'ANNIVERSARY';
        else {
          convention = context.listingExpiryConvention;
          recordedExpiresOn = expiryDate;
          warn(
            'EXPIRY_NOT_FIVE_YEARS',
            'expiry-date',
            `${expiryDate} is not 5 years from the listing on ${decidedOn} (by the statute ${listingExpiresOn(decidedOn, 'STATUTE')}); kept as the council recorded it`,
          );
        }
      }
    }
    const reasons = notes.reasons;
    if (!listed && !reasons)
      warn(
        'NO_REASONS',
        'notes',
        'an unsuccessful nomination has no written reasons in the file; the council must give them (s.90)',
      );
    decision = {
      outcome: listed ? 'LISTED' : 'UNSUCCESSFUL',
      decidedOn,
      decidedBy: sameDecision ? before.decidedBy : IMPORTED_DECIDER,
      reasons,
      unsuccessfulGround: listed ? null : notes.ground,
      late: sameDecision ? before.late : false,
      listingExpiryConvention: convention,
      ...(recordedExpiresOn ? { recordedExpiresOn } : {}),
    };
  }
  const listingEnds = decision?.outcome === 'LISTED' ? (decision.recordedExpiresOn ?? null) : null;
  const lastListedDay =
    decision?.outcome === 'LISTED'
      ? (listingEnds ?? listingExpiresOn(decision.decidedOn, decision.listingExpiryConvention ?? 'STATUTE'))
      : null;
  if (!listed && kind !== 'WITHDRAWN' && kind !== 'PENDING' && endDate)
    warn(
      'END_DATE_IGNORED',
      'end-date',
      `an unsuccessful nomination was never listed, so end-date ${endDate} removes nothing`,
    );

  // The latest notice of intended disposal and the groups that asked to bid in it.
  let notices: readonly AcvDisposalNotice[] = existing?.disposalNotices ?? [];
  const noticeOn = noticeDate ?? protectedFrom;
  if (noticeDate && protectedFrom && noticeDate !== protectedFrom)
    reject(
      'protected-period-start-date',
      `the protected period begins with the day the notice was received (s.95(6)): ${protectedFrom} is not the notification-to-sell-date ${noticeDate}`,
    );
  if (!noticeDate && protectedFrom)
    warn(
      'NOTICE_DATE_FROM_PROTECTED_PERIOD',
      'notification-to-sell-date',
      `no notification-to-sell-date: the notice is recorded as received on ${protectedFrom}, when the protected period began`,
    );
  if (groups.length && !noticeOn)
    reject(
      'interested-group',
      'a group can ask to bid only after a notice of intended disposal: give the notification-to-sell-date',
    );
  if (noticeOn && decision) {
    if (noticeOn < decision.decidedOn)
      reject('notification-to-sell-date', `${noticeOn} is before the listing on ${decision.decidedOn}`);
    if (lastListedDay && noticeOn > lastListedDay)
      reject('notification-to-sell-date', `${noticeOn} is after the listing ended on ${lastListedDay}`);
    if (endDate && noticeOn > endDate)
      reject('notification-to-sell-date', `${noticeOn} is after the removal on ${endDate}`);
    const kept = notices.filter((n) => n.exemptCategory !== null || n.receivedOn < noticeOn);
    const same = notices.find((n) => n.exemptCategory === null && n.receivedOn === noticeOn);
    const later = notices.filter((n) => n.exemptCategory === null && n.receivedOn > noticeOn);
    if (later.length)
      warn(
        'LATER_NOTICE_REPLACED',
        'notification-to-sell-date',
        `the entry had a notice received on ${later.map((n) => n.receivedOn).join(', ')}; the file's ${noticeOn} replaces it`,
      );
    const bidRequests: AcvBidRequest[] = groups.map((group) => {
      const asked = same?.bidRequests.find((b) => clean(b.bidder.name).toLowerCase() === group.toLowerCase());
      if (asked) return asked;
      return { requestedOn: noticeOn, bidder: { organisationId: null, name: group, kind: null } };
    });
    if (bidRequests.some((b) => !same?.bidRequests.includes(b)))
      warn(
        'BID_REQUEST_DATE_ASSUMED',
        'interested-group',
        `the file gives no date for a request to bid: recorded as made on ${noticeOn}, the day the notice was received`,
      );
    const notice: AcvDisposalNotice = {
      receivedOn: noticeOn,
      exemptCategory: null,
      details: same?.details ?? null,
      bidRequests,
    };
    notices = [...kept, notice].sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1));
  } else if (!noticeOn && notices.some((n) => n.exemptCategory === null)) {
    warn(
      'RECORDED_STEP_KEPT',
      'notification-to-sell-date',
      'the entry has a notice of intended disposal the file does not show; it is kept',
    );
  }

  // The removal.
  let removal: AcvRemoval | null = existing?.removal ?? null;
  if (kind === 'REMOVED' && !endDate) reject('end-date', 'a removed listing needs the day it was removed');
  if (listed && endDate && decision) {
    if (endDate < decision.decidedOn)
      reject('end-date', `the removal ${endDate} is before the listing on ${decision.decidedOn}`);
    const reason: RemovalReason =
      notes.removal?.reason ??
      (lastListedDay && endDate > lastListedDay ? 'LISTING_EXPIRED' : (removal?.reason ?? 'OTHER'));
    const details =
      notes.removal?.details ||
      removal?.details ||
      `Removed on ${endDate}, as recorded in the council's register`;
    removal = { removedOn: endDate, reason, details };
  } else if (listed && removal) {
    warn(
      'RECORDED_STEP_KEPT',
      'end-date',
      `the entry was removed on ${removal.removedOn}; the removal is kept`,
    );
  } else if (kind === 'UNSUCCESSFUL') {
    removal = null;
  }
  if (decision?.outcome === 'LISTED' && !removal && lastListedDay && lastListedDay < today)
    warn(
      'LISTING_EXPIRED',
      'expiry-date',
      `the listing ended on ${lastListedDay} and is no longer on the public list; record its removal (removeListing) or give end-date`,
    );

  // An address the file writes as the entry's address already reads keeps its parts (a post town the
  // single line cannot tell apart from an address line).
  const address = parseAddressText(row.addressText);
  // The site's boundary, ward, parish and UPRN are not read from the file: an existing entry keeps its own.
  const site: AcvEntry['site'] = {
    ...existing?.site,
    name,
    description: text(row.description),
    boundaryDescription: existing?.site.boundaryDescription ?? '',
    address:
      existing && addressTextOf(existing.site.address) === addressTextOf(address)
        ? existing.site.address
        : address,
    location,
    // The file has no category: the entry keeps the one it was nominated with (acv-listability.ts).
    ...(existing && existing.site.category !== undefined ? { category: existing.site.category } : {}),
  };
  const nominatorName = clean(row.nominatingGroup);
  const nominator =
    existing && clean(existing.nominator.name) === nominatorName
      ? existing.nominator
      : { organisationId: null, name: nominatorName, kind: null };
  if (existing && !decision && existing.decision)
    warn('RECORDED_STEP_KEPT', 'decision', 'the entry has a decision the file does not show; it is kept');

  const entry: AcvEntry = existing
    ? {
        ...existing,
        site,
        nominator,
        nominatedOn,
        withdrawnOn: withdrawnOn ?? existing.withdrawnOn,
        decision: decision ?? existing.decision,
        disposalNotices: notices,
        removal,
      }
    : {
        id: context.newId,
        councilCode: context.councilCode,
        buildingId: null,
        site,
        nominator,
        nominatedBy: context.userId,
        nominatedOn,
        communityValueReasons: site.description ?? '',
        occupiersKnown: null,
        interests: [],
        eligibilityEvidence: '',
        eligibility: [],
        owner: null,
        withdrawnOn,
        decision,
        review: null,
        appeal: null,
        disposalNotices: notices,
        disposals: [],
        removal,
        compensationClaims: [],
        registerReference: reference,
        createdAt: context.at,
        updatedAt: context.at,
        version: 1,
      };
  return { entry, warnings };
}
