import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LAMBDA_BUNDLE_BUDGET_BYTES,
  LAMBDA_BUNDLE_FILE,
  toEsbuildOptions,
} from '../../cdk/lib/lambda-bundling';
import { DEFAULT_LAMBDA_ENTRY } from '../../cdk/lib/register-app';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { buildingItemsFor } from '../../src/app/register-store';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { createTestTable } from '../support/dynamo';
import { samplePumpRoom } from '../support/sample-building';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:mash-register-test-cursor';

/**
 * The deployed bundle, built with the stack's own options: cold start grows with it, so it has a budget,
 * and the dead weight once found in it (a second Apollo Server, zod's locales, Apollo's protobuf) stays out.
 */
describe('the Lambda bundle', () => {
  let dir: string;
  let outfile: string;
  let inputs: string[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lambda-bundle-'));
    outfile = path.join(dir, LAMBDA_BUNDLE_FILE);
    const result = await build({
      ...toEsbuildOptions(DEFAULT_LAMBDA_ENTRY, outfile),
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
    inputs = Object.entries(output?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the descriptions out of the production bundle only: the SDL with them is in the dev one', async () => {
    const devFile = path.join(path.dirname(outfile), 'dev', 'index.mjs');
    await build({
      ...toEsbuildOptions(DEFAULT_LAMBDA_ENTRY, devFile, { withSchemaDescriptions: true }),
      logLevel: 'warning',
    });
    const dev = readFileSync(devFile, 'utf8');
    const prod = readFileSync(outfile, 'utf8');
    // The deflated SDL is the bundle's longest string literal; it is in the dev bundle and not in prod.
    const longest = (text: string) =>
      Math.max(...[...text.matchAll(/"([A-Za-z0-9+/=]{2000,})"/g)].map((m) => m[1]?.length ?? 0));
    expect(longest(dev)).toBeGreaterThan(40_000);
    expect(longest(prod)).toBeLessThan(40_000);
    expect(dev.length - prod.length).toBeGreaterThan(40_000);
  });

  it(`stays within its budget of ${LAMBDA_BUNDLE_BUDGET_BYTES.toLocaleString('en-GB')} bytes minified (issue 17)`, () => {
    expect(statSync(outfile).size).toBeLessThanOrEqual(LAMBDA_BUNDLE_BUDGET_BYTES);
  });

  it('holds one copy of Apollo Server and graphql-tools, the ESM one', () => {
    const commonJsCopies = inputs.filter((input) =>
      /node_modules\/(@apollo\/server|@graphql-tools\/[^/]+)\/dist\/cjs\//.test(input),
    );

    expect(commonJsCopies).toEqual([]);
    expect(inputs.some((input) => input.includes('@apollo/server/dist/esm/'))).toBe(true);
  });

  it("keeps zod's English messages only, no usage-reporting protobuf and no JavaScript SHA", () => {
    const locales = inputs.filter(
      (input) => input.includes('node_modules/zod/') && input.includes('/locales/'),
    );

    expect(locales.map((input) => path.basename(input))).toEqual(['en.js']);
    expect(inputs.filter((input) => input.includes('@apollo/usage-reporting-protobuf'))).toEqual([]);
    expect(inputs.filter((input) => input.includes('node_modules/sha.js/'))).toEqual([]);
  });

  it('leaves out what Lambda never runs: other credential sources, usage reporting, graphql-tools, endpoint discovery', () => {
    const unused = inputs.filter((input) =>
      /node_modules\/(@aws-sdk\/(middleware-endpoint-discovery|endpoint-cache)\/|mnemonist\/|@aws-sdk\/(nested-clients|credential-provider-(ini|sso|login|web-identity|node))\/|lodash\.sortby\/|@graphql-tools\/)/.test(
        input,
      ),
    );

    expect(unused).toEqual([]);
  });

  it('holds none of the libraries written in src/geo or the stubs instead: proj4, geolib, ngeohash, geographiclib, lru-cache, async-retry, loglevel, Powertools Metrics', () => {
    const replaced = inputs.filter((input) =>
      /node_modules\/(proj4|wkt-parser|mgrs|geolib|ngeohash|geographiclib-geodesic|lru-cache|async-retry|retry|loglevel|@aws-lambda-powertools\/metrics)\//.test(
        input,
      ),
    );

    expect(replaced).toEqual([]);
  });

  it('holds no explorer: GraphiQL, React and Monaco ship in the dev layer only', () => {
    const explorer = inputs.filter((input) =>
      /node_modules\/(graphiql|@graphiql\/|react|react-dom|monaco-)|scripts\/explorer\//.test(input),
    );

    expect(explorer).toEqual([]);
    expect(readFileSync(outfile, 'utf8')).not.toContain('MASH Register API explorer');
  });

  it('answers GraphQL and an open-data download as deployed: stubs unused, lazily loaded parts present', async () => {
    const table = await createTestTable();
    const building = samplePumpRoom();
    await createDocumentClient(table.client).send(
      new BatchWriteCommand({
        RequestItems: {
          [table.tableName]: buildingItemsFor(building).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
    const event = (method: string, rawPath: string, body?: unknown) => ({
      version: '2.0',
      rawPath,
      rawQueryString: '',
      headers: { 'content-type': 'application/json', host: 'api.example.org' },
      requestContext: { http: { method, path: rawPath, sourceIp: '203.0.113.9' }, requestId: 'r' },
      ...(body ? { body: JSON.stringify(body) } : {}),
      isBase64Encoded: false,
    });
    const script = `
      const { handler } = await import(${JSON.stringify(new URL(`file://${outfile}`).href)});
      const context = { awsRequestId: 'bundle-test', getRemainingTimeInMillis: () => 10000 };
      const graphql = await handler(${JSON.stringify(
        event('POST', '/graphql', {
          query: 'query ($id: ID!) { building(id: $id) { name category } }',
          variables: { id: building.id },
        }),
      )}, context);
      const csv = await handler(${JSON.stringify(event('GET', '/open-data/E07000078/land-and-building-assets.csv'))}, context);
      process.stdout.write('RESULT ' + JSON.stringify({ graphql, csv }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        AWS_REGION: 'eu-west-2',
        AWS_LAMBDA_FUNCTION_NAME: 'bundle-test',
        STAGE: 'test',
        TABLE_NAME: table.tableName,
        DYNAMODB_ENDPOINT: table.endpoint,
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: 'eu-west-2_Bundle000',
        COGNITO_CLIENT_ID: 'bundleclient0000000000000000',
        PLATFORM_ADMIN_IDS: '',
        CURSOR_SECRET: 'c'.repeat(64),
        INTROSPECTION: 'false',
      },
    });
    expect(child.stderr).toBe('');
    const lines = child.stdout.trim().split('\n');
    const { graphql, csv } = JSON.parse(lines.pop()?.replace(/^RESULT /, '') ?? '') as Record<
      string,
      { statusCode: number; body: string }
    >;
    // The Lambda's request log: one Powertools JSON line per request, before the answers are printed.
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({
        level: 'INFO',
        message: 'request',
        requestId: 'bundle-test',
        method: 'POST',
        path: '/graphql',
        operation: 'building',
        caller: 'anonymous',
        status: 200,
        result: 'OK',
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/open-data/E07000078/land-and-building-assets.csv',
        status: 200,
      }),
    ]);

    expect(graphql?.statusCode).toBe(200);
    expect(JSON.parse(graphql?.body ?? '{}')).toEqual({
      data: { building: { name: 'Pittville Pump Room', category: 'HERITAGE' } },
    });
    expect(csv?.statusCode).toBe(200);
    // The grid reference comes from src/geo/british-national-grid.ts, loaded with the open-data code on this first download.
    expect(csv?.body).toMatch(/Pittville Pump Room.*395\d{3}.*223\d{3}/);
  });

  it('fetches the cursor secret from Secrets Manager at init and signs cursors with it', async () => {
    const table = await createTestTable();
    const building = samplePumpRoom();
    await createDocumentClient(table.client).send(
      new BatchWriteCommand({
        RequestItems: {
          [table.tableName]: buildingItemsFor(building).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
    // A stand-in answering GetSecretValue as Secrets Manager does (JSON 1.1), recording what it was asked.
    const asked: { target: string | undefined; body: string }[] = [];
    const secretsManager = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        asked.push({ target: request.headers['x-amz-target'] as string | undefined, body });
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ ARN: SECRET_ARN, Name: 'cursor', SecretString: 's'.repeat(64) }));
      });
    });
    await new Promise<void>((resolve) => secretsManager.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = secretsManager.address() as AddressInfo;
      const script = `
        const { handler } = await import(${JSON.stringify(new URL(`file://${outfile}`).href)});
        const response = await handler(${JSON.stringify({
          version: '2.0',
          rawPath: '/graphql',
          rawQueryString: '',
          headers: { 'content-type': 'application/json', host: 'api.example.org' },
          requestContext: {
            http: { method: 'POST', path: '/graphql', sourceIp: '203.0.113.9' },
            requestId: 'r',
          },
          body: JSON.stringify({
            query:
              'query ($c: String!) { buildingsByCouncil(councilCode: $c, first: 1) { pageInfo { endCursor } } }',
            variables: { c: building.councilCode },
          }),
          isBase64Encoded: false,
        })}, { awsRequestId: 'secret-test', getRemainingTimeInMillis: () => 10000 });
        process.stdout.write(JSON.stringify(response));
      `;
      const child = spawn(process.execPath, ['--input-type=module', '--eval', script], {
        env: {
          PATH: process.env['PATH'] ?? '',
          AWS_REGION: 'eu-west-2',
          AWS_LAMBDA_FUNCTION_NAME: 'bundle-test',
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${port}`,
          STAGE: 'test',
          TABLE_NAME: table.tableName,
          DYNAMODB_ENDPOINT: table.endpoint,
          AUTH_MODE: 'cognito',
          COGNITO_USER_POOL_ID: 'eu-west-2_Bundle000',
          COGNITO_CLIENT_ID: 'bundleclient0000000000000000',
          PLATFORM_ADMIN_IDS: '',
          CURSOR_SECRET_ARN: SECRET_ARN,
          INTROSPECTION: 'false',
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      // The answer is the last line: the bundle logs the request (src/lambda/request-log.ts) before it.
      const response = JSON.parse(stdout.trim().split('\n').pop() ?? '') as {
        statusCode: number;
        body: string;
      };
      const body = JSON.parse(response.body) as {
        data?: { buildingsByCouncil: { pageInfo: { endCursor: string | null } } };
      };

      expect(response.statusCode).toBe(200);
      expect(body.data?.buildingsByCouncil.pageInfo.endCursor).toEqual(expect.any(String));
      expect(asked).toEqual([
        { target: 'secretsmanager.GetSecretValue', body: JSON.stringify({ SecretId: SECRET_ARN }) },
      ]);
    } finally {
      secretsManager.close();
    }
  });

  it('ships a source map naming the TypeScript sources, for stack traces in the logs', () => {
    const map = JSON.parse(readFileSync(`${outfile}.map`, 'utf8')) as { sources: string[] };

    expect(map.sources.some((source) => source.endsWith('src/app/graphql-server.ts'))).toBe(true);
  });
});

describe("the Lambda bundle's AWS credentials (environment only)", () => {
  it('reads the function role credentials Lambda puts in the environment', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'credentials-'));
    const saved = { ...process.env };
    try {
      const entry = path.join(dir, 'entry.ts');
      writeFileSync(
        entry,
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\n" +
          "export const credentials = () => new DynamoDBClient({ region: 'eu-west-2' }).config.credentials();\n",
      );
      const outfile = path.join(dir, 'entry.mjs');
      await build({
        ...toEsbuildOptions(entry, outfile),
        nodePaths: [path.resolve('node_modules')],
        sourcemap: false,
        logLevel: 'silent',
      });
      Object.assign(process.env, {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret-example',
        AWS_SESSION_TOKEN: 'session-example',
      });
      const bundled = (await import(outfile)) as { credentials: () => Promise<Record<string, unknown>> };

      await expect(bundled.credentials()).resolves.toMatchObject({
        accessKeyId: 'AKIDEXAMPLE',
        secretAccessKey: 'secret-example',
        sessionToken: 'session-example',
      });
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
