import { describe, expect, it } from 'vitest';
import {
  accessErrorCodeSchema,
  BookingErrorCode,
  bookableServiceSchema,
  bookingErrorCodeSchema,
  listServicesOfUnitInputSchema,
  unitSchema,
} from '../src/index';

const name = { fi: 'Hammashoitola', sv: 'Tandklinik', en: 'Dental clinic' };

describe('booking contract', () => {
  it('accepts a unit with a name in every language', () => {
    const unit = {
      id: '0b8f5a52-3c1f-4d0e-9a57-6a1f0f2b9c11',
      name,
      municipality: 'Oulu',
      streetAddress: 'Kajaanintie 50',
      phone: '+358 8 123 4567',
      openingHours: { mon: [{ start: '08:00', end: '16:00' }] },
      accessibility: null,
    };
    expect(unitSchema.parse(unit)).toEqual(unit);
  });

  it('refuses a unit whose name lacks a language', () => {
    const result = unitSchema.safeParse({
      id: '0b8f5a52-3c1f-4d0e-9a57-6a1f0f2b9c11',
      name: { fi: 'Hammashoitola', sv: 'Tandklinik' },
      municipality: 'Oulu',
      streetAddress: 'Kajaanintie 50',
      phone: null,
      openingHours: {},
      accessibility: null,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['name', 'en']]);
  });

  it('requires at least one channel and a positive whole duration for a service', () => {
    const service = {
      id: '7c0e3f7e-2f7d-4f53-8a8e-0d5d7c3c2b10',
      code: 'dental-check',
      category: 'oralHealth',
      name,
      durationMinutes: 45,
      channels: ['onSite'],
      selfBookable: true,
      requiresBookingRight: false,
      unitId: '0b8f5a52-3c1f-4d0e-9a57-6a1f0f2b9c11',
      cancellationCutOffHours: 24,
      cancellationTerms: null,
      bookingHorizonDays: 90,
      sensitive: false,
    };
    expect(bookableServiceSchema.safeParse(service).success).toBe(true);
    expect(bookableServiceSchema.safeParse({ ...service, channels: [] }).success).toBe(false);
    expect(bookableServiceSchema.safeParse({ ...service, durationMinutes: 7.5 }).success).toBe(false);
    expect(bookableServiceSchema.safeParse({ ...service, channels: ['fax'] }).success).toBe(false);
  });

  it('refuses opening hours that end before they start or overlap', () => {
    const unit = {
      id: '0b8f5a52-3c1f-4d0e-9a57-6a1f0f2b9c11',
      name,
      municipality: 'Oulu',
      streetAddress: 'Kajaanintie 50',
      phone: null,
      accessibility: null,
    };
    const hours = (mon: { start: string; end: string }[]) =>
      unitSchema.safeParse({ ...unit, openingHours: { mon } });
    expect(hours([{ start: '08:00', end: '24:00' }]).success).toBe(true);
    expect(hours([{ start: '16:00', end: '08:00' }]).success).toBe(false);
    expect(hours([{ start: '8:00', end: '16:00' }]).success).toBe(false);
    expect(
      hours([
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '16:00' },
      ]).success,
    ).toBe(false);
  });

  it('takes a unit id as a UUID', () => {
    expect(listServicesOfUnitInputSchema.safeParse({ unitId: 'not-a-uuid' }).success).toBe(false);
  });

  it('names the error codes the router answers with', () => {
    expect(BookingErrorCode.UNIT_NOT_FOUND).toBe('UNIT_NOT_FOUND');
    expect(bookingErrorCodeSchema.options).toContain('TIME_TAKEN');
    expect(new Set(bookingErrorCodeSchema.options).size).toBe(bookingErrorCodeSchema.options.length);
    expect(accessErrorCodeSchema.options).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'ACTING_FOR_NOT_ALLOWED',
      'IDENTITY_UNAVAILABLE',
      'RELATIONS_UNAVAILABLE',
    ]);
  });
});
