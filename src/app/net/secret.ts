/** The teacher's secret, kept in sessionStorage for this tab only (contract). */
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
