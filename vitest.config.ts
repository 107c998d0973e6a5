import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * GraphQL suites run a second time through the compiled fast path (src/app/fast-path.ts, issue 17): the same
 * assertions hold whichever path serves an operation.
 */
const FAST_PATH_SUITES = [
  'tests/integration/errors.test.ts',
  'tests/integration/buildings.test.ts',
  'tests/integration/http-abuse.test.ts',
  'tests/integration/read-path-faults.test.ts',
  'tests/integration/fast-path.test.ts',
  'tests/integration/request-counts.test.ts',
  'tests/integration/error-field-paths.test.ts',
];

export default defineConfig({
  resolve: {
    // One graphql for the code under test and for Apollo (which Node loads as CommonJS): without this the
    // tests would import graphql's ESM build beside it, and a schema built by one is refused by the other.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }],
  },
  test: {
    // One DynamoDB Local for the whole run; each test file makes its own table in it.
    globalSetup: ['tests/support/global-setup.ts'],
    // Generous bounds, not expectations: on two cores at load 15-20 a DynamoDB Local table or a 50-item
    // transaction can take seconds, and a test that waits by readiness must not be cut off by a short limit.
    testTimeout: 180_000,
    hookTimeout: 360_000,
    // Two cores: more workers only queue behind the one Java process.
    maxWorkers: 2,
    allowOnly: false,
    projects: [
      { extends: true, test: { name: 'apollo', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'fast-path', include: FAST_PATH_SUITES, env: { TEST_GRAPHQL_PATH: 'fast' } },
      },
    ],
  },
});
