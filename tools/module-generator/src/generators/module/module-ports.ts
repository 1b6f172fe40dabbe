import type { WorkspaceModule } from '../../module-descriptor';

/** Ports the portal's other parts take by default (the shell, the dev identity provider). */
const takenByPortal = new Set([4200, 4500]);

function nextFree(start: number, taken: Set<number>): number {
  let port = start;
  while (taken.has(port)) port += 1;
  return port;
}

/** The next default ports after every module's own: remotes from 4301 up, services from 4401 up. */
export function freePorts(modules: readonly WorkspaceModule[]): { remote: number; service: number } {
  const taken = new Set([
    ...takenByPortal,
    ...modules.flatMap((module) => [module.ports.remote, module.ports.service]),
  ]);
  const remote = nextFree(Math.max(4300, ...modules.map((module) => module.ports.remote)) + 1, taken);
  const service = nextFree(Math.max(4400, ...modules.map((module) => module.ports.service)) + 1, taken);
  return { remote, service };
}
