export * from './localized-text';
export * from './units';
export * from './service-types';
export * from './resident-preferences';
export * from './errors';
