// Who answers the staff pulse of a unit: everyone holding a staff role in it (platform-auth's STAFF_ROLES).
export const staffPulseRoles = [
  'booking-admin',
  'nurse',
  'family-centre-worker',
  'work-ability-professional',
  'feedback-analyst',
  'manager',
] as const;
export type StaffPulseRole = (typeof staffPulseRoles)[number];
