import { z } from 'zod';
import { serviceLanguageSchema } from './resident-preferences';
import { bookableServiceSchema } from './service-types';
import { unitSchema } from './units';

/** One service as offered in one unit: what "find a service" lists. */
export const serviceOfferingSchema = z.object({
  service: bookableServiceSchema,
  unit: unitSchema,
  /** Languages some active resource giving the service speaks. */
  languages: z.array(serviceLanguageSchema),
});
export type ServiceOffering = z.infer<typeof serviceOfferingSchema>;
