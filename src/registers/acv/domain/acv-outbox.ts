/**
 * An ACV statutory notice as an outbox message (issue 19): the shape the notifications register delivers by
 * email and to partners' webhooks. The ACV register must not import the notifications register, so the
 * event each kind of notice is published as is kept here, over the kernel's event types (a test holds it
 * equal to the notifications register's ACV_NOTICE_EVENTS).
 *
 * Who it goes to: a register organisation (the owner, the nominator) by its id; an occupier, freeholder or
 * leaseholder the nominator named with an email to that email; one named with an address only by post (the
 * council prints it); the public notice of a moratorium is the council's to publish.
 */
import type { OutboxEventType, OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';
import type { Address } from '../../../kernel/domain/records';
import { NOTICE_RULES } from './acv-records';
import type { AcvNotice, AcvSite, NoticeKind } from './acv-records';

/** The event each kind of notice is published as (the public's notice is the moratorium's event). */
export const ACV_NOTICE_EVENT_TYPES: Readonly<Record<NoticeKind, OutboxEventType>> = {
  NOMINATION_RECEIVED: 'acv.nomination.received',
  LISTING: 'acv.entry.listed',
  UNSUCCESSFUL_NOMINATION: 'acv.nomination.unsuccessful',
  REVIEW_DECISION: 'acv.review.decided',
  REMOVAL: 'acv.entry.removed',
  MORATORIUM: 'acv.moratorium.started',
  MORATORIUM_PUBLICITY: 'acv.moratorium.started',
  BID_REQUEST: 'acv.bid.requested',
};

/** What each notice is, in a few words: the email's heading and the start of its subject. */
export const ACV_NOTICE_STEPS: Readonly<Record<NoticeKind, string>> = {
  NOMINATION_RECEIVED: 'Nomination as an asset of community value received',
  LISTING: 'Listed as an asset of community value',
  UNSUCCESSFUL_NOMINATION: 'Nomination as an asset of community value unsuccessful',
  REVIEW_DECISION: 'Decision on the review of a listing',
  REMOVAL: 'Removed from the list of assets of community value',
  MORATORIUM: 'Notice of intended disposal received: moratorium',
  MORATORIUM_PUBLICITY: 'Public notice: moratorium on an asset of community value',
  BID_REQUEST: 'Request to be treated as a potential bidder',
};

/** What the notice does not hold itself: the council's name and register organisation, looked up. */
export interface AcvNoticeNames {
  /** The council's name ("Cheltenham Borough Council"); null when it is not found. */
  readonly councilName: string | null;
  /** The council's organisation in the register, whose webhooks hear of every notice; null when none. */
  readonly councilOrganisationId: string | null;
}

/** The notice as the message the notifier delivers. */
export function acvNoticeMessage(notice: AcvNotice, names: AcvNoticeNames): OutboxMessage {
  const about = notice.siteName
    ? [notice.siteName, notice.siteAddress].filter(Boolean).join(', ')
    : // A notice written before the land's name was kept on it: the entry is all it can name.
      `the asset of community value entry ${notice.entryId}`;
  return {
    id: notice.id,
    eventType: ACV_NOTICE_EVENT_TYPES[notice.kind],
    councilCode: notice.councilCode,
    statutoryRule: NOTICE_RULES[notice.kind],
    step: ACV_NOTICE_STEPS[notice.kind],
    about,
    text: notice.text,
    date: notice.date,
    sender: names.councilName ?? `The council (${notice.councilCode})`,
    recordUrl: null,
    recipients: [recipientOf(notice)],
    webhookOrganisationIds: [
      ...new Set(
        [notice.recipientOrganisationId, names.councilOrganisationId].filter((id): id is string => !!id),
      ),
    ],
    // What a partner acts on, without the personal data of a person the nominator named.
    data: {
      noticeId: notice.id,
      entryId: notice.entryId,
      councilCode: notice.councilCode,
      kind: notice.kind,
      recipientRole: notice.recipientRole,
      date: notice.date,
    },
    createdAt: notice.createdAt,
  };
}

function recipientOf(notice: AcvNotice): OutboxRecipient {
  const role = notice.recipientRole;
  const name = notice.recipientName;
  if (role === 'PUBLIC') return { kind: 'PUBLIC', name, role };
  if (notice.recipientOrganisationId) {
    return { kind: 'ORGANISATION', organisationId: notice.recipientOrganisationId, name, role };
  }
  if (notice.recipientEmail) return { kind: 'EMAIL', email: notice.recipientEmail, name, role };
  return { kind: 'POST', name, address: notice.recipientAddress, role };
}

/** The site's address on one line ("1 High Street, Cheltenham, GL50 1AA"), or null when it has none. */
export function siteAddressLine(site: Pick<AcvSite, 'address'>): string | null {
  const address: Address | null = site.address;
  if (!address) return null;
  const line = [...address.lines, address.postTown, address.postcode].filter((part) => part).join(', ');
  return line || null;
}
