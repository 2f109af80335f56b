/** Whether a database error is a unique-constraint violation (SQLite or PostgreSQL) on `column`. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, message, constraint, detail } = error as Record<string, unknown>
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return typeof message === 'string' && message.includes(`.${column}`)
  }
  if (code === '23505') {
    return [constraint, detail].some((text) => typeof text === 'string' && text.includes(column))
  }
  return false
}
