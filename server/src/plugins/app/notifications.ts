import { SEND_INTERVAL_MS, processDueNotifications } from '@server/notifications/sender'
import { unencapsulated } from '../unencapsulated'

/**
 * Runs the notification sender every 30 s, only when WeChat credentials are configured (else
 * the outbox just fills, for staff to inspect). The timer does not keep the process alive and
 * stops when the app closes; a run still going when the next is due is not overlapped.
 */
export const notificationsPlugin = unencapsulated<{ enabled: boolean }>('notifications', async (app, { enabled }) => {
  if (!enabled || app.config.wechat === null) return
  let running = false
  const run = async () => {
    if (running) return
    running = true
    try {
      await processDueNotifications(app, app.now())
    } catch (error) {
      app.log.error({ err: error }, 'notification run failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void run(), SEND_INTERVAL_MS)
  timer.unref()
  app.addHook('onClose', async () => clearInterval(timer))
})
