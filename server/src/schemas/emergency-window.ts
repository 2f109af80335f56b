import { citationsSchema } from './citation'
import { errorResponses } from './error'
import { DATE_PATTERN, REGION_CODE_PATTERN } from './patterns'

export interface EmergencyWindowQuery {
  admittedOn: string
  insuredRegion: string
  dischargedOn?: string
}

export const EmergencyWindowSchema = {
  tags: ['reference'],
  summary: '急诊住院后办理备案的截止时间（SPEC §6）',
  description:
    '按参保地的政策和国务院放假安排计算。provisional 为 true：计算涉及的年份还没有放假安排，按周末和《全国年节及纪念日放假办法》的法定节假日（含补假）推算；这时 closed 要等到 latestDeadline（国务院可能增加调休放假时最晚的截止日）过完才为 true。',
  querystring: {
    type: 'object',
    required: ['admittedOn', 'insuredRegion'],
    additionalProperties: false,
    properties: {
      admittedOn: { type: 'string', pattern: DATE_PATTERN, description: '入院日期 YYYY-MM-DD（中国时间）' },
      insuredRegion: { type: 'string', pattern: REGION_CODE_PATTERN, description: '参保地 6 位行政区划代码' },
      dischargedOn: {
        type: 'string',
        pattern: DATE_PATTERN,
        description: '出院结算日期（已出院时填）；只影响“出院前补办”的参保地',
      },
    },
  },
  response: {
    200: {
      type: 'object',
      required: [
        'mode',
        'deadline',
        'deadlineEndsAt',
        'workingDaysLeft',
        'closed',
        'provisional',
        'extendedBy',
        'explanation',
        'citations',
        'profile',
      ],
      additionalProperties: false,
      properties: {
        mode: {
          type: 'string',
          enum: ['WINDOW', 'BEFORE_DISCHARGE', 'DEEMED_FILED'],
          description: 'WINDOW：截止日当天 24:00 前；BEFORE_DISCHARGE：出院结算前；DEEMED_FILED：视同已备案，不用办理',
        },
        deadline: { type: ['string', 'null'], description: '最后一天 YYYY-MM-DD；没有具体日期时为 null' },
        deadlineEndsAt: { type: ['string', 'null'], description: '截止时刻（最后一天 24:00，即次日 00:00+08:00）' },
        workingDaysLeft: { type: ['integer', 'null'], description: '还剩几个工作日（今天是入院后的工作日时含今天）' },
        todayCounted: { type: 'boolean', description: 'workingDaysLeft 是否含今天（页面写“含今天”）' },
        workingDays: { type: 'integer', description: 'WINDOW：参保地规定入院后几个工作日内办理（如 5）' },
        closed: { type: 'boolean', description: '已过时限（或已出院结算）' },
        provisional: { type: 'boolean', description: '涉及的年份没有放假安排，截止日按周末和法定节假日（含补假）推算' },
        latestDeadline: {
          type: ['string', 'null'],
          description: '最晚可能的截止日 YYYY-MM-DD（provisional 时按可能增加的调休放假推算，否则同 deadline）',
        },
        extendedBy: {
          type: 'array',
          description: '让截止日顺延的节假日',
          items: {
            type: 'object',
            required: ['name', 'from', 'to'],
            additionalProperties: false,
            properties: { name: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
          },
        },
        explanation: { type: 'string', description: '给人看的说明' },
        citations: citationsSchema,
        profile: {
          type: 'object',
          required: ['id', 'name'],
          additionalProperties: false,
          properties: { id: { type: 'string' }, name: { type: 'string' } },
        },
      },
    },
    ...errorResponses,
  },
} as const
