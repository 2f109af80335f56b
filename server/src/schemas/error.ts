import { afterWindowGuidanceSchema, emergencyWindowSchema } from './emergency'

/** API.md "Errors": every 4xx/5xx body. Registered once with `addSchema` and referenced by id. */
export const ErrorResponseSchema = {
  $id: 'ErrorResponse',
  type: 'object',
  description: '出错时的回答：code 供程序判断，message 是给人看的中文说明',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', examples: ['VALIDATION_FAILED'] },
    message: { type: 'string', examples: ['填写的内容有误，请按提示修改后再提交'] },
    fields: {
      type: 'object',
      description: '校验失败时，每个出错字段的中文说明',
      additionalProperties: { type: 'string' },
    },
    firstAllowedOn: {
      type: 'string',
      description: '409 CANCEL_LOCKED / CHANGE_LOCKED：最早可以取消或变更的日期 YYYY-MM-DD',
    },
    existingFilingId: { type: 'string', description: '409 DUPLICATE_FILING / EMERGENCY_ALREADY_COVERED / MULTI_PLACE_ON_COMMITMENT：已有的那份备案的 id（调用者能查看它时才给）' },
    existingNumber: { type: 'string', description: '409 DUPLICATE_FILING / EMERGENCY_ALREADY_COVERED / MULTI_PLACE_ON_COMMITMENT：已有的那份备案的编号（调用者能查看它时才给）' },
    window: { ...emergencyWindowSchema, description: '422 EMERGENCY_WINDOW_CLOSED / EMERGENCY_DEEMED_FILED：适用的急诊备案时限' },
    guidance: { ...afterWindowGuidanceSchema, description: '422 EMERGENCY_WINDOW_CLOSED：来不及备案时怎么办（零星报销）和少报多少' },
    privacyNoticeVersion: { type: 'string', description: '422 PRIVACY_CONSENT_REQUIRED：要同意的《隐私保护指引》版本（现行版本）' },
  },
} as const

/** Spread into every route's `response` so error bodies are documented and serialized the same way. */
export const errorResponses = {
  '4xx': { $ref: 'ErrorResponse#' },
  '5xx': { $ref: 'ErrorResponse#' },
} as const

/**
 * The `response` of a route that answers a list: 200 `{ [key]: items[] }` (nothing else in the body)
 * and the error bodies of errorResponses.
 */
export function listResponse<I>(key: string, items: I) {
  return {
    200: { type: 'object', required: [key], additionalProperties: false, properties: { [key]: { type: 'array', items } } },
    ...errorResponses,
  } as const
}

/** Marks a route as needing `Authorization: Bearer <token>` in the OpenAPI document. */
export const bearerAuth = [{ bearerAuth: [] }]
