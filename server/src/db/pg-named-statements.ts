import { createHash } from 'node:crypto'
import type { PoolClient, QueryConfig } from 'pg'

/** Each SQL text's statement name: `k` and 24 hex digits of its SHA-1 (remembered once made). */
const names = new Map<string, string>()
/** How many SQL texts keep a remembered name (the server has a few hundred). */
const MAX_NAMES = 2000

/** The statement name of a SQL text: the same text always gets the same name. */
export function statementName(text: string): string {
  let name = names.get(text)
  if (name === undefined) {
    name = `k${createHash('sha1').update(text).digest('hex').slice(0, 24)}`
    if (names.size >= MAX_NAMES) names.clear()
    names.set(text, name)
  }
  return name
}

/** PostgreSQL's refusal to run a prepared `select *` whose table gained or lost columns since. */
function isStalePlan(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type')
}

type Query = (text: string | QueryConfig, values?: unknown[]) => Promise<unknown>

/**
 * Makes a pooled pg client run every query that has parameters as a named (server-side
 * prepared) statement, the name taken from its SQL text: PostgreSQL parses and plans a statement
 * once per connection and then only binds and runs it — what the SQLite statement cache does
 * (sqlite-statement-cache.ts). Issue 15: parsing and planning each of a filing's statements anew
 * was most of PostgreSQL's CPU per filing. Kysely calls `client.query(sql, parameters)`; a query
 * without parameters (BEGIN, COMMIT, migrations' DDL), with a config object or a callback is run
 * as it was asked. A statement PostgreSQL refuses because its result's columns changed since it
 * was prepared (a migration by another instance) fails that once and runs unnamed on this
 * connection from then on. Call it once per client (the pool's `connect` event).
 */
export function withNamedStatements(client: PoolClient): void {
  const query = client.query.bind(client) as unknown as Query
  const unnamed = new Set<string>()
  const named: Query = (text, values) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || unnamed.has(text)) return query(text, values)
    return query({ name: statementName(text), text, values }).catch((error: unknown) => {
      if (isStalePlan(error)) unnamed.add(text)
      throw error
    })
  }
  ;(client as unknown as { query: Query }).query = (text: string | QueryConfig, ...rest: unknown[]) =>
    rest.length <= 1 && (rest[0] === undefined || Array.isArray(rest[0]))
      ? named(text, rest[0] as unknown[] | undefined)
      : (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest)
}
