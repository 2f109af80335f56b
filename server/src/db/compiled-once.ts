import type { Compilable, Kysely } from 'kysely'
import { readRowsOf } from './direct-read'

/** Stands for the one value a compiled-once query takes; never a real filing number or id. */
const PLACEHOLDER = '\u0000compiled-once\u0000'

/**
 * A query Kysely builds and compiles once, at the first call, and runs many times with one
 * string value swapped in (issue 15: building and compiling GET /api/status's query took ~20 %
 * of a lookup's CPU). `build(value)` must use `value` exactly once, as a bound parameter (e.g.
 * `.where('filings.number', '=', value)`); every other parameter stays as compiled. Meant for
 * reads: runs through readRows (db/direct-read), directly on SQLite's cached prepared statement
 * while no transaction is open, else through Kysely's executeQuery. Answers the rows. Throws at the first call when `build` does not bind `value`
 * exactly once (a programming error).
 */
export function compiledOnce<DB, Row>(db: Kysely<DB>, build: (value: string) => Compilable<Row>): (value: string) => Promise<Row[]> {
  let compiled: { sql: string; parameters: readonly unknown[]; at: number } | null = null
  return async (value) => {
    if (compiled === null) {
      const query = build(PLACEHOLDER).compile()
      const at = query.parameters.indexOf(PLACEHOLDER)
      if (at < 0 || query.parameters.indexOf(PLACEHOLDER, at + 1) >= 0) {
        throw new Error('compiledOnce: the query must bind its value exactly once, as a parameter')
      }
      compiled = { sql: query.sql, parameters: query.parameters, at }
    }
    const parameters = compiled.parameters.slice()
    parameters[compiled.at] = value
    return readRowsOf<DB, Row>(db, compiled.sql, parameters)
  }
}
