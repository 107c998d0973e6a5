/**
 * The harness both import benchmarks share (bench/import.ts, bench/acv-register-import.ts): a DynamoDB Local
 * of their own, the app served over HTTP as `npm start` serves it, Cheltenham's council with an officer, and
 * `npm run import`'s engine run twice over the same file (first import, then the same file again), with rows
 * per second and DynamoDB requests per row.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphQLClient } from '../../src/import/graphql-client';
import { runImport } from '../../src/import/run-import';
import type { ImportOptions } from '../../src/import/run-import';
import { findFreePort, startDynamoDbLocal } from '../../src/local/dynamodb-local';
import { createDynamoClient, ensureTable } from '../../src/app/register-store';
import { serveOverHttp } from '../../tests/support/http-server';
import { importOptions } from '../../tests/support/import-options';
import { createBenchApp } from './bench-app';

export const CHELTENHAM = 'E07000078';

export async function runImportBench(bench: {
  /** What the heading says the file is. */
  readonly description: string;
  readonly format: ImportOptions['format'];
  readonly rows: number;
  /** The file's bytes (or UTF-8 text). */
  readonly contents: string | Uint8Array;
}): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
  try {
    const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
    let requests = 0;
    client.middlewareStack.add((next) => async (args) => (requests++, next(args)), { step: 'initialize' });
    const tableName = `bench-${bench.format}`;
    await ensureTable(client, tableName);
    const { app, tokenOf } = createBenchApp(client, tableName, 'platform-admin');
    const server = await serveOverHttp({ app });
    const as = (userId: string) => createGraphQLClient({ endpoint: server.url, token: tokenOf(userId) });
    const admin = as('platform-admin');
    const council = await admin<{ createOrganisation: { id: string } }>(
      'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { kind: 'COUNCIL', name: 'Cheltenham Borough Council', gssCode: CHELTENHAM, councilAreas: [] } },
    );
    await admin(
      'mutation ($o: ID!) { addMember(organisationId: $o, userId: "officer", role: EDITOR) { userId } }',
      { o: council.createOrganisation.id },
    );

    const dir = mkdtempSync(join(tmpdir(), 'mash-bench-import-'));
    const file = join(dir, 'import.csv');
    writeFileSync(file, bench.contents);
    const options = importOptions(file, { format: bench.format, reportPath: join(dir, 'report.csv') });
    const officer = as('officer');

    console.log(`import of a generated ${bench.rows}-row ${bench.description}, batches of 100, over HTTP:`);
    for (const label of ['first import (creates)', 'same file again (unchanged)']) {
      requests = 0;
      const summary = await runImport(options, officer);
      console.log(
        `  ${label.padEnd(28)} ${summary.rowsPerSecond.toFixed(0).padStart(6)} rows/s  ` +
          `(${summary.seconds.toFixed(1)} s; created ${summary.created}, unchanged ${summary.unchanged}, ` +
          `rejected ${summary.rejected}, flagged ${summary.flagged}; ${(requests / bench.rows).toFixed(2)} DynamoDB requests/row)`,
      );
    }
    await server.stop();
    client.destroy();
  } finally {
    await dynamo.stop();
  }
}
