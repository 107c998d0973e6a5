/**
 * The email a recorded notice becomes: a subject that names the step and the asset, a plain-text body and
 * the same in simple, accessible HTML (one heading, paragraphs, the facts as a definition list; no images, no
 * layout tables, no colour-only meaning). The notice's own text, written by the register's step, already holds
 * the dates that now run and what the recipient may do; the email adds what it is, the rule it meets and, for
 * a statutory notice, that the council must send it (so it has no unsubscribe link), or for any other message
 * the link to stop such messages.
 */

export interface EmailedNotice {
  /** What the message is, in a few words ("Listed as an asset of community value"). */
  readonly step: string;
  /** The asset or record it is about ("The Red Lion, 1 High Street"). */
  readonly about: string;
  /** The body as the register wrote it: paragraphs separated by a blank line, the greeting first. */
  readonly text: string;
  /** The date the notice bears (YYYY-MM-DD). */
  readonly date: string;
  /** Who sends it ("Cheltenham Borough Council"). */
  readonly sender: string;
  /** The statute a statutory notice is given under; null for a message people may opt out of. */
  readonly statutoryRule: string | null;
  /** The link to stop this kind of message; required when `statutoryRule` is null. */
  readonly unsubscribeUrl: string | null;
  /** Where the recipient can see the record, when it is public. */
  readonly recordUrl: string | null;
}

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const STATUTORY_NOTE = (rule: string, sender: string) =>
  `This is a notice ${sender} gives under ${rule}. The law requires the council to give it, so it is sent ` +
  'whatever your message settings are. Keep it: the dates in it may matter to you.';

const OPT_OUT_NOTE = 'You get this message because of your settings in the MASH Register.';

/** Renders a notice as an email. Throws when a non-statutory message has no unsubscribe link. */
export function renderNoticeEmail(notice: EmailedNotice): RenderedEmail {
  if (notice.statutoryRule === null && !notice.unsubscribeUrl) {
    throw new Error('a message people may opt out of carries an unsubscribe link');
  }
  const subject = oneLine(`${notice.step}: ${notice.about}`);
  const paragraphs = notice.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const facts: [string, string][] = [
    ['About', notice.about],
    ['Date of this notice', notice.date],
    ['From', notice.sender],
    ...(notice.statutoryRule ? ([['Given under', notice.statutoryRule]] as [string, string][]) : []),
  ];
  const closing = notice.statutoryRule ? STATUTORY_NOTE(notice.statutoryRule, notice.sender) : OPT_OUT_NOTE;

  const text = [
    notice.step,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(notice.recordUrl ? [`See the record: ${notice.recordUrl}`, ''] : []),
    '--',
    closing,
    ...(notice.unsubscribeUrl && !notice.statutoryRule
      ? [`Stop these messages: ${notice.unsubscribeUrl}`]
      : []),
  ].join('\n');

  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em;">',
    `<h1 style="font-size: 24px;">${escapeHtml(notice.step)}</h1>`,
    '<dl>',
    ...facts.map(
      ([label, value]) => `<dt><strong>${escapeHtml(label)}</strong></dt><dd>${escapeHtml(value)}</dd>`,
    ),
    '</dl>',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`),
    ...(notice.recordUrl ? [`<p><a href="${escapeHtml(notice.recordUrl)}">See the record</a></p>`] : []),
    '<hr>',
    `<p>${escapeHtml(closing)}</p>`,
    ...(notice.unsubscribeUrl && !notice.statutoryRule
      ? [`<p><a href="${escapeHtml(notice.unsubscribeUrl)}">Stop these messages</a></p>`]
      : []),
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text, html };
}

/** Text made safe inside HTML elements and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A subject is one line: a header cannot carry a line break (it would start a new header).
function oneLine(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
