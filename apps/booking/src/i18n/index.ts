import type { NamespaceBundles } from '@asiointi/platform-i18n';
import { bookingEn } from './en';
import { bookingFi, type BookingStrings } from './fi';
import { bookingSv } from './sv';
import { pickerEn } from './picker-en';
import { pickerFi, type PickerStrings } from './picker-fi';
import { pickerSv } from './picker-sv';
import { residentEn } from './resident-en';
import { residentFi, type ResidentStrings } from './resident-fi';
import { residentSv } from './resident-sv';
import { staffEn } from './staff-en';
import { staffFi, type StaffStrings } from './staff-fi';
import { staffSv } from './staff-sv';

/** The remote ships its own strings; the shell knows nothing of them. */
export const bookingNamespace = 'booking';

export const bookingStrings: NamespaceBundles<
  BookingStrings & ResidentStrings & PickerStrings & { staff: StaffStrings }
> = {
  fi: { ...bookingFi, ...residentFi, ...pickerFi, staff: staffFi },
  sv: { ...bookingSv, ...residentSv, ...pickerSv, staff: staffSv },
  en: { ...bookingEn, ...residentEn, ...pickerEn, staff: staffEn },
};

// Type-checked keys for useTranslation('booking').
declare module 'i18next' {
  interface ResourceNamespaceMap {
    booking: BookingStrings & ResidentStrings & PickerStrings & { staff: StaffStrings };
  }
}
