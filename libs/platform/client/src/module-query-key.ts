import type { Language } from '@asiointi/platform-i18n';

/**
 * The query client is the shell's, shared by every module (two may both have a `units.list`); a service
 * answers in the caller's language and about the person the resident acts for: module, language and
 * person all go into the key prefix, so one person's answers are never served for another.
 */
export function moduleQueryKeyPrefix(
  moduleName: string,
  language: Language,
  actingForSubject: string | undefined,
): string {
  return `${moduleName}:${language}:${actingForSubject ?? 'self'}`;
}
