/**
 * Daily digests, gathered without a Scan:
 * - `DIGEST#<day>#<userId>` / `ENTRY#<messageId>`: one entry per message in a person's digest of a day (one
 *   Query reads the digest; the same message queued twice is the same item);
 * - `DIGESTDAY#<day>` / `USER#<userId>`: who has a digest that day (one Query, paged, lists them);
 * - `DIGESTSENT#<day>#<userId>` / `DIGESTSENT`: the claim on sending it (state SENDING, then SENT).
 * Entries and day items expire after DIGEST_RETENTION_DAYS (the table's TTL attribute `expiresAtEpoch`).
 */
import { INDEX } from '../../../kernel/store/access-pattern';
import { toRecord } from '../../../kernel/store/items';
import type { ItemKey } from '../../../kernel/store/keys';
import type { GuardedWrite, Table } from '../../../kernel/store/table';
import { ConflictError } from '../../../kernel/domain/errors';
import type { DigestEntry } from '../domain/digest-email';
import type { DigestQueueEntry, DigestStore, DigestUser } from '../domain/preferences-port';

const DIGEST_RETENTION_DAYS = 30;
const USERS_PER_PAGE = 100;

export const digestEntryKey = (day: string, userId: string, messageId: string): ItemKey => ({
  pk: `DIGEST#${day}#${userId}`,
  sk: `ENTRY#${messageId}`,
});
export const digestDayKey = (day: string, userId: string): ItemKey => ({
  pk: `DIGESTDAY#${day}`,
  sk: `USER#${userId}`,
});
export const digestClaimKey = (day: string, userId: string): ItemKey => ({
  pk: `DIGESTSENT#${day}#${userId}`,
  sk: 'DIGESTSENT',
});

const expiresAtEpoch = (day: string) =>
  Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000) + DIGEST_RETENTION_DAYS * 86_400;

/**
 * The writes that add a message to a person's digest: for the notifier's transaction that marks the delivery
 * DIGEST_QUEUED, so the delivery and its digest entry exist together. Both Puts are idempotent.
 */
export function digestQueueWrites(tableName: string, entry: DigestQueueEntry): GuardedWrite[] {
  const { userId, email, day, ...shown } = entry;
  const ttl = expiresAtEpoch(day);
  return [
    {
      write: {
        Put: {
          TableName: tableName,
          Item: {
            ...digestEntryKey(day, userId, entry.messageId),
            entity: 'DigestEntry',
            ...shown,
            expiresAtEpoch: ttl,
          },
        },
      },
    },
    {
      write: {
        Put: {
          TableName: tableName,
          Item: {
            ...digestDayKey(day, userId),
            entity: 'DigestDay',
            userId,
            email,
            day,
            expiresAtEpoch: ttl,
          },
        },
      },
    },
  ];
}

export class DynamoDigestStore implements DigestStore {
  constructor(private readonly table: Table) {}

  async queue(entry: DigestQueueEntry): Promise<void> {
    await this.table.transact(digestQueueWrites(this.table.tableName, entry));
  }

  async listDigestUsers(
    day: string,
    after: string | null,
  ): Promise<{ readonly users: readonly DigestUser[]; readonly next: string | null }> {
    const start = after ? { ...digestDayKey(day, after) } : undefined;
    const read = await this.table.queryFrom(
      { indexName: INDEX.table, partition: digestDayKey(day, '').pk, sortPrefix: 'USER#' },
      start,
      USERS_PER_PAGE,
    );
    const users = read.items.map((item) => ({
      userId: String(item['userId']),
      email: String(item['email']),
    }));
    return { users, next: read.next ? (users.at(-1)?.userId ?? null) : null };
  }

  async listDigestEntries(day: string, userId: string): Promise<DigestEntry[]> {
    const items = await this.table.queryAll({
      indexName: INDEX.table,
      partition: digestEntryKey(day, userId, '').pk,
      sortPrefix: 'ENTRY#',
      consistent: true,
    });
    return items.map((item) => {
      const { expiresAtEpoch: _ttl, ...entry } = toRecord<DigestEntry & { expiresAtEpoch?: number }>(item);
      void _ttl;
      return entry;
    });
  }

  async claimDigest(day: string, userId: string, at: string): Promise<boolean> {
    try {
      await this.table.transact([
        {
          write: {
            Put: {
              TableName: this.table.tableName,
              Item: {
                ...digestClaimKey(day, userId),
                entity: 'DigestClaim',
                state: 'SENDING',
                claimedAt: at,
              },
              // A digest SENT is final; one whose sending failed or never finished may be claimed again.
              ConditionExpression: 'attribute_not_exists(pk) OR #state <> :sent',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':sent': 'SENT' },
            },
          },
          onConditionFailed: () => new ConflictError('digest already sent'),
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  async markDigestSent(day: string, userId: string, at: string, providerMessageId: string): Promise<void> {
    await this.table.transact([
      {
        write: {
          Put: {
            TableName: this.table.tableName,
            Item: {
              ...digestClaimKey(day, userId),
              entity: 'DigestClaim',
              state: 'SENT',
              sentAt: at,
              providerMessageId,
            },
          },
        },
      },
    ]);
  }

  async releaseDigest(day: string, userId: string): Promise<void> {
    await this.table.transact([
      {
        write: {
          Delete: {
            TableName: this.table.tableName,
            Key: digestClaimKey(day, userId),
            ConditionExpression: '#state <> :sent',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':sent': 'SENT' },
          },
        },
        onConditionFailed: () => new ConflictError('digest already sent'),
      },
    ]);
  }
}
