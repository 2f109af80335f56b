import type { FastifyInstance } from 'fastify'

/**
 * `read`'s answer and how many statements it sent to `app`'s database: every statement's outcome
 * reaches dbAvailability, through Kysely's log hook or SQLite's direct reads (db/database.ts).
 * For tests that a list is read in a fixed number of statements however long it is.
 */
export async function countedStatements<T>(app: FastifyInstance, read: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const succeeded = jest.spyOn(app.dbAvailability, 'querySucceeded')
  const failed = jest.spyOn(app.dbAvailability, 'queryFailed')
  try {
    const result = await read()
    return { result, statements: succeeded.mock.calls.length + failed.mock.calls.length }
  } finally {
    succeeded.mockRestore()
    failed.mockRestore()
  }
}
