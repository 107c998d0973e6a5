/**
 * The statutory steps a row of a council's ACV register records, read one by one: the decision (or the
 * withdrawal), the listing's end, the notices of intended disposal with their requests to bid, and the
 * removal. Each keeps what an existing entry recorded where the file is silent, with a warning. Pure.
 */
import type {
  AcvBidRequest,
  AcvDecision,
  AcvDisposalNotice,
  AcvEntry,
  AcvRemoval,
  RemovalReason,
} from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { ListingExpiryConvention } from './acv-timetable';
import { listingExpiresOn } from './acv-timetable';
import { clean, IMPORTED_DECIDER, reject } from './acv-register-fields';
import type { AcvImportContext, DecisionKind, RowFields, Warn } from './acv-register-fields';

interface ReadDecision {
  readonly decision: AcvDecision | null;
  readonly withdrawnOn: IsoDate | null;
}

/** The council's decision, or the withdrawal, or nothing yet (a pending nomination). */
export function readDecision(
  fields: RowFields,
  kind: DecisionKind,
  nominatedOn: IsoDate,
  existing: AcvEntry | null,
  context: AcvImportContext,
  warn: Warn,
): ReadDecision {
  const { decisionDate: decidedOn, endDate } = fields;
  if (kind === 'PENDING') {
    if (decidedOn)
      reject('decision-date', `${decidedOn} is a decision date, but the row's decision is pending`);
    if (endDate) reject('end-date', 'a nomination awaiting its decision cannot have ended');
    return { decision: null, withdrawnOn: null };
  }
  if (kind === 'WITHDRAWN') {
    const withdrawnOn = endDate ?? decidedOn;
    if (!withdrawnOn) reject('end-date', 'give the day the nomination was withdrawn');
    if (withdrawnOn < nominatedOn)
      reject('end-date', `the withdrawal ${withdrawnOn} is before the nomination date ${nominatedOn}`);
    return { decision: null, withdrawnOn };
  }
  if (!decidedOn) reject('decision-date', `give the day of the decision (${kind.toLowerCase()})`);
  if (decidedOn < nominatedOn)
    reject('decision-date', `the decision ${decidedOn} is before the nomination date ${nominatedOn}`);
  const listed = kind === 'LISTED' || kind === 'REMOVED';
  const before = existing?.decision;
  const sameDecision =
    before && before.outcome === (listed ? 'LISTED' : 'UNSUCCESSFUL') && before.decidedOn === decidedOn
      ? before
      : null;
  const expiry = listed
    ? readListingExpiry(fields, decidedOn, sameDecision, context, warn)
    : { convention: null, recordedExpiresOn: null };
  const reasons = fields.notes.reasons;
  if (!listed && !reasons)
    warn(
      'NO_REASONS',
      'notes',
      'an unsuccessful nomination has no written reasons in the file; the council must give them (s.90)',
    );
  const decision: AcvDecision = {
    outcome: listed ? 'LISTED' : 'UNSUCCESSFUL',
    decidedOn,
    decidedBy: sameDecision ? sameDecision.decidedBy : IMPORTED_DECIDER,
    reasons,
    unsuccessfulGround: listed ? null : fields.notes.ground,
    late: sameDecision ? sameDecision.late : false,
    listingExpiryConvention: expiry.convention,
    ...(expiry.recordedExpiresOn ? { recordedExpiresOn: expiry.recordedExpiresOn } : {}),
  };
  return { decision, withdrawnOn: null };
}

/** How a listing's end is counted: the statute's or the anniversary convention, or the council's own date. */
function readListingExpiry(
  fields: RowFields,
  decidedOn: IsoDate,
  sameDecision: AcvDecision | null,
  context: AcvImportContext,
  warn: Warn,
): { convention: ListingExpiryConvention | null; recordedExpiresOn: IsoDate | null } {
  const { expiryDate } = fields;
  if (!expiryDate) {
    return {
      convention: sameDecision?.listingExpiryConvention ?? context.listingExpiryConvention,
      recordedExpiresOn: sameDecision?.recordedExpiresOn ?? null,
    };
  }
  if (expiryDate <= decidedOn)
    reject('expiry-date', `the expiry ${expiryDate} is not after the listing ${decidedOn}`);
  if (expiryDate === listingExpiresOn(decidedOn, 'STATUTE'))
    return { convention: 'STATUTE', recordedExpiresOn: null };
  if (expiryDate === listingExpiresOn(decidedOn, 'ANNIVERSARY'))
    return { convention: 'ANNIVERSARY', recordedExpiresOn: null };
  warn(
    'EXPIRY_NOT_FIVE_YEARS',
    'expiry-date',
    `${expiryDate} is not 5 years from the listing on ${decidedOn} (by the statute ${listingExpiresOn(decidedOn, 'STATUTE')}); kept as the council recorded it`,
  );
  return { convention: context.listingExpiryConvention, recordedExpiresOn: expiryDate };
}

/** The last day of a listing, as recorded or as its convention counts it; null for no listing. */
export function lastListedDayOf(decision: AcvDecision | null): IsoDate | null {
  if (decision?.outcome !== 'LISTED') return null;
  return (
    decision.recordedExpiresOn ??
    listingExpiresOn(decision.decidedOn, decision.listingExpiryConvention ?? 'STATUTE')
  );
}

/** The entry's notices of intended disposal with the file's latest, and the groups that asked to bid in it. */
export function readNotices(
  fields: RowFields,
  decision: AcvDecision | null,
  existing: AcvEntry | null,
  warn: Warn,
): readonly AcvDisposalNotice[] {
  const { noticeDate, protectedFrom, endDate, groups } = fields;
  const notices: readonly AcvDisposalNotice[] = existing?.disposalNotices ?? [];
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
    const lastListedDay = lastListedDayOf(decision);
    if (noticeOn < decision.decidedOn)
      reject('notification-to-sell-date', `${noticeOn} is before the listing on ${decision.decidedOn}`);
    if (lastListedDay && noticeOn > lastListedDay)
      reject('notification-to-sell-date', `${noticeOn} is after the listing ended on ${lastListedDay}`);
    if (endDate && noticeOn > endDate)
      reject('notification-to-sell-date', `${noticeOn} is after the removal on ${endDate}`);
    return withFileNotice(notices, noticeOn, groups, warn);
  }
  if (!noticeOn && notices.some((n) => n.exemptCategory === null)) {
    warn(
      'RECORDED_STEP_KEPT',
      'notification-to-sell-date',
      'the entry has a notice of intended disposal the file does not show; it is kept',
    );
  }
  return notices;
}

/** The recorded notices with the file's notice received on `noticeOn` in place of any later one. */
function withFileNotice(
  notices: readonly AcvDisposalNotice[],
  noticeOn: IsoDate,
  groups: readonly string[],
  warn: Warn,
): readonly AcvDisposalNotice[] {
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
  return [...kept, notice].sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1));
}

/** The listing's removal: the file's end date, or the one recorded (kept, with a warning). */
export function readRemoval(
  fields: RowFields,
  kind: DecisionKind,
  decision: AcvDecision | null,
  existing: AcvEntry | null,
  today: IsoDate,
  warn: Warn,
): AcvRemoval | null {
  const { endDate, notes } = fields;
  const listed = kind === 'LISTED' || kind === 'REMOVED';
  const lastListedDay = lastListedDayOf(decision);
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
  return removal;
}
