import type { Statement } from 'better-sqlite3'

/** Builds a row object from a raw row (an array in the statement's column order). */
type Shaper = (raw: unknown[]) => Record<string, unknown>

/** A statement's shaper, made at its first read, with the column count it was made for. */
const shapers = new WeakMap<Statement, { columns: number; shape: Shaper }>()

/**
 * A function that turns a raw row into the object better-sqlite3's `all` would answer: the same
 * keys in the same order (a name that comes twice keeps its last value, as there), the same
 * values. Written as one object literal, so every row of a statement gets the same shape at once;
 * null when a name cannot stand in a literal as a plain key (`__proto__` would set the prototype).
 */
function shaperFor(names: readonly string[]): Shaper | null {
  if (names.includes('__proto__')) return null
  // The names are the statement's own columns (our SQL), each written as a JSON string literal.
  return new Function('r', `return {${names.map((name, i) => `${JSON.stringify(name)}: r[${i}]`).join(', ')}}`) as Shaper
}

/**
 * The rows of a reading statement as objects, exactly as `statement.all(parameters)` answers them,
 * but read raw (arrays) and shaped by a function made once per statement (issue 15: better-sqlite3
 * makes each row object key by key, looking every column name up in V8's string table: with the
 * status lookup's 21 columns ~2.5 of its ~6 µs). The statement is back in object mode when this
 * returns or throws. A statement whose column count changed since (a `select *` over a table a
 * migration altered) gets a new shaper. Throws what `all` throws.
 * @param statement a prepared statement that reads (`statement.reader`)
 * @param parameters its bound values, in order
 */
export function allRows(statement: Statement, parameters: readonly unknown[]): Record<string, unknown>[] {
  statement.raw(true)
  let raw: unknown[][]
  try {
    raw = statement.all(parameters as unknown[]) as unknown[][]
  } finally {
    statement.raw(false)
  }
  if (raw.length === 0) return []
  let made = shapers.get(statement)
  if (made === undefined || made.columns !== raw[0].length) {
    const names = statement.columns().map((c) => c.name)
    const shape = shaperFor(names)
    if (shape === null) return statement.all(parameters as unknown[]) as Record<string, unknown>[]
    made = { columns: names.length, shape }
    shapers.set(statement, made)
  }
  const rows = new Array<Record<string, unknown>>(raw.length)
  for (let i = 0; i < raw.length; i += 1) rows[i] = made.shape(raw[i])
  return rows
}
