/** The reminder settings page, under the module's base path (/booking/reminder-settings). */
export const reminderSettingsPath = 'reminder-settings';

export function reminderSettingsHref(basePath: string): string {
  return `${basePath.replace(/\/+$/, '')}/${reminderSettingsPath}`;
}
