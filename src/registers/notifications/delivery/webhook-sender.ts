/**
 * One attempt at delivering a webhook: a signed POST to the endpoint, connecting only to a public address
 * (checked at connect time), with no redirect followed and a deadline. The answer is the attempt's outcome
 * for the delivery log; what happens next (a retry, disabling the endpoint) is decided from it by the
 * retry schedule (domain/webhook-retries.ts).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isDelivered } from '../domain/webhook-retries';
import { checkWebhookUrl } from '../domain/webhook-url';
import type { WebhookUrlPolicy } from '../domain/webhook-url';
import { publicOnlyLookup, systemResolveAll } from './public-lookup';
import type { ResolveAll } from './public-lookup';
import { webhookHeaders } from './webhook-signature';

export interface WebhookAttempt {
  readonly url: string;
  /** The endpoint's current secrets, newest first (two while one is rotated). */
  readonly secrets: readonly string[];
  /** The event's id: the same on every attempt, so a receiver drops a duplicate. */
  readonly eventId: string;
  readonly body: string;
  readonly at: Date;
}

export interface WebhookOutcome {
  readonly delivered: boolean;
  /** The receiver's HTTP status; null when there was no answer (refused address, network error, timeout). */
  readonly status: number | null;
  /** Why it failed, for the delivery log (never the receiver's body beyond its first 200 characters). */
  readonly error: string | null;
  readonly durationMs: number;
}

export interface WebhookSenderOptions {
  readonly policy: WebhookUrlPolicy;
  /** How long an attempt may take in all, connection included. */
  readonly timeoutMs?: number;
  readonly resolveAll?: ResolveAll;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const USER_AGENT = 'MASH-Register-Webhooks/1';

/** Sends one attempt; never throws (every failure is an outcome). */
export function sendWebhook(attempt: WebhookAttempt, options: WebhookSenderOptions): Promise<WebhookOutcome> {
  const started = performance.now();
  const outcome = (status: number | null, error: string | null): WebhookOutcome => ({
    delivered: error === null && isDelivered(status),
    status,
    error: error ?? (isDelivered(status) ? null : `the receiver answered ${status ?? 'nothing'}`),
    durationMs: Math.round(performance.now() - started),
  });
  const problem = checkWebhookUrl(attempt.url, options.policy);
  if (problem) return Promise.resolve(outcome(null, `the endpoint URL ${problem}`));
  const url = new URL(attempt.url);
  const headers = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    ...webhookHeaders(
      attempt.secrets,
      attempt.eventId,
      Math.floor(attempt.at.getTime() / 1000),
      attempt.body,
    ),
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: WebhookOutcome) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const sent = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(attempt.body) },
        lookup: publicOnlyLookup(options.policy, options.resolveAll ?? systemResolveAll),
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      },
      (response) => {
        // The body is not needed beyond a hint for the log; a redirect's Location is never followed.
        let hint = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (hint.length < 200) hint += chunk.slice(0, 200 - hint.length);
        });
        response.on('end', () => {
          const status = response.statusCode ?? null;
          const error = isDelivered(status)
            ? null
            : `the receiver answered ${status ?? 'nothing'}${hint ? `: ${hint.trim()}` : ''}`;
          finish(outcome(status, error));
        });
        response.on('error', (error) => finish(outcome(response.statusCode ?? null, error.message)));
      },
    );
    sent.on('timeout', () =>
      sent.destroy(new Error(`no answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`)),
    );
    sent.on('error', (error) => finish(outcome(null, error.message)));
    sent.end(attempt.body);
  });
}
