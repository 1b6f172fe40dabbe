import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  // The shell keeps a few non-secret flags per tab (signed out here, whom the resident acts for).
  sessionStorage.clear();
  localStorage.clear();
});
