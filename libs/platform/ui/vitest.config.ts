import { projectTestConfig } from '../../../tools/vitest/project-config.ts';

export default projectTestConfig(import.meta.dirname, {
  // CSS is processed only where tests read it as text (?raw): the token and variable checks.
  test: {
    environment: 'happy-dom',
    setupFiles: ['./test/setup.ts'],
    css: { include: [/platform\/ui\/src\/.*\.css/] },
  },
});
