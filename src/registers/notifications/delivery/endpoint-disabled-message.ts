/** The outbox message that tells an organisation's admins one of its webhook endpoints was disabled. */
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { WebhookEndpoint } from '../domain/webhook-endpoint';

/**
 * The message for an endpoint disabled at `at`: its id names the endpoint and the version that was
 * disabled, so however often the disabling is retried it is written once, and a later disabling (after the
 * admin enabled it again) is a new message.
 */
export function endpointDisabledMessage(
  before: WebhookEndpoint,
  after: WebhookEndpoint,
  at: string,
): OutboxMessage {
  return {
    id: `webhook-disabled#${before.id}#${before.version}`,
    eventType: 'webhook.endpoint.disabled',
    councilCode: null,
    statutoryRule: null,
    step: 'Webhook endpoint disabled',
    about: after.description ? `${after.description} (${after.url})` : after.url,
    text: [
      `Dear admin,`,
      `The MASH Register stopped sending events to your webhook endpoint ${after.url}. ${after.disabledReason ?? ''}`.trim(),
      'Events recorded while it is disabled are not sent to it. When the receiver works again, enable the ' +
        'endpoint (updateWebhookEndpoint with enabled: true); new events are then sent to it.',
    ].join('\n\n'),
    date: at.slice(0, 10),
    sender: 'MASH Register',
    recordUrl: null,
    recipients: [
      {
        kind: 'ORGANISATION',
        organisationId: after.organisationId,
        name: 'Webhook endpoint admins',
        role: 'admins of the webhook endpoint',
      },
    ],
    webhookOrganisationIds: [after.organisationId],
    data: { endpointId: after.id, organisationId: after.organisationId, url: after.url },
    createdAt: at,
  };
}
