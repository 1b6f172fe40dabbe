// The unit directory: the units (toimipiste) of the wellbeing services county with their names and
// contact details. Units are organisation data, not one module's: in production the region's organisation
// register answers it, in development the dev identity provider. Both are public information.
import { z } from 'zod';
import { localizedTextSchema } from './localized-text';

/** Most units a directory may list: a county has hundreds, so this only stops a runaway answer. */
export const maxDirectoryUnits = 5000;

/**
 * An OID of THL's SOTE organisation register (SOTE-organisaatiorekisteri), e.g. 1.2.246.10.1234567.10.1:
 * dot-separated non-negative integers without leading zeros.
 */
export const soteOrganisationOidSchema = z
  .string()
  .max(128)
  .regex(/^[0-2](\.(0|[1-9]\d*))+$/, 'must be an OID such as 1.2.246.10.1234567.10.1');

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable();

export const unitDirectoryEntrySchema = z.object({
  id: z.uuid(),
  /** The unit in THL's SOTE organisation register; null for a unit not registered there (yet). */
  oid: soteOrganisationOidSchema.nullable(),
  name: localizedTextSchema,
  municipality: z.string().trim().min(1).max(100),
  streetAddress: optionalText(200),
  /** A Finnish postal code, five digits. */
  postalCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullable(),
  postOffice: optionalText(100),
  /** As people dial it, e.g. "+358 8 5584 1000". */
  phone: z
    .string()
    .max(40)
    .regex(/^\+?[0-9][0-9 ()-]{3,38}$/)
    .nullable(),
  email: z.email().max(254).nullable(),
});
export type UnitDirectoryEntry = z.infer<typeof unitDirectoryEntrySchema>;

/** GET <unitsUrl>: every unit of the county. */
export const unitDirectoryResponseSchema = z.object({
  units: z.array(unitDirectoryEntrySchema).max(maxDirectoryUnits),
});
export type UnitDirectoryResponse = z.infer<typeof unitDirectoryResponseSchema>;
