import { freeTextSchema, singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { serviceLanguageSchema } from './resident-preferences';
import { skillSchema } from './skills';
import { unitIdSchema } from './units';

export const serviceChannelSchema = z.enum(['onSite', 'phone', 'video']);
export type ServiceChannel = z.infer<typeof serviceChannelSchema>;

export const serviceCategorySchema = z.enum([
  'health',
  'oralHealth',
  'socialServices',
  'laboratory',
  'rehabilitation',
  'workAbility',
]);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

/** A stable code shared by the same service in every unit ("nurse-appointment"): search across units uses it. */
export const serviceCodeSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Lower-case letters, digits and hyphens' });

/** Longest cancellation and no-show terms in one language: a few short paragraphs. */
export const maxCancellationTermsLength = 1000;
const termsInOneLanguage = freeTextSchema(maxCancellationTermsLength).min(1);

/** The region's cancellation and no-show terms of a service, shown before a resident confirms a time. */
export const cancellationTermsSchema = z
  .object({ fi: termsInOneLanguage, sv: termsInOneLanguage, en: termsInOneLanguage })
  .strict();
export type CancellationTerms = z.infer<typeof cancellationTermsSchema>;

/** A service a resident can see in a unit's list (bookable or by booking right only). */
export const bookableServiceSchema = z.object({
  id: z.uuid(),
  unitId: unitIdSchema,
  code: serviceCodeSchema,
  category: serviceCategorySchema,
  name: localizedTextSchema,
  durationMinutes: z.number().int().positive(),
  channels: z.array(serviceChannelSchema).min(1).max(serviceChannelSchema.options.length),
  selfBookable: z.boolean(),
  requiresBookingRight: z.boolean(),
  /** Residents may cancel or reschedule until this many hours before the start. */
  cancellationCutOffHours: z.number().int().min(0),
  /** null: the unit has written none; the cut-off is still told. */
  cancellationTerms: cancellationTermsSchema.nullable(),
  /** Free times are offered this many days ahead. */
  bookingHorizonDays: z.number().int().positive(),
  /** Mental health, substance abuse, sexual health: never named in SMS, e-mail or .ics texts. */
  sensitive: z.boolean(),
});
export type BookableService = z.infer<typeof bookableServiceSchema>;

/** Oldest age a care-guarantee age band may name. */
const maxAge = 150;

/** An age band with its own care-guarantee limit: minAge ≤ age < maxAgeExclusive. */
export const careGuaranteeAgeRuleSchema = z.object({
  minAge: z.number().int().min(0).max(maxAge).optional(),
  maxAgeExclusive: z
    .number()
    .int()
    .positive()
    .max(maxAge + 1)
    .optional(),
  limitDays: z.number().int().min(0).max(366),
});

/** A service type's care-guarantee limit (hoitotakuu), as data so a change in the law is a data change. */
export const careGuaranteeRuleSchema = z.object({
  limitDays: z.number().int().min(0).max(366),
  ageRules: z.array(careGuaranteeAgeRuleSchema).max(10).optional(),
});
export type CareGuaranteeRuleInput = z.infer<typeof careGuaranteeRuleSchema>;

/** Everything staff maintain about a service type. */
export const serviceTypeSchema = bookableServiceSchema.extend({
  bufferBeforeMinutes: z.number().int().min(0).max(240),
  bufferAfterMinutes: z.number().int().min(0).max(240),
  /** A resource offers this service when its skills include this one ("nurse", "dental-hygienist"). */
  requiredSkill: skillSchema,
  careGuarantee: careGuaranteeRuleSchema.nullable(),
});
export type ServiceType = z.infer<typeof serviceTypeSchema>;

export const listServicesOfUnitInputSchema = z.object({ unitId: unitIdSchema });
export type ListServicesOfUnitInput = z.infer<typeof listServicesOfUnitInputSchema>;

/** A booking administrator opens or closes a service for residents' self-booking. */
export const setSelfBookableInputSchema = z
  .object({ serviceTypeId: z.uuid(), selfBookable: z.boolean() })
  .strict();
export type SetSelfBookableInput = z.infer<typeof setSelfBookableInputSchema>;

/** Furthest ahead free times may be offered: a year. */
export const maxBookingHorizonDays = 365;
/** Longest cancellation cut-off: 30 days before the start. */
export const maxCancellationCutOffHours = 30 * 24;

/** Create (no id) or update a service type of a unit. */
export const saveServiceTypeInputSchema = serviceTypeSchema
  .omit({ id: true })
  .extend({
    id: z.uuid().optional(),
    durationMinutes: z.number().int().min(5).max(480),
    cancellationCutOffHours: z.number().int().min(0).max(maxCancellationCutOffHours),
    bookingHorizonDays: z.number().int().min(1).max(maxBookingHorizonDays),
    // Left out (a remote from before the terms, still cached in a browser during a rollout): the stored
    // terms stay; null clears them.
    cancellationTerms: cancellationTermsSchema.nullable().optional(),
  })
  .strict();
export type SaveServiceTypeInput = z.infer<typeof saveServiceTypeInputSchema>;

/** Find a service: every filter optional; the public catalogue answers without sign-in. */
export const searchServicesInputSchema = z
  .object({
    category: serviceCategorySchema.optional(),
    municipality: singleLineTextSchema(100).min(1).optional(),
    unitId: unitIdSchema.optional(),
    language: serviceLanguageSchema.optional(),
    channel: serviceChannelSchema.optional(),
  })
  .strict();
export type SearchServicesInput = z.infer<typeof searchServicesInputSchema>;
