import { paginateScan } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { TestTable } from './dynamo';

type Item = Record<string, unknown>;

/** Every item of a test table (a Scan: fine for a test's own small table, never on a request path). */
export async function readWholeTable(table: TestTable): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of paginateScan({ client: table.client }, { TableName: table.tableName })) {
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
  }
  return items;
}

/**
 * What a half-written change would leave behind, as one line per problem (empty when the table is whole):
 * a record without an audit event for each of its versions, an audit event of a record that does not exist,
 * a current building missing from its list indexes, an organisation whose council-area entries do not match
 * its council areas, a UPRN claim held by a building that does not hold that UPRN, an admin count that does
 * not match the admins, a membership without the audit event of its version.
 */
export async function findHalfWrittenRecords(table: TestTable): Promise<string[]> {
  const items = await readWholeTable(table);
  const problems: string[] = [];
  const audits = new Map<string, number[]>();
  for (const item of items.filter((i) => i['entity'] === 'AuditEvent')) {
    const key = `${String(item['recordType'])}#${String(item['recordId'])}`;
    audits.set(key, [...(audits.get(key) ?? []), Number(item['version'])]);
  }
  const records = new Map<string, Item>();
  for (const item of items) {
    if (item['entity'] === 'Building') records.set(`BUILDING#${String(item['id'])}`, item);
    if (item['entity'] === 'Organisation') records.set(`ORGANISATION#${String(item['id'])}`, item);
  }
  for (const [key, record] of records) {
    const versions = new Set(audits.get(key) ?? []);
    for (let version = 1; version <= Number(record['version']); version++) {
      if (!versions.has(version))
        problems.push(`${key} v${String(record['version'])} has no audit event for v${version}`);
    }
  }
  for (const key of audits.keys()) {
    const [type] = key.split('#');
    if ((type === 'BUILDING' || type === 'ORGANISATION') && !records.has(key)) {
      problems.push(`audit events of ${key}, which does not exist`);
    }
  }
  for (const building of items.filter((i) => i['entity'] === 'Building')) {
    const id = String(building['id']);
    if (!building['archivedAt'] && !building['gsi1pk'])
      problems.push(`building ${id} is not listed by council`);
    if (!building['archivedAt'] && building['ownerOrganisationId'] && !building['gsi2pk']) {
      problems.push(`building ${id} is not listed by owner`);
    }
  }
  for (const claim of items.filter((i) => i['entity'] === 'UprnClaim')) {
    const holder = records.get(`BUILDING#${String(claim['buildingId'])}`);
    if (!holder || holder['archivedAt'] || holder['uprn'] !== claim['uprn']) {
      problems.push(
        `UPRN claim ${String(claim['pk'])} names building ${String(claim['buildingId'])}, which does not hold it`,
      );
    }
  }
  for (const organisation of items.filter((i) => i['entity'] === 'Organisation')) {
    const id = String(organisation['id']);
    const listed = items
      .filter((i) => i['entity'] === 'OrganisationArea' && i['organisationId'] === id)
      .map((i) => String(i['gsi1pk']))
      .sort();
    const expected = (organisation['councilAreas'] as string[]).map((area) => `AREA#${area}#ORG`).sort();
    if (listed.join() !== expected.join()) {
      problems.push(
        `organisation ${id} is listed in [${listed.join(', ')}] but works in [${expected.join(', ')}]`,
      );
    }
  }
  for (const counter of items.filter((i) => String(i['sk']) === 'ADMINS')) {
    const admins = items.filter(
      (i) => i['entity'] === 'Membership' && i['pk'] === counter['pk'] && i['role'] === 'ADMIN',
    ).length;
    if (Number(counter['adminCount']) !== admins) {
      problems.push(
        `${String(counter['pk'])} counts ${String(counter['adminCount'])} admins but has ${admins}`,
      );
    }
  }
  for (const membership of items.filter((i) => i['entity'] === 'Membership')) {
    const key = `MEMBERSHIP#${String(membership['organisationId'])}/${String(membership['userId'])}`;
    if (!(audits.get(key) ?? []).includes(Number(membership['version']))) {
      problems.push(`${key} v${String(membership['version'])} has no audit event`);
    }
  }
  return problems;
}
