/**
 * The daily reminders (issue 19): what falls due, decided from deadlines the registers already know. The job
 * (src/app/daily-reminders.ts) reads each deadline as a `DeadlineFact` (the registers' own rules computed the
 * date: the ACV timetable, an offer's last day, an invitation's expiry) and this module decides, for `today`,
 * which reminders are due.
 *
 * Each kind of deadline has thresholds: windows of days relative to the deadline (`today - dueOn`). A reminder
 * is due while today lies in its window, not only on its first day, so a day the job did not run is made up
 * the next day; the reminder's id names the deadline and the threshold
 * (`reminder#<kind>#<record>#<due date>#<threshold>`), and the job's conditional Put of that id is the claim,
 * so each is sent once however often the job runs. A deadline that moves (a review extended) is a new one and
 * is reminded again. Pure: dates are Europe/London calendar dates (`YYYY-MM-DD`).
 */
import type { IsoDate } from '../../../kernel/domain/clock';
import type { OutboxMessage, OutboxRecipient } from '../../../kernel/domain/outbox';

export const REMINDER_KINDS = [
  /** reg 7: the council decides a nomination within 8 weeks beginning with its receipt. */
  'NOMINATION_DECISION',
  /** Sch 2 para 1: the owner may ask for a review within 8 weeks beginning with the listing notice. */
  'REVIEW_REQUEST',
  /** Sch 2: the council decides the review within 8 weeks of the request (or the date agreed). */
  'REVIEW_DECISION',
  /** s.95(6): the interim moratorium (6 weeks): a community interest group's last days to ask to bid. */
  'INTERIM_MORATORIUM_END',
  /** s.95(6): the full moratorium (6 months) ends; the owner may then sell to anyone. */
  'FULL_MORATORIUM_END',
  /** s.87(3): the listing's 5 years end (a group may nominate again in its last 8 weeks). */
  'LISTING_EXPIRY',
  /** A co-location offer's last day of availability. */
  'OFFER_ENDING',
  /** An invitation to join an organisation lapses unclaimed. */
  'INVITATION_EXPIRING',
  /** A surplus listing's last day comes with items still left to allocate. */
  'SURPLUS_LISTING_ENDING',
  /** Surplus items allocated and not collected by their collection day (the surplus register's rule). */
  'SURPLUS_COLLECTION_OVERDUE',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A window of days relative to the deadline (`today - dueOn`), both ends included. */
export interface ReminderThreshold {
  /** Its name in the reminder's id: `7d` (within 7 days), `90d`, `overdue`. */
  readonly name: string;
  readonly fromDay: number;
  readonly toDay: number;
}

const WITHIN_7_DAYS: ReminderThreshold = { name: '7d', fromDay: -7, toDay: 0 };
const OVERDUE: ReminderThreshold = { name: 'overdue', fromDay: 1, toDay: Number.POSITIVE_INFINITY };

/** The thresholds of each kind (issue 19: decisions due in 7 days and overdue, listings in 90 and 30 days). */
export const REMINDER_THRESHOLDS: Readonly<Record<ReminderKind, readonly ReminderThreshold[]>> = {
  NOMINATION_DECISION: [WITHIN_7_DAYS, OVERDUE],
  REVIEW_REQUEST: [WITHIN_7_DAYS],
  REVIEW_DECISION: [WITHIN_7_DAYS, OVERDUE],
  INTERIM_MORATORIUM_END: [WITHIN_7_DAYS],
  FULL_MORATORIUM_END: [WITHIN_7_DAYS],
  LISTING_EXPIRY: [
    { name: '90d', fromDay: -90, toDay: -31 },
    { name: '30d', fromDay: -30, toDay: 0 },
  ],
  OFFER_ENDING: [WITHIN_7_DAYS],
  INVITATION_EXPIRING: [WITHIN_7_DAYS],
  SURPLUS_LISTING_ENDING: [WITHIN_7_DAYS],
  // Once, from the day after the collection day: the allocation has waited long enough.
  SURPLUS_COLLECTION_OVERDUE: [OVERDUE],
};

/** The furthest ahead any threshold looks: the job reads deadlines up to today plus this. */
export const REMINDER_HORIZON_DAYS = 90;

/** One deadline a register knows, with who is to be reminded of it. */
export interface DeadlineFact {
  readonly kind: ReminderKind;
  /** The record's id (an ACV entry, an offer, an invitation's key): part of the reminder's id. */
  readonly recordId: string;
  /** What it is about, for people ("The Red Lion, 1 High Street"). */
  readonly about: string;
  /** The last day (the deadline's own rule computed it). */
  readonly dueOn: IsoDate;
  readonly councilCode: string | null;
  /** Who sends the reminder ("Cheltenham Borough Council", "MASH Register"). */
  readonly sender: string;
  readonly recipients: readonly OutboxRecipient[];
  readonly webhookOrganisationIds: readonly string[];
  readonly recordUrl: string | null;
}

/** A reminder due today: the deadline, the threshold it crossed and its id (the claim). */
export interface DueReminder {
  readonly id: string;
  readonly fact: DeadlineFact;
  readonly threshold: ReminderThreshold;
  /** Days from today to the deadline (negative once it has passed). */
  readonly daysLeft: number;
}

/** The reminder's id: the same deadline and threshold always give the same id. */
export function reminderId(fact: DeadlineFact, threshold: ReminderThreshold): string {
  const kind = fact.kind.toLowerCase().replaceAll('_', '-');
  return `reminder#${kind}#${fact.recordId}#${fact.dueOn}#${threshold.name}`;
}

/** Whole days from `from` to `to` on the calendar. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The reminders due on `today`, one per (deadline, threshold) whose window holds today; no recipients, none. */
export function dueReminders(today: IsoDate, facts: readonly DeadlineFact[]): DueReminder[] {
  const due = new Map<string, DueReminder>();
  for (const fact of facts) {
    if (fact.recipients.length === 0) continue;
    const day = daysFrom(fact.dueOn, today);
    for (const threshold of REMINDER_THRESHOLDS[fact.kind]) {
      if (day < threshold.fromDay || day > threshold.toDay) continue;
      const id = reminderId(fact, threshold);
      if (!due.has(id)) due.set(id, { id, fact, threshold, daysLeft: -day });
    }
  }
  return [...due.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const WHAT: Readonly<Record<ReminderKind, { readonly step: string; readonly duty: string }>> = {
  NOMINATION_DECISION: {
    step: 'Nomination decision',
    duty: 'The council decides the nomination within eight weeks beginning with the day it was received (SI 2012/2421 reg 7).',
  },
  REVIEW_REQUEST: {
    step: 'Time to ask for a review of the listing',
    duty: 'The owner may ask the council to review the listing within eight weeks beginning with the day the listing notice was given (SI 2012/2421 Schedule 2).',
  },
  REVIEW_DECISION: {
    step: 'Listing review decision',
    duty: 'The council decides the review within eight weeks of the request, or by the later date agreed with the owner (SI 2012/2421 Schedule 2).',
  },
  INTERIM_MORATORIUM_END: {
    step: 'Interim moratorium ending',
    duty: 'A community interest group may ask to be treated as a potential bidder until the interim moratorium ends (Localism Act 2011 s.95(6), s.98).',
  },
  FULL_MORATORIUM_END: {
    step: 'Full moratorium ending',
    duty: 'After the full moratorium the owner may sell to anyone until the protected period ends (Localism Act 2011 s.95(6)).',
  },
  LISTING_EXPIRY: {
    step: 'Listing expiring',
    duty: 'The asset comes off the list at the end of five years from its entry (Localism Act 2011 s.87(3)); a community body may nominate it again in the last eight weeks.',
  },
  OFFER_ENDING: {
    step: 'Offer of space ending',
    duty: 'The offer stops being shown as available after its last day; edit it to extend it.',
  },
  INVITATION_EXPIRING: {
    step: 'Invitation expiring',
    duty: 'Sign in with this email address and accept the invitation before it lapses.',
  },
  SURPLUS_LISTING_ENDING: {
    step: 'Surplus listing ending',
    duty: 'Items are still left to allocate. Allocate the requests waiting, or give the listing a later end date so groups can still ask for them.',
  },
  SURPLUS_COLLECTION_OVERDUE: {
    step: 'Surplus items not yet collected',
    duty: 'The group should collect the items allocated to it, then confirm the collection in the register. If it no longer needs them it can withdraw the request, or the lister can mark a no-show, and the items go back on the listing for another group.',
  },
};

function when(reminder: DueReminder): string {
  const { daysLeft } = reminder;
  if (daysLeft < 0) return `overdue since ${reminder.fact.dueOn}`;
  if (daysLeft === 0) return `due today, ${reminder.fact.dueOn}`;
  return `due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, on ${reminder.fact.dueOn}`;
}

/** The outbox message of a reminder (event `reminder.due`; not statutory, so people may opt out of it). */
export function reminderMessage(reminder: DueReminder, today: IsoDate, createdAt: string): OutboxMessage {
  const { fact } = reminder;
  const what = WHAT[fact.kind];
  const status = when(reminder);
  return {
    id: reminder.id,
    eventType: 'reminder.due',
    councilCode: fact.councilCode,
    statutoryRule: null,
    step: `${what.step}: ${status}`,
    about: fact.about,
    text: `${what.step} for ${fact.about}: ${status}.\n\n${what.duty}`,
    date: today,
    sender: fact.sender,
    recordUrl: fact.recordUrl,
    recipients: fact.recipients,
    webhookOrganisationIds: fact.webhookOrganisationIds,
    data: {
      reminder: fact.kind,
      recordId: fact.recordId,
      dueOn: fact.dueOn,
      threshold: reminder.threshold.name,
      daysLeft: reminder.daysLeft,
    },
    createdAt,
  };
}
