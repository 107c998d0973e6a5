import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DailyRemindersJob } from '../../src/app/daily-reminders-factory';
import { DECIDE, DISPOSAL_NOTICE, NOMINATE, setToday } from '../support/acv-fixtures';
import { offerInput, offerSpace } from '../support/colocation-fixtures';
import {
  CHELTENHAM,
  CREATE_ORGANISATION,
  contactEmailOf,
  createBuilding,
  createCharity,
} from '../support/fixtures';
import type { NotifierHarness } from '../support/notifier-harness';
import { createCouncilWithContact, startRemindersJob, subjectsTo } from '../support/reminder-fixtures';
import { createTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'reminder-officer', email: 'officer@cheltenham.example.org', emailVerified: true };
const nominatorAdmin = { userId: 'reminder-nominator' };
const ownerAdmin = { userId: 'reminder-owner' };

const COUNCIL_EMAIL = 'acv@cheltenham.example.org';
const OWNER_EMAIL = 'estates@cotswold-taverns.example.org';
const NOMINATOR = 'Friends of Pittville';
const INVITEE = 'new.volunteer@example.org';
const TODAY = '2026-11-23';
/** The address every test building has (tests/support/fixtures.ts), shown after the site's name. */
const ADDRESS = ', East Approach Drive, GL52 3JE';

const INVITE = /* GraphQL */ `
  mutation ($org: ID!, $email: String!) {
    inviteMember(organisationId: $org, email: $email, role: VIEWER) {
      email
    }
  }
`;
const SAVE_MY = /* GraphQL */ `
  mutation ($input: UpdateMyNotificationSettingsInput!) {
    updateMyNotificationSettings(expectedVersion: 0, input: $input) {
      version
    }
  }
`;

interface Entry {
  id: string;
  version: number;
}

/*
 * Expected dates, worked out by hand from the statute (DOMAIN.md), not with the code under test:
 * - nomination received 4 Oct 2026: 8 weeks beginning with it end on 28 Nov 2026 (5 days after today);
 * - listed 20 Dec 2021: 5 years beginning with it end on 19 Dec 2026 (26 days: the 30-day reminder);
 * - listed 1 Oct 2026: the owner may ask for a review within 8 weeks beginning with the listing notice,
 *   until 25 Nov 2026 (2 days);
 * - disposal notice received 16 Oct 2026: 6 weeks beginning with it end on 26 Nov 2026 (3 days);
 * - an offer available until 27 Nov 2026 (4 days), another until 20 Dec 2026 (27 days: not due);
 * - an invitation sent at noon on 29 Oct 2026 lapses 30 days later, 28 Nov 2026 (5 days); one sent on
 *   20 Nov 2026 lapses on 20 Dec 2026 (not due).
 */
