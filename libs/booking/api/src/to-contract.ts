import {
  type BookableService,
  defaultResidentPreferences,
  type ReminderContact,
  type ResidentPreferences,
  type Unit,
} from '@asiointi/booking-contract';
import type { ResidentPreferencesRow, ServiceTypeRow, UnitRow } from '@asiointi/booking-data';

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    municipality: row.municipality,
    streetAddress: row.streetAddress,
    phone: row.phone,
    openingHours: row.openingHours,
    accessibility: row.accessibility,
  };
}

export function toBookableService(row: ServiceTypeRow): BookableService {
  return {
    id: row.id,
    code: row.code,
    category: row.category,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    durationMinutes: row.durationMinutes,
    channels: row.channels,
    selfBookable: row.selfBookable,
    requiresBookingRight: row.requiresBookingRight,
    unitId: row.unitId,
    cancellationCutOffHours: row.cancellationCutOffHours,
    cancellationTerms: row.cancellationTerms ?? null,
    bookingHorizonDays: row.bookingHorizonDays,
    sensitive: row.sensitive,
  };
}

/** Stored preferences, or the defaults (with no update time) when the person has stored none. */
export function toResidentPreferences(row: ResidentPreferencesRow | undefined): ResidentPreferences {
  if (!row) return { ...defaultResidentPreferences, updatedAt: null };
  return {
    reminderChannel: row.reminderChannel,
    serviceLanguage: row.serviceLanguage,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Where the resident's reminders go; nothing entered yet gives nulls. */
export function toReminderContact(row: ResidentPreferencesRow | undefined): ReminderContact {
  return {
    phone: row?.reminderPhone ?? null,
    email: row?.reminderEmail ?? null,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}
