import { createHmac } from 'node:crypto'

/**
 * How an ID number and a name are kept with a verification (identity_verifications,
 * verified_identities): HMAC-SHA256 under the server's ID_HASH_KEY, never the text. A plain
 * SHA-256 of an 18-character ID number is guessable (a region code, a birth date, three digits
 * and a check character: a few billion candidates); without the key, the stored values say
 * nothing. The same key must be used by every instance; changing it voids every verification
 * (people verify again), so it is set once, like SESSION_SECRET.
 */
export interface IdentityHasher {
  /** The ID number (trimmed, upper-case X), as a 64-character hex digest. */
  id(idNumber: string): string
  /** The name (trimmed), as a 64-character hex digest. */
  name(name: string): string
}

/** The key used when ID_HASH_KEY is not set: development and tests only; production refuses it (app.ts). */
export const DEV_ID_HASH_KEY = 'dev-only-id-hash-key: set ID_HASH_KEY in production'

export function createIdentityHasher(key: string): IdentityHasher {
  const hmac = (text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex')
  return {
    id: (idNumber) => hmac(`id:${idNumber.trim().toUpperCase()}`),
    name: (name) => hmac(`name:${name.trim()}`),
  }
}
