import { CORRECTABLE_FIELD_LIST, FILING_STATUSES } from '@/domain/filings'
import { FILING_TYPE_LIST } from '@/domain/filing-types'
import { errorResponses, listResponse } from './error'
import { filingIdParams } from './filings'
import { freeText } from './free-text'

export type { ReviewDecisionBody } from '@/domain/filings'

const STATUS_LIST = Object.keys(FILING_STATUSES)

export interface ReviewListQuery {
  status?: keyof typeof FILING_STATUSES
  number?: string
  q?: string
  type?: string
  insuredRegion?: string
}

/** Marks a route as needing the REVIEWER_TOKEN in the OpenAPI document. */
export const reviewerAuth = [{ reviewerToken: [] }]

const reviewerOnly = '审核人员才能用：审核台登录得到的会话令牌（POST /api/staff/sessions），或服务器设置的 REVIEWER_TOKEN（服务账号）；其他令牌一律 401。'

export const ListReviewFilingsSchema = {
  tags: ['review'],
  summary: '审核队列',
  description:
    reviewerOnly +
    '按状态列出备案，办理时间从早到晚（先办的先审）；不填 status 为 UNDER_REVIEW。' +
    '填了 number（备案编号）时只找这一份，不论状态（另填 status 时还要状态相符）。',
  security: reviewerAuth,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: STATUS_LIST, description: '备案状态，默认 UNDER_REVIEW' },
      number: freeText('备案编号', { minLength: 1, maxLength: 32, description: '备案编号，如 YD20251001ABC234' }),
      q: freeText('搜索', { minLength: 1, maxLength: 32, description: '搜索：备案编号、身份证号后几位（4 到 6 位）或姓名开头；填了就不限状态（除非另填 status）' }),
      type: { type: 'string', enum: FILING_TYPE_LIST, description: '备案类型' },
      insuredRegion: { type: 'string', pattern: '^\\d{2}(\\d{2}(\\d{2})?)?$', description: '参保地：省（2 位）、市（4 位）或 6 位代码' },
    },
  },
  response: listResponse('filings', { $ref: 'Filing#' }),
} as const

export const GetReviewFilingSchema = {
  tags: ['review'],
  summary: '审核：一份备案的全部内容',
  description: reviewerOnly + '材料可用同一令牌从 GET /api/uploads/:id 下载。',
  security: reviewerAuth,
  params: filingIdParams,
  response: {
    200: { $ref: 'Filing#' },
    ...errorResponses,
  },
} as const

const textList = (label: string, maxLength: number, description: string, multiline: boolean) =>
  ({
    type: 'array',
    maxItems: 20,
    items: freeText(label, { minLength: 1, maxLength, multiline }),
    description,
  }) as const

/**
 * The body of a reviewer's decision (a filing, its preview, a 授权委托书, a 实人认证): `decision`
 * required, the given `properties`, nothing else.
 */
export const decisionBody = <P extends { decision: object }>(properties: P) =>
  ({ type: 'object', required: ['decision'], additionalProperties: false, properties }) as const

/** A reviewer's decision on a filing: the body fields a decision and its preview share. */
export const REVIEW_DECISIONS = ['APPROVE', 'REJECT', 'REQUEST_MATERIALS'] as const
export const reviewDecisionFields = {
  decision: { type: 'string', enum: REVIEW_DECISIONS },
  reasons: textList('不通过的原因', 200, '原因（不通过时至少一项）', true),
  missingItems: textList('还缺的材料', 100, '还缺的材料或要改的内容（要求补充时和 corrections 合起来至少一项），全部列出', false),
  corrections: {
    type: 'array',
    maxItems: 3,
    items: { type: 'string', enum: CORRECTABLE_FIELD_LIST },
    description:
      '只用于 REQUEST_MATERIALS：请本人改正的填写内容，addressAtDestination 外地住址、phone1 联系电话、phone2 备用电话，每项一次；' +
      '本人补充材料时改好（POST /api/filings/:id/materials 的 contacts）',
  },
} as const

export const ReviewDecisionSchema = {
  tags: ['review'],
  summary: '审核决定：通过、不通过、要求补充材料',
  description:
    reviewerOnly +
    'APPROVE：审核中 → 备案成功。REQUEST_MATERIALS：审核中 → 待补充材料，missingItems 和 corrections 合起来至少一项；' +
    'REJECT：审核中或待补充材料 → 未通过，reasons 至少一项。缺什么、为什么，一次全部列出（一次性告知）。' +
    '状态不对：409 FILING_NOT_REVIEWABLE。每个决定都通知办理人（和被办理人），见 GET /api/review/notifications。',
  security: reviewerAuth,
  params: filingIdParams,
  body: decisionBody({
    ...reviewDecisionFields,
    expectedStatus: { type: 'string', enum: STATUS_LIST, description: '审核人员看到的状态；与现在的不同（别人刚处理过）时 409，说明是谁处理的' },
  }),
  response: {
    200: { $ref: 'Filing#' },
    ...errorResponses,
  },
} as const
