/**
 * The local mail sink: every email a file `<folder>/<key>.eml` (RFC 5322, text and HTML), named from the
 * mail's idempotency key, so a person opens the messages a step produced and a test counts them. A second
 * send with the same key writes nothing (the file is created exclusively) and is recorded in `duplicates`:
 * detectable, never a second copy.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, OutgoingMail } from '../domain/notifications-port';
import { formatMimeMessage } from './mime-message';

export class EmlFileMailer implements Mailer {
  /** Idempotency keys sent again after their file was written. */
  readonly duplicates: string[] = [];

  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The file a mail with this idempotency key is written to. */
  fileFor(idempotencyKey: string): string {
    return join(this.folder, emlFileName(idempotencyKey));
  }

  async send(mail: OutgoingMail): Promise<{ readonly providerMessageId: string }> {
    await mkdir(this.folder, { recursive: true });
    const file = this.fileFor(mail.idempotencyKey);
    const messageId = `<${createHash('sha256').update(mail.idempotencyKey).digest('hex').slice(0, 32)}@mail.mash.local>`;
    try {
      await writeFile(file, formatMimeMessage(mail, messageId, this.now()), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      this.duplicates.push(mail.idempotencyKey);
      const existing = await readFile(file, 'utf8');
      return { providerMessageId: /^Message-ID: (.+)$/m.exec(existing)?.[1]?.trim() ?? messageId };
    }
    return { providerMessageId: messageId };
  }
}

/** A file name from an idempotency key: its readable part, made safe, and a digest that keeps it unique. */
export function emlFileName(idempotencyKey: string): string {
  const readable = idempotencyKey.replace(/[^A-Za-z0-9@._-]+/g, '_').slice(0, 120);
  const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 12);
  return `${readable}-${digest}.eml`;
}
