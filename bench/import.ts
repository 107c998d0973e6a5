/**
 * Import throughput: `npm run import`'s engine (CSV reading, projection, batching, the GraphQL client over
 * HTTP) against the API served by the Lambda handler over a real DynamoDB Local, for a generated
 * Transparency Code file (Cheltenham 2021 layout, Windows-1252).
 *
 *   npx tsx bench/import.ts [rows]      (default 10000)
 *
 * Reports rows per second for the first import (every row created) and for the same file again (every row
 * unchanged), and DynamoDB requests per row. Everything runs on this machine, so the figures compare
 * versions of this code; DynamoDB in AWS has other latencies.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { createApp } from '../src/app';
import { createLocalTokenVerifier } from '../src/auth/token-verifier';
import { readConfig } from '../src/config';
import { createGraphQLClient } from '../src/import/graphql-client';
import { runImport } from '../src/import/run-import';
import type { ImportOptions } from '../src/import/run-import';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { generateSigningKey, signLocalToken, toJwks } from '../src/local/signing-key';
import { createDynamoClient, ensureTable } from '../src/store';
import { serveOverHttp } from '../tests/support/http-server';

const ROWS = Number(process.argv[2] ?? 10_000);
const CHELTENHAM = 'E07000078';
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** A Cheltenham-like file: several assets per site UPRN, line breaks in streets, partial postcodes. */
function generateFile(rows: number): string {
  const lines = [
    'Organisation,OrganisationLabel,Organisation,OrganisationLabel,UPRN,AssetCode,PropertyName,StreetName,PostTown,PostCode,GeoX,GeoY,TenureType,TenureDetail,HoldingType',
  ];
  for (let i = 0; i < rows; i++) {
    const site = Math.floor(i / 3);
    const uprn = String(100120000000 + site).padStart(12, '0');
    const land = i % 2 === 0;
    lines.push(
      [
        'Cheltenham Borough Council',
        '23UB',
        'Cheltenham Borough Council',
        '23UB',
        i % 5 === 0 ? `0${uprn.slice(1)}` : uprn,
        `09/${String(i).padStart(5, '0')}/${land ? 'Land' : 'Land and Building'}`,
        i % 7 === 0 ? 'N/A' : `Asset ${i} at site ${site}`,
        `"Unit ${i % 40}\r${['High Street', 'Promenade', 'Bath Road', 'Hewlett Road'][i % 4]}\r \r"`,
        'Cheltenham',
        i % 3 === 0
          ? ''
          : `"GL5${i % 4} ${1 + (i % 9)}${'ABDEFGHJLNPQRSTUWXYZ'[i % 20]}${'ABDEFGHJLNPQRSTUWXYZ'[(i * 7) % 20]}\n"`,
        `${391000 + (i % 6000)}.00`,
        `${219000 + ((i * 13) % 6000)}.00`,
        i % 9 === 0 ? 'Leasehold' : 'Freehold\u00a0',
        ['Occupied by local authority', 'Leasehold', 'Licence', 'Vacant'][i % 4],
        land ? 'Land' : 'Land and Building',
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
try {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
  let requests = 0;
  client.middlewareStack.add((next) => async (args) => (requests++, next(args)), { step: 'initialize' });
  const tableName = 'bench-import';
  await ensureTable(client, tableName);
  const key = generateSigningKey();
  const secret = randomUUID() + randomUUID();
  const app = createApp({
    config: readConfig({
      TABLE_NAME: tableName,
      AUTH_MODE: 'local',
      CURSOR_SECRET: secret,
      STAGE: 'bench',
      PLATFORM_ADMIN_IDS: 'platform-admin',
    }),
    cursorSecret: secret,
    tokenVerifier: createLocalTokenVerifier(toJwks(key)),
    dynamoClient: client,
    logger: quiet,
  });
  const server = await serveOverHttp({ app });
  const as = (userId: string) =>
    createGraphQLClient({ endpoint: server.url, token: signLocalToken(key, { userId }) });
  const admin = as('platform-admin');
  const council = await admin<{ createOrganisation: { id: string } }>(
    'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
    { i: { kind: 'COUNCIL', name: 'Cheltenham Borough Council', gssCode: CHELTENHAM, councilAreas: [] } },
  );
  await admin(
    'mutation ($o: ID!) { addMember(organisationId: $o, userId: "officer", role: EDITOR) { userId } }',
    {
      o: council.createOrganisation.id,
    },
  );

  const dir = mkdtempSync(join(tmpdir(), 'mash-bench-import-'));
  const file = join(dir, 'assets.csv');
  writeFileSync(file, iconv.encode(generateFile(ROWS), 'windows-1252'));
  const options: ImportOptions = {
    file,
    format: 'transparency-code',
    council: CHELTENHAM,
    ownerOrganisationId: null,
    ownerName: null,
    visibility: null,
    dryRun: false,
    archiveMissing: false,
    columns: new Map(),
    defaultCategory: 'OTHER',
    reportPath: join(dir, 'report.csv'),
    batchSize: 100,
    progress: false,
    log: () => undefined,
  };
  const officer = as('officer');

  console.log(
    `import of a generated ${ROWS}-row Transparency Code file (Windows-1252), batches of 100, over HTTP:`,
  );
  for (const label of ['first import (creates)', 'same file again (unchanged)']) {
    requests = 0;
    const summary = await runImport(options, officer);
    console.log(
      `  ${label.padEnd(28)} ${summary.rowsPerSecond.toFixed(0).padStart(6)} rows/s  ` +
        `(${summary.seconds.toFixed(1)} s; created ${summary.created}, unchanged ${summary.unchanged}, ` +
        `rejected ${summary.rejected}, flagged ${summary.flagged}; ${(requests / ROWS).toFixed(2)} DynamoDB requests/row)`,
    );
  }
  await server.stop();
  client.destroy();
} finally {
  await dynamo.stop();
}
