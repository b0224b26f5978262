/** Errors as values for untrusted input: a `Result` is either a value or a list of problems. */

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** One problem in an input file: where (a dotted path) and what was expected. */
export interface Problem {
  path: string;
  message: string;
}

/** Render a problem as one line, e.g. `regions.2.stability: expected a number, got "three"`. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
