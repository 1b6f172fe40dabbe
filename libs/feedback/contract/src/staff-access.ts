// Which staff roles work on the module's staff pages (platform-auth's STAFF_ROLES; a role is held in a
// unit). The service enforces the list on every call; the remote reads it only to offer the pages.
export const feedbackStaffRoles = ['feedback-analyst', 'manager'] as const;
export type FeedbackStaffRole = (typeof feedbackStaffRoles)[number];
