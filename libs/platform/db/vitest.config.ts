import { projectTestConfig } from '../../../tools/vitest/project-config';

export default projectTestConfig(import.meta.dirname);
