import { useEffect, useState } from 'react';

/**
 * The current time, moving on every half minute: a day list left open at the desk offers "attended" once
 * the appointment has started, without a reload.
 */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
