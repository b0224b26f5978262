/**
 * Join codes: six characters from an alphabet with nothing a class could misread (no 0/O, 1/I/L),
 * drawn from the cryptographic source, so that 31^6 ≈ 887 million codes leave guessing hopeless at
 * the join routes' rate limit. A code is unique across every class session the store holds.
 */
import { randomInt } from 'node:crypto';

/** The letters and digits a join code is made of. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A fresh random code (not yet checked for uniqueness). */
export function randomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as typed ("abc-d2f ", "ABC D2F") in its canonical form, or null when it cannot be one. */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/**
 * `count` fresh codes, none of them taken (`taken` asks the store) nor repeated among themselves.
 * Collisions are rare; after many in a row something is wrong, and it says so.
 */
export async function uniqueCodes(count: number, taken: (code: string) => Promise<boolean>): Promise<string[]> {
  const codes: string[] = [];
  for (let tries = 0; codes.length < count; tries++) {
    if (tries > count * 20) throw new Error('could not find a free join code after many tries');
    const code = randomCode();
    if (!codes.includes(code) && !(await taken(code))) codes.push(code);
  }
  return codes;
}
