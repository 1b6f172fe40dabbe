import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { UserManager } from 'oidc-client-ts';
import { addNamespace, initI18n } from '@asiointi/platform-i18n';
import { OidcSessionProvider } from '../auth/OidcSessionProvider';
import { loadPortalConfig, type PortalConfig } from '../auth/portal-config';
import { UnavailableSessionProvider } from '../auth/UnavailableSessionProvider';
import { userManagerSettings } from '../auth/user-manager-settings';
import { shellNamespace, shellStrings } from '../i18n';
import { App } from './App';
import { createQueryClient } from './create-query-client';
import { loadRemotes } from './load-remotes';

/** The session for this page load: OpenID Connect when the portal config says where to sign in. */
function sessionProviderFor(config: PortalConfig | undefined) {
  if (!config) return UnavailableSessionProvider;
  const userManager = new UserManager(
    userManagerSettings(config.identity, window.location.origin, window.sessionStorage),
  );
  return function SessionProvider({ children }: { children: ReactNode }) {
    return (
      <OidcSessionProvider userManager={userManager} config={config}>
        {children}
      </OidcSessionProvider>
    );
  };
}

/** Starts the portal: translations, remotes.json and portal-config.json, then the app. */
export async function startShell(): Promise<void> {
  const i18n = initI18n();
  addNamespace(i18n, shellNamespace, shellStrings);
  const [{ remotes, manifestUnavailable }, config] = await Promise.all([loadRemotes(), loadPortalConfig()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BrowserRouter>
          <App
            remotes={remotes}
            manifestUnavailable={manifestUnavailable}
            queryClient={createQueryClient()}
            SessionProvider={sessionProviderFor(config)}
          />
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>,
  );
}
