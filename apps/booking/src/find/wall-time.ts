import type { Language } from '@asiointi/platform-i18n';

/** "08:00" as the language writes a clock time: fi/sv "8.00", en "8:00" (as formatTime does). */
export function formatWallTime(time: string, language: Language): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  const separator = language === 'en' ? ':' : '.';
  return `${Number(hours)}${separator}${minutes}`;
}
