// Browser-safe: acting-on-behalf rules and the relations contract, no Node imports.
export * from './acting-scopes';
export * from './acting-relation';
export * from './acting-decision';
export * from './decide-acting-on-behalf';
export * from './decide-for-every-scope';
export * from './acting-relations-contract';
export * from './fetch-acting-relations';
export * from './person-lookup-contract';
