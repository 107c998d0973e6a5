/**
 * The outbox records the table's stream carries, read as messages for the notifier (issue 19): an ACV
 * statutory notice (entity `AcvNotice`, src/registers/acv/domain/acv-outbox.ts) or any other register's
 * notification (entity `Notification`, src/kernel/store/outbox-items.ts); anything else on the stream is not
 * the notifier's (null). Both entry points read through this: the local stream reader and the Lambda.
 *
 * An ACV notice names its council by GSS code only, so the council's name (the sender) and its register
 * organisation (whose webhooks hear of the notice) are looked up as it is read, once per council for a few
 * minutes: a council is renamed rarely, and a step need not read the council to write its notices.
 */
import type { OutboxMessage } from '../kernel/domain/outbox';
import type { Organisation } from '../kernel/domain/records';
import { NOTIFICATION_ENTITY, notificationFromItem } from '../kernel/store/outbox-items';
import { toRecord } from '../kernel/store/items';
import { acvNoticeMessage } from '../registers/acv/domain/acv-outbox';
import type { AcvNoticeNames } from '../registers/acv/domain/acv-outbox';
import type { AcvNotice } from '../registers/acv/domain/acv-records';

export const ACV_NOTICE_ENTITY = 'AcvNotice';

/** The entities whose new items are outbox records (the Lambda's event filter names the same). */
export const OUTBOX_ENTITIES = [ACV_NOTICE_ENTITY, NOTIFICATION_ENTITY] as const;

/** Finds a council by its GSS code (the organisations store's findCouncilByGssCode). */
export interface CouncilLookup {
  findCouncilByGssCode(gssCode: string): Promise<Pick<Organisation, 'id' | 'name'> | null>;
}

export type OutboxReader = (item: Record<string, unknown>) => Promise<OutboxMessage | null>;

/** How long a council's name is kept before it is looked up again. */
export const COUNCIL_NAMES_TTL_MS = 5 * 60_000;

/** Reads outbox records, looking councils up through `councils` (cached for `ttlMs`). */
export function createOutboxReader(
  councils: CouncilLookup,
  { ttlMs = COUNCIL_NAMES_TTL_MS, now = () => Date.now() }: { ttlMs?: number; now?: () => number } = {},
): OutboxReader {
  const cache = new Map<string, { readonly names: Promise<AcvNoticeNames>; readonly until: number }>();
  const namesOf = (councilCode: string): Promise<AcvNoticeNames> => {
    const cached = cache.get(councilCode);
    if (cached && cached.until > now()) return cached.names;
    const names = councils.findCouncilByGssCode(councilCode).then((council) => ({
      councilName: council?.name ?? null,
      councilOrganisationId: council?.id ?? null,
    }));
    // A failed lookup is not kept: the record is retried and looks again.
    names.catch(() => cache.delete(councilCode));
    cache.set(councilCode, { names, until: now() + ttlMs });
    return names;
  };
  return async (item) => {
    if (item['entity'] === NOTIFICATION_ENTITY) return notificationFromItem(item);
    if (item['entity'] !== ACV_NOTICE_ENTITY) return null;
    const notice = toRecord<AcvNotice>(item);
    return acvNoticeMessage(notice, await namesOf(notice.councilCode));
  };
}
