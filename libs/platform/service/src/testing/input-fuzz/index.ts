// The input harness of module services (see check-procedure-inputs.ts), and the bounds check it rests on.
export {
  checkProcedureInputs,
  type CheckProcedureInputsOptions,
  type HarnessCaller,
} from './check-procedure-inputs';
export { callInputArbitrary, inputArbitrary, type InputArbitraryOptions } from './input-arbitrary';
export type { JsonSchema } from './json-schema';
export { routerProcedures, type RouterProcedure } from './router-procedures';
export { unboundedFields } from './unbounded-fields';
