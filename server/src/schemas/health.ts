import { errorResponses } from './error'

const dialect = { type: 'string', enum: ['sqlite', 'postgres'] } as const

export const HealthSchema = {
  tags: ['system'],
  summary: '服务与数据库是否正常',
  description: '数据库连得上时 200；连不上时 503，code 为 DATABASE_UNAVAILABLE',
  response: {
    200: {
      type: 'object',
      required: ['status', 'db'],
      additionalProperties: false,
      properties: {
        status: { type: 'string', enum: ['ok'] },
        db: dialect,
      },
    },
    ...errorResponses,
    503: {
      type: 'object',
      required: ['status', 'db', 'code', 'message'],
      additionalProperties: false,
      properties: {
        status: { type: 'string', enum: ['unavailable'] },
        db: dialect,
        code: { type: 'string', enum: ['DATABASE_UNAVAILABLE'] },
        message: { type: 'string' },
      },
    },
  },
} as const
