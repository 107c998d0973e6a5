/**
 * Issue 19, done when: an ACV case run through GraphQL reaches the people the statute names, once each,
 * through the path `npm start` runs (the table's stream, the local notifier, .eml files, real webhook
 * receivers). Every expected date below is worked out by hand from the case's fixed dates:
 *
 * - nominated 2026-11-23: decision due 8 weeks beginning with that day (reg 7) = 2027-01-17;
 * - listed 2026-12-14: listed for 5 years beginning with that day (s.87(3)) = until 2031-12-13; the owner may
 *   ask for a review within 8 weeks beginning with the listing notice (Sch 2) = by 2027-02-07;
 * - notice of disposal received 2027-01-11 (s.95(6)): interim moratorium 6 weeks beginning with it = until
 *   2027-02-21; full moratorium 6 months = until 2027-07-10; protected period 18 months = until 2028-07-10;
 * - bid request 2027-02-01, inside the interim moratorium: the full moratorium runs until 2027-07-10.
 */
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_DATES,
  NOMINATOR_NAME,
  OCCUPIER_EMAIL,
  OWNER_NAME,
  SITE,
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
const ACV_EVENTS = [
  'ACV_NOMINATION_RECEIVED',
  'ACV_ENTRY_LISTED',
  'ACV_NOMINATION_UNSUCCESSFUL',
  'ACV_REVIEW_DECIDED',
  'ACV_ENTRY_REMOVED',
  'ACV_MORATORIUM_STARTED',
  'ACV_BID_REQUESTED',
];

const OWNER_EMAIL = contactEmailOf(OWNER_NAME);
const NOMINATOR_EMAIL = contactEmailOf(NOMINATOR_NAME);
const ABOUT = `${SITE}, Albert Road, Cheltenham, GL52 3JE`;

// What each kind of notice says, by hand: its subject and the dates its text must give.
const NOMINATION = {
  subject: `Nomination as an asset of community value received: ${ABOUT}`,
  date: '2026-11-23',
  says: ['On 2026-11-23 the council received a nomination', 'The council will decide by 2027-01-17'],
};
const LISTING = {
  subject: `Listed as an asset of community value: ${ABOUT}`,
  date: '2026-12-14',
  says: ['list of assets of community value on 2026-12-14', 'listed until 2031-12-13', 'by 2027-02-07'],
};
const MORATORIUM = {
  subject: `Notice of intended disposal received: moratorium: ${ABOUT}`,
  date: '2027-01-11',
  says: [
    'received by the council on 2027-01-11',
    'potential bidder until 2027-02-21',
    'may not sell to anyone else until 2027-07-10',
    'protected period ends on 2028-07-10',
  ],
};
const BID = {
  subject: `Request to be treated as a potential bidder: ${ABOUT}`,
  date: '2027-02-01',
  says: ['asked in writing on 2027-02-01', 'The full moratorium therefore runs until 2027-07-10'],
};

interface Receiver {
  readonly url: string;
  readonly received: ReceivedHook[];
  close(): Promise<void>;
}

