// The module mounts with all but the staff pages' strings; the staff area adds its part when its chunk
// comes. Together they must be every string, in every language.
import { describe, expect, it } from 'vitest';
import { bookingResidentStrings } from '../src/i18n';
import { bookingStrings } from '../src/i18n/all-strings';
import { bookingStaffStrings } from '../src/i18n/staff-strings';

describe('booking strings in two parts', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'keeps the staff pages out of the first part, but for the loading line (%s)',
    (language) => {
      expect(bookingResidentStrings[language].staff).toEqual({
        loading: bookingStrings[language].staff.loading,
      });
    },
  );

  it.each(['fi', 'sv', 'en'] as const)('adds up to every string (%s)', (language) => {
    const { staff: firstStaff, ...first } = bookingResidentStrings[language];
    expect({ ...first, staff: { ...bookingStaffStrings[language].staff, ...firstStaff } }).toEqual(
      bookingStrings[language],
    );
  });
});
