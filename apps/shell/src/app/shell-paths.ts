/** The shell's own pages that other parts link to. */
export const dataAccessPath = '/my-data-access';
export const guardianConsentPath = '/guardian-permissions';
