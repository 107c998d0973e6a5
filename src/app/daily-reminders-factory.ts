/**
 * The daily reminders job over the table, for both entry points: the registers' Dynamo stores as its
 * sources, the reminder and digest stores, and the one notifier (notifier-factory.ts) for delivery.
 */
import { systemClock } from '../kernel/domain/clock';
import type { IsoDate } from '../kernel/domain/clock';
import { CursorCodec } from '../kernel/store/cursor';
import { createDocumentClient, timeoutsFor } from '../kernel/store/dynamo-client';
import { Table } from '../kernel/store/table';
import { DynamoAcvStore } from '../registers/acv/store/acv-store';
import { DynamoColocationStore } from '../registers/colocation/store/colocation-store';
import { LOCAL_MAIL_SENDERS } from '../registers/notifications/domain/mail-senders';
import { DynamoDigestStore } from '../registers/notifications/store/digest-store';
import { DynamoReminderStore } from '../registers/notifications/store/reminder-store';
import { DynamoInvitationStore } from '../registers/organisations/store/invitation-store';
import { DynamoOrganisationStore } from '../registers/organisations/store/organisation-store';
import { DynamoSurplusStore } from '../registers/surplus/store/surplus-store';
import { runDailyReminders } from './daily-reminders';
import type { DailyRemindersSummary } from './daily-reminders';
import { createAppNotifier } from './notifier-factory';
import type { AppNotifier, AppNotifierOptions } from './notifier-factory';

export interface DailyRemindersOptions extends AppNotifierOptions {
  /** The councils to look at; every council the reference data knows by default. */
  readonly councilCodes?: readonly string[];
  /** The notifier to deliver through, when the caller already has one (the Lambda's). */
  readonly notifier?: AppNotifier;
}

export type DailyRemindersJob = (today: IsoDate) => Promise<DailyRemindersSummary>;

export function createDailyRemindersJob(options: DailyRemindersOptions): DailyRemindersJob {
  const cursors = new CursorCodec(options.cursorSecret);
  const table = new Table(
    createDocumentClient(options.dynamoClient),
    options.tableName,
    cursors,
    timeoutsFor(options.dynamoDbEndpoint ?? null).callDeadlineMs,
  );
  const clock = options.clock ?? systemClock;
  const organisations = new DynamoOrganisationStore(table);
  const notifier = options.notifier ?? createAppNotifier(options);
  const publicBaseUrl = options.publicBaseUrl ?? 'http://localhost:4000';
  return (today) =>
    runDailyReminders(today, {
      sources: {
        councils: organisations,
        organisations,
        acv: new DynamoAcvStore(table),
        offers: new DynamoColocationStore(table, cursors),
        invitations: new DynamoInvitationStore(table),
        surplus: new DynamoSurplusStore(table, cursors),
      },
      reminders: new DynamoReminderStore(table),
      notifier,
      digest: {
        digests: new DynamoDigestStore(table),
        mailer: options.mailer,
        clock,
        from: (options.senders ?? LOCAL_MAIL_SENDERS).defaultFrom,
        settingsUrl: new URL('/preferences', publicBaseUrl).toString(),
      },
      clock,
      ...(options.councilCodes ? { councilCodes: options.councilCodes } : {}),
    });
}
