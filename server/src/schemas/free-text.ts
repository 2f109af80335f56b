import type { FastifyServerOptions } from 'fastify'
import { checkText, type TextField } from '@/domain/validation/check-text'

/**
 * Free text in request schemas. Every request string that no `enum`, `const` or `pattern` pins
 * down carries the `x-free-text` keyword, and the keyword runs the domain's `checkText` on it
 * during schema validation: once per field, in one place, before any handler or database sees
 * the value. (`x-` keeps the OpenAPI document valid: it is an extension property there.)
 * A refusal is a 400 VALIDATION_FAILED whose `fields` entry is checkText's message.
 * test/schemas/free-text-coverage.test.ts fails when a route adds a string without it.
 */
export const FREE_TEXT_KEYWORD = 'x-free-text'

export interface FreeTextOptions extends Omit<TextField, 'label'> {
  maxLength: number
  minLength?: number
  /** Also accept `null` (an optional field the app sends as null). */
  nullable?: boolean
  description?: string
}

/** A request string schema for free text, e.g. `freeText('取消原因', { maxLength: 200, multiline: true })`. */
export function freeText(label: string, options: FreeTextOptions) {
  const { maxLength, minLength, nullable, description, ...rule } = options
  return {
    type: nullable ? (['string', 'null'] as const) : ('string' as const),
    maxLength,
    ...(minLength !== undefined ? { minLength } : {}),
    ...(description !== undefined ? { description } : {}),
    [FREE_TEXT_KEYWORD]: { label, ...rule },
  }
}

type AjvPlugins = NonNullable<NonNullable<FastifyServerOptions['ajv']>['plugins']>
type AjvPlugin = Extract<AjvPlugins[number], (...args: never[]) => unknown>

/** The ajv plugin that defines the keyword; given to Fastify as `ajv.plugins`. */
export const freeTextKeyword: AjvPlugin = (ajv) => {
  const validate = (rule: TextField, data: unknown, _parentSchema?: unknown, ctx?: { instancePath?: string }): boolean => {
    if (typeof data !== 'string') return true
    const result = checkText(data, rule)
    if (result.ok) return true
    validate.errors = [
      {
        keyword: FREE_TEXT_KEYWORD,
        instancePath: ctx?.instancePath ?? '',
        message: result.message,
        params: { message: result.message, code: result.code },
      },
    ]
    return false
  }
  validate.errors = [] as object[]
  ajv.addKeyword({ keyword: FREE_TEXT_KEYWORD, schemaType: 'object', errors: true, validate })
  return ajv
}
