export {
  dimensionCodeSchema,
  figureDescriptionSchema,
  figureDimensionsSchema,
  figureIdSchema,
  figureMeasures,
  figureMeasureSchema,
  figureSchema,
  figureStatusSchema,
  figureTargetSchema,
  maxSuppressionThreshold,
  namedCodeSchema,
  proportionMeasures,
  suppressionThresholdSchema,
  type Figure,
  type FigureDescription,
  type FigureDimensions,
  type FigureId,
  type FigureMeasure,
  type FigureScope,
  type FigureStatus,
  type FigureTarget,
  type NamedCode,
} from './figure';
export {
  daysBetween,
  figurePeriodSchema,
  maxFigurePeriodDays,
  periodLength,
  type FigurePeriod,
} from './figure-period';
export {
  figuresListSchema,
  figuresModuleSchema,
  figuresQuerySchema,
  maxFigureIds,
  maxFigureUnits,
  type FiguresList,
  type FiguresQuery,
} from './figures-query';
export { monthlyPeriods } from './monthly-periods';
export { measuredFigure, shareFigure } from './share-figure';
export { defaultSuppressionThreshold, suppressIfSmall } from './suppress-if-small';
