// Every string of the booking namespace in one object per language: for tests that check them all. The
// module itself adds bookingResidentStrings when it mounts and bookingStaffStrings with the staff area.
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

export const bookingStrings: NamespaceBundles<
  BookingStrings & ResidentStrings & PickerStrings & { staff: StaffStrings }
> = {
  fi: { ...bookingFi, ...residentFi, ...pickerFi, staff: staffFi },
  sv: { ...bookingSv, ...residentSv, ...pickerSv, staff: staffSv },
  en: { ...bookingEn, ...residentEn, ...pickerEn, staff: staffEn },
};
