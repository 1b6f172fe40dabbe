import type { ModuleName } from '@asiointi/platform-federation';

/** Where a module lives in the portal: /booking, /family-centre, /work-ability, /feedback. */
export function modulePath(name: ModuleName): string {
  return `/${name}`;
}
