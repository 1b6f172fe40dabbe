// A router's procedures as the input harness needs them: path, query or mutation, and the JSON Schema of
// the input a client sends (zod 4's own conversion, input side: defaults optional, transforms before).
import type { AnyTRPCRouter } from '@trpc/server';
import { z } from 'zod';
import type { JsonSchema } from './json-schema';

export interface RouterProcedure {
  path: string;
  mutation: boolean;
  /** undefined: the procedure takes no input. */
  input: JsonSchema | undefined;
}

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
}

function inputSchemaOf(path: string, inputs: unknown[]): JsonSchema | undefined {
  if (inputs.length === 0) return undefined;
  const schemas = inputs.map((parser) => {
    if (!(parser instanceof z.ZodType)) throw new Error(`${path}: its input is not a zod schema`);
    // Refinements cannot be written in JSON Schema; the server still runs them on every generated value.
    return z.toJSONSchema(parser, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  });
  return schemas.length === 1 ? schemas[0] : { allOf: schemas };
}

/** Every query and mutation of the router (subscriptions are not called over plain HTTP). */
export function routerProcedures(router: AnyTRPCRouter): RouterProcedure[] {
  const procedures = router._def.procedures as Record<string, { _def: ProcedureDef }>;
  return Object.entries(procedures)
    .filter(([, procedure]) => procedure._def.type !== 'subscription')
    .map(([path, procedure]) => ({
      path,
      mutation: procedure._def.type === 'mutation',
      input: inputSchemaOf(path, procedure._def.inputs),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
