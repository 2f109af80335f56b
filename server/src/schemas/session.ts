import { errorResponses } from './error'
import { freeText } from './free-text'

export interface CreateSessionBody {
  code: string
}

export const CreateSessionSchema = {
  tags: ['auth'],
  summary: '用 Taro.login 得到的 code 登录，换取访问令牌',
  body: {
    type: 'object',
    required: ['code'],
    additionalProperties: false,
    properties: {
      code: freeText('登录码', { minLength: 1, maxLength: 256, description: 'Taro.login 返回的 code' }),
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['token', 'user'],
      additionalProperties: false,
      properties: {
        token: { type: 'string', description: '放在 Authorization: Bearer 后面' },
        user: {
          type: 'object',
          required: ['id'],
          additionalProperties: false,
          properties: { id: { type: 'string' } },
        },
      },
    },
    ...errorResponses,
  },
} as const
