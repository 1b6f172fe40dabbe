// Booking's names and titles are the platform's localized texts: bounded, trimmed, one line each.
export { type LocalizedText, localizedTextSchema } from '@asiointi/platform-contract';
