import { CompiledQuery, type Kysely } from 'kysely'
import type { Database, Dialect } from './schema'
import type { DirectSqlite } from './sqlite-direct'

/**
 * Where a prepared query runs: through Kysely (`db`, a Transaction or the app's database), or,
 * on SQLite inside a transaction, straight on the connection that transaction holds (`direct`,
 * synchronous: sqlite-direct.ts). `dialect` picks the SQL compiled for it.
 */
export interface QueryTarget {
  db: Kysely<Database>
  dialect: Dialect
  direct: DirectSqlite | null
}

/** What a statement answers: its rows (none for a write), and how many rows a write changed. */
export interface PreparedResult<Row> {
  rows: Row[]
  numAffectedRows: bigint
}

/** One placeholder per value; an array value gets one per element. */
export type Slots<P> = { [K in keyof P]: P[K] extends readonly unknown[] ? string[] : string }

const MARK = '\u0000prepared\u0000'

/** Where a placeholder stands: the value's name, and its element for an array value (-1: a scalar). */
type SlotRef = { name: string; index: number }

interface Compiled {
  sql: string
  parameters: readonly unknown[]
  /** For each parameter: the value swapped in, or null to keep the compiled constant. */
  refs: ReadonlyArray<SlotRef | null>
}

/**
 * A query Kysely builds and compiles once per dialect and shape, then runs many times with the
 * values swapped into its parameters (issue 15: building and compiling a filing's statements was
 * ~15 % of a filing's CPU; the findFiler select alone ~5 %). `build(db, slots, variant, dialect)`
 * builds it with `slots` in place of the values (an array value: one slot per element): every
 * slot must be bound as a parameter (at least once; never inlined into the SQL text), and nothing
 * else in it may depend on the values. What else changes the SQL is the `variant` (e.g. a flag
 * that adds a clause; compared as JSON). One compiled query is kept per dialect, array lengths and
 * variant. Constants bound as parameters (e.g. a scope name) stay as compiled. Answers a runner:
 * `run(target, values, variant)` runs it on `target` (QueryTarget) and answers the rows and the
 * count of changed rows; `undefined` values are bound as NULL. Throws at the first run of a shape
 * when `build` leaves a slot out or inlines it (a programming error). compiledOnce (one string
 * value, through Kysely only) is the narrower form the public status lookup uses.
 */
export function preparedQuery<P extends Record<string, unknown>, Row = unknown, V = undefined>(
  build: (db: Kysely<Database>, slots: Slots<P>, variant: V, dialect: Dialect) => CompiledQuery<Row> | { compile(): CompiledQuery<Row> },
): (target: QueryTarget, values: P, variant?: V) => Promise<PreparedResult<Row>> {
  const compiledByShape = new Map<string, Compiled>()

  function compile(target: QueryTarget, values: P, variant: V, key: string): Compiled {
    const slots: Record<string, string | string[]> = {}
    const wanted = new Map<string, SlotRef>()
    for (const [name, value] of Object.entries(values)) {
      if (Array.isArray(value)) {
        slots[name] = value.map((_, index) => {
          const slot = `${MARK}${name}[${index}]`
          wanted.set(slot, { name, index })
          return slot
        })
      } else {
        const slot = `${MARK}${name}`
        wanted.set(slot, { name, index: -1 })
        slots[name] = slot
      }
    }
    const built = build(target.db, slots as Slots<P>, variant, target.dialect)
    const query = 'compile' in built ? built.compile() : built
    if (query.sql.includes(MARK)) throw new Error('preparedQuery: a value was inlined into the SQL text; bind it as a parameter')
    const seen = new Set<string>()
    const refs = query.parameters.map((p) => {
      if (typeof p !== 'string' || !p.startsWith(MARK)) return null
      const ref = wanted.get(p)
      if (ref === undefined) throw new Error(`preparedQuery: unknown slot ${JSON.stringify(p)}`)
      seen.add(p)
      return ref
    })
    const missing = [...wanted.keys()].filter((slot) => !seen.has(slot))
    if (missing.length > 0) throw new Error(`preparedQuery: slots not bound: ${missing.map((m) => m.slice(MARK.length)).join(', ')}`)
    const compiled = { sql: query.sql, parameters: query.parameters, refs }
    compiledByShape.set(key, compiled)
    return compiled
  }

  // A variant's short name in the key (`#0`, `#1`, … by its JSON), and the last variant passed with
  // its name: a caller passing the same object again (the filing insert's columns, ~40 names) is
  // neither serialised again nor keyed by its whole JSON (issue 15: that JSON, built and hashed on
  // every insert, was ~1.5 % of a filing's CPU). A variant object must not change once passed.
  const variantNames = new Map<string, string>()
  let lastVariant: unknown
  let lastVariantName = ''
  function variantName(variant: V | undefined): string {
    if (variant === undefined) return ''
    if (variant === lastVariant) return lastVariantName
    const json = JSON.stringify(variant)
    let name = variantNames.get(json)
    if (name === undefined) {
      name = `#${variantNames.size}`
      variantNames.set(json, name)
    }
    lastVariant = variant
    lastVariantName = name
    return name
  }

  return async (target, values, variant) => {
    let key = target.dialect + variantName(variant)
    for (const name in values) {
      const value = values[name]
      if (Array.isArray(value)) key += `|${value.length}`
    }
    const compiled = compiledByShape.get(key) ?? compile(target, values, variant as V, key)
    const parameters = compiled.parameters.map((constant, i) => {
      const ref = compiled.refs[i]
      if (!ref) return constant
      const value = ref.index < 0 ? values[ref.name] : (values[ref.name] as readonly unknown[])[ref.index]
      return value === undefined ? null : value
    })
    if (target.direct) return target.direct.execute(compiled.sql, parameters) as PreparedResult<Row>
    const result = await target.db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters))
    return { rows: result.rows as Row[], numAffectedRows: result.numAffectedRows ?? 0n }
  }
}
