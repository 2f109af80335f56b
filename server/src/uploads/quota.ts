import type { FastifyInstance } from 'fastify'
import { AppError } from '@server/errors'
import { tryAgainIn } from '@server/plugins/external/rate-limit'

/** Uploads count against a person's quota for this long (UPLOAD_DAILY_COUNT / UPLOAD_DAILY_MEGABYTES). */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000

/**
 * Refuses an upload that would take a person past their quota of the last 24 hours: 429
 * RATE_LIMITED with Retry-After (when the first upload of the window leaves it). Counted from
 * the uploads table, so it is exact and shared by every instance without Redis; two uploads
 * racing at the limit may both pass (by at most the number of requests in flight).
 * `incomingBytes` is 0 before the file is read (checks the count only).
 */
export async function assertUploadQuota(app: FastifyInstance, userId: string, incomingBytes: number): Promise<void> {
  const now = app.now()
  const { count, bytes, oldestAt } = await app.repos.uploads.usageSince(userId, new Date(now.getTime() - QUOTA_WINDOW_MS))
  const quota = app.config.uploadQuota
  const overCount = count >= quota.count
  const overBytes = bytes + incomingBytes > quota.bytes
  if (!overCount && !overBytes) return
  const freedAt = oldestAt ? Date.parse(oldestAt) + QUOTA_WINDOW_MS : now.getTime() + QUOTA_WINDOW_MS
  const seconds = Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000))
  const what = overCount
    ? `24 小时内最多上传 ${quota.count} 份材料，已经传满了`
    : `24 小时内上传的材料最多 ${Math.round(quota.bytes / 1024 / 1024)} MB，这份传不下了`
  throw new AppError(429, 'RATE_LIMITED', `${what}，${tryAgainIn(seconds)}`, undefined, { retryAfterSeconds: seconds })
}
