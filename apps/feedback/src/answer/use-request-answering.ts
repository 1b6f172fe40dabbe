// The three calls of the answer page, all POST mutations: the token never goes into a URL.
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

export function useRequestAnswering() {
  const trpc = useTRPC();
  return {
    open: useMutation(trpc.requestAnswering.open.mutationOptions()),
    saveDraft: useMutation(trpc.requestAnswering.saveDraft.mutationOptions()),
    submit: useMutation(trpc.requestAnswering.submit.mutationOptions()),
  };
}
