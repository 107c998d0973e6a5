/**
 * Who an email is from: each council sends its notices from its own verified sender identity (a stage
 * setting), everything else from the register's default address.
 */
export interface MailSenders {
  /** The register's own address ("MASH Register <notices@...>"), for messages of no council. */
  readonly defaultFrom: string;
  /** A council's sender identity by its GSS code. */
  readonly byCouncil: Readonly<Record<string, string>>;
}

export const LOCAL_MAIL_SENDERS: MailSenders = {
  defaultFrom: 'MASH Register <notices@mash.local>',
  byCouncil: {},
};

/** The From address of a message about `councilCode` (null: none). */
export function senderFor(senders: MailSenders, councilCode: string | null): string {
  return (councilCode ? senders.byCouncil[councilCode] : undefined) ?? senders.defaultFrom;
}
