import { projectTestConfig } from '../vitest/project-config.ts';

// These tests spawn Nx and build the project graph: seconds each, longer on a busy 2-core machine, so the
// 5 s default would fail them for the machine's load rather than for what they check.
export default projectTestConfig(import.meta.dirname, { test: { testTimeout: 60_000, hookTimeout: 60_000 } });
