import { useEffect, useState } from 'preact/hooks';

/** The time now, renewed every `everyMs` while the component is on screen (e.g. "waiting 3 min"). */
export function useNow(everyMs: number, active = true): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, active]);
  return now;
}
