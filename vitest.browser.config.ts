// Browser tests (npm run test:browser): the built client in headless Chromium against a real hub
// in the test process. Apart from `npm test` because they need a build and a browser; one file at
// a time, since each drives its own hub and its own Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/build-client.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
