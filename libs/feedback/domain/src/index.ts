export { canMoveTo, canReply, nextStatusesOf } from './inbox-transitions';
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
