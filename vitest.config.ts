import {defineConfig} from 'vitest/config';

// Two projects: `unit` is each package's own tests, through its index, and
// runs in seconds (one module graph per worker: tests share no state, as no
// module has any); `e2e` is the toolchain as a whole (the CLI's `main()`,
// the bundle, the language server, browsers and validators) under test/.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          isolate: false,
          pool: 'threads',
          include: ['packages/*/test/**/*.test.ts', 'test/public-api.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000
        }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          exclude: ['test/public-api.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000
        }
      }
    ]
  }
});
