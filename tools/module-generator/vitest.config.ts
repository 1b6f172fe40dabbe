import { projectTestConfig } from '../../tools/vitest/project-config.ts';

// The generator's end-to-end test builds a whole module in a copy of the workspace: minutes, not seconds.
export default projectTestConfig(import.meta.dirname, { test: { testTimeout: 30_000, hookTimeout: 600_000 } });
