// fast-check generators shared by the tests.
import fc from 'fast-check';
import { daysInMonth, formatCalendarDate } from '@asiointi/platform-time';
import { centuryBySign } from '../src/identity-code/century-signs';
import { composeIdentityCode } from '../src/identity-code/compose-identity-code';

export const arbitraryCalendarDate = (minYear = 1800, maxYear = 2099) =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), dayIndex: fc.nat() })
    .map(({ year, month, dayIndex }) => ({ year, month, day: (dayIndex % daysInMonth(year, month)) + 1 }));

/** A valid, permanent identity code with a random sign of its century. */
export const arbitraryIdentityCode = () =>
  fc
    .record({
      date: arbitraryCalendarDate(),
      individualNumber: fc.integer({ min: 2, max: 899 }),
      signIndex: fc.nat(),
    })
    .map(({ date, individualNumber, signIndex }) => {
      const century = Math.floor(date.year / 100) * 100;
      const signs = Object.keys(centuryBySign).filter((sign) => centuryBySign[sign] === century);
      const birthDate = formatCalendarDate(date);
      const centurySign = signs[signIndex % signs.length];
      return { code: composeIdentityCode({ birthDate, individualNumber, centurySign }), birthDate };
    });
