import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// The staff area is a lazily loaded chunk: its first import in a test file is transformed on demand, which
// takes more than Testing Library's default second on a loaded 2-core CI machine (seen once in a full run).
configure({ asyncUtilTimeout: 5_000 });
