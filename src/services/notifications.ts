import { request } from './http'

/** WeChat subscription-message template ids; null when the server has none configured. */
export interface NotificationTemplates {
  deadline: string | null
  decision: string | null
}

export type SubscriptionAnswer = 'accept' | 'reject'

export interface SubscriptionsBody {
  deadline: SubscriptionAnswer
  decision: SubscriptionAnswer
}

export const fetchNotificationTemplates = () => request<NotificationTemplates>('/api/notifications/templates')

/** Records what the person answered in WeChat's subscription dialog. */
export const saveSubscriptions = (body: SubscriptionsBody) =>
  request<unknown>('/api/me/subscriptions', { method: 'PUT', data: body })
