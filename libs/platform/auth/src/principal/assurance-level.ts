// Identification assurance levels as eIDAS names them; Suomi.fi identification returns them as `acr`.
import { z } from 'zod';

export const ASSURANCE_LEVELS = ['substantial', 'high'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

export const ACR_BY_ASSURANCE_LEVEL = {
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
} as const satisfies Record<AssuranceLevel, string>;

export const ACR_VALUES = Object.values(ACR_BY_ASSURANCE_LEVEL);

/** Reads an `acr` claim; anything below substantial (or unknown) is refused. */
export const assuranceLevelFromAcrSchema = z
  .enum([ACR_BY_ASSURANCE_LEVEL.substantial, ACR_BY_ASSURANCE_LEVEL.high])
  .transform((acr): AssuranceLevel => (acr === ACR_BY_ASSURANCE_LEVEL.high ? 'high' : 'substantial'));
