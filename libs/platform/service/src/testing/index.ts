// Test helpers of module services, a separate entry point so that service code never carries them.
export { callProcedure, type CallError, type CallOptions, type CallResult } from './call-procedure';
export { collectLogLines, type LogLines } from './log-lines';
export * from './input-fuzz/index';
