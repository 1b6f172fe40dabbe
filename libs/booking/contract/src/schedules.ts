import { instantSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { resourceIdSchema } from './resources';
import { plainDateSchema, wallClockPeriodSchema, weeklyPeriodsSchema } from './wall-clock';

/**
 * A resource's usual week, valid on the Helsinki days validFrom–validUntil (both inclusive; null = until
 * further notice). Templates of one resource may not overlap in validity.
 */
export const scheduleTemplateSchema = z.object({
  id: z.uuid(),
  resourceId: resourceIdSchema,
  validFrom: plainDateSchema,
  validUntil: plainDateSchema.nullable(),
  workingPeriods: weeklyPeriodsSchema,
});
export type ScheduleTemplate = z.infer<typeof scheduleTemplateSchema>;

export const createScheduleTemplateInputSchema = scheduleTemplateSchema
  .omit({ id: true })
  .strict()
  .refine((template) => template.validUntil === null || template.validUntil >= template.validFrom, {
    message: 'The template ends on or after it starts',
    path: ['validUntil'],
  });
export type CreateScheduleTemplateInput = z.infer<typeof createScheduleTemplateInputSchema>;

/**
 * One day's change: an absence (whole day, or one period) wins over everything that day; an extra opening
 * adds periods (none = the template's usual hours) and also opens a public holiday.
 */
export const scheduleExceptionSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.uuid(),
    kind: z.literal('absence'),
    resourceId: resourceIdSchema,
    date: plainDateSchema,
    period: wallClockPeriodSchema.nullable(),
  }),
  z.object({
    id: z.uuid(),
    kind: z.literal('extraOpening'),
    resourceId: resourceIdSchema,
    date: plainDateSchema,
    periods: z.array(wallClockPeriodSchema).max(12).nullable(),
  }),
]);
export type ScheduleExceptionEntry = z.infer<typeof scheduleExceptionSchema>;

export const addScheduleExceptionInputSchema = z.discriminatedUnion('kind', [
  scheduleExceptionSchema.options[0].omit({ id: true }).strict(),
  scheduleExceptionSchema.options[1].omit({ id: true }).strict(),
]);
export type AddScheduleExceptionInput = z.infer<typeof addScheduleExceptionInputSchema>;

/** Time a resource cannot be booked (training, a meeting), as instants. */
export const blockedTimeSchema = z.object({
  id: z.uuid(),
  resourceId: resourceIdSchema,
  start: instantSchema,
  end: instantSchema,
});
export type BlockedTime = z.infer<typeof blockedTimeSchema>;

export const blockTimeInputSchema = blockedTimeSchema
  .omit({ id: true })
  .strict()
  .refine((blocked) => Date.parse(blocked.end) > Date.parse(blocked.start), {
    message: 'A blocked time ends after it starts',
    path: ['end'],
  });
export type BlockTimeInput = z.infer<typeof blockTimeInputSchema>;

/** A resource's whole schedule as staff edit it. */
export const resourceScheduleSchema = z.object({
  templates: z.array(scheduleTemplateSchema),
  exceptions: z.array(scheduleExceptionSchema),
  blockedTimes: z.array(blockedTimeSchema),
});
export type ResourceSchedule = z.infer<typeof resourceScheduleSchema>;

export const resourceScheduleInputSchema = z.object({ resourceId: resourceIdSchema }).strict();
export const removeScheduleEntryInputSchema = z
  .object({ kind: z.enum(['template', 'exception', 'blockedTime']), id: z.uuid() })
  .strict();
