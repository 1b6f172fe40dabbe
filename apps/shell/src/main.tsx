import { authPaths } from './auth/auth-paths';

// In the hidden iframe of a silent sign-in only the answer is handed to the parent window: the
// portal itself does not start there.
if (window.location.pathname === authPaths.silentRenew) {
  void import('./auth/complete-silent-renew').then(({ completeSilentRenew }) => completeSilentRenew());
} else {
  void import('./app/start-shell').then(({ startShell }) => startShell());
}
