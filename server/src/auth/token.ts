import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Session tokens: `base64url(payload).base64url(HMAC-SHA256(payload))`, payload `{ sub, exp }`
 * with `exp` in seconds since the epoch. Stateless, so any instance sharing the secret can verify.
 */

export interface TokenPayload {
  sub: string
  exp: number
}

function sign(encodedPayload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(encodedPayload).digest()
}

export function issueToken(userId: string, secret: string, now: Date, ttlSeconds: number): string {
  const payload: TokenPayload = { sub: userId, exp: Math.floor(now.getTime() / 1000) + ttlSeconds }
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${encoded}.${sign(encoded, secret).toString('base64url')}`
}

function isPayload(value: unknown): value is TokenPayload {
  if (typeof value !== 'object' || value === null) return false
  const { sub, exp } = value as Record<string, unknown>
  return typeof sub === 'string' && sub.length > 0 && typeof exp === 'number' && Number.isFinite(exp)
}

/** Returns the user id, or null for anything forged, malformed or expired. */
export function verifyToken(token: string, secret: string, now: Date): string | null {
  const parts = token.split('.')
  if (parts.length !== 2) return null
  const [encoded, signature] = parts as [string, string]
  // Compare the text, not decoded bytes: base64url decoding ignores stray trailing bits, so
  // several spellings decode to the same bytes, and only the canonical one may be accepted.
  const expected = Buffer.from(sign(encoded, secret).toString('base64url'))
  const given = Buffer.from(signature)
  // timingSafeEqual throws on different lengths; the length of an HMAC is public anyway.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (!isPayload(payload)) return null
  if (payload.exp * 1000 <= now.getTime()) return null
  return payload.sub
}
