import type { NamespaceBundles } from '@asiointi/platform-i18n';
import { bookingEn } from './en';
import { bookingFi, type BookingStrings } from './fi';
import { bookingSv } from './sv';

/** The remote ships its own strings; the shell knows nothing of them. */
export const bookingNamespace = 'booking';

export const bookingStrings: NamespaceBundles<BookingStrings> = {
  fi: bookingFi,
  sv: bookingSv,
  en: bookingEn,
};

// Type-checked keys for useTranslation('booking').
declare module 'i18next' {
  interface ResourceNamespaceMap {
    booking: BookingStrings;
  }
}
