/**
 * The daily reminders job (issue 19): what falls due on `today` (a Europe/London date), each reminder sent
 * once, then the day's digests. Both entry points run this: the Lambda on the 07:00 schedule
 * (src/lambda/notifier-handler.ts) and `npm run reminders` (scripts/reminders-cli.ts).
 *
 * 1. Councils: every GSS code the reference data knows, their claims read by key (BatchGetItem), no Scan.
 * 2. Facts, per council, by key ranges only (docs/data-model.md, "Daily reminders"): the ACV work queue up to
 *    today + 90 days (overdue included) with its entries (BatchGetItem); the listed entries whose review may
 *    still be asked for; the live offers ending within 7 days; and, once, the invitations lapsing on each of
 *    the next 8 days.
 * 3. The pure rules (dueReminders) pick what is due; each reminder's outbox item is its claim (a conditional
 *    Put of an id naming the deadline and threshold): only the run that wrote it delivers it, through the
 *    notifier, whose own claims are per message, recipient and channel. People who chose DAILY_DIGEST for
 *    `reminder.due` get it in today's digest; everyone else at once. The stream also carries the new item
 *    to the notifier (in the cloud): its claims make that a no-op, and it retries a delivery this run failed.
 * 4. The digests of `today` are sent, each once (digest-sender.ts).
 * A second run the same day finds every claim taken and every digest SENT: it sends nothing.
 */
import type { Clock, IsoDate } from '../kernel/domain/clock';
import { knownCouncilCodes } from '../kernel/domain/council-areas';
import type { Invite, Organisation } from '../kernel/domain/records';
import type { AcvEntry, AcvTask } from '../registers/acv/domain/acv-records';
import { addDays } from '../registers/acv/domain/acv-timetable';
import type { SpaceOffer } from '../registers/colocation/domain/space-offer';
import type { SurplusListing } from '../registers/surplus/domain/surplus-listing';
import type { SurplusRequest } from '../registers/surplus/domain/surplus-request';
import type { Notifier } from '../registers/notifications/delivery/notifier';
import { sendDigests } from '../registers/notifications/delivery/digest-sender';
import type { DigestSenderDeps } from '../registers/notifications/delivery/digest-sender';
import {
  dueReminders,
  REMINDER_HORIZON_DAYS,
  REMINDER_KINDS,
  reminderMessage,
} from '../registers/notifications/domain/due-reminders';
import type { DeadlineFact, ReminderKind } from '../registers/notifications/domain/due-reminders';
import type { ReminderStore } from '../registers/notifications/domain/preferences-port';
import {
  acvTaskFacts,
  invitationExpiringFact,
  offerEndingFact,
  reviewRequestFact,
  reviewRequestRange,
  surplusCollectionFact,
  surplusListingEndingFact,
} from './reminder-facts';

/** How far ahead offers and invitations are read: their one threshold is "within 7 days". */
const SHORT_HORIZON_DAYS = 7;

/** What the job reads, each a key range or keys (the Dynamo stores of the registers implement them). */
export interface ReminderSources {
  readonly councils: { findCouncilsByGssCodes(codes: readonly string[]): Promise<Organisation[]> };
  readonly organisations: {
    getOrganisations(ids: readonly string[]): Promise<ReadonlyMap<string, Organisation>>;
  };
  readonly acv: {
    listAcvTasksDueBy(councilCode: string, until: IsoDate): Promise<AcvTask[]>;
    listListedAcvEntriesExpiringBetween(
      councilCode: string,
      from: IsoDate,
      until: IsoDate,
    ): Promise<AcvEntry[]>;
    getAcvEntries(ids: readonly string[]): Promise<ReadonlyMap<string, AcvEntry>>;
  };
  readonly offers: {
    listOffersEndingBetween(councilCode: string, from: IsoDate, until: IsoDate): Promise<SpaceOffer[]>;
  };
  readonly invitations: { listInvitesExpiringOn(day: IsoDate): Promise<Invite[]> };
  readonly surplus: {
    listAllOpenListingsByCouncil(councilCode: string): Promise<SurplusListing[]>;
    listAllocatedRequestsByCouncil(councilCode: string): Promise<SurplusRequest[]>;
    getListings(ids: readonly string[]): Promise<ReadonlyMap<string, SurplusListing>>;
  };
}

