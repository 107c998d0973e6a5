/**
 * Issue 19, done when: the whole delivery path holds under failure. The same ACV case as the end-to-end test
 * runs while the stream handler's every third batch fails after it ran (a Lambda that timed out after
 * sending: the batch comes again), with three webhook receivers: the council's, which works; the owner's,
 * which answers 500 five times and then 200; the nominator's, which always fails. The webhook retries follow
 * the real schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h): the test runs the retry queue with a `now`
 * a day and a half ahead instead of waiting for it, and the local poller is kept out of the way.
 */
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOMINATOR_NAME,
  OCCUPIER_EMAIL,
  OWNER_NAME,
  casePeople,
  createCaseWorld,
  readCaseOutbox,
  readMailFolder,
  runCase,
  startCaseNotifier,
} from '../support/acv-notice-case';
import type { CaseWorld, OutboxNotice, ParsedEmail } from '../support/acv-notice-case';
import { contactEmailOf } from '../support/fixtures';
import { startReceiver } from '../support/notifier-harness';
import type { ReceivedHook } from '../support/notifier-harness';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      endpoint {
        id
      }
      secret
    }
  }
`;
const ENDPOINTS = /* GraphQL */ `
  query ($organisationId: ID!) {
    webhookEndpoints(organisationId: $organisationId, first: 10) {
      edges {
        node {
          id
          status
          disabledReason
        }
      }
    }
  }