describe('the daily reminders job', () => {
  let api: TestApp;
  let harness: NotifierHarness;
  let job: DailyRemindersJob;
  let nominatorId = '';

  async function nominate(buildingId: string, on: string): Promise<Entry> {
    setToday(api, on);
    const { nominateAsset } = await api.ok<{ nominateAsset: Entry }>(
      NOMINATE,
      {
        input: {
          nominatorOrganisationId: nominatorId,
          buildingId,
          boundaryDescription: 'The building and its garden, as edged red on the plan',
          communityValueReasons: 'The residents meet here every week.',
          occupiersKnown: null,
          interests: [],
          eligibilityEvidence: 'Registered charity 1234567.',
        },
      },
      nominatorAdmin,
    );
    return nominateAsset;
  }

  async function list(entry: Entry, on: string): Promise<Entry> {
    setToday(api, on);
    const { decideNomination } = await api.ok<{ decideNomination: Entry }>(
      DECIDE,
      { id: entry.id, expectedVersion: entry.version, input: { outcome: 'LISTED' } },
      officer,
    );
    return decideNomination;
  }

  beforeAll(async () => {
    api = await createTestApp();
    setToday(api, '2021-10-01');
    await createCouncilWithContact(api, officer, { name: 'ACV team', email: COUNCIL_EMAIL });
    // The officer takes reminders in a daily digest; the council's contact address gets them at once.
    await api.ok(
      SAVE_MY,
      { input: { choices: [{ eventType: 'REMINDER_DUE', delivery: 'DAILY_DIGEST' }] } },
      officer,
    );
    nominatorId = (await createCharity(api, nominatorAdmin, NOMINATOR)).id;
    const { createOrganisation: owner } = await api.ok<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      {
        input: {
          kind: 'BUSINESS',
          name: 'Cotswold Taverns Ltd',
          companyNumber: '01234567',
          councilAreas: [CHELTENHAM],
          contact: { name: 'Estates', email: OWNER_EMAIL, phone: '01242 000001' },
        },
      },
      ownerAdmin,
    );
    const building = async (name: string) =>
      (await createBuilding(api, ownerAdmin, { name, category: 'PUB', ownerOrganisationId: owner.id })).id;
    const arms = await building('The Pittville Arms');
    const swan = await building('The Swan');
    const plough = await building('The Plough');
    const crown = await building('The Crown');

    // Listed five years ago: its listing ends within 30 days.
    await list(await nominate(swan, '2021-11-01'), '2021-12-20');
    // Listed this summer, then a notice of intended disposal: its interim moratorium ends in 3 days.
    const plough1 = await list(await nominate(plough, '2026-06-01'), '2026-07-01');
    setToday(api, '2026-10-16');
    await api.ok(DISPOSAL_NOTICE, { id: plough1.id, expectedVersion: plough1.version, input: {} }, officer);
    // Listed 53 days ago: the owner's last day to ask for a review is in 2 days.
    await list(await nominate(crown, '2026-09-01'), '2026-10-01');
    // Nominated seven weeks ago and not decided: the decision is due in 5 days.
    await nominate(arms, '2026-10-04');

    setToday(api, '2026-10-29');
    await api.ok(INVITE, { org: nominatorId, email: INVITEE }, nominatorAdmin);
    setToday(api, '2026-11-01');
    const availability = (untilDate: string) => ({
      slots: [{ day: 'MONDAY', opens: '09:00', closes: '17:00' }],
      fromDate: '2026-11-02',
      untilDate,
    });
    await offerSpace(api, ownerAdmin, {
      ...offerInput(arms, owner.id, { title: 'The function room', availability: availability('2026-11-27') }),
      status: 'OPEN',
    });
    await offerSpace(api, ownerAdmin, {
      ...offerInput(arms, owner.id, { title: 'The cellar', availability: availability('2026-12-20') }),
      status: 'OPEN',
    });
    setToday(api, '2026-11-20');
    await api.ok(INVITE, { org: nominatorId, email: 'later.volunteer@example.org' }, nominatorAdmin);

    setToday(api, TODAY);
    ({ harness, job } = await startRemindersJob(api));
  }, 240_000);

  const to = subjectsTo;

  it('sends each due reminder once, to the right people, with the deadline in it', async () => {
    const summary = await job(TODAY);

    expect(summary.failures).toEqual([]);
    expect(summary.sent).toMatchObject({
      NOMINATION_DECISION: 1,
      LISTING_EXPIRY: 1,
      INTERIM_MORATORIUM_END: 1,
      OFFER_ENDING: 1,
      INVITATION_EXPIRING: 1,
      REVIEW_REQUEST: 1,
      REVIEW_DECISION: 0,
      FULL_MORATORIUM_END: 0,
    });
    const emails = await harness.emails();
    expect(to(emails, COUNCIL_EMAIL)).toEqual([
      `Interim moratorium ending: due in 3 days, on 2026-11-26: The Plough${ADDRESS}`,
      `Listing expiring: due in 26 days, on 2026-12-19: The Swan${ADDRESS}`,
      `Nomination decision: due in 5 days, on 2026-11-28: The Pittville Arms${ADDRESS}`,
    ]);
    expect(to(emails, contactEmailOf(NOMINATOR))).toEqual([
      `Interim moratorium ending: due in 3 days, on 2026-11-26: The Plough${ADDRESS}`,
      `Invitation expiring: due in 5 days, on 2026-11-28: Invitation to ${INVITEE} to join ${NOMINATOR}`,
      `Listing expiring: due in 26 days, on 2026-12-19: The Swan${ADDRESS}`,
    ]);
    expect(to(emails, OWNER_EMAIL)).toEqual([
      `Listing expiring: due in 26 days, on 2026-12-19: The Swan${ADDRESS}`,
      'Offer of space ending: due in 4 days, on 2026-11-27: The function room, The Pittville Arms',
      `Time to ask for a review of the listing: due in 2 days, on 2026-11-25: The Crown${ADDRESS}`,
    ]);
    expect(to(emails, INVITEE)).toEqual([
      `Invitation expiring: due in 5 days, on 2026-11-28: Invitation to ${INVITEE} to join ${NOMINATOR}`,
    ]);
    const decision = emails.find((email) => email.subject.startsWith('Nomination decision'));
    expect(decision?.text).toContain(
      `Nomination decision for The Pittville Arms${ADDRESS}: due in 5 days, on 2026-11-28.`,
    );
    // Not yet due: the cellar's offer, the later invitation, the summer listing's own expiry.
    expect(emails.some((email) => /cellar|later\.volunteer/i.test(`${email.subject} ${email.to}`))).toBe(
      false,
    );
    expect(emails.filter((email) => email.to === 'later.volunteer@example.org')).toEqual([]);
  });

  it('gives the officer who chose a daily digest one digest holding their reminders, and no separate email', async () => {
    const emails = await harness.emails();
    const officers = emails.filter((email) => email.to === officer.email);
    expect(officers).toHaveLength(1);
    const [digest] = officers;
    expect(digest?.subject).toBe(`Your MASH Register digest for ${TODAY}: 3 messages`);
    expect(digest?.text).toContain('Nomination decision: due in 5 days, on 2026-11-28: The Pittville Arms');
    expect(digest?.text).toContain('Listing expiring: due in 26 days, on 2026-12-19: The Swan');
    expect(digest?.text).toContain('Interim moratorium ending: due in 3 days, on 2026-11-26: The Plough');
  });

  it('sends nothing more when run again the same day', async () => {
    const before = (await harness.emails()).length;

    const again = await job(TODAY);

    expect(Object.values(again.sent).every((count) => count === 0)).toBe(true);
    expect(again.alreadySent).toBe(6);
    expect(again.digestsSent).toBe(0);
    expect((await harness.emails()).length).toBe(before);
    expect(harness.mailer.duplicates).toEqual([]);
  });

  it('runs as npm run reminders: a later day sends the overdue decision, prints the counts and exits 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mash-reminders-'));

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/reminders/reminders-cli.ts',
        '--today',
        '2026-11-29',
        '--data-dir',
        dataDir,
      ],
      {
        env: { ...process.env, DYNAMODB_ENDPOINT: api.table.endpoint, TABLE_NAME: api.table.tableName },
        timeout: 120_000,
      },
    );

    expect(stdout).toMatch(/NOMINATION_DECISION +1\n/);
    expect(stdout).toMatch(/LISTING_EXPIRY +0\n/);
    expect(stdout).toContain('digests sent: 1');
    const folder = join(dataDir, 'mail');
    const files = (await readdir(folder)).filter((name) => name.endsWith('.eml'));
    const mails = await Promise.all(
      files.map(async (name) => PostalMime.parse(await readFile(join(folder, name)))),
    );
    expect(mails.map((mail) => [mail.to?.[0]?.address, mail.subject]).sort()).toEqual([
      [COUNCIL_EMAIL, `Nomination decision: overdue since 2026-11-28: The Pittville Arms${ADDRESS}`],
      [officer.email, 'Your MASH Register digest for 2026-11-29: 1 message'],
    ]);
  }, 180_000);
});
