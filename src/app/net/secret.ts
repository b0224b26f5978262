/** The teacher's secret, kept in sessionStorage for this tab only (contract). */
import { useCallback, useState } from 'react';

const KEY = 'rotw.teacher.secret';

export function readSecret(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeSecret(secret: string | null): void {
  try {
    if (secret === null) globalThis.sessionStorage.removeItem(KEY);
    else globalThis.sessionStorage.setItem(KEY, secret);
  } catch {
    // storage off: the secret lasts as long as the page
  }
}

/**
 * The teacher pages' secret: the one stored (or null), whether the last one was refused, `remember` (a
 * secret typed in) and `forget` (`refused`: the server said it was wrong) and `accepted` (the server took it).
 */
export function useSecret() {
  const [secret, setSecret] = useState<string | null>(readSecret);
  const [wrong, setWrong] = useState(false);
  const remember = useCallback((s: string) => {
    writeSecret(s);
    setSecret(s);
  }, []);
  const forget = useCallback((refused = false) => {
    writeSecret(null);
    setSecret(null);
    if (refused) setWrong(true);
  }, []);
  const accepted = useCallback(() => setWrong(false), []);
  return { secret, wrong, remember, forget, accepted };
}
