import { projectTestConfig } from '../../tools/vitest/project-config.ts';

export default projectTestConfig(import.meta.dirname, {
  test: { testTimeout: 30_000, hookTimeout: 120_000 },
});
