/**
 * A person's daily digest: the messages of one day they chose to receive as DAILY_DIGEST, in one email,
 * oldest first, each with its step, what it is about, who sent it and its link. Statutory notices are named
 * as such (the organisation's contact address received them at once). Plain text and the same in simple,
 * accessible HTML: one heading, then a list. Pure.
 */
import { londonDate } from '../../../kernel/domain/clock';
import type { OutboxMessage } from '../../../kernel/domain/outbox';
import { escapeHtml } from './notice-email';
import type { RenderedEmail } from './notice-email';

/** One message gathered into a digest (what the daily job read back from its digest item). */
export interface DigestEntry {
  readonly messageId: string;
  readonly step: string;
  readonly about: string;
  readonly date: string;
  readonly sender: string;
  readonly statutoryRule: string | null;
  readonly recordUrl: string | null;
  /** When it was gathered (ISO instant): the digest lists entries in this order. */
  readonly queuedAt: string;
}

export interface DigestToRender {
  /** The day the entries were gathered on (YYYY-MM-DD). */
  readonly day: string;
  readonly entries: readonly DigestEntry[];
  /** Where the person changes their settings (the digest is not statutory, so it carries the link). */
  readonly settingsUrl: string;
}

/**
 * The digest a message joins: digests are named by the morning they are sent (the daily job sends day D's at
 * 07:00 on D). A reminder joins the digest of the day it was computed for (the job queues it just before it
 * sends that day's digests); any other message joins the next morning's, after the London day it was queued
 * on. Decided from the stored delivery's `createdAt`, so a replayed message joins the same digest.
 */
export function digestDayOf(message: Pick<OutboxMessage, 'eventType' | 'date'>, queuedAt: string): string {
  if (message.eventType === 'reminder.due') return message.date;
  const day = londonDate(new Date(queuedAt));
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Renders a digest; throws when it has no entries (no digest is sent for an empty day). */
export function renderDigestEmail(digest: DigestToRender): RenderedEmail {
  if (digest.entries.length === 0) throw new Error('a digest lists at least one message');
  const entries = [...digest.entries].sort((a, b) =>
    a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.messageId < b.messageId ? -1 : 1,
  );
  const count = entries.length;
  const subject = `Your MASH Register digest for ${digest.day}: ${count} message${count === 1 ? '' : 's'}`;
  const intro = `The messages since your last digest that you chose to receive once a day.`;
  const closing =
    'You get this digest because of your notification settings in the MASH Register. Statutory notices ' +
    "listed here were also sent at once to your organisation's contact address.";
  const lineOf = (entry: DigestEntry) =>
    [
      `${entry.step}: ${entry.about}`,
      `  From ${entry.sender}, dated ${entry.date}`,
      ...(entry.statutoryRule ? [`  A statutory notice under ${entry.statutoryRule}`] : []),
      ...(entry.recordUrl ? [`  See the record: ${entry.recordUrl}`] : []),
    ].join('\n');
  const text = [
    subject,
    '',
    intro,
    '',
    ...entries.flatMap((entry, index) => [`${index + 1}. ${lineOf(entry)}`, '']),
    '--',
    closing,
    `Change your settings: ${digest.settingsUrl}`,
  ].join('\n');
  const itemHtml = (entry: DigestEntry) =>
    [
      '<li>',
      `<p><strong>${escapeHtml(entry.step)}</strong>: ${escapeHtml(entry.about)}<br>`,
      `From ${escapeHtml(entry.sender)}, dated ${escapeHtml(entry.date)}`,
      ...(entry.statutoryRule ? [`<br>A statutory notice under ${escapeHtml(entry.statutoryRule)}`] : []),
      '</p>',
      ...(entry.recordUrl ? [`<p><a href="${escapeHtml(entry.recordUrl)}">See the record</a></p>`] : []),
      '</li>',
    ].join('');
  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em;">',
    `<h1 style="font-size: 24px;">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ol>',
    ...entries.map(itemHtml),
    '</ol>',
    '<hr>',
    `<p>${escapeHtml(closing)}</p>`,
    `<p><a href="${escapeHtml(digest.settingsUrl)}">Change your settings</a></p>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text, html };
}