`;
const ALL_ACV_EVENTS = [
  'ACV_NOMINATION_RECEIVED',
  'ACV_ENTRY_LISTED',
  'ACV_MORATORIUM_STARTED',
  'ACV_BID_REQUESTED',
];
const OWNER_EMAIL = contactEmailOf(OWNER_NAME);
const NOMINATOR_EMAIL = contactEmailOf(NOMINATOR_NAME);
/** Far enough ahead that every retry of the real schedule (27 h 35 min at most, jitter included) is due. */
const A_DAY_AND_A_HALF_MS = 36 * 3600 * 1000;

interface Hook {
  readonly receiver: { url: string; received: ReceivedHook[]; close(): Promise<void> };
  readonly secret: string;
  readonly endpointId: string;
}

describe('notices under failure: replayed stream batches, a flaky receiver, a dead one', () => {
  let t: TestApp;
  let world: CaseWorld;
  let council: Hook;
  let flakyOwner: Hook;
  let deadNominator: Hook;
  let emails: ParsedEmail[];
  let outbox: OutboxNotice[];
  let stream: { batches: number; failedBatches: number };
  const notifierLog: string[] = [];

  async function subscribe(
    organisationId: string,
    admin: { userId: string },
    eventTypes: readonly string[],
    statusFor: (n: number) => number,
  ): Promise<Hook> {
    const receiver = await startReceiver(statusFor);
    const { registerWebhookEndpoint } = await t.ok<{
      registerWebhookEndpoint: { endpoint: { id: string }; secret: string };
    }>(REGISTER, { input: { organisationId, url: receiver.url, eventTypes } }, admin);
    return {
      receiver,
      secret: registerWebhookEndpoint.secret,
      endpointId: registerWebhookEndpoint.endpoint.id,
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ stream: true });
    world = await createCaseWorld(t);
    council = await subscribe(world.councilId, casePeople.councilAdmin, ALL_ACV_EVENTS, () => 200);
    // The owner hears of the bid request only: one event, answered 500 five times, then 200.
    flakyOwner = await subscribe(world.ownerId, casePeople.owner, ['ACV_BID_REQUESTED'], (n) =>
      n <= 5 ? 500 : 200,
    );
    // The nominator hears of the moratorium only, at an endpoint that never works.
    deadNominator = await subscribe(
      world.nominatorId,
      casePeople.nominator,
      ['ACV_MORATORIUM_STARTED'],
      () => 500,
    );

    const { local, mailFolder } = await startCaseNotifier(t, {
      // Small batches, so the case's records come in many of them; every third fails after it ran.
      batchSize: 3,
      failBatch: (n) => n % 3 === 0,
      // The retries are run below, with the schedule's `now`; the poller would only run the first (5 s).
      retryPollMs: 3_600_000,
      log: (line) => notifierLog.push(line),
    });
    try {
      await runCase(t, world);
      const retriesAhead = () => local.notifier.runDueRetries(new Date(Date.now() + A_DAY_AND_A_HALF_MS));
      await waitUntil(
        async () => {
          await retriesAhead();
          const notices = await readCaseOutbox(t);
          const deliveries = notices.flatMap((notice) => notice.deliveries);
          // 7 emails, the public notice, 8 to the council's endpoint, 1 to the owner's, 1 to the nominator's.
          const settled =
            deliveries.length === 18 &&
            deliveries.every((d) => ['SENT', 'PUBLISHED_BY_COUNCIL', 'FAILED'].includes(d.state));
          return notices.length === 8 && settled ? (outbox = notices) : undefined;
        },
        'every delivery of the case settled',
        { timeoutMs: 300_000, intervalMs: 250 },
      );
      // The disabling's message to the nominator's admins goes through the outbox and the stream too.
      await waitUntil(
        async () =>
          (await retriesAhead()) >= 0 &&
          (await readMailFolder(mailFolder)).some((mail) =>
            mail.subject.startsWith('Webhook endpoint disabled'),
          ),
        "the email telling the nominator's admins",
        { timeoutMs: 120_000 },
      );
    } catch (error) {
      // What the notifier logged (failed batches, failed reads) says why a wait ran out.
      throw new Error(`${String(error)}\nThe notifier logged:\n${notifierLog.slice(-40).join('\n')}`, {
        cause: error,
      });
    } finally {
      await local.stop();
    }
    stream = local.stream.stats;
    emails = await readMailFolder(mailFolder);
  }, 480_000);

  afterAll(async () => {
    await Promise.all([council, flakyOwner, deadNominator].map((hook) => hook?.receiver.close()));
  });

  function verified(hook: Hook) {
    const verifier = new Webhook(hook.secret);
    return hook.receiver.received.map((received) => {
      const payload = verifier.verify(received.body, {
        'webhook-id': String(received.headers['webhook-id']),
        'webhook-timestamp': String(received.headers['webhook-timestamp']),
        'webhook-signature': String(received.headers['webhook-signature']),
      }) as { type: string; data: { noticeId: string } };
      return { id: String(received.headers['webhook-id']), ...payload };
    });
  }

  it('failed a third of the stream batches, so records were handled again', () => {
    expect(stream.failedBatches).toBeGreaterThanOrEqual(2);
    expect(stream.failedBatches).toBe(Math.floor(stream.batches / 3));
  });

  it('still emails each statutory notice once per recipient', () => {
    const statutory = emails.filter((mail) => !mail.subject.startsWith('Webhook endpoint disabled'));
    const byRecipient = (address: string) =>
      statutory
        .filter((mail) => mail.to === address)
        .map((mail) => mail.subject.split(':')[0])
        .sort();
    expect(byRecipient(OWNER_EMAIL)).toEqual([
      'Listed as an asset of community value',
      'Nomination as an asset of community value received',
      'Request to be treated as a potential bidder',
    ]);
    expect(byRecipient(OCCUPIER_EMAIL)).toEqual([
      'Listed as an asset of community value',
      'Nomination as an asset of community value received',
    ]);
    expect(byRecipient(NOMINATOR_EMAIL)).toEqual([
      'Listed as an asset of community value',
      'Notice of intended disposal received',
    ]);
    expect(statutory).toHaveLength(7);
  });

  it("posts each notice to the council's working endpoint exactly once, signed", () => {
    const events = verified(council);

    expect(events).toHaveLength(8);
    expect(new Set(events.map((event) => event.id)).size).toBe(8);
    expect(events.map((event) => event.data.noticeId).sort()).toEqual(
      outbox.map((notice) => notice.id).sort(),
    );
  });

  it('gets the bid request to the flaky endpoint on the sixth attempt, the same signed event each time', () => {
    const events = verified(flakyOwner);

    expect(events).toHaveLength(6);
    expect(new Set(events.map((event) => event.id)).size).toBe(1);
    expect(events.every((event) => event.type === 'acv.bid.requested')).toBe(true);
    const bid = outbox.find((notice) => notice.kind === 'BID_REQUEST');
    const delivery = bid?.deliveries.find((d) => d.id === events[0]?.id);
    expect(delivery).toMatchObject({ channel: 'WEBHOOK', state: 'SENT', attempts: 6 });
  });

  it('tries the dead endpoint eight times (the first and seven retries), then disables it', async () => {
    const events = verified(deadNominator);

    expect(events).toHaveLength(8);
    expect(new Set(events.map((event) => event.id)).size).toBe(1);
    const moratorium = outbox.find((notice) => notice.kind === 'MORATORIUM');
    expect(moratorium?.deliveries.find((d) => d.id === events[0]?.id)).toMatchObject({
      channel: 'WEBHOOK',
      state: 'FAILED',
      attempts: 8,
    });
    const { webhookEndpoints } = await t.ok<{
      webhookEndpoints: { edges: { node: { id: string; status: string; disabledReason: string | null } }[] };
    }>(ENDPOINTS, { organisationId: world.nominatorId }, casePeople.nominator);
    const endpoint = webhookEndpoints.edges.find((edge) => edge.node.id === deadNominator.endpointId)?.node;
    expect(endpoint?.status).toBe('DISABLED');
    expect(endpoint?.disabledReason).toBeTruthy();
  });

  it("tells the dead endpoint's organisation by email, once", () => {
    const told = emails.filter((mail) => mail.subject.startsWith('Webhook endpoint disabled'));

    expect(told.map((mail) => mail.to)).toEqual([NOMINATOR_EMAIL]);
    expect(told[0]?.subject).toContain(deadNominator.receiver.url);
    expect(told[0]?.text).toContain(
      `stopped sending events to your webhook endpoint ${deadNominator.receiver.url}`,
    );
  });
});
