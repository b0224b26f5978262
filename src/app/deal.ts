/**
 * The secret deal of a new game: 32 bits from the browser's (or Node's) cryptographic source, which the
 * start move carries into the engine (`{ kind: 'start', deal }`). The seed alone never predicts the
 * agendas. Lives in src/ because game/ draws no entropy of its own.
 */

/** A fresh unsigned 32-bit deal. */
export function freshDeal(): number {
  const word = new Uint32Array(1);
  globalThis.crypto.getRandomValues(word);
  return word[0]! >>> 0;
}
