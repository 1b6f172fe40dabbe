// What a person may be allowed to do for another: one scope per domain module. A minor aged 12–17 allows
// their guardian scope by scope, and an adult's mandate names the scopes it covers.
import { z } from 'zod';

export const ACTING_SCOPES = ['booking', 'family-centre', 'work-ability', 'feedback'] as const;
export const actingScopeSchema = z.enum(ACTING_SCOPES);
export type ActingScope = z.infer<typeof actingScopeSchema>;
