import type { NamespaceBundles } from '@asiointi/platform-i18n';
import { staffEn } from './staff-en';
import { staffFi, type StaffStrings } from './staff-fi';
import { staffSv } from './staff-sv';

/** The staff pages' strings (the booking namespace's `staff` part): in the staff area's own chunk. */
export const bookingStaffStrings: NamespaceBundles<{ staff: StaffStrings }> = {
  fi: { staff: staffFi },
  sv: { staff: staffSv },
  en: { staff: staffEn },
};
