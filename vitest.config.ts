import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a two-core machine,
    // which ran the whole suite one file at a time. Many files spend their time waiting on a child
    // (tmux, Chromium, the built binary), so one worker more than the cores keeps both busy.
    maxWorkers: availableParallelism() + 1,
    // Each worker keeps its imported modules from one file to the next: the source tree is imported
    // a few times instead of once per file. Tests leave no global state behind (no module mocks, no
    // stubbed environment; chalk's level is restored), and the suite passes in shuffled order.
    isolate: false,
    globalSetup: ['tests/global-setup.ts'],
  },
});
