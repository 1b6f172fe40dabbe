// The token of a feedback link travels in the URL's fragment (#<token>), which browsers never send to a
// server. The page reads it once and takes it out of the address bar (and so out of history and of what a
// screenshot or a shared screen shows) with history.replaceState. It is kept in this module's memory only
// (not in storage or history state), so that the page mounted again (a language switch) still has it.
import { requestTokenSchema } from '@asiointi/feedback-contract';

let remembered = '';

/** The token in the current address's fragment (or the one taken earlier), or '' when there is none. */
export function takeTokenFromAddress(): string {
  const fragment = window.location.hash.replace(/^#/, '');
  if (fragment !== '') {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    remembered = requestTokenSchema.safeParse(fragment).success ? fragment : '';
  }
  return remembered;
}

/** Tests: forget the token taken earlier. */
export function forgetRequestToken(): void {
  remembered = '';
}
