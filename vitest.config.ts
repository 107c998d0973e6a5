import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for the code under test and for Apollo (which Node loads as CommonJS): without this the
    // tests would import graphql's ESM build beside it, and a schema built by one is refused by the other.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // One DynamoDB Local for the whole run; each test file makes its own table in it.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only queue behind the one Java process.
    maxWorkers: 2,
    allowOnly: false,
  },
});
