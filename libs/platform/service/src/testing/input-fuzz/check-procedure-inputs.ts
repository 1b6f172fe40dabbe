// The input harness: calls one procedure over HTTP with values drawn from its zod input schema, as each
// kind of caller, and holds two properties: the service never answers 5xx, and a refused call leaves
// every row as it was (a half-written row is a refusal that wrote). Seeded per procedure, so a run is
// the same every time and a failure names the caller and the input that broke it.
import fc from 'fast-check';
import { callProcedure, type CallOptions, type CallResult } from '../call-procedure';
import { callInputArbitrary } from './input-arbitrary';
import type { RouterProcedure } from './router-procedures';

/** Who calls: the headers of one kind of caller (nothing for the public, a token, acting-for). */
export type HarnessCaller = () => Promise<Pick<CallOptions, 'token' | 'actingFor' | 'headers'>>;

export interface CheckProcedureInputsOptions {
  /** The running service's base URL. */
  url: string;
  procedure: RouterProcedure;
  callers: Readonly<Record<string, HarnessCaller>>;
  /**
   * A digest of every row a call could write (the audit log aside: refusals are logged there on
   * purpose); equal before and after a refused call. See platform-db/testing's databaseFingerprint.
   */
  dataFingerprint: () => Promise<string>;
  /** Ids of seeded rows, codes and the like, tried wherever they fit a field. */
  knownStrings?: readonly string[];
  /** Calls per procedure, spread over the callers (default 24). */
  runs?: number;
  /** Mixed with the procedure's path into each procedure's seed (default 14). */
  seed?: number;
}

/** Limits of the HTTP server itself (body, URL, headers): answered before tRPC, so not in its envelope. */
const transportLimitStatuses = new Set([413, 414, 431]);

function seedOf(path: string, seed: number): number {
  let hash = seed;
  for (const char of path) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

function describeAnswer(result: CallResult): string {
  return `${result.status} ${result.text.slice(0, 300)}`;
}

/** Throws (fast-check's report: seed, counterexample) when a call answers 5xx or a refused call wrote. */
export async function checkProcedureInputs(options: CheckProcedureInputsOptions): Promise<void> {
  const { url, procedure, callers, dataFingerprint } = options;
  const callerNames = Object.keys(callers);
  if (callerNames.length === 0) throw new Error('The input harness needs at least one caller.');
  let before = await dataFingerprint();
  const property = fc.asyncProperty(
    fc.constantFrom(...callerNames),
    callInputArbitrary(procedure.input, { knownStrings: options.knownStrings }),
    async (callerName, input) => {
      const caller = await callers[callerName]!();
      const result = await callProcedure(url, procedure.path, {
        ...caller,
        input,
        mutation: procedure.mutation,
      });
      const after = await dataFingerprint();
      const refused = result.status >= 400;
      const unchanged = after === before;
      before = after;
      if (result.status >= 500) throw new Error(`${procedure.path} answered ${describeAnswer(result)}`);
      if (!refused) return;
      if (
        !transportLimitStatuses.has(result.status) &&
        (result.code === undefined || result.code === 'NOT_JSON')
      ) {
        throw new Error(`${procedure.path} refused without a typed error: ${describeAnswer(result)}`);
      }
      if (!unchanged) throw new Error(`${procedure.path} refused (${result.code}) but changed rows`);
    },
  );
  await fc.assert(property, {
    numRuns: options.runs ?? 24,
    seed: seedOf(procedure.path, options.seed ?? 14),
    includeErrorInReport: true,
    // The first failing call is the report: shrinking would repeat hundreds of HTTP calls.
    endOnFailure: true,
    // A call that never answers is a failure too, not a hung suite.
    timeout: 15_000,
  });
}
