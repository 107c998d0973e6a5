/**
 * The email an invitation sends (issue 19): the invitee is known by address only, so the outbox message
 * names them as an EMAIL recipient. Written in the invitation's own transaction; its id names the
 * invitation and when it was sent, so a re-sent invitation is a new message and a retried one is not.
 */
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { Invite } from '../../../kernel/domain/records';

const ROLE_WORDS: Readonly<Record<Invite['role'], string>> = {
  VIEWER: 'see its records',
  EDITOR: 'see and change its records',
  ADMIN: 'see and change its records and manage its members',
};

export function invitationMessage(
  invite: Invite,
  organisation: { readonly id: string; readonly name: string },
): OutboxMessage {
  const expires = invite.expiresAt.slice(0, 10);
  return {
    id: `invitation#${invite.organisationId}#${invite.email}#${invite.createdAt}`,
    eventType: 'organisation.invitation.sent',
    councilCode: null,
    statutoryRule: null,
    step: 'You are invited to join an organisation',
    about: organisation.name,
    text:
      `You are invited to join ${organisation.name} in the MASH Register as ${invite.role.toLowerCase()}, ` +
      `so that you can ${ROLE_WORDS[invite.role]}.\n\n` +
      `Sign in with this email address (${invite.email}) and accept the invitation by ${expires}; after that ` +
      'it lapses and the organisation must invite you again.',
    date: invite.createdAt.slice(0, 10),
    sender: 'MASH Register',
    recordUrl: null,
    recipients: [{ kind: 'EMAIL', email: invite.email, name: invite.email, role: 'INVITEE' }],
    webhookOrganisationIds: [organisation.id],
    // The invitee's address stays out of partners' webhooks: it is personal data of someone not yet a member.
    data: { organisationId: organisation.id, role: invite.role, expiresAt: invite.expiresAt },
    createdAt: invite.createdAt,
  };
}
