import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ORGANISATION, contactEmailOf, createCharity } from '../support/fixtures';
import { createNotifierHarness, outboxMessage } from '../support/notifier-harness';
import type { NotifierHarness } from '../support/notifier-harness';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const admin = { userId: 'mail-admin' };

describe('the notifier, by email', () => {
  let api: TestApp;
  let harness: NotifierHarness;
  let trustId = '';
  let noContactId = '';

  beforeAll(async () => {
    api = await createTestApp();
    harness = await createNotifierHarness(api);
    trustId = (await createCharity(api, admin, 'Red Lion Trust')).id;
    const { createOrganisation } = await api.ok<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      {
        input: {
          kind: 'CHARITY',
          name: 'Quiet Group',
          charityNumber: '7654321',
          councilAreas: ['E07000078'],
        },
      },
      admin,
    );
    noContactId = createOrganisation.id;
  });

  it('emails each recipient once, records post and publicity for the council, and says why none went', async () => {
    const message = outboxMessage({
      recipients: [
        { kind: 'ORGANISATION', organisationId: trustId, name: 'Red Lion Trust', role: 'nominator' },
        { kind: 'EMAIL', email: 'Owner@Example.org', name: 'Pat Owner', role: 'owner' },
        { kind: 'POST', name: 'The occupier', address: 'Flat 1, 1 High Street, GL50 1AA', role: 'occupier' },
        { kind: 'PUBLIC', name: 'The public', role: 'publicity' },
        { kind: 'ORGANISATION', organisationId: noContactId, name: 'Quiet Group', role: 'nominator' },
      ],
    });
    const before = (await harness.emails()).length;

    const report = await harness.notifier.deliver(message);

    const states = Object.fromEntries(report.deliveries.map((d) => [d.address ?? d.channel, d.state]));
    expect(states).toEqual({
      [contactEmailOf('Red Lion Trust')]: 'SENT',
      'owner@example.org': 'SENT', // addresses are compared and kept in lower case,
      'Flat 1, 1 High Street, GL50 1AA': 'POST_REQUIRED',
      PUBLIC: 'PUBLISHED_BY_COUNCIL',
      EMAIL: 'FAILED',
    });
    const failed = report.deliveries.find((d) => d.state === 'FAILED');
    const stored = (await harness.notifier.deliver(message)).deliveries.find((d) => d.id === failed?.id);
    expect(stored?.state).toBe('FAILED');
    const emails = (await harness.emails()).slice(before);
    expect(emails.map((email) => email.to?.toLowerCase()).sort()).toEqual(
      [contactEmailOf('Red Lion Trust'), 'owner@example.org'].sort(),
    );
  });

  it('sends a statutory notice with no unsubscribe link, saying it cannot be opted out of', async () => {
    const email = 'statutory-owner@example.org';
    const message = outboxMessage({ recipients: [{ kind: 'EMAIL', email, name: 'Owner', role: 'owner' }] });

    await harness.notifier.deliver(message);

    const sent = (await harness.emails()).filter((e) => e.to === email);
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail?.subject).toBe('Listed as an asset of community value: The Red Lion, 1 High Street');
    expect(mail?.from).toBe('notices@mash.local');
    expect(mail?.text).toContain('whatever your message settings are');
    expect(mail?.text).toContain('You may ask for a review within 8 weeks.');
    expect(mail?.html).toContain('<h1');
    expect(mail?.text).not.toMatch(/unsubscribe|Stop these messages/i);
    expect(mail?.headers.some((header) => header.key === 'list-unsubscribe')).toBe(false);
  });

  it('gives other messages an unsubscribe link and a List-Unsubscribe header', async () => {
    const email = 'interested@example.org';
    const message = outboxMessage({
      statutoryRule: null,
      eventType: 'colocation.interest.expressed',
      recipients: [{ kind: 'EMAIL', email, name: 'Jo', role: 'offerer' }],
    });

    await harness.notifier.deliver(message);

    const [mail] = (await harness.emails()).filter((e) => e.to === email);
    const header = mail?.headers.find((h) => h.key === 'list-unsubscribe')?.value ?? '';
    const link = /^<(.+)>$/.exec(header)?.[1] ?? '';
    expect(new URL(link).searchParams.get('event')).toBe('colocation.interest.expressed');
    expect(new URL(link).searchParams.get('email')).toBe(email);
    expect(mail?.text).toContain(`Stop these messages: ${link}`);
    expect(mail?.text).not.toContain('whatever your message settings are');
  });

  it('sends once when the same message is delivered three times at once and again later', async () => {
    const email = `once-${randomUUID()}@example.org`;
    const message = outboxMessage({ recipients: [{ kind: 'EMAIL', email, name: 'Once', role: 'owner' }] });

    const reports = await Promise.all([1, 2, 3].map(() => harness.notifier.deliver(message)));
    const again = await harness.notifier.deliver(message);

    const sent = (await harness.emails()).filter((e) => e.to === email);
    expect(sent).toHaveLength(1);
    // Not even offered to the mailer twice: the claims stopped the others before it.
    expect(harness.mailer.duplicates.filter((key) => key.includes(email))).toEqual([]);
    for (const report of [...reports, again]) {
      expect(report.deliveries.map((d) => d.state)).toEqual(['SENT']);
    }
    expect(new Set([...reports, again].map((r) => r.deliveries[0]?.id)).size).toBe(1);
  });
});
