import { defineConfig } from 'vitest/config';

/**
 * Test files that judge time ratios (2× input ≤ 2.8× time). They run after the rest of the suite,
 * one file at a time, so that no other test file competes with them for the cores.
 */
const TIMING_FILES = [
  'test/document/guards.test.ts',
  'test/extract/robustness.test.ts',
  'test/numerals/properties.test.ts',
  'test/robustness/adversarial.test.ts',
  'test/robustness/limits.test.ts',
  'test/robustness/redos.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'parallel', include: ['test/**/*.test.ts'], exclude: TIMING_FILES, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'timing', include: TIMING_FILES, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
