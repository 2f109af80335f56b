/**
 * Patterns for params and querystrings. They stay strings (ajv's coerceTypes is off) and routes
 * convert them; each pattern has the message a person gets when a value does not match it.
 */
export const REGION_CODE_PATTERN = '^\\d{6}$'
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'
export const YEAR_PATTERN = '^\\d{4}$'
/** Ids of uploads and filings (random UUIDs, lower case). */
export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'

/** The params of a route addressed by one id (`/:id`): an upload, a filing, a family member, a request. */
export const idParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: UUID_PATTERN } },
} as const

export const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  [REGION_CODE_PATTERN]: '应为 6 位数字的地区代码（例如 450200），请从列表中选择后再试',
  [DATE_PATTERN]: '应为“年-月-日”格式的日期（例如 2025-09-26），请改正后再试',
  [YEAR_PATTERN]: '应为四位数字的年份（例如 2025），请改正后再试',
  [UUID_PATTERN]: '编号不对，请从列表中重新打开',
}
