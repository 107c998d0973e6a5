/**
 * Who of an organisation receives a message addressed to it: its contact address always (statutory notices
 * cannot be turned off for the organisation), and each member whose role the organisation's settings name for
 * the event type, unless that member turned the event type OFF; DAILY_DIGEST members get it in their digest.
 * A member who never saved settings has no email the register knows (it is taken from their verified token
 * when they save), so they are skipped. Pure.
 */
import type { OutboxEventType } from '../../../kernel/domain/outbox';
import type { MemberRole } from '../../../kernel/domain/records';
import { deliveryFor, rolesFor } from './notification-preferences';
import type { OrganisationNotificationSettings, UserNotificationSettings } from './notification-preferences';

/** An email address a message goes to, as the directory answers it (the notifier's MailAddress). */
export interface ChosenAddress {
  readonly email: string;
  readonly name: string;
  /** Gathered into the person's daily digest instead of sent at once. */
  readonly digest: boolean;
  /** The member it is sent to personally; null for the organisation's contact address. */
  readonly userId: string | null;
}

export interface MemberSettings {
  readonly userId: string;
  readonly role: MemberRole;
  readonly settings: UserNotificationSettings | null;
}

export interface OrganisationAudience {
  readonly organisationName: string;
  readonly contact: { readonly name: string | null; readonly email: string | null };
  readonly settings: OrganisationNotificationSettings | null;
  readonly members: readonly MemberSettings[];
}

/** The addresses a message of `eventType` to the organisation goes to, each email once (contact first). */
export function chooseOrganisationAddresses(
  audience: OrganisationAudience,
  eventType: OutboxEventType,
): ChosenAddress[] {
  const chosen: ChosenAddress[] = [];
  const seen = new Set<string>();
  const contactEmail = audience.contact.email?.trim().toLowerCase();
  if (contactEmail) {
    seen.add(contactEmail);
    chosen.push({
      email: contactEmail,
      name: audience.contact.name ?? audience.organisationName,
      digest: false,
      userId: null,
    });
  }
  const roles = rolesFor(audience.settings, eventType);
  for (const member of audience.members) {
    const email = member.settings?.email?.toLowerCase();
    if (!email || seen.has(email) || !roles.includes(member.role)) continue;
    const delivery = deliveryFor(member.settings, eventType);
    if (delivery === 'OFF') continue;
    seen.add(email);
    chosen.push({ email, name: email, digest: delivery === 'DAILY_DIGEST', userId: member.userId });
  }
  return chosen;
}
