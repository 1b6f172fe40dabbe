import { projectTestConfig } from '../../../tools/vitest/project-config.ts';

// The tests start the dev identity provider and the service on real databases.
export default projectTestConfig(import.meta.dirname, {
  test: { testTimeout: 30_000, hookTimeout: 120_000 },
});
