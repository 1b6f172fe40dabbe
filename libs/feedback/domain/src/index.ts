export { orderCatalogue } from './order-catalogue';
export { nationalFreeTextMaxLength, nationalQuestionSets } from './national-question-sets';
export { questionSetForAge } from './choose-question-set';
export {
  defaultRequestTimingRules,
  helsinkiMonthOf,
  outsideQuietHours,
  requestTiming,
  type RequestTiming,
  type RequestTimingRules,
} from './request-timing';
export { answerSheetProblems, sheetHasAnAnswer, type SheetProblem } from './check-answer-sheet';
