import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '@server/db/repositories/notifications'
import { bearerAuth, errorResponses } from './error'

export interface SubscriptionsBody {
  deadline?: 'accept' | 'reject' | 'ban' | 'filter'
  decision?: 'accept' | 'reject' | 'ban' | 'filter'
}

export interface NotificationsQuery {
  status?: (typeof NOTIFICATION_STATUSES)[number]
}

const CHOICES = ['accept', 'reject', 'ban', 'filter']
const choice = (description: string) => ({ type: 'string', enum: CHOICES, description }) as const
const choiceOrNull = { type: ['string', 'null'], enum: [...CHOICES, null] } as const

export const TemplatesSchema = {
  tags: ['notifications'],
  summary: '订阅消息模板 id',
  description:
    '小程序调用 Taro.requestSubscribeMessage 时要用的模板 id：deadline 急诊备案截止提醒，decision 审核结果通知。' +
    '服务器没有配置（WECHAT_TEMPLATE_DEADLINE / WECHAT_TEMPLATE_DECISION）的为 null，这时不用请求订阅。不用登录。',
  response: {
    200: {
      type: 'object',
      required: ['deadline', 'decision'],
      additionalProperties: false,
      properties: {
        deadline: { type: ['string', 'null'] },
        decision: { type: ['string', 'null'] },
      },
    },
    ...errorResponses,
  },
} as const

const grantCount = { type: 'integer', minimum: 0 } as const

const subscriptionsResponse = {
  type: 'object',
  required: ['deadline', 'decision', 'grants'],
  additionalProperties: false,
  properties: {
    deadline: choiceOrNull,
    decision: choiceOrNull,
    grants: {
      type: 'object',
      required: ['deadline', 'decision'],
      additionalProperties: false,
      description: '还能发送的消息条数：每次 accept 加一条，每发出一条消息用掉一条（微信一次性订阅）',
      properties: { deadline: grantCount, decision: grantCount },
    },
  },
} as const

export const PutSubscriptionsSchema = {
  tags: ['me'],
  summary: '记录本人允许的订阅消息',
  description:
    '把 Taro.requestSubscribeMessage 每一次的结果按模板告诉服务器（每次弹窗后调用一次）：一次 accept 允许发送一条该类消息' +
    '（微信一次性订阅），发出一条用掉一条；到期时没有可用次数的通知不发，记为 CANCELLED。' +
    '没有填的一项保持原来的选择。回答现在的选择（从未选过的为 null）和还能发送的条数。',
  security: bearerAuth,
  body: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      deadline: choice('急诊备案截止提醒'),
      decision: choice('审核结果通知'),
    },
  },
  response: {
    200: subscriptionsResponse,
    ...errorResponses,
  },
} as const

export const ListNotificationsSchema = {
  tags: ['review'],
  summary: '通知发件箱（工作人员查看）',
  description:
    '要审核人员令牌。按到期时间列出通知（最多 500 条）；status 不填为全部。' +
    '没有配置微信凭据或模板时通知不会发送，一直是 PENDING，可以在这里看到。',
  security: [{ reviewerToken: [] }],
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { status: { type: 'string', enum: NOTIFICATION_STATUSES } },
  },
  response: {
    200: {
      type: 'object',
      required: ['notifications'],
      additionalProperties: false,
      properties: {
        notifications: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'userId', 'filingId', 'kind', 'dueAt', 'payload', 'status', 'attempts', 'lastError', 'sentAt', 'createdAt'],
            additionalProperties: false,
            properties: {
              id: { type: 'string' },
              userId: { type: 'string' },
              filingId: { type: ['string', 'null'] },
              kind: { type: 'string', enum: NOTIFICATION_KINDS },
              dueAt: { type: 'string', description: 'ISO 8601 时刻（UTC）' },
              payload: { type: 'object', additionalProperties: true, description: '消息内容' },
              status: { type: 'string', enum: NOTIFICATION_STATUSES },
              attempts: { type: 'integer' },
              lastError: { type: ['string', 'null'] },
              sentAt: { type: ['string', 'null'] },
              createdAt: { type: 'string' },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const
