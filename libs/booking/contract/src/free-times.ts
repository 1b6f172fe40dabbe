import { instantSchema, singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { serviceLanguageSchema } from './resident-preferences';
import { resourceIdSchema } from './resources';
import { bookableServiceSchema, serviceChannelSchema, serviceCodeSchema } from './service-types';
import { unitIdSchema, unitSchema } from './units';
import { plainDateSchema } from './wall-clock';

/** An instant as ISO 8601 with offset, in the supported years; the UI shows it on the Helsinki wall clock. */
export { instantSchema };

/** A bookable time: the appointment the resident sees (buffers are the service's business). */
export const freeTimeSchema = z.object({
  serviceTypeId: z.uuid(),
  unitId: unitIdSchema,
  resourceId: resourceIdSchema,
  /** Who or what the time is with, in each language: title and name ("Sairaanhoitaja Laura Virtanen"). */
  resourceName: localizedTextSchema,
  start: instantSchema,
  end: instantSchema,
  /** The last moment a booking of this time could be cancelled or moved online (the service's cut-off). */
  changeableUntil: instantSchema,
  /** False when that moment has already passed: booked now, the time can only be changed by calling. */
  changeableOnline: z.boolean(),
});
export type FreeTimeEntry = z.infer<typeof freeTimeSchema>;

/** The week view: a service of one unit, the seven Helsinki days from weekStart. */
export const weekFreeTimesInputSchema = z
  .object({
    serviceTypeId: z.uuid(),
    weekStart: plainDateSchema,
    language: serviceLanguageSchema.optional(),
  })
  .strict();
export type WeekFreeTimesInput = z.infer<typeof weekFreeTimesInputSchema>;

export const weekFreeTimesSchema = z.object({
  service: bookableServiceSchema,
  unit: unitSchema,
  freeTimes: z.array(freeTimeSchema),
});
export type WeekFreeTimes = z.infer<typeof weekFreeTimesSchema>;

/** "First free time": the earliest free time of a service in each unit, across units. */
export const firstFreeTimesInputSchema = z
  .object({
    serviceCode: serviceCodeSchema,
    municipality: singleLineTextSchema(100).min(1).optional(),
    unitId: unitIdSchema.optional(),
    language: serviceLanguageSchema.optional(),
    channel: serviceChannelSchema.optional(),
    /** How many days ahead to look (default 14). */
    days: z.number().int().min(1).max(90).default(14),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();
export type FirstFreeTimesInput = z.input<typeof firstFreeTimesInputSchema>;

export const firstFreeTimeSchema = z.object({
  service: bookableServiceSchema,
  unit: unitSchema,
  freeTime: freeTimeSchema,
});
export type FirstFreeTime = z.infer<typeof firstFreeTimeSchema>;
