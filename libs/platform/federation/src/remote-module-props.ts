import type { Language } from '@asiointi/platform-i18n';
import type { RemoteAuth } from './auth/remote-auth';

/** What the shell passes to every remote's exposed `./Module` component. */
export interface RemoteModuleProps {
  /** Base URL of the module's own service, from the runtime manifest. */
  apiUrl: string;
  /** Where the module is mounted in the portal, e.g. "/booking"; its routes are relative to it. */
  basePath: string;
  language: Language;
  /** The portal's sign-in: the token for the module's service and whom the resident acts for. */
  auth: RemoteAuth;
}
