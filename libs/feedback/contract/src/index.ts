export * from './answer-scales';
export { staffUnitSchema, type StaffUnit } from './staff-unit';
export { FeedbackErrorCode } from './errors';
export { feedbackStaffRoles, type FeedbackStaffRole } from './staff-access';
export * from './question-sets';
export * from './answers';
// General feedback, the staff inbox, "you said, we did" and question-set administration.
export * from './general-feedback';
export * from './inbox';
export * from './you-said-we-did';
export * from './question-set-admin';
// Reports (issue 11, part 2)
export * from './reports';
export { staffPulseRoles, type StaffPulseRole } from './staff-pulse-access';
export * from './consumed-events';
export * from './feedback-requests';
