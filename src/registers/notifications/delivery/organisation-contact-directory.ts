/**
 * The default RecipientDirectory: an organisation is its contact address (as its admins keep it in the
 * register), an email recipient is that address. No address is an empty answer: the notifier records the
 * delivery FAILED ("no contact email") so the council's officers see that the notice was not emailed.
 * The preferences-aware directory (issue 19, reminders) adds the members an organisation's settings name.
 */
import type { OutboxRecipient } from '../../../kernel/domain/outbox';
import type { OrganisationStore } from '../../organisations/domain/organisation-port';
import type { MailAddress, RecipientDirectory } from '../domain/notifications-port';

export function organisationContactDirectory(
  organisations: Pick<OrganisationStore, 'getOrganisation'>,
): RecipientDirectory {
  return {
    async addressesFor(recipient: OutboxRecipient): Promise<readonly MailAddress[]> {
      if (recipient.kind === 'EMAIL') {
        return [{ email: recipient.email, name: recipient.name, digest: false, userId: null }];
      }
      if (recipient.kind !== 'ORGANISATION') return [];
      const organisation = await organisations.getOrganisation(recipient.organisationId);
      const email = organisation?.contact.email?.trim();
      if (!organisation || !email) return [];
      return [
        {
          email,
          name: organisation.contact.name ?? organisation.name,
          digest: false,
          userId: null,
        },
      ];
    },
  };
}
