import type { NamespaceBundles } from '@asiointi/platform-i18n';
import { shellEn } from './en';
import { shellFi, type ShellStrings } from './fi';
import { shellSv } from './sv';

export const shellNamespace = 'shell';

export const shellStrings: NamespaceBundles<ShellStrings> = { fi: shellFi, sv: shellSv, en: shellEn };

// Type-checked keys for useTranslation('shell').
declare module 'i18next' {
  interface ResourceNamespaceMap {
    shell: ShellStrings;
  }
}
