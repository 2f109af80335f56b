import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { SettingsRepository } from '@server/db/repositories/settings'

const SESSION_SECRET_KEY = 'session_secret'

/**
 * SESSION_SECRET when configured; otherwise one generated on first start and kept in the
 * settings table, so restarts keep sessions valid and several instances share the secret.
 */
export async function resolveSessionSecret(
  configured: string | null,
  settings: SettingsRepository,
  now: Date,
): Promise<string> {
  if (configured !== null) return configured
  return settings.getOrInsert(SESSION_SECRET_KEY, randomBytes(32).toString('base64url'), now)
}

/** Constant-time string comparison; hashing first gives both sides the same length. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(a), digest(b))
}
