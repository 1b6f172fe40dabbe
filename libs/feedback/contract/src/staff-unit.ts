// The staff member's units as the staff pages list them: names, never ids.
import { localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';

export const staffUnitSchema = z.object({ id: z.uuid(), name: localizedTextSchema });
export type StaffUnit = z.infer<typeof staffUnitSchema>;
