/**
 * A partner's webhook endpoint: an organisation's admin registers an HTTPS URL and the event types it wants;
 * each delivery is signed with the endpoint's secret. Pure rules: which events exist, how a secret is rotated
 * (the old one keeps signing for a day so the partner can deploy the new one), and when repeated failure
 * disables the endpoint.
 */
import { OUTBOX_EVENT_TYPES } from '../../../kernel/domain/outbox';
import type { OutboxEventType } from '../../../kernel/domain/outbox';
import type { NoticeKindName } from './notice-kinds';

/** The events a partner may subscribe to, by register: the outbox's event types (kernel/domain/outbox.ts). */
export const WEBHOOK_EVENT_TYPES = OUTBOX_EVENT_TYPES;
export type WebhookEventType = OutboxEventType;

/** The event an ACV notice of each kind is published as (the public's notice is the moratorium's event). */
export const ACV_NOTICE_EVENTS: Readonly<Record<NoticeKindName, WebhookEventType>> = {
  NOMINATION_RECEIVED: 'acv.nomination.received',
  LISTING: 'acv.entry.listed',
  UNSUCCESSFUL_NOMINATION: 'acv.nomination.unsuccessful',
  REVIEW_DECISION: 'acv.review.decided',
  REMOVAL: 'acv.entry.removed',
  MORATORIUM: 'acv.moratorium.started',
  MORATORIUM_PUBLICITY: 'acv.moratorium.started',
  BID_REQUEST: 'acv.bid.requested',
};

export type WebhookEndpointStatus = 'ACTIVE' | 'DISABLED';

/** A secret the endpoint signs with; a rotated-out secret signs until `retiresAt`. */
export interface WebhookSecret {
  readonly secret: string;
  readonly createdAt: string;
  readonly retiresAt: string | null;
}

export interface WebhookEndpoint {
  readonly id: string;
  readonly organisationId: string;
  readonly url: string;
  readonly eventTypes: readonly WebhookEventType[];
  readonly description: string | null;
  readonly secrets: readonly WebhookSecret[];
  readonly status: WebhookEndpointStatus;
  readonly disabledReason: string | null;
  /** Deliveries that used up every retry since the last success: a run of them disables the endpoint. */
  readonly consecutiveFailures: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** How long a rotated-out secret keeps signing, beside the new one. */
export const SECRET_OVERLAP_HOURS = 24;

/** A delivery whose retries (over 24 hours) all failed disables the endpoint: the partner is told and re-enables it. */
export const FAILED_DELIVERIES_BEFORE_DISABLING = 1;

export function createWebhookEndpoint(
  id: string,
  organisationId: string,
  fields: {
    readonly url: string;
    readonly eventTypes: readonly WebhookEventType[];
    readonly description: string | null;
  },
  secret: string,
  at: string,
): WebhookEndpoint {
  return {
    id,
    organisationId,
    url: fields.url,
    eventTypes: uniqueEventTypes(fields.eventTypes),
    description: fields.description,
    secrets: [{ secret, createdAt: at, retiresAt: null }],
    status: 'ACTIVE',
    disabledReason: null,
    consecutiveFailures: 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The event types in catalogue order, each once (the order a partner sees them in). */
export function uniqueEventTypes(types: readonly WebhookEventType[]): WebhookEventType[] {
  return WEBHOOK_EVENT_TYPES.filter((type) => types.includes(type));
}

/**
 * A new secret for the endpoint: it signs from now on, and the current one keeps signing beside it for
 * SECRET_OVERLAP_HOURS; any secret already retired by `at` is dropped.
 */
export function rotateSecret(endpoint: WebhookEndpoint, secret: string, at: string): WebhookEndpoint {
  const retiresAt = new Date(Date.parse(at) + SECRET_OVERLAP_HOURS * 3_600_000).toISOString();
  const kept = signingSecrets(endpoint, at).map((current) => ({
    ...current,
    retiresAt: current.retiresAt ?? retiresAt,
  }));
  return { ...endpoint, secrets: [{ secret, createdAt: at, retiresAt: null }, ...kept] };
}

/** The secrets that sign a delivery made at `at`, newest first. */
export function signingSecrets(endpoint: WebhookEndpoint, at: string): WebhookSecret[] {
  return endpoint.secrets.filter((secret) => secret.retiresAt === null || secret.retiresAt > at);
}

/** True when the endpoint wants events of this type. */
export function isSubscribed(endpoint: WebhookEndpoint, type: WebhookEventType): boolean {
  return endpoint.status === 'ACTIVE' && endpoint.eventTypes.includes(type);
}

/**
 * The endpoint after a delivery ended: a success clears the run of failures; a delivery that used up its
 * retries counts one, and enough of them disable the endpoint, saying why (its admins are then told).
 */
export function afterDelivery(
  endpoint: WebhookEndpoint,
  ended: { readonly delivered: boolean; readonly lastError: string | null },
): WebhookEndpoint {
  if (ended.delivered)
    return endpoint.consecutiveFailures === 0 ? endpoint : { ...endpoint, consecutiveFailures: 0 };
  const consecutiveFailures = endpoint.consecutiveFailures + 1;
  if (consecutiveFailures < FAILED_DELIVERIES_BEFORE_DISABLING) return { ...endpoint, consecutiveFailures };
  return {
    ...endpoint,
    consecutiveFailures,
    status: 'DISABLED',
    disabledReason:
      'Every attempt to deliver an event failed for more than 24 hours' +
      (ended.lastError ? ` (last: ${ended.lastError})` : '') +
      '; check the endpoint and enable it again.',
  };
}

/** Enabling a disabled endpoint again (its admin fixed it): the run of failures starts over. */
export function enableEndpoint(endpoint: WebhookEndpoint): WebhookEndpoint {
  return { ...endpoint, status: 'ACTIVE', disabledReason: null, consecutiveFailures: 0 };
}

/** The endpoint as its audit events record it: the secrets never leave the endpoint's own item. */
export function withoutSecrets(endpoint: WebhookEndpoint): Omit<WebhookEndpoint, 'secrets'> & {
  readonly signingSecretCount: number;
} {
  const { secrets, ...rest } = endpoint;
  return { ...rest, signingSecretCount: secrets.length };
}

/** The fields an admin edits (undefined: unchanged). */
export interface WebhookEndpointEdit {
  readonly url?: string;
  readonly eventTypes?: readonly WebhookEventType[];
  readonly description?: string | null;
  readonly enabled?: boolean;
}

/** The endpoint after its admin's edit; enabling a disabled endpoint starts its failures over. */
export function editEndpoint(endpoint: WebhookEndpoint, edit: WebhookEndpointEdit): WebhookEndpoint {
  const edited: WebhookEndpoint = {
    ...endpoint,
    ...(edit.url !== undefined ? { url: edit.url } : {}),
    ...(edit.eventTypes !== undefined ? { eventTypes: uniqueEventTypes(edit.eventTypes) } : {}),
    ...(edit.description !== undefined ? { description: edit.description } : {}),
  };
  if (edit.enabled === true && edited.status === 'DISABLED') return enableEndpoint(edited);
  if (edit.enabled === false && edited.status === 'ACTIVE') {
    return { ...edited, status: 'DISABLED', disabledReason: 'Disabled by an admin of the organisation' };
  }
  return edited;
}
