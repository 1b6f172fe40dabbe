/**
 * The modules the shell and every remote share as singletons (ARCHITECTURE.md): one React, one
 * router, one i18n instance and one query client per page. Nothing else is shared unless it must
 * be. `react-dom/client` is a key of its own: a remote that imports it would otherwise get a
 * second react-dom. Versions are ranges, so a remote built against a newer patch still shares.
 *
 * Used by the apps' vite.config.ts (Node), so this file imports nothing.
 */
export const sharedSingletons = {
  react: { singleton: true, requiredVersion: '^19.3.1' },
  'react-dom': { singleton: true, requiredVersion: '^19.3.1' },
  'react-dom/client': { singleton: true, requiredVersion: '^19.3.1' },
  'react-router': { singleton: true, requiredVersion: '^7.18.5' },
  i18next: { singleton: true, requiredVersion: '^26.7.2' },
  'react-i18next': { singleton: true, requiredVersion: '^17.1.13' },
  '@tanstack/react-query': { singleton: true, requiredVersion: '^5.108.0' },
} as const;

/**
 * Reuse a shared module that is already loaded (the shell's) instead of fetching a higher version
 * from a remote: the remote's own copies of React and the rest are never downloaded.
 */
export const shareStrategy = 'loaded-first' as const;
