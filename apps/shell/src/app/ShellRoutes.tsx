import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { LazyPage } from '@asiointi/platform-ui';
import { authPaths } from '../auth/auth-paths';
import { RequireSignIn } from '../auth/RequireSignIn';
import { SignInCallbackPage } from '../auth/SignInCallbackPage';
import { FrontPage } from '../pages/FrontPage';
import { ModulePage } from '../pages/ModulePage';
import { modulePath } from '../pages/module-path';
import {
  AccessibilityPage,
  DataAccessPage,
  GuardianConsentPage,
  NotFoundPage,
  SignedOutPage,
} from './lazy-pages';
import { dataAccessPath, guardianConsentPath } from './shell-paths';

export interface ShellRoutesProps {
  remotes: RuntimeRemote[];
  manifestUnavailable: boolean;
}

/** A route per deployed module (`/<module>/*`, the rest of the path is the module's); a module
 * missing from the manifest has no route and ends on the not-found page. */
export function ShellRoutes({ remotes, manifestUnavailable }: ShellRoutesProps) {
  const { t } = useTranslation('shell');
  return (
    <Routes>
      <Route index element={<FrontPage remotes={remotes} manifestUnavailable={manifestUnavailable} />} />
      <Route
        path="accessibility"
        element={
          <LazyPage>
            <AccessibilityPage />
          </LazyPage>
        }
      />
      <Route path={authPaths.callback} element={<SignInCallbackPage />} />
      <Route
        path={authPaths.signedOut}
        element={
          <LazyPage>
            <SignedOutPage />
          </LazyPage>
        }
      />
      <Route
        path={dataAccessPath}
        element={
          <RequireSignIn title={t('dataAccess.title')} residentsOnly>
            <LazyPage>
              <DataAccessPage remotes={remotes} />
            </LazyPage>
          </RequireSignIn>
        }
      />
      <Route
        path={guardianConsentPath}
        element={
          <RequireSignIn title={t('guardianConsent.title')} residentsOnly>
            <LazyPage>
              <GuardianConsentPage />
            </LazyPage>
          </RequireSignIn>
        }
      />
      {remotes.map((remote) => (
        <Route
          key={remote.name}
          path={`${modulePath(remote.name)}/*`}
          element={<ModulePage remote={remote} />}
        />
      ))}
      <Route
        path="*"
        element={
          <LazyPage>
            <NotFoundPage />
          </LazyPage>
        }
      />
    </Routes>
  );
}
