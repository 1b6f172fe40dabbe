import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { PageLayout, UiProvider } from '@asiointi/platform-ui';
import { useFocusOnRouteChange } from '../layout/focus-on-route-change';
import { Footer } from '../layout/Footer';
import { Header } from '../layout/Header';
import { ShellRoutes } from './ShellRoutes';
import './shell.css';

export interface AppProps {
  remotes: RuntimeRemote[];
  manifestUnavailable: boolean;
  /** Shared with the remotes through React context (@tanstack/react-query is a singleton). */
  queryClient: QueryClient;
}

/** The portal inside a router: frame, language switch and routes. */
export function App({ remotes, manifestUnavailable, queryClient }: AppProps) {
  useFocusOnRouteChange();
  return (
    <QueryClientProvider client={queryClient}>
      <UiProvider>
        <PageLayout header={<Header />} footer={<Footer />}>
          <ShellRoutes remotes={remotes} manifestUnavailable={manifestUnavailable} />
        </PageLayout>
      </UiProvider>
    </QueryClientProvider>
  );
}
