import { useTranslation, type FallbackNs, type UseTranslationResponse } from 'react-i18next';
import type { FlatNamespace } from 'i18next';
import { addNamespace, type NamespaceBundles } from './namespaces';

/**
 * For a remote's root component: makes sure the module's own strings are in the shared instance
 * before its first translated render, then translates in that namespace.
 */
export function useNamespace<N extends FlatNamespace, T extends object>(
  namespace: N,
  bundles: NamespaceBundles<T>,
): UseTranslationResponse<FallbackNs<N>, undefined> {
  const { i18n } = useTranslation();
  addNamespace(i18n, namespace, bundles);
  return useTranslation(namespace);
}