export interface DailyRemindersDeps {
  readonly sources: ReminderSources;
  readonly reminders: ReminderStore;
  readonly notifier: Pick<Notifier, 'deliver'>;
  readonly digest: DigestSenderDeps;
  readonly clock: Clock;
  /** The councils to look at; every council the reference data knows by default. */
  readonly councilCodes?: readonly string[];
}

export interface DailyRemindersSummary {
  readonly today: IsoDate;
  readonly councils: number;
  /** Reminders due today, whether sent by this run or an earlier one. */
  readonly due: number;
  /** Reminders this run claimed and delivered, per kind. */
  readonly sent: Readonly<Record<ReminderKind, number>>;
  /** Due reminders an earlier run had already claimed. */
  readonly alreadySent: number;
  /** Emails this run's reminders went out as, and entries they added to digests. */
  readonly emails: number;
  readonly digestEntries: number;
  readonly digestsSent: number;
  /** Deliveries that failed (the stream tries the reminder again in the cloud); digests that failed. */
  readonly failures: readonly string[];
}

/** Runs the day's reminders and digests (idempotent: a second run the same day sends nothing). */
export async function runDailyReminders(
  today: IsoDate,
  deps: DailyRemindersDeps,
): Promise<DailyRemindersSummary> {
  const councils = await deps.sources.councils.findCouncilsByGssCodes(
    deps.councilCodes ?? knownCouncilCodes(),
  );
  const facts: DeadlineFact[] = [];
  for (const council of councils) facts.push(...(await councilFacts(council, today, deps.sources)));
  facts.push(...(await invitationFacts(today, deps)));

  const due = dueReminders(today, facts);
  const sent = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, 0])) as Record<ReminderKind, number>;
  const failures: string[] = [];
  let alreadySent = 0;
  let emails = 0;
  let digestEntries = 0;
  const createdAt = deps.clock.now().toISOString();
  for (const reminder of due) {
    const message = reminderMessage(reminder, today, createdAt);
    if (!(await deps.reminders.claimReminder(message))) {
      alreadySent++;
      continue;
    }
    try {
      const report = await deps.notifier.deliver(message);
      sent[reminder.fact.kind]++;
      emails += report.deliveries.filter((d) => d.channel === 'EMAIL' && d.state === 'SENT').length;
      digestEntries += report.deliveries.filter((d) => d.state === 'DIGEST_QUEUED').length;
    } catch (error) {
      failures.push(`${message.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const digests = await sendDigests(today, deps.digest);
  failures.push(...digests.failed.map((f) => `digest of ${today} for ${f.userId}: ${f.error}`));
  return {
    today,
    councils: councils.length,
    due: due.length,
    sent,
    alreadySent,
    emails,
    digestEntries,
    digestsSent: digests.sent,
    failures,
  };
}

async function councilFacts(
  council: Organisation,
  today: IsoDate,
  sources: ReminderSources,
): Promise<DeadlineFact[]> {
  const code = council.gssCode;
  if (!code) return [];
  const review = reviewRequestRange(today, SHORT_HORIZON_DAYS);
  const [tasks, recentlyListed, offers, surplus] = await Promise.all([
    sources.acv.listAcvTasksDueBy(code, addDays(today, REMINDER_HORIZON_DAYS)),
    sources.acv.listListedAcvEntriesExpiringBetween(code, review.from, review.until),
    sources.offers.listOffersEndingBetween(code, today, addDays(today, SHORT_HORIZON_DAYS)),
    surplusFacts(code, today, sources),
  ]);
  const reminded = tasks.filter(
    (task) => task.kind !== 'LOCAL_LAND_CHARGE' && task.kind !== 'LAND_REGISTRY_RESTRICTION',
  );
  const [entries, offerers] = await Promise.all([
    reminded.length
      ? sources.acv.getAcvEntries(reminded.map((task) => task.entryId))
      : new Map<string, AcvEntry>(),
    offers.length
      ? sources.organisations.getOrganisations(offers.map((offer) => offer.organisationId))
      : new Map<string, Organisation>(),
  ]);
  return [
    ...reminded.flatMap((task) => {
      const entry = entries.get(task.entryId);
      return entry ? acvTaskFacts(task, entry, council) : [];
    }),
    ...recentlyListed.flatMap((entry) => reviewRequestFact(entry, council) ?? []),
    ...offers.flatMap((offer) => offerEndingFact(offer, offerers.get(offer.organisationId)) ?? []),
    ...surplus,
  ];
}

/**
 * A council's surplus deadlines: its OPEN listings (one Query of its open partition, every page; those
 * ending in the next 7 days with items left are kept) and its ALLOCATED requests (one Query of the sparse
 * allocated partition), with the requests' listings (BatchGetItem: their end dates) and the listers' names
 * (BatchGetItem).
 */
async function surplusFacts(code: string, today: IsoDate, sources: ReminderSources): Promise<DeadlineFact[]> {
  const [open, allocated] = await Promise.all([
    sources.surplus.listAllOpenListingsByCouncil(code),
    sources.surplus.listAllocatedRequestsByCouncil(code),
  ]);
  const horizon = addDays(today, SHORT_HORIZON_DAYS);
  const ending = open.filter(
    (listing) =>
      listing.availableUntil !== null && listing.availableUntil >= today && listing.availableUntil <= horizon,
  );
  if (ending.length === 0 && allocated.length === 0) return [];
  const known = new Map(open.map((listing) => [listing.id, listing]));
  const missing = allocated.map((request) => request.listingId).filter((id) => !known.has(id));
  const [others, listers] = await Promise.all([
    missing.length ? sources.surplus.getListings(missing) : new Map<string, SurplusListing>(),
    sources.organisations.getOrganisations([
      ...ending.map((listing) => listing.organisationId),
      ...allocated.map((request) => request.listerOrganisationId),
    ]),
  ]);
  const listingOf = (id: string) => known.get(id) ?? others.get(id);
  return [
    ...ending.flatMap(
      (listing) => surplusListingEndingFact(listing, listers.get(listing.organisationId)) ?? [],
    ),
    ...allocated.flatMap(
      (request) =>
        surplusCollectionFact(
          request,
          listingOf(request.listingId),
          listers.get(request.listerOrganisationId),
        ) ?? [],
    ),
  ];
}

async function invitationFacts(today: IsoDate, deps: DailyRemindersDeps): Promise<DeadlineFact[]> {
  const days = Array.from({ length: SHORT_HORIZON_DAYS + 1 }, (_, i) => addDays(today, i));
  const now = deps.clock.now().getTime();
  const invites = (await Promise.all(days.map((day) => deps.sources.invitations.listInvitesExpiringOn(day))))
    .flat()
    // An invitation that lapsed earlier today can no longer be accepted: no reminder for it.
    .filter((invite) => Date.parse(invite.expiresAt) > now);
  if (invites.length === 0) return [];
  const organisations = await deps.sources.organisations.getOrganisations(
    invites.map((i) => i.organisationId),
  );
  return invites.map((invite) => invitationExpiringFact(invite, organisations.get(invite.organisationId)));
}

/** One line per kind with what was sent, then the totals: what `npm run reminders` prints. */
export function formatRemindersSummary(summary: DailyRemindersSummary): string {
  const lines = [`Daily reminders for ${summary.today} (${summary.councils} council(s) registered):`];
  for (const kind of REMINDER_KINDS) lines.push(`  ${kind.padEnd(27)} ${summary.sent[kind]}`);
  lines.push(
    `  due today: ${summary.due}, sent now: ${Object.values(summary.sent).reduce((a, b) => a + b, 0)}, sent before: ${summary.alreadySent}`,
    `  emails: ${summary.emails}, digest entries: ${summary.digestEntries}, digests sent: ${summary.digestsSent}`,
    ...summary.failures.map((failure) => `  FAILED ${failure}`),
  );
  return lines.join('\n');
}
