/**
 * The recipient directory that honours preferences (issue 19): an ORGANISATION recipient is its contact
 * address and the members its settings name for the event type (chooseOrganisationAddresses); an EMAIL
 * recipient is that address. Members are listed through the organisations register's store (a page of 100
 * at a time) and their settings read by key in one BatchGetItem per page. POST and PUBLIC recipients have no
 * address.
 */
import type { OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';
import type { MemberStore } from '../../organisations/domain/member-port';
import type { OrganisationStore } from '../../organisations/domain/organisation-port';
import type { MailAddress, RecipientDirectory } from '../domain/notifications-port';
import type { PreferencesStore } from '../domain/preferences-port';
import { chooseOrganisationAddresses } from '../domain/recipient-choice';
import type { MemberSettings } from '../domain/recipient-choice';

const MEMBERS_PER_PAGE = 100;

export interface PreferencesDirectoryDeps {
  readonly organisations: Pick<OrganisationStore, 'getOrganisation'>;
  readonly members: Pick<MemberStore, 'listMembers'>;
  readonly preferences: Pick<PreferencesStore, 'getUsersSettings' | 'getOrganisationSettings'>;
}

async function membersWithSettings(deps: PreferencesDirectoryDeps, organisationId: string) {
  const members: MemberSettings[] = [];
  let after: string | null = null;
  do {
    const page = await deps.members.listMembers(organisationId, { first: MEMBERS_PER_PAGE, after });
    const settings = await deps.preferences.getUsersSettings(page.edges.map((edge) => edge.node.userId));
    for (const { node } of page.edges) {
      members.push({ userId: node.userId, role: node.role, settings: settings.get(node.userId) ?? null });
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return members;
}

export function preferencesDirectory(deps: PreferencesDirectoryDeps): RecipientDirectory {
  return {
    async addressesFor(recipient: OutboxRecipient, message: OutboxMessage): Promise<readonly MailAddress[]> {
      if (recipient.kind === 'EMAIL') {
        return [{ email: recipient.email.toLowerCase(), name: recipient.name, digest: false, userId: null }];
      }
      if (recipient.kind !== 'ORGANISATION') return [];
      const [organisation, settings, members] = await Promise.all([
        deps.organisations.getOrganisation(recipient.organisationId),
        deps.preferences.getOrganisationSettings(recipient.organisationId),
        membersWithSettings(deps, recipient.organisationId),
      ]);
      if (!organisation) return [];
      return chooseOrganisationAddresses(
        {
          organisationName: organisation.name,
          contact: { name: organisation.contact.name, email: organisation.contact.email },
          settings,
          members,
        },
        message.eventType,
      );
    },
  };
}
