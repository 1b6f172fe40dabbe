import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  finnishPublicHolidaysOf,
  isFinnishPublicHoliday,
  type PlainDate,
} from '../src/index';
import { day } from '../src/testing';

// The holiday rules are written here so that no browser bundles date-holidays; that package (the
// maintained reference for Finland's calendar) stays a test dependency to prove them right.
const reference = new Holidays('FI');

function referencePublicHolidaysOf(year: number): string[] {
  return reference
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10))
    .filter((date, index, dates) => dates.indexOf(date) === index) // Ascension on May Day is one day off
    .sort();
}

describe("Finnish public holidays against date-holidays' calendar", () => {
  it('lists the same days in every year from 1950 to 2150', () => {
    const differences: string[] = [];
    for (let year = 1950; year <= 2150; year += 1) {
      const ours = finnishPublicHolidaysOf(year);
      const theirs = referencePublicHolidaysOf(year);
      if (ours.join() !== theirs.join()) differences.push(`${year}: ${ours.join()} ≠ ${theirs.join()}`);
    }
    expect(differences).toEqual([]);
  });

  it('answers isFinnishPublicHoliday for every day from 1950 to 2150 as that list does', () => {
    const wrong: string[] = [];
    let holidays = 0;
    let listedDays = 0;
    for (let year = 1950; year <= 2150; year += 1) {
      const listed = new Set(referencePublicHolidaysOf(year));
      listedDays += listed.size;
      const end = day(`${year + 1}-01-01`);
      for (let date: PlainDate = day(`${year}-01-01`); date < end; date = addCalendarDays(date, 1)) {
        const holiday = isFinnishPublicHoliday(date);
        if (holiday) holidays += 1;
        if (holiday !== listed.has(date)) wrong.push(date);
      }
    }
    expect(wrong).toEqual([]);
    expect(holidays).toBe(listedDays);
    expect(listedDays).toBeGreaterThan(201 * 12);
  });
});
