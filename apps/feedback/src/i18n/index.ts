import type { NamespaceBundles } from '@asiointi/platform-i18n';
import { moduleEn } from './en';
import { moduleFi, type ModuleStrings } from './fi';
import { moduleSv } from './sv';

/** The remote ships its own strings; the shell knows nothing of them. */
export const moduleNamespace = 'feedback';

export const moduleStrings: NamespaceBundles<ModuleStrings> = { fi: moduleFi, sv: moduleSv, en: moduleEn };

// Type-checked keys for useTranslation('feedback').
declare module 'i18next' {
  interface ResourceNamespaceMap {
    feedback: ModuleStrings;
  }
}
