import { errorResponses } from './error'
import { YEAR_PATTERN } from './patterns'

export interface CalendarParams {
  year: string
}

const scheduleDaySchema = {
  type: 'object',
  required: ['date', 'name'],
  additionalProperties: false,
  properties: {
    date: { type: 'string', description: 'YYYY-MM-DD' },
    name: { type: 'string', description: '所属节日', examples: ['国庆节、中秋节'] },
  },
} as const

export const YearScheduleSchema = {
  type: 'object',
  required: ['year', 'holidays', 'makeupWorkdays', 'source'],
  additionalProperties: false,
  properties: {
    year: { type: 'integer', examples: [2025] },
    holidays: { type: 'array', description: '放假的日子（含假期中的周末）', items: scheduleDaySchema },
    makeupWorkdays: { type: 'array', description: '调休上班的周末', items: scheduleDaySchema },
    source: {
      type: 'object',
      description: '国务院办公厅的通知',
      required: ['notice', 'title', 'publishedOn'],
      additionalProperties: false,
      properties: {
        notice: { type: 'string', examples: ['国办发明电〔2024〕12号'] },
        title: { type: 'string' },
        publishedOn: { type: 'string', description: 'YYYY-MM-DD' },
        url: { type: 'string' },
        note: { type: 'string' },
      },
    },
  },
} as const

export const CalendarSchema = {
  tags: ['reference'],
  summary: '一年的法定节假日和调休上班日（国务院办公厅通知）',
  description: '没有收录的年份回答 404 CALENDAR_YEAR_NOT_COVERED。',
  params: {
    type: 'object',
    required: ['year'],
    additionalProperties: false,
    properties: { year: { type: 'string', pattern: YEAR_PATTERN, description: '四位年份' } },
  },
  response: {
    200: YearScheduleSchema,
    ...errorResponses,
  },
} as const
