export const serviceLanguages = ['fi', 'sv', 'en'] as const;
export type ServiceLanguage = (typeof serviceLanguages)[number];

/** Finnish is the region's first language and the fallback for anything unsupported. */
export const defaultLanguage: ServiceLanguage = 'fi';

function isServiceLanguage(tag: string): tag is ServiceLanguage {
  return (serviceLanguages as readonly string[]).includes(tag);
}

/** Picks the caller's most preferred supported language from an Accept-Language header ("sv-FI,sv;q=0.9,en;q=0.5"). */
export function languageFromAcceptLanguage(header: string | undefined): ServiceLanguage {
  if (!header) return defaultLanguage;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const q = quality === undefined ? 1 : Number(quality.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isServiceLanguage) ?? defaultLanguage;
}
