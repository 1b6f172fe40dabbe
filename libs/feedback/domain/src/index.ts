export { orderCatalogue } from './order-catalogue';
// Reports (issue 11, part 2): one NPS, statement means, suppression, free-text masking, exports.
export * from './net-promoter-score';
export * from './statement-means';
export * from './report-suppression';
export * from './mask-free-text';
export * from './csv-export';
