import type { i18n } from 'i18next';
import { supportedLanguages } from './languages';
import type { NamespaceBundles } from './namespaces';

const addedParts = new WeakMap<i18n, Set<object>>();

/**
 * Adds a part of a module's namespace that comes in a chunk of its own (e.g. the staff pages'
 * strings, which residents never download) to the namespace already there. Deep-merges and never
 * overwrites a string present; safe to call on every render: each part is added once per instance.
 */
export function addNamespacePart<T extends object>(
  instance: i18n,
  namespace: string,
  part: NamespaceBundles<T>,
): void {
  let added = addedParts.get(instance);
  if (!added) {
    added = new Set();
    addedParts.set(instance, added);
  }
  if (added.has(part)) return;
  for (const language of supportedLanguages) {
    instance.addResourceBundle(language, namespace, part[language], true, false);
  }
  added.add(part);
}
