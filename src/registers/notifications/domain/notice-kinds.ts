/**
 * The kinds of ACV notice the outbox holds, as names only: the notifications register reads outbox records
 * (plain data) and must not import the ACV register (registers meet in app/). Held equal to the ACV
 * register's NOTICE_KINDS by a test.
 */
export const NOTICE_KIND_NAMES = [
  'NOMINATION_RECEIVED',
  'LISTING',
  'UNSUCCESSFUL_NOMINATION',
  'REVIEW_DECISION',
  'REMOVAL',
  'MORATORIUM',
  'MORATORIUM_PUBLICITY',
  'BID_REQUEST',
] as const;
export type NoticeKindName = (typeof NOTICE_KIND_NAMES)[number];
