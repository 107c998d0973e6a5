/**
 * Email through Amazon SES v2 (the cloud's Mailer): one SendEmail per mail, in the stage's configuration set
 * (whose event destination sends bounces and complaints to SNS), with the delivery's tags as EmailTags so
 * each event names the delivery it is about (mail-events.ts). The From address is the council's sender
 * identity, chosen by the notifier from the stage's MailSenders.
 */
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../domain/notifications-port';

export interface SesMailerOptions {
  readonly client: SESv2Client;
  /** The configuration set whose event destination publishes bounces and complaints. */
  readonly configurationSetName: string;
}

export class SesMailer implements Mailer {
  constructor(private readonly options: SesMailerOptions) {}

  async send(mail: OutgoingMail): Promise<{ readonly providerMessageId: string }> {
    const { MessageId: messageId } = await this.options.client.send(
      new SendEmailCommand(sesRequest(mail, this.options.configurationSetName)),
    );
    if (!messageId) throw new Error('SES accepted the email without a message id');
    return { providerMessageId: messageId };
  }
}

/** The SendEmail request for a mail (pure: tested without AWS). */
export function sesRequest(mail: OutgoingMail, configurationSetName: string) {
  return {
    FromEmailAddress: mail.from,
    Destination: { ToAddresses: [mail.to] },
    ConfigurationSetName: configurationSetName,
    EmailTags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value })),
    Content: {
      Simple: {
        Subject: { Data: mail.subject, Charset: 'UTF-8' },
        Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
        Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })),
      },
    },
  };
}
