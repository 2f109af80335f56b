import { createRepositories, type Repositories } from '@server/db/repositories'
import { withDirectSqlite } from '@server/db/sqlite-direct'
import { killAfterCommits } from '@server/faults/kill-hook'
import type { IdempotencyOptions, Transact } from '@server/idempotency'
import { DEV_ID_HASH_KEY, createIdentityHasher } from '@server/verification/identity-hash'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    repos: Repositories
    /** Runs work in one transaction, with repositories bound to it. */
    transact: Transact
    /** What an idempotent write of `userId` needs (server/src/idempotency.ts), but the request. */
    idempotencyContext(userId: string): Omit<IdempotencyOptions, 'key' | 'request'>
  }
}

export const repositoriesPlugin = unencapsulated('repositories', async (app) => {
  const hasher = createIdentityHasher(app.config.idHashKey ?? DEV_ID_HASH_KEY)
  app.decorate('repos', createRepositories(app.db, app.dialect, hasher))
  // On SQLite the transaction's hot statements run straight on the connection it holds (db/sqlite-direct.ts).
  const { sqliteConnection } = app
  const transact: Transact = sqliteConnection
    ? (work) => app.db.transaction().execute((trx) => withDirectSqlite(sqliteConnection, (direct) => work(createRepositories(trx, app.dialect, hasher, direct)), app.dbAvailability))
    : (work) => app.db.transaction().execute((trx) => work(createRepositories(trx, app.dialect, hasher)))
  app.decorate('transact', transact)
  const afterCommit = killAfterCommits(app.config.faultKillAfterCommits)
  app.decorate('idempotencyContext', (userId: string) => ({
    transact,
    userId,
    now: app.now,
    ...(afterCommit ? { afterCommit } : {}),
  }))
})
