// Which fields of an input schema have no upper bound: a string without a longest length, a number
// without a largest (or smallest) value, a list without a most items. Each one let a caller store or ask
// for something no page or query was made for (a 200 KB phone number, a booking horizon of 10^9 days).
import { type JsonSchema, typesOf } from './json-schema';

/** zod writes the safe-integer range for z.number().int(): that is no bound a field chose. */
const noChosenBound = Number.MAX_SAFE_INTEGER;

/** A pattern with no open repetition (+, *, {n,}) matches only strings of bounded length. */
function patternIsBounded(pattern: string): boolean {
  const withoutEscapes = pattern.replace(/\\./g, '');
  return !/[+*]|\{\d+,\}/.test(withoutEscapes);
}

function stringIsBounded(schema: JsonSchema): boolean {
  if (schema.maxLength !== undefined) return true;
  return schema.pattern !== undefined && patternIsBounded(schema.pattern);
}

function numberIsBounded(schema: JsonSchema): boolean {
  const upper = schema.maximum ?? schema.exclusiveMaximum;
  const lower = schema.minimum ?? schema.exclusiveMinimum;
  return (
    upper !== undefined &&
    lower !== undefined &&
    Math.abs(upper) < noChosenBound &&
    Math.abs(lower) < noChosenBound
  );
}

function recordIsBounded(schema: JsonSchema): boolean {
  const keys = schema.propertyNames;
  return schema.maxProperties !== undefined || keys?.enum !== undefined || keys?.const !== undefined;
}

function walk(schema: JsonSchema, path: string, found: string[]): void {
  const here = path || '(input)';
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) walk(part, path, found);
  // Parts of allOf without a type of their own only narrow this field (a second pattern, say).
  for (const part of schema.allOf ?? []) if (typesOf(part).length > 0) walk(part, path, found);
  if (schema.const !== undefined || schema.enum !== undefined) return;
  const types = typesOf(schema);
  const combined = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (types.length === 0 && !combined) found.push(`${here}: any value`);
  if (types.includes('string') && !stringIsBounded(schema)) found.push(`${here}: string without maxLength`);
  if ((types.includes('integer') || types.includes('number')) && !numberIsBounded(schema)) {
    found.push(`${here}: number without minimum and maximum`);
  }
  if (types.includes('array')) {
    if (schema.maxItems === undefined) found.push(`${here}: list without maxItems`);
    for (const [index, item] of (schema.prefixItems ?? []).entries()) walk(item, `${path}[${index}]`, found);
    if (schema.items) walk(schema.items, `${path}[]`, found);
  }
  if (types.includes('object')) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      walk(property, path ? `${path}.${key}` : key, found);
    }
    if (typeof schema.additionalProperties === 'object') {
      if (!recordIsBounded(schema)) found.push(`${here}: record without a bounded set of keys`);
      if (schema.propertyNames) walk(schema.propertyNames, `${path}{key}`, found);
      walk(schema.additionalProperties, `${path}{*}`, found);
    }
  }
}

/** Every field of the input schema without an upper bound, as "path: what is missing". */
export function unboundedFields(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const found: string[] = [];
  walk(schema, '', found);
  return found;
}
