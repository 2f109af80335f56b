import Taro from '@tarojs/taro'
import type { NotificationTemplates, SubscriptionAnswer } from '@/services/notifications'
import { saveSubscriptions } from '@/services/notifications'

/**
 * Asks, in WeChat only, whether to send the deadline and review-result messages, then tells the
 * server what was answered. Must start inside the tap (WeChat shows the dialog only on a user
 * gesture). Never throws: a refusal or a failure must not hold up the filing.
 */
export async function askForReminders(templates: NotificationTemplates | null): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !templates) return
  const ids = [templates.deadline, templates.decision].filter((id): id is string => typeof id === 'string' && id !== '')
  if (ids.length === 0) return
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
    const answer = (id: string | null): SubscriptionAnswer => (id && res[id] === 'accept' ? 'accept' : 'reject')
    void saveSubscriptions({ deadline: answer(templates.deadline), decision: answer(templates.decision) }).catch((error: unknown) =>
      // Not silent: the failure reaches WeChat's 实时日志 (mp admin console), where operators see it.
      recordFailure('saveSubscriptions', error),
    )
  } catch {
    // Closed, banned in settings, or not supported: file without reminders.
  }
}

/**
 * Leaves a trace of a failure the person need not see (the filing goes on without reminders) in
 * WeChat's real-time log (wx.getRealtimeLogManager, 实时日志), which the mini-program's operators
 * read in the admin console. The message holds the error code only, never personal data.
 */
export function recordFailure(what: string, error: unknown): void {
  const code = error instanceof Error ? (error as Error & { code?: string }).code ?? error.name : 'unknown'
  Taro.getRealtimeLogManager?.()?.warn(`${what} failed`, code)
}

/** Waits for a promise, but never longer than `ms`. */
export function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    promise.then(
      () => {
        clearTimeout(timer)
        resolve()
      },
      () => {
        clearTimeout(timer)
        resolve()
      },
    )
  })
}
