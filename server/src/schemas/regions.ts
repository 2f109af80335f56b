import { errorResponses } from './error'

const citySchema = {
  type: 'object',
  required: ['code', 'name'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', description: '6 位行政区划代码（GB/T 2260）', examples: ['441700'] },
    name: { type: 'string', examples: ['阳江市'] },
  },
} as const

export const RegionsSchema = {
  tags: ['reference'],
  summary: '备案地名单：省（自治区、直辖市）及其下的市',
  description:
    '北京、天津、上海、重庆、海南、西藏和新疆生产建设兵团按全省（市）备案：provinceLevel 为 true，不用选市（SPEC §3）。',
  response: {
    200: {
      type: 'object',
      required: ['source', 'provinces'],
      additionalProperties: false,
      properties: {
        source: {
          type: 'object',
          description: '名单从哪里来',
          required: ['package', 'version', 'generatedOn'],
          additionalProperties: false,
          properties: {
            package: { type: 'string' },
            version: { type: 'string' },
            generatedOn: { type: 'string', description: 'YYYY-MM-DD' },
          },
        },
        provinces: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'name', 'short', 'provinceLevel', 'cities'],
            additionalProperties: false,
            properties: {
              code: { type: 'string', examples: ['440000'] },
              name: { type: 'string', examples: ['广东省'] },
              short: { type: 'string', description: '简称', examples: ['粤'] },
              provinceLevel: { type: 'boolean', description: 'true：按全省（市）备案，没有市可选' },
              note: { type: 'string', description: '给人看的提示' },
              cities: { type: 'array', items: citySchema },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const
