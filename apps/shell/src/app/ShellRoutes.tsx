import { Route, Routes } from 'react-router';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { AccessibilityPage } from '../pages/AccessibilityPage';
import { FrontPage } from '../pages/FrontPage';
import { ModulePage } from '../pages/ModulePage';
import { modulePath } from '../pages/module-path';
import { NotFoundPage } from '../pages/NotFoundPage';

export interface ShellRoutesProps {
  remotes: RuntimeRemote[];
  manifestUnavailable: boolean;
}

/** A route per deployed module (`/<module>/*`, the rest of the path is the module's); a module
 * missing from the manifest has no route and ends on the not-found page. */
export function ShellRoutes({ remotes, manifestUnavailable }: ShellRoutesProps) {
  return (
    <Routes>
      <Route index element={<FrontPage remotes={remotes} manifestUnavailable={manifestUnavailable} />} />
      <Route path="accessibility" element={<AccessibilityPage />} />
      {remotes.map((remote) => (
        <Route
          key={remote.name}
          path={`${modulePath(remote.name)}/*`}
          element={<ModulePage remote={remote} />}
        />
      ))}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
