// Finding a resident by identity code, for staff who book on a resident's behalf (the dev identity
// provider's `POST /persons/lookup`; in production the region's population-register service behind the same
// shape). The code travels in the body, never in a URL, and the answer names the person by subject only.
import { z } from 'zod';
import { calendarDateSchema } from './acting-relations-contract';

export const personLookupRequestSchema = z.object({ identityCode: z.string().min(1).max(32) }).strict();
export type PersonLookupRequest = z.infer<typeof personLookupRequestSchema>;

export const personLookupResponseSchema = z.object({
  /** The person's OIDC subject: the same one their own sign-in gives. */
  subject: z.string().min(1),
  name: z.object({ given: z.string().min(1), family: z.string().min(1) }),
  birthDate: calendarDateSchema,
});
export type PersonLookupResponse = z.infer<typeof personLookupResponseSchema>;
