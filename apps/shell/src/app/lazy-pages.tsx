// The shell's pages a first visit does not need come in chunks of their own, fetched when a person
// goes there: the front page and a module's page download none of them.
import { lazy } from 'react';

export const AccessibilityPage = lazy(() =>
  import('../pages/AccessibilityPage').then(({ AccessibilityPage }) => ({ default: AccessibilityPage })),
);
export const DataAccessPage = lazy(() =>
  import('../data-access/DataAccessPage').then(({ DataAccessPage }) => ({ default: DataAccessPage })),
);
export const GuardianConsentPage = lazy(() =>
  import('../guardian-consent/GuardianConsentPage').then(({ GuardianConsentPage }) => ({
    default: GuardianConsentPage,
  })),
);
export const SignedOutPage = lazy(() =>
  import('../auth/SignedOutPage').then(({ SignedOutPage }) => ({ default: SignedOutPage })),
);
export const NotFoundPage = lazy(() =>
  import('../pages/NotFoundPage').then(({ NotFoundPage }) => ({ default: NotFoundPage })),
);
