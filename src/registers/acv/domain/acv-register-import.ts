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
import type { AcvEntry, AcvState } from './acv-records';
import { acvStateOn } from './acv-state';
import type { IsoDate } from '../../../kernel/domain/clock';
import { isCouncilGssCode } from '../../../kernel/domain/identifiers';
import {
  addressTextOf,
  clean,
  parseAddressText,
  parseNotes,
  parseRegisterDate,
  parseWktPoint,
  reject,
  RowRejected,
  text,
} from './acv-register-fields';
import type {
  AcvImportContext,
  AcvRowProblem,
  AcvRowWarning,
  DecisionKind,
  RowFields,
  Warn,
} from './acv-register-fields';
import { IMPORTED_DECIDER } from './acv-register-fields';
import { readDecision, readNotices, readRemoval } from './acv-register-steps';

// The field readers, for the callers that read one field of a file (tests, the open-data export).
export { addressTextOf, parseAddressText, parseNotes, parseRegisterDate, parseWktPoint };
export type { AcvImportContext, AcvRowProblem, AcvRowWarning };
export { IMPORTED_DECIDER };

export const MAX_ACV_IMPORT_ROWS = 100;
export const MAX_REGISTER_REFERENCE_LENGTH = 100;
const MAX_NAME_LENGTH = 200;
const MAX_TEXT_LENGTH = 10_000;

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

export type AcvRowDecision =
  | {
      readonly kind: 'create' | 'update' | 'unchanged';
      /** The entry as the row records it (for update: the next content; version stamped by the caller). */
      readonly entry: AcvEntry;
      readonly state: AcvState;
      readonly warnings: readonly AcvRowWarning[];
    }
  | { readonly kind: 'rejected'; readonly problems: readonly AcvRowProblem[] };

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

function readRowFields(row: AcvRegisterRow, context: AcvImportContext): RowFields {
  const { today } = context;
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
  // In the file's column order, so the first bad date is the one reported.
  const nominationDate = date(row, 'nominationDate', 'nomination-date', today);
  const decisionDate = date(row, 'decisionDate', 'decision-date', today);
  const startDate = date(row, 'startDate', 'start-date', today);
  // Checked only so a typing slip is reported; entry-date says when the record was made, not a step.
  date(row, 'entryDate', 'entry-date', null);
  const expiryDate = date(row, 'expiryDate', 'expiry-date', null);
  const noticeDate = date(row, 'notificationToSellDate', 'notification-to-sell-date', today);
  const protectedFrom = date(row, 'protectedPeriodStartDate', 'protected-period-start-date', today);
  const endDate = date(row, 'endDate', 'end-date', today);
  return {
    reference,
    name,
    location,
    nominationDate,
    decisionDate,
    startDate,
    expiryDate,
    noticeDate,
    protectedFrom,
    endDate,
    notes: parseNotes(row.notes),
    groups: (row.interestedGroup ?? '')
      .split(/[;\r\n]+/)
      .map(clean)
      .filter((group) => group !== ''),
  };
}

/** The day the nomination was received: the file's, or else the decision's (with a warning). */
function readNominatedOn(fields: RowFields, warn: Warn): IsoDate {
  const nominatedOn = fields.nominationDate ?? fields.startDate;
  if (nominatedOn) return nominatedOn;
  const decidedOn = fields.decisionDate;
  if (!decidedOn) reject('nomination-date', 'give the day the council received the nomination');
  warn(
    'NOMINATION_DATE_MISSING',
    'nomination-date',
    `no nomination date: the decision date ${decidedOn} is recorded as the day the nomination was received`,
  );
  return decidedOn;
}

/** What only a listed asset can have (an expiry, a notice of intended disposal, bidders) on another row. */
function assertOnlyListedHave(fields: RowFields, kind: DecisionKind): void {
  const notListed = (column: string, what: string) =>
    reject(column, `${what}, but the row's decision is ${kind.toLowerCase()}: only a listed asset has one`);
  if (fields.expiryDate) notListed('expiry-date', 'the row has an expiry date');
  if (fields.noticeDate || fields.protectedFrom)
    notListed('notification-to-sell-date', 'the row has a notice of intended disposal');
  if (fields.groups.length) notListed('interested-group', 'the row names groups that asked to bid');
}

/** The site as the file describes it; what the file does not carry, an existing entry keeps. */
function readSite(row: AcvRegisterRow, fields: RowFields, existing: AcvEntry | null): AcvEntry['site'] {
  // An address the file writes as the entry's address already reads keeps its parts (a post town the
  // single line cannot tell apart from an address line).
  const address = parseAddressText(row.addressText);
  // The site's boundary, ward, parish and UPRN are not read from the file: an existing entry keeps its own.
  return {
    ...existing?.site,
    name: fields.name,
    description: text(row.description),
    boundaryDescription: existing?.site.boundaryDescription ?? '',
    address:
      existing && addressTextOf(existing.site.address) === addressTextOf(address)
        ? existing.site.address
        : address,
    location: fields.location,
    // The file has no category: the entry keeps the one it was nominated with (acv-listability.ts).
    ...(existing && existing.site.category !== undefined ? { category: existing.site.category } : {}),
  };
}

function buildEntry(
  row: AcvRegisterRow,
  existing: AcvEntry | null,
  context: AcvImportContext,
): { entry: AcvEntry; warnings: AcvRowWarning[] } {
  const warnings: AcvRowWarning[] = [];
  const warn: Warn = (code, field, message) => warnings.push({ code, field, message });
  const fields = readRowFields(row, context);
  const kind = readDecisionKind(row, fields.expiryDate !== null, fields.decisionDate !== null);
  const nominatedOn = readNominatedOn(fields, warn);
  const listed = kind === 'LISTED' || kind === 'REMOVED';
  if (!listed) assertOnlyListedHave(fields, kind);
  const { decision, withdrawnOn } = readDecision(fields, kind, nominatedOn, existing, context, warn);
  if (!listed && kind !== 'WITHDRAWN' && kind !== 'PENDING' && fields.endDate)
    warn(
      'END_DATE_IGNORED',
      'end-date',
      `an unsuccessful nomination was never listed, so end-date ${fields.endDate} removes nothing`,
    );
  const notices = readNotices(fields, decision, existing, warn);
  const removal = readRemoval(fields, kind, decision, existing, context.today, warn);
  const site = readSite(row, fields, existing);
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
        registerReference: fields.reference,
        createdAt: context.at,
        updatedAt: context.at,
        version: 1,
      };
  return { entry, warnings };
}
