// Browser-safe: nothing here imports from Node, so the shell can validate codes too.
export * from './identity-code';
export * from './identity-code-schema';
export * from './mask';
export * from './compose-identity-code';
export * from './check-character';
export * from './century-signs';
export * from '../calendar/index';
