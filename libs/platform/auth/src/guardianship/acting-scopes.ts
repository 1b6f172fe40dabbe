// What a person may be allowed to do for another: one scope per domain module, named as the module. A minor
// aged 12–17 allows their guardian scope by scope, and an adult's mandate names the scopes it covers.
import { moduleNameSchema } from '@asiointi/platform-contract';
import { z } from 'zod';

/**
 * The scopes the portal's relations service decides: one per domain module. A module made with the module
 * generator is added here, as a region adds its service to the mandate register.
 */
export const ACTING_SCOPES = ['booking', 'family-centre', 'work-ability', 'feedback', 'client-guidance'] as const;
export type KnownActingScope = (typeof ACTING_SCOPES)[number];

/**
 * A scope on the wire: a module's name. Answers and stored consents may name scopes this build does not
 * know yet (a module deployed after it): they are carried, never refused.
 */
export const actingScopeSchema = moduleNameSchema;
export type ActingScope = z.infer<typeof actingScopeSchema>;

/** Only the scopes the relations service decides (a consent naming anything else is refused). */
export const knownActingScopeSchema = z.enum(ACTING_SCOPES);