describe('an ACV case, end to end: GraphQL, the stream, the notifier, email and webhooks', () => {
  let t: TestApp;
  let world: CaseWorld;
  let emails: ParsedEmail[];
  let outbox: OutboxNotice[];
  let entryId = '';
  let councilHook: { receiver: Receiver; secret: string };
  let nominatorHook: { receiver: Receiver; secret: string };

  async function subscribe(organisationId: string, admin: { userId: string }) {
    const receiver = await startReceiver(() => 200);
    const { registerWebhookEndpoint } = await t.ok<{
      registerWebhookEndpoint: { endpoint: { id: string }; secret: string };
    }>(REGISTER, { input: { organisationId, url: receiver.url, eventTypes: ACV_EVENTS } }, admin);
    return { receiver, secret: registerWebhookEndpoint.secret };
  }

  beforeAll(async () => {
    t = await createTestApp({ stream: true });
    world = await createCaseWorld(t);
    councilHook = await subscribe(world.councilId, casePeople.councilAdmin);
    nominatorHook = await subscribe(world.nominatorId, casePeople.nominator);
    const { local, mailFolder } = await startCaseNotifier(t);
    try {
      entryId = (await runCase(t, world)).id;
      // Eight notices: 2 of the nomination, 3 of the listing, 2 of the moratorium, 1 of the bid request.
      outbox = await waitUntil(
        async () => {
          const notices = await readCaseOutbox(t);
          // Each notice's deliveries are written as they are made: 7 emails, the public notice, 8 posts to
          // the council's endpoint and 2 to the nominator's.
          const deliveries = notices.flatMap((notice) => notice.deliveries);
          const settled =
            deliveries.length === 18 &&
            deliveries.every((d) => d.state === 'SENT' || d.state === 'PUBLISHED_BY_COUNCIL');
          return notices.length === 8 && settled ? notices : undefined;
        },
        'every notice of the case delivered',
        { timeoutMs: 240_000, intervalMs: 250 },
      );
    } finally {
      // Stopped before counting: a batch still in hand finishes, so nothing arrives after the counts.
      await local.stop();
    }
    emails = await readMailFolder(mailFolder);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([councilHook?.receiver.close(), nominatorHook?.receiver.close()]);
  });

  function mailsTo(address: string) {
    return emails.filter((email) => email.to === address);
  }

  function expectNotice(mail: ParsedEmail | undefined, expected: typeof NOMINATION) {
    expect(mail?.subject).toBe(expected.subject);
    expect(mail?.text).toContain(`Date of this notice: ${expected.date}`);
    for (const phrase of expected.says) expect(mail?.text.replace(/\s+/g, ' ')).toContain(phrase);
  }

  it('emails the owner the nomination, the listing and the bid request, once each', () => {
    const mails = mailsTo(OWNER_EMAIL);
    expect(mails.map((mail) => mail.subject).sort()).toEqual(
      [NOMINATION.subject, LISTING.subject, BID.subject].sort(),
    );
    expectNotice(
      mails.find((mail) => mail.subject === NOMINATION.subject),
      NOMINATION,
    );
    expectNotice(
      mails.find((mail) => mail.subject === LISTING.subject),
      LISTING,
    );
    expectNotice(
      mails.find((mail) => mail.subject === BID.subject),
      BID,
    );
  });

  it('emails the occupier the nomination and the listing, once each', () => {
    const mails = mailsTo(OCCUPIER_EMAIL);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([NOMINATION.subject, LISTING.subject].sort());
    expectNotice(
      mails.find((mail) => mail.subject === NOMINATION.subject),
      NOMINATION,
    );
    expectNotice(
      mails.find((mail) => mail.subject === LISTING.subject),
      LISTING,
    );
    expect(mails.every((mail) => mail.text.includes('Dear Jo Bloggs'))).toBe(true);
  });

  it('emails the nominator the listing and the moratorium, once each', () => {
    const mails = mailsTo(NOMINATOR_EMAIL);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([LISTING.subject, MORATORIUM.subject].sort());
    expectNotice(
      mails.find((mail) => mail.subject === LISTING.subject),
      LISTING,
    );
    expectNotice(
      mails.find((mail) => mail.subject === MORATORIUM.subject),
      MORATORIUM,
    );
  });

  it('emails nobody else: seven emails in all, none to the bidder', () => {
    expect(emails.map((email) => email.to).sort()).toEqual(
      [
        OWNER_EMAIL,
        OWNER_EMAIL,
        OWNER_EMAIL,
        OCCUPIER_EMAIL,
        OCCUPIER_EMAIL,
        NOMINATOR_EMAIL,
        NOMINATOR_EMAIL,
      ].sort(),
    );
  });

  it("shows every notice in the council's outbox as sent, the public notice as the council's to publish", () => {
    const summary = outbox
      .map((notice) => ({
        kind: notice.kind,
        role: notice.recipientRole,
        date: notice.date,
        deliveries: notice.deliveries
          .map((d) => `${d.channel} ${d.state}${d.channel === 'EMAIL' ? ` ${d.address ?? ''}` : ''}`)
          .sort(),
      }))
      .sort((a, b) => (`${a.date} ${a.kind} ${a.role}` < `${b.date} ${b.kind} ${b.role}` ? -1 : 1));
    // Every notice goes to the council's endpoint too; the nominator's endpoint hears of the nominator's.
    expect(summary).toEqual([
      {
        kind: 'NOMINATION_RECEIVED',
        role: 'OCCUPIER',
        date: CASE_DATES.nominated,
        deliveries: [`EMAIL SENT ${OCCUPIER_EMAIL}`, 'WEBHOOK SENT'],
      },
      {
        kind: 'NOMINATION_RECEIVED',
        role: 'OWNER',
        date: CASE_DATES.nominated,
        deliveries: [`EMAIL SENT ${OWNER_EMAIL}`, 'WEBHOOK SENT'],
      },
      {
        kind: 'LISTING',
        role: 'NOMINATOR',
        date: CASE_DATES.listed,
        deliveries: [`EMAIL SENT ${NOMINATOR_EMAIL}`, 'WEBHOOK SENT', 'WEBHOOK SENT'],
      },
      {
        kind: 'LISTING',
        role: 'OCCUPIER',
        date: CASE_DATES.listed,
        deliveries: [`EMAIL SENT ${OCCUPIER_EMAIL}`, 'WEBHOOK SENT'],
      },
      {
        kind: 'LISTING',
        role: 'OWNER',
        date: CASE_DATES.listed,
        deliveries: [`EMAIL SENT ${OWNER_EMAIL}`, 'WEBHOOK SENT'],
      },
      {
        kind: 'MORATORIUM',
        role: 'NOMINATOR',
        date: CASE_DATES.disposalNoticeReceived,
        deliveries: [`EMAIL SENT ${NOMINATOR_EMAIL}`, 'WEBHOOK SENT', 'WEBHOOK SENT'],
      },
      {
        kind: 'MORATORIUM_PUBLICITY',
        role: 'PUBLIC',
        date: CASE_DATES.disposalNoticeReceived,
        deliveries: ['PUBLIC PUBLISHED_BY_COUNCIL', 'WEBHOOK SENT'],
      },
      {
        kind: 'BID_REQUEST',
        role: 'OWNER',
        date: CASE_DATES.bidRequested,
        deliveries: [`EMAIL SENT ${OWNER_EMAIL}`, 'WEBHOOK SENT'],
      },
    ]);
    const sent = outbox.flatMap((notice) => notice.deliveries).filter((d) => d.state === 'SENT');
    expect(sent.every((d) => d.attempts === 1 && d.sentAt !== null)).toBe(true);
  });

  it("keeps a notice's deliveries from anyone but the council's officers", async () => {
    const result = await t.run(
      /* GraphQL */ `
        query ($id: ID!) {
          assetOfCommunityValue(id: $id) {
            notices(first: 1) {
              edges {
                node {
                  deliveries {
                    state
                  }
                }
              }
            }
          }
        }
      `,
      { id: entryId },
      casePeople.nominator,
    );

    const refusal = result.errors?.find((error) => error.path?.at(-1) === 'deliveries');
    expect(refusal?.extensions?.['code']).toBe('FORBIDDEN');
  });

  function verified(hooks: readonly ReceivedHook[], secret: string) {
    const verifier = new Webhook(secret);
    return hooks.map((hook) => {
      const payload = verifier.verify(hook.body, {
        'webhook-id': String(hook.headers['webhook-id']),
        'webhook-timestamp': String(hook.headers['webhook-timestamp']),
        'webhook-signature': String(hook.headers['webhook-signature']),
      }) as { type: string; data: { noticeId: string; kind: string; recipientRole: string; date: string } };
      return { id: String(hook.headers['webhook-id']), ...payload };
    });
  }

  it("posts every notice to the council's endpoint once, each signature verified by standardwebhooks", () => {
    const events = verified(councilHook.receiver.received, councilHook.secret);

    expect(events).toHaveLength(8);
    expect(new Set(events.map((event) => event.id)).size).toBe(8);
    expect(events.map((event) => event.data.noticeId).sort()).toEqual(
      outbox.map((notice) => notice.id).sort(),
    );
    expect(
      events.map((event) => `${event.type} ${event.data.recipientRole} ${event.data.date}`).sort(),
    ).toEqual(
      [
        'acv.nomination.received OWNER 2026-11-23',
        'acv.nomination.received OCCUPIER 2026-11-23',
        'acv.entry.listed OWNER 2026-12-14',
        'acv.entry.listed OCCUPIER 2026-12-14',
        'acv.entry.listed NOMINATOR 2026-12-14',
        'acv.moratorium.started NOMINATOR 2027-01-11',
        'acv.moratorium.started PUBLIC 2027-01-11',
        'acv.bid.requested OWNER 2027-02-01',
      ].sort(),
    );
    // The webhook-id is the delivery the outbox shows.
    const webhookDeliveries = new Set(
      outbox.flatMap((notice) => notice.deliveries.filter((d) => d.channel === 'WEBHOOK').map((d) => d.id)),
    );
    expect(events.every((event) => webhookDeliveries.has(event.id))).toBe(true);
  });

  it("posts the nominator's own notices to its endpoint once each, signed with its own secret", () => {
    const events = verified(nominatorHook.receiver.received, nominatorHook.secret);

    expect(events.map((event) => `${event.type} ${event.data.recipientRole}`).sort()).toEqual([
      'acv.entry.listed NOMINATOR',
      'acv.moratorium.started NOMINATOR',
    ]);
    expect(() => verified(nominatorHook.receiver.received, councilHook.secret)).toThrow();
  });
});
