import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHELTENHAM, createCouncil } from '../support/fixtures';
import { createTestApp, errorCodes } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const officer = { userId: 'import-officer' };
const IMPORT = /* GraphQL */ `
  mutation ($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      created
      updated
      unchanged
      rejected
      flagged
      dryRun
      rows {
        line
        outcome
        buildingId
        problems {
          field
          message
        }
        warnings {
          code
        }
      }
    }
  }
`;

type Result = {
  importAssets: {
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    flagged: number;
    dryRun: boolean;
    rows: {
      line: number;
      outcome: string;
      buildingId: string | null;
      problems: { field: string }[];
      warnings: { code: string }[];
    }[];
  };
};

const rowAt = (line: number, overrides: Record<string, unknown> = {}) => ({
  line,
  name: `Asset ${line}`,
  assetReference: `REF-${line}`,
  uprn: '100121228178',
  address: { lines: ['High Street'], postTown: 'Cheltenham', postcode: 'GL50 1DY' },
  category: 'OTHER',
  ...overrides,
});

describe('importAssets', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, officer.userId);
  });

  it('checks every row on its own: a bad row is reported, a bad postcode left out, and the rest are written', async () => {
    const result = await t.ok<Result>(
      IMPORT,
      {
        input: {
          councilCode: CHELTENHAM,
          rows: [
            rowAt(2),
            rowAt(3, { uprn: '12ab' }),
            rowAt(4, { address: { lines: [], postcode: 'NOPE' } }),
          ],
        },
      },
      officer,
    );

    expect(result.importAssets).toMatchObject({ created: 2, rejected: 1 });
    expect(
      result.importAssets.rows.map((r) => [
        r.line,
        r.outcome,
        r.problems.map((p) => p.field),
        r.warnings.map((w) => w.code),
      ]),
    ).toEqual([
      [2, 'CREATED', [], []],
      [3, 'REJECTED', ['uprn'], []],
      [4, 'CREATED', [], ['POSTCODE_LEFT_OUT']],
    ]);
  });

  it('writes nothing in a dry run', async () => {
    const result = await t.ok<Result>(
      IMPORT,
      { input: { councilCode: CHELTENHAM, dryRun: true, rows: [rowAt(10), rowAt(2, { name: 'Renamed' })] } },
      officer,
    );
    const again = await t.ok<Result>(
      IMPORT,
      { input: { councilCode: CHELTENHAM, rows: [rowAt(2)] } },
      officer,
    );

    expect(result.importAssets).toMatchObject({ dryRun: true, created: 1, updated: 1 });
    expect(again.importAssets).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it('refuses a caller who may not write the council’s buildings, and a batch over 100 rows', async () => {
    const outsider = await t.run(
      IMPORT,
      { input: { councilCode: CHELTENHAM, rows: [rowAt(20)] } },
      { userId: 'nobody' },
    );
    const tooMany = await t.run(
      IMPORT,
      { input: { councilCode: CHELTENHAM, rows: Array.from({ length: 101 }, (_, i) => rowAt(100 + i)) } },
      officer,
    );

    expect(errorCodes(outsider)).toEqual(['FORBIDDEN']);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.['field']).toBe('input.rows');
  });

  it('writes the rows of a group one by one when their shared transaction fails', async () => {
    let failedOnce = false;
    const sent: number[] = [];
    t.table.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') {
          const items = (args.input as { TransactItems?: unknown[] }).TransactItems?.length ?? 0;
          sent.push(items);
          if (!failedOnce && items > 5) {
            failedOnce = true;
            // A condition that failed (as a taken asset reference would): not retried by the gateway, unlike a
            // transaction conflict, so the group must fall back to one transaction per row. The last four items
            // are the changes feed's (the council's counter, a change per building): the one before them fails.
            throw new TransactionCanceledException({
              message: 'Transaction cancelled',
              $metadata: {},
              CancellationReasons: Array.from({ length: items }, () => ({ Code: 'None' })).map((reason, i) =>
                i === items - 5 ? { Code: 'ConditionalCheckFailed' } : reason,
              ),
            });
          }
        }
        return next(args);
      },
      { step: 'initialize', name: 'failFirstGroupTransaction' },
    );

    const result = await t.ok<Result>(
      IMPORT,
      { input: { councilCode: CHELTENHAM, rows: [rowAt(30), rowAt(31), rowAt(32)] } },
      officer,
    );
    t.table.client.middlewareStack.remove('failFirstGroupTransaction');

    expect(result.importAssets).toMatchObject({ created: 3, rejected: 0 });
    // One transaction for the group (three buildings of five items and the owner's check, the feed's counter
    // and three changes), then one per row (with its counter and change).
    expect(sent).toEqual([20, 8, 8, 8]);
  });
});
