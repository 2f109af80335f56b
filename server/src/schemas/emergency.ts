import { AWAY_REASONS, EMERGENCY_CRITERIA } from '@/domain/emergency'
import { citationsSchema } from './citation'
import { freeText } from './free-text'

/** Shapes of the emergency flow (SPEC §6): the filing's emergency part, the window and the after-window guidance. */

const AWAY_REASON_LIST = Object.keys(AWAY_REASONS)
const CRITERION_LIST = EMERGENCY_CRITERIA.map((c) => c.id)
const MODE_LIST = ['WINDOW', 'BEFORE_DISCHARGE', 'DEEMED_FILED']
const nullableDate = (label: string, description: string) => freeText(label, { maxLength: 10, nullable: true, description })

/** `emergency` in POST /api/filings. Shape only: checkEmergencyFiling gives the rules and their messages. */
export const emergencyBodySchema = {
  type: ['object', 'null'],
  required: ['admittedOn', 'awayReason', 'hospitalName', 'diagnosis', 'criteria'],
  additionalProperties: false,
  description: '急诊住院信息（type 为 EMERGENCY 时必填；000 附件4 异地急诊备案表）',
  properties: {
    admittedOn: freeText('入院日期', { maxLength: 10, description: '入院日期 YYYY-MM-DD，和 startDate 相同' }),
    leftOn: nullableDate('离开参保地的日期', '离开参保地的日期（不超过 3 个月才算急诊外出），不清楚可不填'),
    dischargedOn: nullableDate('出院日期', '出院结算日期（已出院时填；只影响“出院前补办”的参保地）'),
    awayReason: { type: 'string', enum: AWAY_REASON_LIST, description: '为什么在外地：TRAVEL 旅游、VISIT 探亲、BUSINESS 出差、LIVING 短期居住' },
    hospitalName: freeText('住院医院', { maxLength: 100, noAngleBrackets: true, description: '住院医院' }),
    diagnosis: freeText('诊断', { maxLength: 200, description: '医生的诊断' }),
    criteria: {
      type: 'array',
      maxItems: CRITERION_LIST.length,
      uniqueItems: true,
      items: { type: 'string', enum: CRITERION_LIST },
      description: '符合的急诊情况（000 附件5）',
    },
  },
} as const

/** FilingView.emergency. */
export const emergencyViewSchema = {
  type: ['object', 'null'],
  description: '急诊备案：入院信息和办理时适用的时限（其他类型为 null）',
  required: ['admittedOn', 'leftOn', 'dischargedOn', 'awayReason', 'hospitalName', 'diagnosis', 'criteria', 'deadline', 'mode'],
  additionalProperties: false,
  properties: {
    admittedOn: { type: 'string' },
    leftOn: { type: ['string', 'null'] },
    dischargedOn: { type: ['string', 'null'] },
    awayReason: { type: 'string', enum: AWAY_REASON_LIST },
    hospitalName: { type: 'string' },
    diagnosis: { type: 'string' },
    criteria: { type: 'array', items: { type: 'string', enum: CRITERION_LIST } },
    deadline: { type: ['string', 'null'], description: '办理备案的最后一天（当天 24:00 前）；没有具体日期时为 null' },
    mode: { type: 'string', enum: MODE_LIST },
  },
} as const

/** An EmergencyWindow (src/domain/rules/compute-emergency-window.ts). */
export const emergencyWindowSchema = {
  type: 'object',
  required: ['mode', 'deadline', 'deadlineEndsAt', 'workingDaysLeft', 'closed', 'provisional', 'extendedBy', 'explanation', 'citations'],
  additionalProperties: false,
  properties: {
    mode: { type: 'string', enum: MODE_LIST },
    deadline: { type: ['string', 'null'] },
    deadlineEndsAt: { type: ['string', 'null'] },
    workingDaysLeft: { type: ['integer', 'null'] },
    todayCounted: { type: 'boolean' },
    workingDays: { type: 'integer' },
    closed: { type: 'boolean' },
    provisional: { type: 'boolean' },
    latestDeadline: { type: ['string', 'null'] },
    extendedBy: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'from', 'to'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
      },
    },
    explanation: { type: 'string' },
    citations: citationsSchema,
  },
} as const

/** An AfterWindowGuidance (src/domain/emergency/after-window.ts): what to do once filing is no longer possible. */
export const afterWindowGuidanceSchema = {
  type: 'object',
  required: ['headline', 'steps', 'keep', 'reduction', 'citations'],
  additionalProperties: false,
  properties: {
    headline: { type: 'string' },
    steps: { type: 'array', items: { type: 'string' } },
    keep: { type: 'array', items: { type: 'string' }, description: '要留好的单据' },
    reduction: {
      type: ['object', 'null'],
      description: '少报多少（报销比例降低的点数和按金额举的例子）',
      required: ['known', 'points', 'bound', 'seriousIllnessPoints', 'example', 'explanation', 'citations'],
      additionalProperties: false,
      properties: {
        known: { type: 'boolean' },
        points: { type: ['number', 'null'] },
        bound: { type: ['string', 'null'], enum: ['EXACT', 'AT_MOST', null] },
        seriousIllnessPoints: { type: ['number', 'null'] },
        example: {
          type: ['object', 'null'],
          required: ['amount', 'baseRatioPercent', 'reducedRatioPercent', 'fundPaysUsually', 'fundPaysAfterCut', 'extraOutOfPocket'],
          additionalProperties: false,
          properties: {
            amount: { type: 'number' },
            baseRatioPercent: { type: 'number' },
            reducedRatioPercent: { type: 'number' },
            fundPaysUsually: { type: 'number' },
            fundPaysAfterCut: { type: 'number' },
            extraOutOfPocket: { type: 'number' },
          },
        },
        explanation: { type: 'string' },
        citations: citationsSchema,
      },
    },
    citations: citationsSchema,
  },
} as const
