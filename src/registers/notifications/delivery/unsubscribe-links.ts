/**
 * The link that stops a kind of message for an address (non-statutory mail only): the preferences page with
 * the event type, the address and an HMAC over both, so a link can stop only what it was sent for. The page
 * itself belongs to the preferences (issue 19, reminders), which verify the token with the same key.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import type { MailAddress } from '../domain/notifications-port';

export type UnsubscribeLinks = (address: MailAddress, message: OutboxMessage) => string;

function tokenFor(key: string, email: string, eventType: string): string {
  return createHmac('sha256', `unsubscribe:${key}`)
    .update(`${email.toLowerCase()}\n${eventType}`)
    .digest('base64url');
}

/** Links under `baseUrl` signed with `key`. */
export function signedUnsubscribeLinks(baseUrl: string, key: string): UnsubscribeLinks {
  return (address, message) => {
    const url = new URL('/preferences/unsubscribe', baseUrl);
    url.searchParams.set('event', message.eventType);
    url.searchParams.set('email', address.email);
    url.searchParams.set('token', tokenFor(key, address.email, message.eventType));
    return url.toString();
  };
}

/** True when `token` is the one `signedUnsubscribeLinks` gave for this address and event type. */
export function isUnsubscribeToken(key: string, email: string, eventType: string, token: string): boolean {
  const expected = Buffer.from(tokenFor(key, email, eventType));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
