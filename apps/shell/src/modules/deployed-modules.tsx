import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ModuleName, RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';

interface DeployedModules {
  remotes: readonly RuntimeRemote[];
  /** The module's title in the current language, or undefined when it is not deployed now. */
  titleOf(name: ModuleName): string | undefined;
}

const DeployedModulesContext = createContext<readonly RuntimeRemote[]>([]);

/**
 * The modules in remotes.json, for every part of the shell that names one: the shell knows no module of its
 * own, and a module's words (title, description, staff pages) come with its manifest entry.
 */
export function DeployedModulesProvider({
  remotes,
  children,
}: {
  remotes: readonly RuntimeRemote[];
  children: ReactNode;
}) {
  return <DeployedModulesContext.Provider value={remotes}>{children}</DeployedModulesContext.Provider>;
}

export function useDeployedModules(): DeployedModules {
  const remotes = useContext(DeployedModulesContext);
  const { language } = useLanguage();
  return useMemo(
    () => ({
      remotes,
      titleOf: (name: ModuleName) => remotes.find((remote) => remote.name === name)?.title[language],
    }),
    [remotes, language],
  );
}
