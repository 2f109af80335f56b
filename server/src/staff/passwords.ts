import { randomBytes, randomInt } from 'node:crypto'
import type argon2Module from 'argon2'

/**
 * Staff passwords: argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane), the library's own
 * PHC string stored. `DUMMY_HASH` is verified against when a username is unknown, so an unknown
 * name costs about as long as a wrong password.
 */

/** The native argon2 binding, loaded at the first staff sign-in, not at start (issue 15: start-up time). */
let loaded: Promise<typeof argon2Module> | null = null
function argon2(): Promise<typeof argon2Module> {
  loaded ??= import('argon2').then((m) => m.default)
  return loaded
}

export async function hashPassword(password: string): Promise<string> {
  const lib = await argon2()
  return lib.hash(password, { type: lib.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 })
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await (await argon2()).verify(hash, password)
  } catch {
    return false
  }
}

let dummy: Promise<string> | null = null
/** A hash of a random password nobody knows, made once per process. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString('base64url'))
  return dummy
}

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128

/** Null when acceptable, else the reason in plain Chinese. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 位，请换一个更长的`
  if (password.length > PASSWORD_MAX) return `密码最多 ${PASSWORD_MAX} 位，请换一个短一些的`
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码要同时有字母和数字，请换一个'
  return null
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
/** A temporary password an admin hands over: 14 characters without look-alikes (0/O, 1/l/I), with a letter and a digit. */
export function temporaryPassword(): string {
  for (;;) {
    let out = ''
    for (let i = 0; i < 14; i += 1) out += ALPHABET[randomInt(ALPHABET.length)]
    if (passwordProblem(out) === null) return out
  }
}
