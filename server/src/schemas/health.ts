import { errorResponses } from './error'

export const HealthSchema = {
  tags: ['system'],
  summary: '服务与数据库是否正常',
  response: {
    200: {
      type: 'object',
      required: ['status', 'db'],
      additionalProperties: false,
      properties: {
        status: { type: 'string', enum: ['ok'] },
        db: { type: 'string', enum: ['sqlite', 'postgres'] },
      },
    },
    ...errorResponses,
  },
} as const
