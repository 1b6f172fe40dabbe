import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/portal-session';
import { actingForMemory, type RememberedActingFor } from './acting-for-memory';
import { ActingForContext, type ActingForState } from './acting-for-context';
import { actorQueryKeyRoot, useActingRelations } from './use-acting-relations';

/**
 * Whom the signed-in resident acts for. The choice holds only while the relations service still
 * allows it and the same person is signed in; otherwise the resident acts for themselves.
 */
export function ActingForProvider({ children }: { children: ReactNode }) {
  const { person } = useSession();
  const queryClient = useQueryClient();
  const relations = useActingRelations();
  const [selection, setSelection] = useState<RememberedActingFor | undefined>(() => actingForMemory.read());

  const actor = person?.kind === 'resident' ? person.subject : undefined;
  const choices = relations.data?.choices;
  const unavailable = relations.data?.unavailable;

  const choose = useCallback(
    (subject: string | undefined) => {
      if (!actor) return;
      const next = subject ? { actor, subject } : undefined;
      setSelection(next);
      actingForMemory.write(next);
      // Data fetched for the previous person must not show up for the next one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== actorQueryKeyRoot });
    },
    [actor, queryClient],
  );

  const value = useMemo<ActingForState>(() => {
    const current =
      actor && selection?.actor === actor
        ? choices?.find(({ subject }) => subject === selection.subject)
        : undefined;
    return {
      hasRelations: (choices?.length ?? 0) + (unavailable?.length ?? 0) > 0,
      choices: choices ?? [],
      unavailable: unavailable ?? [],
      current,
      loadFailed: actor !== undefined && relations.isError,
      choose,
    };
  }, [actor, selection, choices, unavailable, relations.isError, choose]);

  return <ActingForContext.Provider value={value}>{children}</ActingForContext.Provider>;
}
