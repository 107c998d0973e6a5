/**
 * Receiving the register's webhooks: a request handler in the Fetch API's shape (`Request` in, `Response`
 * out), so it runs as a Next.js route handler, a Cloudflare or Deno worker, or under Node's own server.
 *
 * Every delivery is signed as the Standard Webhooks specification says, and the `standardwebhooks` package
 * checks it: the signature over `<webhook-id>.<webhook-timestamp>.<body>` with the endpoint's secret, and a
 * timestamp within five minutes (so a recorded delivery cannot be replayed later). While a secret is being
 * rotated the register signs with both; pass both until the old one retires.
 *
 * The register delivers at least once and retries for over a day, so the same event may arrive again (the
 * same `webhook-id` every time): remember the ids you have handled and answer 2xx to a repeat. Answer 2xx
 * quickly and do slow work afterwards; anything else (4xx, 5xx, no answer in 10 seconds) is retried.
 */
import { Webhook } from 'standardwebhooks';

/** The body of every delivery. */
export interface RegisterEvent {
  /** The event type, such as `acv.entry.listed` or `colocation.interest.expressed`. */
  readonly type: string;
  /** When the event happened (ISO 8601). */
  readonly timestamp: string;
  /** The record's identifiers and the facts to act on; fetch the record by id for the rest. */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface WebhookReceiverOptions {
  /** The endpoint's signing secrets (`whsec_...`): the current one, and the previous one during a rotation. */
  readonly secrets: readonly string[];
  /** Records an event id as handled; false when it already was (use your database's unique key). */
  readonly firstSighting: (webhookId: string) => Promise<boolean>;
  /** Acts on a verified event once. A throw answers 500, so the register tries again later. */
  readonly handle: (event: RegisterEvent, webhookId: string) => Promise<void>;
}

export function createWebhookReceiver(
  options: WebhookReceiverOptions,
): (request: Request) => Promise<Response> {
  const verifiers = options.secrets.map((secret) => new Webhook(secret));
  return async (request) => {
    if (request.method !== 'POST') return new Response(null, { status: 405 });
    const body = await request.text();
    const headers = {
      'webhook-id': request.headers.get('webhook-id') ?? '',
      'webhook-timestamp': request.headers.get('webhook-timestamp') ?? '',
      'webhook-signature': request.headers.get('webhook-signature') ?? '',
    };
    const event = verifyWithAny(verifiers, body, headers);
    // Not signed by the register (or too old): refuse, and never act on its content.
    if (!event) return new Response('invalid signature', { status: 400 });
    if (!(await options.firstSighting(headers['webhook-id']))) return new Response(null, { status: 204 });
    await options.handle(event, headers['webhook-id']);
    return new Response(null, { status: 204 });
  };
}

function verifyWithAny(
  verifiers: readonly Webhook[],
  body: string,
  headers: Record<string, string>,
): RegisterEvent | null {
  for (const verifier of verifiers) {
    try {
      return verifier.verify(body, headers) as RegisterEvent;
    } catch {
      // Signed with another of the secrets, or not at all: try the next one.
    }
  }
  return null;
}
