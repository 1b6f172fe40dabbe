import { z } from 'zod';
import { actingScopeSchema } from '@asiointi/platform-auth/guardianship';

/** The relations service's `GET /relations/guardians`: a minor's guardians and what each may do. */
export const guardiansResponseSchema = z.object({
  guardians: z.array(
    z.object({
      subject: z.string().min(1),
      name: z.object({ given: z.string(), family: z.string() }),
      allowedScopes: z.array(actingScopeSchema),
    }),
  ),
});
export type GuardiansResponse = z.infer<typeof guardiansResponseSchema>;
export type Guardian = GuardiansResponse['guardians'][number];
