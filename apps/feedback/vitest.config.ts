import { projectTestConfig } from '../../tools/vitest/project-config.ts';

export default projectTestConfig(import.meta.dirname, {
  test: { environment: 'happy-dom', setupFiles: ['./test/setup.ts'] },
});
