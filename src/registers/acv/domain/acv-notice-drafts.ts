/**
 * The statutory notices a step produces, as drafts (the change gives them ids): who is told (owner or
 * freeholders, occupiers, leaseholders, nominator, parish council, the public) and the letter's text.
 */
import type {
  AcvEntry,
  AcvInterest,
  AcvParty,
  NoticeKind,
  NoticeRecipientRole,
  RemovalReason,
} from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import { fullMoratoriumEndsOn, interimMoratoriumEndsOn, protectedPeriodEndsOn } from './acv-timetable';
import type { AcvNoticeDraft, AcvTransition } from './acv-action';
import { siteAddressLine } from './acv-outbox';

/** Recipients of listing and removal notices: owner (or freeholders when no owner is known), occupiers, nominator. */
export function listingRecipients(entry: AcvEntry): Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>[] {
  const interest = (role: NoticeRecipientRole) => (i: AcvInterest) => ({
    recipientRole: role,
    recipientName: i.name,
    recipientAddress: i.address,
    recipientOrganisationId: null,
    recipientEmail: i.email ?? null,
  });
  const owners = entry.owner
    ? [
        {
          recipientRole: 'OWNER' as const,
          recipientName: entry.owner.name,
          recipientAddress: null,
          recipientOrganisationId: entry.owner.organisationId,
        },
      ]
    : entry.interests.filter((i) => i.kind === 'FREEHOLDER').map(interest('OWNER'));
  return [
    ...owners,
    ...entry.interests.filter((i) => i.kind === 'OCCUPIER').map(interest('OCCUPIER')),
    nominatorRecipient(entry),
  ];
}

export function nominatorRecipient(entry: AcvEntry): Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'> {
  return {
    recipientRole: 'NOMINATOR',
    recipientName: entry.nominator.name,
    recipientAddress: null,
    recipientOrganisationId: entry.nominator.organisationId,
  };
}

export function ownerRecipients(entry: AcvEntry): Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>[] {
  return listingRecipients(entry).filter((r) => r.recipientRole === 'OWNER');
}

export function notices(
  recipients: readonly Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>[],
  kind: NoticeKind,
  date: IsoDate,
  text: string,
): AcvNoticeDraft[] {
  return recipients.map((r) => ({ ...r, kind, date, text: `Dear ${r.recipientName},\n\n${text}` }));
}

export type Recipient = Omit<AcvNoticeDraft, 'kind' | 'date' | 'text'>;

/**
 * Who hears of a nomination (SI 2012/2421 reg 8: the council takes all practicable steps to give information
 * about it): the owner (or the freeholders the nominator named, when no owner is known), the lawful
 * occupiers, the leaseholders, and the parish council when the land is in a parish (unless it nominated).
 */
export function nominationRecipients(entry: AcvEntry, parishCouncil: AcvParty | null): Recipient[] {
  const leaseholders = entry.interests
    .filter((i) => i.kind === 'LEASEHOLDER')
    .map((i): Recipient => ({
      recipientRole: 'LEASEHOLDER',
      recipientName: i.name,
      recipientAddress: i.address,
      recipientOrganisationId: null,
      recipientEmail: i.email ?? null,
    }));
  const parish: Recipient[] =
    parishCouncil && parishCouncil.organisationId !== entry.nominator.organisationId
      ? [
          {
            recipientRole: 'PARISH_COUNCIL',
            recipientName: parishCouncil.name,
            recipientAddress: null,
            recipientOrganisationId: parishCouncil.organisationId,
          },
        ]
      : [];
  return [
    ...listingRecipients(entry).filter((r) => r.recipientRole !== 'NOMINATOR'),
    ...leaseholders,
    ...parish,
  ];
}

/**
 * The public notice of a moratorium (s.97(4)): for the council's website, the local press or the site, so it
 * names the land and its address rather than a person, and gives the matters s.97(2) puts on the list.
 */
export function moratoriumPublicity(entry: AcvEntry, receivedOn: IsoDate): AcvNoticeDraft {
  const address = siteAddressLine(entry.site);
  const where = address ? `${entry.site.name}, ${address}` : entry.site.name;
  return {
    kind: 'MORATORIUM_PUBLICITY',
    recipientRole: 'PUBLIC',
    recipientName: `The public in the area of ${entry.site.name}`,
    recipientAddress: null,
    recipientOrganisationId: null,
    date: receivedOn,
    text:
      `Public notice: asset of community value. ${where} is in the council's list of assets of community ` +
      `value. On ${receivedOn} the council received the owner's notice that they intend to sell it or grant a ` +
      `long lease. A community interest group may ask the council in writing to be treated as a potential ` +
      `bidder until ${interimMoratoriumEndsOn(receivedOn)} (the end of the interim moratorium); if one does, the ` +
      `land may be sold only to a community interest group until ${fullMoratoriumEndsOn(receivedOn)} (the end ` +
      `of the full moratorium). The protected period ends on ${protectedPeriodEndsOn(receivedOn)}.`,
  };
}

export function removeFrom(
  entry: AcvEntry,
  on: IsoDate,
  reason: RemovalReason,
  details: string,
): AcvTransition {
  const removed: AcvEntry = { ...entry, removal: { removedOn: on, reason, details } };
  const text =
    `${entry.site.name} was removed from the council's list of assets of community value on ${on} ` +
    `(${reason.toLowerCase().replaceAll('_', ' ')}).\n\n${details}`;
  return {
    entry: removed,
    notices: notices(listingRecipients(entry), 'REMOVAL', on, text),
    auditAction: 'REMOVED',
  };
}
