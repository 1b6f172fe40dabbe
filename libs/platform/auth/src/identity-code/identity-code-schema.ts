// Zod schemas for identity codes at boundaries (forms, token claims, DTOs). Their issues name the problem,
// never the input.
import { z } from 'zod';
import {
  type IdentityCode,
  type IdentityCodeOptions,
  normalizeIdentityCodeInput,
  validateIdentityCode,
} from './identity-code';

function identityCodeIssue(ctx: z.RefinementCtx, problem: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: `Invalid personal identity code (${problem})` });
  return z.NEVER;
}

/** A validated code as a parsed `IdentityCode` (which never prints itself). */
export function identityCodeSchema(options: IdentityCodeOptions = {}): z.ZodType<IdentityCode, string> {
  return z.string().transform((input, ctx) => {
    const result = validateIdentityCode(normalizeIdentityCodeInput(input), options);
    return result.valid ? result.identityCode : identityCodeIssue(ctx, result.problem);
  });
}

/** A validated code kept as its normalised string, for plain data such as DTOs. */
export function identityCodeStringSchema(options: IdentityCodeOptions = {}): z.ZodType<string, string> {
  return z.string().transform((input, ctx) => {
    const normalized = normalizeIdentityCodeInput(input);
    const result = validateIdentityCode(normalized, options);
    return result.valid ? normalized : identityCodeIssue(ctx, result.problem);
  });
}
