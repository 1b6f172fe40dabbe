import type { LocalizedText } from '@asiointi/platform-contract';
import type { ModuleServiceDefinition } from '@asiointi/platform-service';
import type { AnyRouter } from '@trpc/server';

/** A domain module as the embedded portal runs it: its static remote build and its service. */
export interface PortalModule {
  name: string;
  version: string;
  /** The module's words in the runtime manifest (tile, pages, staff bar). */
  title: LocalizedText;
  description: LocalizedText;
  staff?: { path: string; title: LocalizedText };
  /** Build output of the remote, relative to the workspace root. */
  remoteDist: string;
  defaultRemotePort: number;
  defaultServicePort: number;
  // Any module's tables and router: the launcher only starts it.
  service: ModuleServiceDefinition<Record<string, unknown>, AnyRouter>;
}
