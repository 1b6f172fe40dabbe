import { projectTestConfig } from '../vitest/project-config';

export default projectTestConfig(import.meta.dirname);
