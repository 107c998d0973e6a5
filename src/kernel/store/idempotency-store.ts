import type { IdempotencyClaim } from '../domain/idempotency';
import type { IdempotencyStore } from '../domain/ports';
import { toClaim } from './items';
import { idempotencyKey } from './keys';
import type { Table } from './table';
import { TABLE_DEFINITION } from './table-definition';

/** Reads idempotency claims; they are written by idempotencyWrites inside each create's transaction. */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(private readonly table: Table) {}

  async getIdempotencyClaim(scope: string, key: string, at: string): Promise<IdempotencyClaim | null> {
    const item = await this.table.get(idempotencyKey(scope, key));
    if (!item) return null;
    // TTL deletes lazily: a claim past its window is treated as gone, as the create's condition treats it.
    const expires = item[TABLE_DEFINITION.timeToLiveAttribute];
    if (typeof expires === 'number' && expires < Math.floor(Date.parse(at) / 1000)) return null;
    return toClaim(item, { scope, key });
  }
}
