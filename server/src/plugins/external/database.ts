import type { Kysely } from 'kysely'
import type { DatabaseConfig } from '../../config'
import { openDatabase } from '../../db/database'
import type { Database, Dialect } from '../../db/schema'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>
    dialect: Dialect
  }
}

/** Opens the database, runs migrations before any route is served, closes it with the app. */
export const databasePlugin = unencapsulated<{ database: DatabaseConfig }>(
  'database',
  async (app, { database }) => {
    const { db, dialect } = await openDatabase(database)
    app.decorate('db', db)
    app.decorate('dialect', dialect)
    app.addHook('onClose', async () => {
      await db.destroy()
    })
  },
)
