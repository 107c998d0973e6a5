/**
 * What the daily-reminder tests share: a council with a contact address and an admin officer, the reminders
 * job wired to a test app and a notifier harness (its mailer and webhook sender), and the subjects of the
 * emails one address received.
 */
import { createDailyRemindersJob } from '../../src/app/daily-reminders-factory';
import type { DailyRemindersJob } from '../../src/app/daily-reminders-factory';
import { ADD_MEMBER, CHELTENHAM, CREATE_ORGANISATION } from './fixtures';
import { createNotifierHarness } from './notifier-harness';
import type { NotifierHarness, ReadEmail } from './notifier-harness';
import { PLATFORM_ADMIN, TEST_CURSOR_SECRET } from './test-app';
import type { Caller, TestApp } from './test-app';

/** Registers Cheltenham Borough Council with `contactEmail` as its contact, and `officer` as its ADMIN. */
export async function createCouncilWithContact(
  api: TestApp,
  officer: Caller,
  contact: { readonly name: string; readonly email: string },
): Promise<{ id: string }> {
  const { createOrganisation: council } = await api.ok<{ createOrganisation: { id: string } }>(
    CREATE_ORGANISATION,
    {
      input: {
        kind: 'COUNCIL',
        name: 'Cheltenham Borough Council',
        gssCode: CHELTENHAM,
        councilAreas: [],
        contact: { ...contact, phone: '01242 262626' },
      },
    },
    { userId: PLATFORM_ADMIN },
  );
  await api.ok(
    ADD_MEMBER,
    { organisationId: council.id, userId: officer.userId, role: 'ADMIN' },
    { userId: PLATFORM_ADMIN },
  );
  return council;
}

/** The daily reminders job as the scheduled Lambda builds it, over the test app's table and clock. */
export async function startRemindersJob(
  api: TestApp,
  options: { readonly councilCodes?: readonly string[] } = {},
): Promise<{ harness: NotifierHarness; job: DailyRemindersJob }> {
  const harness = await createNotifierHarness(api, { clock: api.clock });
  const job = createDailyRemindersJob({
    dynamoClient: api.table.client,
    tableName: api.table.tableName,
    dynamoDbEndpoint: api.table.endpoint,
    cursorSecret: TEST_CURSOR_SECRET,
    mailer: harness.mailer,
    notifier: harness.notifier,
    clock: api.clock,
    ...(options.councilCodes ? { councilCodes: options.councilCodes } : {}),
  });
  return { harness, job };
}

/** The subjects of the emails sent to `address`, sorted. */
export function subjectsTo(emails: readonly ReadEmail[], address: string): string[] {
  return emails
    .filter((email) => email.to?.toLowerCase() === address)
    .map((email) => email.subject)
    .sort();
}
