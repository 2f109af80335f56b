import type { FastifySchemaValidationError } from 'fastify/types/schema'
import { FREE_TEXT_KEYWORD } from '@server/schemas/free-text'
import { PATTERN_MESSAGES } from '@server/schemas/patterns'

/** What a person should be told for one failed JSON-schema keyword (ajv error). */
function describe(error: FastifySchemaValidationError): string {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return '请填写这一项'
    case 'additionalProperties':
      return '不认识这一项，请去掉后再提交'
    case 'type':
      return `应为${typeName(params.type)}，请改正后再提交`
    case 'enum':
      return `只能是 ${(params.allowedValues as unknown[]).join('、')} 之一，请重新选择`
    case 'const':
      return `只能是 ${String(params.allowedValue)}，请改正后再提交`
    case 'minLength':
      return params.limit === 1 ? '请填写这一项' : `至少 ${String(params.limit)} 个字，请补全后再提交`
    case 'maxLength':
      return `太长了，最多 ${String(params.limit)} 个字，请删减后再提交`
    case 'minimum':
    case 'exclusiveMinimum':
      return `不能小于 ${String(params.limit)}，请改正后再提交`
    case 'maximum':
    case 'exclusiveMaximum':
      return `不能大于 ${String(params.limit)}，请改正后再提交`
    case 'minItems':
      return `至少要有 ${String(params.limit)} 项，请补全后再提交`
    case 'maxItems':
      return `最多 ${String(params.limit)} 项，请删减后再提交`
    case FREE_TEXT_KEYWORD:
      // checkText's own message, naming the field (src/domain/validation/check-text).
      return String(params.message)
    case 'pattern':
      return PATTERN_MESSAGES[String(params.pattern)] ?? '格式不对，请检查后重新填写'
    default:
      return '格式不对，请检查后重新填写'
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '是或否（true/false）',
  object: '对象',
  array: '列表',
  null: '空值',
}

function typeName(type: unknown): string {
  const names = String(type)
    .split(',')
    .map((t) => TYPE_NAMES[t] ?? t)
  return names.join('或')
}

/** `/destination/city` → `destination.city`; the missing/unknown property is appended when ajv names it. */
function fieldOf(error: FastifySchemaValidationError, part: string): string {
  const params = error.params as Record<string, unknown>
  const segments = error.instancePath.split('/').filter(Boolean)
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    segments.push(params.missingProperty)
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    segments.push(params.additionalProperty)
  }
  return segments.length > 0 ? segments.join('.') : part
}

/** Turns ajv errors into `fields: { field: 中文说明 }`, one message per field (the first one found). */
export function validationFields(
  errors: readonly FastifySchemaValidationError[],
  part: string,
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const error of errors) {
    const field = fieldOf(error, part)
    fields[field] ??= describe(error)
  }
  return fields
}
