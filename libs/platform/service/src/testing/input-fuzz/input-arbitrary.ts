// Values for a procedure's input, drawn from the JSON Schema of its zod input: mostly values the schema
// lets through (so calls reach the handler and the database), with the edges that broke services before
// (NUL bytes, the longest allowed text, the largest number, dates in year 0000 or 9999), some values of
// the right shape with known ids (so calls get past "not found"), and now and then any JSON at all.
import fc from 'fast-check';
import { type JsonSchema, typesOf } from './json-schema';

export interface InputArbitraryOptions {
  /** Strings worth trying wherever they fit the field: ids of seeded rows, codes, identity codes. */
  knownStrings?: readonly string[];
}

/** Lists and records stay short: a long list is a bound question, not something to draw every time. */
const longestDrawnList = 4;
/** A text field without maxLength gets at most this much (the bounds check reports the field anyway). */
const longestUnboundedText = 10_000;

const edgeDates = ['0000-01-01', '0001-01-01', '1899-12-31', '1970-01-01', '2199-12-31', '9999-12-31'];
const edgeInstants = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+02:00',
  '1970-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999+00:00',
  '9999-12-31T23:59:59-14:00',
];
/** Control characters PostgreSQL text cannot hold (NUL) or pages cannot show. */
const hostileText = [
  '\u0000',
  'a\u0000b',
  '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000',
  '\u001b[2J',
  '\ud800',
];

/** Real calendar days over the whole range an ISO date can write, nearer days more often. */
function plainDate(): fc.Arbitrary<string> {
  const day = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const anyDay = fc.date({
    min: new Date('0000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  return fc.oneof(
    { weight: 3, arbitrary: day.map((date) => date.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: anyDay.map((date) => date.toISOString().slice(0, 10)) },
    { weight: 2, arbitrary: fc.constantFrom(...edgeDates) },
  );
}

function instant(): fc.Arbitrary<string> {
  const near = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const offset = fc.constantFrom('Z', '+02:00', '+03:00', '-14:00', '+14:00');
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(near, offset)
        .map(([date, zone]) => date.toISOString().replace('Z', zone)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...edgeInstants) },
  );
}

function fits(value: string, schema: JsonSchema): boolean {
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  return schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(value);
}

/**
 * A drawn match brought to the field's length where padding or cutting keeps it a match; otherwise left
 * as drawn (then it is one more value the service must refuse). Never a filter: a rare fit would spin.
 */
function fitted(value: string, schema: JsonSchema): string {
  if (fits(value, schema)) return value;
  const padded = value.padEnd(schema.minLength ?? 0, value.at(-1) ?? 'x').slice(0, schema.maxLength);
  return fits(padded, schema) ? padded : value;
}

function stringArbitrary(schema: JsonSchema, options: InputArbitraryOptions): fc.Arbitrary<unknown> {
  const known = (options.knownStrings ?? []).filter((value) => fits(value, schema));
  const choices: fc.WeightedArbitrary<unknown>[] = [];
  if (known.length > 0) choices.push({ weight: 4, arbitrary: fc.constantFrom(...known) });
  if (schema.format === 'date') choices.push({ weight: 4, arbitrary: plainDate() });
  else if (schema.format === 'date-time') choices.push({ weight: 4, arbitrary: instant() });
  else if (schema.format === 'uuid') choices.push({ weight: 2, arbitrary: fc.uuid() });
  else if (schema.pattern !== undefined) {
    const drawn = fc.stringMatching(new RegExp(schema.pattern, 'u'));
    choices.push(
      { weight: 3, arbitrary: drawn.map((value) => fitted(value, schema)) },
      { weight: 1, arbitrary: fc.constantFrom(...hostileText) },
    );
  } else {
    const minLength = schema.minLength ?? 0;
    const maxLength = schema.maxLength ?? longestUnboundedText;
    choices.push(
      {
        weight: 3,
        arbitrary: fc.string({
          minLength,
          maxLength: Math.min(maxLength, Math.max(minLength, 40)),
          unit: 'grapheme',
        }),
      },
      // The longest text the field allows, and one character more.
      { weight: 1, arbitrary: fc.constantFrom('x'.repeat(maxLength), 'ä'.repeat(maxLength + 1)) },
      { weight: 2, arbitrary: fc.constantFrom(...hostileText).map((text) => text.padEnd(minLength, 'x')) },
    );
  }
  return fc.oneof(...choices);
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const lowest =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined
      ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON)
      : -Number.MAX_SAFE_INTEGER);
  const highest =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined
      ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON)
      : Number.MAX_SAFE_INTEGER);
  const min = Math.max(lowest, -Number.MAX_SAFE_INTEGER);
  const max = Math.min(highest, Number.MAX_SAFE_INTEGER);
  const edges = [min, max, Math.min(Math.max(0, min), max), Math.min(Math.max(1e9, min), max)];
  const drawn = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof(
    { weight: 3, arbitrary: drawn },
    { weight: 1, arbitrary: fc.constantFrom(...edges.map((edge) => (integer ? Math.round(edge) : edge))) },
  );
}

function objectArbitrary(schema: JsonSchema, options: InputArbitraryOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const fields = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, inputArbitrary(property, options)]),
  );
  const record = fc.record(fields, {
    requiredKeys: Object.keys(properties).filter((key) => required.has(key)),
  });
  if (typeof schema.additionalProperties !== 'object') return record;
  const keys = schema.propertyNames
    ? inputArbitrary(schema.propertyNames, options)
    : fc.string({ maxLength: 20 });
  const values = inputArbitrary(schema.additionalProperties, options);
  const extra = fc.dictionary(keys.map(String), values, { maxKeys: longestDrawnList });
  return fc.tuple(record, extra).map(([known, more]) => ({ ...more, ...(known as object) }));
}

function arrayArbitrary(schema: JsonSchema, options: InputArbitraryOptions): fc.Arbitrary<unknown> {
  const minLength = schema.minItems ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? longestDrawnList, longestDrawnList));
  const items = schema.items ? inputArbitrary(schema.items, options) : fc.jsonValue({ maxDepth: 1 });
  return fc.array(items, { minLength, maxLength });
}

function ofType(type: string, schema: JsonSchema, options: InputArbitraryOptions): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema, options);
    case 'array':
      return arrayArbitrary(schema, options);
    case 'object':
      return objectArbitrary(schema, options);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values of the schema's shape, edges included (see the top of this file). */
export function inputArbitrary(
  schema: JsonSchema,
  options: InputArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((part) => inputArbitrary(part, options)));
  if (schema.allOf) {
    // zod writes allOf for an intersection: merge object parts into one.
    const merged = schema.allOf.reduce<JsonSchema>(
      (all, part) => ({
        ...all,
        ...part,
        properties: { ...all.properties, ...part.properties },
        required: [...(all.required ?? []), ...(part.required ?? [])],
      }),
      {},
    );
    return inputArbitrary(merged, options);
  }
  const types = typesOf(schema);
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => ofType(type, schema, options)));
}

/** What the harness sends: mostly shaped values, sometimes any JSON (which zod must refuse cleanly). */
export function callInputArbitrary(
  schema: JsonSchema | undefined,
  options: InputArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const anything = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }));
  if (!schema) return anything;
  return fc.oneof(
    { weight: 9, arbitrary: inputArbitrary(schema, options) },
    { weight: 1, arbitrary: anything },
  );
}
