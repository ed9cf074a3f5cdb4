import { useEffect, useState } from 'react';

/**
 * Milliseconds since `startedAt`, updated on each whole second of the call (not of the clock), so
 * "0:59" turns to "1:00" when a minute of talking has passed. Undefined without `startedAt`.
 */
export function useElapsed(startedAt: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const into = (((current - startedAt) % 1000) + 1000) % 1000;
      timer = setTimeout(tick, 1000 - into);
    };
    tick();
    return () => clearTimeout(timer);
  }, [startedAt]);
  return startedAt === undefined ? undefined : Math.max(0, now - startedAt);
}
