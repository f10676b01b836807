import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests, and the integration suite twice — on embedded PGlite and on a real
 * PostgreSQL server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * Every test runs with TZ=UTC; Asia/Ho_Chi_Minh is tested explicitly.
 */
const integration = ['src/**/*.integration.test.ts'];
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: integration,
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'pglite',
          include: integration,
          env: { TZ: 'UTC', TEST_ENGINE: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          env: { TZ: 'UTC', TEST_ENGINE: 'postgres' },
          globalSetup: ['src/kernel/testing/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
