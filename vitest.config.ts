import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the code in process (no bundle); `e2e` runs the bundled CLI and action
 * as child processes (`*.e2e.test.ts`), and bundles the current sources once for the run first.
 * `npx vitest run --project unit test/x.test.ts` pays for no bundle.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/cache-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/cache-setup.ts', 'test/global-setup.ts'],
        },
      },
    ],
  },
});
