import { ID_TAIL_PATTERN } from '@/domain/validation/id-number'
import { FILING_STATUSES } from '@/domain/filings'
import { errorResponses } from './error'
import { freeText } from './free-text'

const statusEnum = Object.keys(FILING_STATUSES)

export const StatusLookupSchema = {
  tags: ['status'],
  summary: '进度查询（不用登录）',
  description:
    '用备案号和参保人身份证号后 6 位查办理进度。备案号不对和身份证后 6 位不对，回答完全一样（404），' +
    '防止有人试号；只显示打了星号的姓名和身份证号。每个客户端每分钟限查若干次（429）。',
  querystring: {
    type: 'object',
    required: ['number', 'idTail'],
    additionalProperties: false,
    properties: {
      number: freeText('备案号', { minLength: 1, maxLength: 40, description: '备案号，如 YD20261123ABCDEF' }),
      idTail: { type: 'string', pattern: ID_TAIL_PATTERN, description: '参保人身份证号后 6 位' },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['number', 'typeName', 'status', 'statusLabel', 'subject', 'destination', 'validFrom', 'validTo', 'validity', 'commitmentSignedBy', 'timeline', 'missingItems', 'askedBy'],
      additionalProperties: false,
      properties: {
        number: { type: 'string' },
        typeName: { type: 'string' },
        status: { type: 'string', enum: statusEnum },
        statusLabel: { type: 'string' },
        subject: {
          type: 'object',
          required: ['nameMasked', 'idNumberMasked'],
          additionalProperties: false,
          properties: { nameMasked: { type: 'string', examples: ['张*华'] }, idNumberMasked: { type: 'string' } },
        },
        destination: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' } } },
        validFrom: { type: ['string', 'null'] },
        validTo: { type: ['string', 'null'] },
        commitmentSignedBy: { type: ['string', 'null'], description: '近亲属代签承诺书时：“由李*（参保人的子女）代签”（姓名打星号）' },
        validity: { type: 'string', description: '有效期的文字：急诊备案为“当次住院有效（9月26日入院）”', examples: ['2026-11-23 起长期有效'] },
        timeline: {
          type: 'array',
          items: {
            type: 'object',
            required: ['status', 'label', 'at'],
            additionalProperties: false,
            properties: { status: { type: 'string', enum: statusEnum }, label: { type: 'string' }, at: { type: 'string' } },
          },
        },
        missingItems: { type: 'array', items: { type: 'string' } },
        askedBy: {
          type: ['string', 'null'],
          description: '急诊备案待补充材料时：最晚哪天 24:00 前补齐（或回答），即补办截止；其他时候为 null',
          examples: ['2026-12-11'],
        },
      },
    },
    ...errorResponses,
  },
} as const
