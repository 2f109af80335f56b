import { QUOTA_WINDOW_MS } from '@server/uploads/quota'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    /** Deletes uploads older than 24 h that no filing or authorization uses; answers how many. */
    cleanUpUploads(): Promise<number>
  }
}

/** How long an upload may wait to be attached to a filing. */
export const UNATTACHED_UPLOAD_TTL_MS = QUOTA_WINDOW_MS
export const CLEANUP_INTERVAL_MS = 60 * 60 * 1000

/**
 * Uploads not attached to any filing (nor to a 授权委托书 request) are deleted 24 hours after
 * they were made, by a job each instance runs hourly (and once at start). The job is one
 * DELETE … WHERE NOT EXISTS statement, so several instances running it at once is safe. The
 * timer does not keep the process alive and stops with the app. Time is the app's clock.
 */
export const uploadCleanupPlugin = unencapsulated<{ enabled: boolean }>('upload-cleanup', async (app, { enabled }) => {
  const cleanUp = async (): Promise<number> => {
    const deleted = await app.repos.uploads.deleteUnattachedBefore(new Date(app.now().getTime() - UNATTACHED_UPLOAD_TTL_MS))
    if (deleted > 0) app.log.info({ deleted }, 'unattached uploads deleted')
    return deleted
  }
  app.decorate('cleanUpUploads', cleanUp)
  if (!enabled) return
  let running = false
  const run = async () => {
    if (running) return
    running = true
    try {
      await cleanUp()
    } catch (error) {
      app.log.error({ err: error }, 'upload clean-up failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void run(), CLEANUP_INTERVAL_MS)
  timer.unref()
  app.addHook('onReady', async () => void run())
  app.addHook('onClose', async () => clearInterval(timer))
})
