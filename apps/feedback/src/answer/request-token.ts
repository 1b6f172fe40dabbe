// The token of a feedback link travels in the URL's fragment (#<token>), which browsers never send to a
// server. The page reads it once and takes it out of the address bar (and so out of history and of what a
// screenshot or a shared screen shows) with history.replaceState.
import { requestTokenSchema } from '@asiointi/feedback-contract';

/** The token in the current address's fragment, or '' when there is none that looks like one. */
export function takeTokenFromAddress(): string {
  const fragment = window.location.hash.replace(/^#/, '');
  if (fragment !== '') {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return requestTokenSchema.safeParse(fragment).success ? fragment : '';
}
