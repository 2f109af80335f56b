import { ensureSession } from '@/services/session'

/**
 * Logs in silently as the app starts, so the first screen that needs the server already has a
 * token. Never rejects: with no network yet, pages retry through the http service.
 * H5 takes `session-at-launch.h5.ts` (Taro's per-platform file).
 */
export function sessionAtLaunch(): void {
  ensureSession().catch(() => {
    // No network yet: pages retry through the http service when they need the server.
  })
}
