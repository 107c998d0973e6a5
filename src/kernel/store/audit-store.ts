import type { AuditStore, Page, PageRequest } from '../domain/ports';
import type { AuditEvent, RecordType } from '../domain/records';
import { auditPartition } from './keys';
import { toRecord } from './items';
import type { Table } from './table';

/** Reads audit events; they are written by the other stores in the same transaction as each change. */
export class DynamoAuditStore implements AuditStore {
  constructor(private readonly table: Table) {}

  listHistory(recordType: RecordType, recordId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    return this.table.queryPage(
      {
        indexName: null,
        partition: auditPartition(recordType, recordId),
        newestFirst: true,
        cursorQuery: `history|${recordType}|${recordId}`,
      },
      page,
      (item) => toRecord<AuditEvent>(item),
    );
  }
}
