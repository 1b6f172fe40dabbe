// The three calls of the answer page, all POST mutations (the token never goes into a URL), with their
// outcomes kept in the page's own state: the module's client is made anew when the language changes, and
// what was opened, saved or sent must survive that.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerSheet, OpenedRequest } from '@asiointi/feedback-contract';
import { useTRPCClient } from '../api/trpc';

export type CallState = { status: 'idle' | 'pending' | 'done' } | { status: 'failed'; error: unknown };

export interface RequestAnswering {
  request: OpenedRequest | undefined;
  openState: CallState;
  retryOpen(): void;
  saveState: CallState;
  save(sheet: AnswerSheet): void;
  /** Forget "saved" once the answers change again. */
  edited(): void;
  submitState: CallState;
  submit(sheet: AnswerSheet): void;
}

export function useRequestAnswering(token: string): RequestAnswering {
  const client = useTRPCClient();
  const [request, setRequest] = useState<OpenedRequest>();
  const [openState, setOpenState] = useState<CallState>({ status: 'idle' });
  const [saveState, setSaveState] = useState<CallState>({ status: 'idle' });
  const [submitState, setSubmitState] = useState<CallState>({ status: 'idle' });

  // One open at a time, however often the effect runs (a new client, React's development double effects).
  const opening = useRef(false);
  useEffect(() => {
    if (token === '' || opening.current || openState.status !== 'idle') return;
    opening.current = true;
    setOpenState({ status: 'pending' });
    client.requestAnswering.open.mutate({ token }).then(
      (opened) => {
        opening.current = false;
        setRequest(opened);
        setOpenState({ status: 'done' });
      },
      (error: unknown) => {
        opening.current = false;
        setOpenState({ status: 'failed', error });
      },
    );
  }, [client, token, openState.status]);

  const save = useCallback(
    (sheet: AnswerSheet) => {
      setSaveState({ status: 'pending' });
      client.requestAnswering.saveDraft.mutate({ token, sheet }).then(
        () => setSaveState({ status: 'done' }),
        (error: unknown) => setSaveState({ status: 'failed', error }),
      );
    },
    [client, token],
  );
  const submit = useCallback(
    (sheet: AnswerSheet) => {
      setSubmitState({ status: 'pending' });
      client.requestAnswering.submit.mutate({ token, sheet }).then(
        () => setSubmitState({ status: 'done' }),
        (error: unknown) => setSubmitState({ status: 'failed', error }),
      );
    },
    [client, token],
  );
  return {
    request,
    openState,
    retryOpen: () => setOpenState({ status: 'idle' }),
    saveState,
    save,
    edited: () => setSaveState((state) => (state.status === 'done' ? { status: 'idle' } : state)),
    submitState,
    submit,
  };
}
