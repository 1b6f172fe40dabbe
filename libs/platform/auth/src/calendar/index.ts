export * from './calendar-date';
export * from './helsinki-date';
export * from './age';
