export * from './answer-scales';
