import type { Kysely } from 'kysely'
import type { DatabaseConfig } from '@server/config'
import { DatabaseAvailability } from '@server/db/availability'
import { openDatabase } from '@server/db/database'
import type { Database, Dialect } from '@server/db/schema'
import type { CachingSqliteDatabase } from '@server/db/sqlite-statement-cache'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>
    dialect: Dialect
    /** SQLite only (else null): the connection under `db`, for statements run straight on it in a transaction (db/sqlite-direct.ts). */
    sqliteConnection: CachingSqliteDatabase | null
    /** Whether the last query reached the database; logs each outage once. */
    dbAvailability: DatabaseAvailability
  }
}

/** Opens the database, runs migrations before any route is served, closes it with the app. */
export const databasePlugin = unencapsulated<{ database: DatabaseConfig }>(
  'database',
  async (app, { database }) => {
    const availability = new DatabaseAvailability(app.log)
    const { db, dialect, sqlite, walCheckpointer } = await openDatabase(database, {
      availability,
      checkpointInWorker: true,
      onCheckpointError: (code) => app.log.warn({ code }, 'SQLite WAL checkpoint failed (the server checkpoints itself past its backstop)'),
    })
    app.decorate('db', db)
    app.decorate('dbAvailability', availability)
    app.decorate('dialect', dialect)
    app.decorate('sqliteConnection', sqlite ?? null)
    app.addHook('onClose', async () => {
      await db.destroy()
      // Its connection closes last: it checkpoints what is left and removes the WAL.
      await walCheckpointer?.stop()
    })
  },
)
