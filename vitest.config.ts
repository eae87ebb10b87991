import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Prompt tests that load `@inquirer/testing/vitest`: it registers a `beforeEach` and `vi.mock`s
 * the prompt packages when it is imported, so it must be imported afresh for each file. Sharing a
 * worker's modules with them made whole files fail now and then ("Vitest failed to find the
 * runner", vitest-dev/vitest#10812); they run isolated.
 */
const PROMPT_TESTS = [
  'tests/wizard/prompts.test.ts',
  'tests/wizard/questions.test.ts',
  'tests/wizard/spanish.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a two-core machine,
    // which ran the whole suite one file at a time. Many files spend their time waiting on a child
    // (tmux, Chromium, the built binary), so one worker more than the cores keeps both busy.
    maxWorkers: availableParallelism() + 1,
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['tests/**/*.test.ts'],
          exclude: PROMPT_TESTS,
          // Each worker keeps its imported modules from one file to the next: the source tree is
          // imported a few times instead of once per file. Tests leave no global state behind (no
          // module mocks, no stubbed environment; chalk's level is restored), and the suite passes
          // in shuffled order.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'prompts', include: PROMPT_TESTS, isolate: true } },
    ],
  },
});
