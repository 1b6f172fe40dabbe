import type { CommonStrings } from './common-strings';

// Type-checked keys: `t('remote.retry')` compiles, a misspelt key does not. Each app or remote adds
// its own namespace to ResourceNamespaceMap the same way (i18next's per-package registry, which
// merges instead of clashing as `CustomTypeOptions.resources` would).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
  }
  interface ResourceNamespaceMap {
    common: CommonStrings;
  }
}
