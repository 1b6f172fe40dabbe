import type { i18n } from 'i18next';
import { supportedLanguages, type Language } from './languages';

/** One namespace's strings in every language the portal serves: a remote ships all three. */
export type NamespaceBundles<T extends object> = Record<Language, T>;

/**
 * Adds a module's own namespace to the shared instance. Safe to call on every render: a bundle
 * already present is left as it is, so this costs nothing after the first call.
 */
export function addNamespace<T extends object>(
  instance: i18n,
  namespace: string,
  bundles: NamespaceBundles<T>,
): void {
  for (const language of supportedLanguages) {
    if (!instance.hasResourceBundle(language, namespace)) {
      instance.addResourceBundle(language, namespace, bundles[language], true, false);
    }
  }
}
