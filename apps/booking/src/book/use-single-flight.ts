import { useCallback, useRef } from 'react';

/**
 * Runs `start` only when no earlier run is still out. A mutation's isPending arrives a render later,
 * so a double click would otherwise send two requests; `start` gets the function that ends the run.
 */
export function useSingleFlight(): (start: (done: () => void) => void) => void {
  const out = useRef(false);
  return useCallback((start) => {
    if (out.current) return;
    out.current = true;
    start(() => {
      out.current = false;
    });
  }, []);
}
