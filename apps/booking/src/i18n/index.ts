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
import type { StaffStrings } from './staff-fi';
import { staffLoading } from './staff-loading';

/** The remote ships its own strings; the shell knows nothing of them. */
export const bookingNamespace = 'booking';

/**
 * What the module adds when it mounts: all but the staff pages' strings, which come with the staff
 * area's chunk (staff-strings.ts); of those only the line shown while that chunk loads.
 */
export const bookingResidentStrings: NamespaceBundles<
  BookingStrings & ResidentStrings & PickerStrings & { staff: Pick<StaffStrings, 'loading'> }
> = {
  fi: { ...bookingFi, ...residentFi, ...pickerFi, staff: { loading: staffLoading.fi } },
  sv: { ...bookingSv, ...residentSv, ...pickerSv, staff: { loading: staffLoading.sv } },
  en: { ...bookingEn, ...residentEn, ...pickerEn, staff: { loading: staffLoading.en } },
};

// Type-checked keys for useTranslation('booking').
declare module 'i18next' {
  interface ResourceNamespaceMap {
    booking: BookingStrings & ResidentStrings & PickerStrings & { staff: StaffStrings };
  }
}
