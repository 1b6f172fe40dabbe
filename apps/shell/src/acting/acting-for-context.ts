import { createContext, useContext } from 'react';
import type { ActingChoice, UnavailableRelation } from './acting-choices';

export interface ActingForState {
  /** Resident with relations: the switcher is shown. */
  hasRelations: boolean;
  choices: ActingChoice[];
  unavailable: UnavailableRelation[];
  /** The person chosen, or undefined when acting for oneself. */
  current: ActingChoice | undefined;
  /** The relations could not be loaded: the resident acts for themselves, and is told so. */
  loadFailed: boolean;
  /** Switches to `subject`, or back to oneself with undefined. */
  choose(subject: string | undefined): void;
}

const nobody: ActingForState = {
  hasRelations: false,
  choices: [],
  unavailable: [],
  current: undefined,
  loadFailed: false,
  choose: () => undefined,
};

export const ActingForContext = createContext<ActingForState>(nobody);

export function useActingFor(): ActingForState {
  return useContext(ActingForContext);
}
