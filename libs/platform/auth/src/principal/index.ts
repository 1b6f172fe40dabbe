// Browser-safe: principal types, roles, languages and claim names, no Node imports.
export * from './principal';
export * from './staff-role';
export * from './language';
export * from './assurance-level';
export * from './claim-names';
export * from './principal-claims-schema';
