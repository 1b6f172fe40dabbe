export { canClose, canMoveTo, canReply, nextStatusesOf } from './inbox-transitions';
export { isOverdue, replyDueOn } from './reply-due';
export {
  addRegionalStatement,
  isRegionalStatement,
  nextRegionalQuestionId,
  removeRegionalStatement,
  rewordRegionalStatement,
  type DraftEdit,
  type DraftEditRefusal,
} from './regional-statements';
// Reports (issue 11, part 2): one NPS, statement means, suppression, free-text masking, exports.
export * from './net-promoter-score';
export * from './statement-means';
export * from './report-suppression';
export * from './mask-free-text';
export * from './csv-export';
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
