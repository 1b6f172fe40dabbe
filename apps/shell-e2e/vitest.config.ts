import { projectTestConfig } from '../../tools/vitest/project-config.ts';

// Each file starts its own portal and browser; two at a time suit a 2-core machine.
export default projectTestConfig(import.meta.dirname, {
  test: { testTimeout: 60_000, hookTimeout: 120_000, maxWorkers: 2, fileParallelism: true },
});
