import {fileURLToPath} from 'node:url';
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
          // A package's tests import other packages by name: their source
          // (the same index), so unit tests need no compile and never see a stale dist/.
          alias: [{find: /^@folio\/([a-z]+)$/, replacement: fileURLToPath(new URL('packages/$1/src/index.ts', import.meta.url))}],
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
