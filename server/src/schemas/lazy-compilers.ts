import { AjvCompiler as ValidatorSelector } from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>
type BuildValidator = NonNullable<CompilersFactory['buildValidator']>
type BuildSerializer = NonNullable<CompilersFactory['buildSerializer']>
type Validate = ((data: unknown) => unknown) & { errors?: unknown }

/**
 * Fastify's own compilers (ajv through @fastify/ajv-compiler, fast-json-stringify through
 * @fastify/fast-json-stringify-compiler), with the same options and shared schemas, but each
 * route's validator and response serializer compiled at its first use instead of at start: start-up
 * compiled every one of them (about 0.9 s of serializers and 0.4 s of validators in a profile of
 * the compiled server, issue 15), while a start needs none to answer `/api/health`. Every schema
 * stays on its route, so the OpenAPI document is unchanged.
 *
 * The price: a schema that cannot compile fails its route's first request (a 500) instead of the
 * start; the server tests send every route at least once. The first request of a route waits for
 * its compilation (a few milliseconds).
 */
/**
 * One pool of each for the process, as Fastify's default keeps one per root instance: a context
 * (a plugin's scope) asking with the same shared schemas and options gets the same Ajv instance
 * back instead of a new one that adds and checks every shared schema again (~0.2 s per app built
 * from source; the server tests build hundreds).
 */
const validatorPool = ValidatorSelector() as unknown as (s: unknown, o: unknown) => (route: RouteDef) => Validate
const serializerPool = SerializerSelector() as unknown as (s: unknown, o: unknown) => (route: RouteDef) => (data: unknown) => string

export const lazyCompilersFactory: CompilersFactory = {
  buildValidator: ((externalSchemas: unknown, ajvOptions: unknown) => {
    const compile = validatorPool(externalSchemas, ajvOptions)
    return (route: RouteDef) => {
      // A custom compiler gets header schemas as written; Fastify lower-cases them for its own.
      const target = route.httpPart === 'headers' ? { ...route, schema: lowerCaseHeaders(route.schema) } : route
      let validate: Validate | undefined
      const lazy: Validate = (data: unknown) => {
        validate ??= compile(target)
        const result = validate(data)
        lazy.errors = validate.errors
        return result
      }
      return lazy
    }
  }) as unknown as BuildValidator,
  buildSerializer: ((externalSchemas: unknown, serializerOptions: unknown) => {
    const compile = serializerPool(externalSchemas, serializerOptions)
    return (route: RouteDef) => {
      let serialize: ((data: unknown) => string) | undefined
      return (data: unknown) => (serialize ??= compile(route))(data)
    }
  }) as unknown as BuildSerializer,
}

interface RouteDef {
  schema: unknown
  httpPart?: string
  [key: string]: unknown
}

/** `{ properties: { 'Idempotency-Key': … }, required: ['Idempotency-Key'] }` → the same in lower case (Node's header names). */
function lowerCaseHeaders(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') return schema
  const s = schema as { properties?: Record<string, unknown>; required?: unknown }
  const out: Record<string, unknown> = { ...s }
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k.toLowerCase(), v]))
  if (Array.isArray(s.required)) out.required = s.required.map((k: unknown) => (typeof k === 'string' ? k.toLowerCase() : k))
  return out
}
