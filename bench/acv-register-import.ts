/**
 * ACV register import throughput: `npm run import -- --format acv-register` (CSV reading, batching, the
 * GraphQL client over HTTP) against importAcvEntries served by the app over a real DynamoDB Local, for a
 * generated list in the planning.data.gov.uk asset-of-community-value fields: listings (some expired, some
 * in a moratorium, some removed), unsuccessful and pending nominations, dates in both written forms.
 *
 *   npx tsx bench/acv-register-import.ts [rows]      (default 2000)
 *
 * Reports rows per second for the first import (every row created) and for the same file again (every row
 * unchanged), and DynamoDB requests per row. Everything runs on this machine, so the figures compare
 * versions of this code; DynamoDB in AWS has other latencies.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { createLocalTokenVerifier } from '../src/auth/token-verifier';
import { readConfig } from '../src/config';
import { addDays } from '../src/domain/acv-timetable';
import { createGraphQLClient } from '../src/import/graphql-client';
import { runImport } from '../src/import/run-import';
import type { ImportOptions } from '../src/import/run-import';
import { findFreePort, startDynamoDbLocal } from '../src/local/dynamodb-local';
import { generateSigningKey, signLocalToken, toJwks } from '../src/local/signing-key';
import { createDynamoClient, ensureTable } from '../src/store';
import { serveOverHttp } from '../tests/support/http-server';

const ROWS = Number(process.argv[2] ?? 2_000);
const CHELTENHAM = 'E07000078';
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A council's list: mostly listings over the last seven years, some sold on, refused, pending or removed. */
function generateFile(rows: number): string {
  const lines = [
    'reference,name,address-text,description,point,organisation,nomination-date,nominating-group,decision,decision-date,expiry-date,notification-to-sell-date,interested-group,protected-period-start-date,notes,entry-date,start-date,end-date',
  ];
  for (let i = 0; i < rows; i++) {
    const nominated = addDays('2019-01-07', (i * 7) % 2500);
    const decided = addDays(nominated, 40);
    const kind = i % 10;
    const notice = kind === 3 ? addDays(decided, 400) : null;
    const cells = [
      `ACV/${String(i).padStart(6, '0')}`,
      `"Asset ${i}, ${['The Plough', 'Village Hall', 'Community Shop', 'Playing Field'][i % 4]}"`,
      `"${i % 90} High Street, Cheltenham, GL5${i % 4} ${1 + (i % 9)}AB"`,
      'Nominated for its community use',
      `POINT(${(-2.1 + (i % 100) / 1000).toFixed(4)} ${(51.88 + (i % 50) / 1000).toFixed(4)})`,
      CHELTENHAM,
      i % 2 ? nominated : dayFirst(nominated),
      `Friends of asset ${i}`,
      kind === 7 ? 'unsuccessful' : kind === 8 ? 'pending' : 'listed',
      kind === 8 ? '' : decided,
      '',
      notice && notice <= '2026-11-01' ? notice : '',
      notice && notice <= '2026-11-01' && i % 20 === 3 ? `Asset ${i} Community Trust` : '',
      '',
      kind === 7 ? 'Not of community value' : '',
      decided,
      '',
      kind === 6 ? addDays(decided, 300) : '',
    ];
    lines.push(cells.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

const dynamo = await startDynamoDbLocal({ port: await findFreePort(), dataDir: null });
try {
  const client = createDynamoClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
  let requests = 0;
  client.middlewareStack.add((next) => async (args) => (requests++, next(args)), { step: 'initialize' });
  const tableName = 'bench-acv-register-import';
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

  const dir = mkdtempSync(join(tmpdir(), 'mash-bench-acv-import-'));
  const file = join(dir, 'acv.csv');
  writeFileSync(file, generateFile(ROWS));
  const options: ImportOptions = {
    file,
    format: 'acv-register',
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
    `import of a generated ${ROWS}-row ACV register file (planning.data.gov.uk fields), batches of 100, over HTTP:`,
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
