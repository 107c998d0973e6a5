/**
 * The store: the only code that knows DynamoDB. createRegisterStore wires the per-aggregate stores over one
 * table gateway and returns the domain's RegisterStore port.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RegisterStore } from '../domain/ports';
import { DynamoAcvStore } from './acv-store';
import { DynamoAuditStore } from './audit-store';
import { DynamoBuildingStore } from './building-store';
import { DynamoColocationStore } from './colocation-store';
import { DynamoIdempotencyStore } from './idempotency-store';
import { CursorCodec } from './cursor';
import { createDocumentClient, timeoutsFor } from './dynamo-client';
import { DynamoOrganisationStore } from './organisation-store';
import { Table } from './table';

export { createDynamoClient } from './dynamo-client';
export { ensureTable, buildCreateTableInput } from './ensure-table';
export { TABLE_DEFINITION } from './table-definition';
export { buildingItemsFor } from './building-store';
export { spaceOfferItemFor } from './colocation-store';

export interface StoreOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly cursorSecret: string;
  /** Where DynamoDB is: null for AWS; it sets how long a call may take (dynamo-client.ts). */
  readonly endpoint?: string | null;
}

export function createRegisterStore(options: StoreOptions): RegisterStore {
  const cursors = new CursorCodec(options.cursorSecret);
  const table = new Table(
    createDocumentClient(options.client),
    options.tableName,
    cursors,
    timeoutsFor(options.endpoint ?? null).callDeadlineMs,
  );
  return {
    ...bindMethods(new DynamoOrganisationStore(table)),
    ...bindMethods(new DynamoBuildingStore(table, cursors)),
    ...bindMethods(new DynamoAuditStore(table)),
    ...bindMethods(new DynamoColocationStore(table, cursors)),
    ...bindMethods(new DynamoIdempotencyStore(table)),
    ...bindMethods(new DynamoAcvStore(table)),
  };
}

type Methods<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] };

/** The public methods of a store instance, bound to it, as a plain object (so several can be merged). */
function bindMethods<T extends object>(instance: T): Methods<T> {
  const methods: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(instance))) {
    const value: unknown = Reflect.get(instance, name);
    if (name !== 'constructor' && typeof value === 'function') methods[name] = value.bind(instance);
  }
  return methods as Methods<T>;
}
