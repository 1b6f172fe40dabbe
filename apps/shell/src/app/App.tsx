import type { ComponentType, ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { PageLayout, UiProvider } from '@asiointi/platform-ui';
import { ActingForProvider } from '../acting/ActingForProvider';
import { IdleSessionGuard } from '../auth/idle/IdleSessionGuard';
import { SessionNoticeBanner } from '../auth/SessionNoticeBanner';
import { SignInLanguage } from '../auth/SignInLanguage';
import { useFocusOnRouteChange } from '../layout/focus-on-route-change';
import { Footer } from '../layout/Footer';
import { Header } from '../layout/Header';
import { DeployedModulesProvider } from '../modules/deployed-modules';
import { ShellRoutes } from './ShellRoutes';
import './shell.css';

export interface AppProps {
  remotes: RuntimeRemote[];
  manifestUnavailable: boolean;
  /** Shared with the remotes through React context (@tanstack/react-query is a singleton). */
  queryClient: QueryClient;
  /** Provides the PortalSession: OpenID Connect in the browser, a fixed one in tests. */
  SessionProvider: ComponentType<{ children: ReactNode }>;
}

/** The portal inside a router: session, frame, language switch and routes. */
export function App({ remotes, manifestUnavailable, queryClient, SessionProvider }: AppProps) {
  useFocusOnRouteChange();
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <ActingForProvider>
          <DeployedModulesProvider remotes={remotes}>
            <UiProvider>
              <PageLayout header={<Header remotes={remotes} />} footer={<Footer />}>
                <SessionNoticeBanner />
                <ShellRoutes remotes={remotes} manifestUnavailable={manifestUnavailable} />
              </PageLayout>
              <IdleSessionGuard />
              <SignInLanguage />
            </UiProvider>
          </DeployedModulesProvider>
        </ActingForProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
