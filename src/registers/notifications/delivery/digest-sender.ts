/**
 * Sends one day's digests (the daily job, after it queued the day's reminders): each person with entries for
 * the day gets one email listing them. The digest's claim (digest-store.ts) is taken before the send and
 * marked SENT after it, so a second run sends nothing; a send that failed releases the claim for the next run.
 * The mail's idempotency key names the person and day, so a mailer that drops duplicates drops a resend too.
 */
import type { Clock } from '../../../kernel/domain/clock';
import { renderDigestEmail } from '../domain/digest-email';
import type { Mailer } from '../domain/notifications-port';
import type { DigestStore } from '../domain/preferences-port';

export interface DigestSenderDeps {
  readonly digests: DigestStore;
  readonly mailer: Mailer;
  readonly clock: Clock;
  /** The digest's sender (the register's own, not a council's: a digest gathers many councils' messages). */
  readonly from: string;
  /** Where people change their settings (the digest is not statutory, so it says how to stop it). */
  readonly settingsUrl: string;
}

export interface DigestRun {
  readonly sent: number;
  /** Already sent by an earlier run, or empty. */
  readonly skipped: number;
  readonly failed: readonly { readonly userId: string; readonly error: string }[];
}

/** Sends the digests of `day` (YYYY-MM-DD), each once. */
export async function sendDigests(day: string, deps: DigestSenderDeps): Promise<DigestRun> {
  let sent = 0;
  let skipped = 0;
  const failed: { userId: string; error: string }[] = [];
  let after: string | null = null;
  do {
    const page = await deps.digests.listDigestUsers(day, after);
    for (const user of page.users) {
      const at = deps.clock.now().toISOString();
      if (!(await deps.digests.claimDigest(day, user.userId, at))) {
        skipped++;
        continue;
      }
      try {
        const entries = await deps.digests.listDigestEntries(day, user.userId);
        if (entries.length === 0) {
          skipped++;
          await deps.digests.releaseDigest(day, user.userId);
          continue;
        }
        const rendered = renderDigestEmail({ day, entries, settingsUrl: deps.settingsUrl });
        const { providerMessageId } = await deps.mailer.send({
          to: user.email,
          from: deps.from,
          ...rendered,
          idempotencyKey: `digest#${day}#${user.userId}`,
          headers: {},
          tags: {},
        });
        await deps.digests.markDigestSent(
          day,
          user.userId,
          deps.clock.now().toISOString(),
          providerMessageId,
        );
        sent++;
      } catch (error) {
        failed.push({ userId: user.userId, error: error instanceof Error ? error.message : String(error) });
        await deps.digests.releaseDigest(day, user.userId).catch(() => undefined);
      }
    }
    after = page.next;
  } while (after);
  return { sent, skipped, failed };
}
