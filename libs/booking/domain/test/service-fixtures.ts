import type { BookableService, LocalizedText } from '@asiointi/booking-contract';

let next = 0;

export function service(
  name: LocalizedText,
  overrides: Partial<Omit<BookableService, 'name'>> = {},
): BookableService {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    code: `service-${next}`,
    category: 'health',
    name,
    durationMinutes: 30,
    channels: ['onSite'],
    selfBookable: true,
    requiresBookingRight: false,
    unitId: '00000000-0000-4000-8000-000000000000',
    cancellationCutOffHours: 24,
    cancellationTerms: null,
    bookingHorizonDays: 90,
    sensitive: false,
    ...overrides,
  };
}

export const same = (text: string): LocalizedText => ({ fi: text, sv: text, en: text });
