import { createRepositories, type Repositories } from '../../db/repositories'
import { killAfterCommits } from '../../faults/kill-hook'
import type { IdempotencyOptions, Transact } from '../../idempotency'
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
  app.decorate('repos', createRepositories(app.db, app.dialect))
  const transact: Transact = (work) => app.db.transaction().execute((trx) => work(createRepositories(trx, app.dialect)))
  app.decorate('transact', transact)
  const afterCommit = killAfterCommits(app.config.faultKillAfterCommits)
  app.decorate('idempotencyContext', (userId: string) => ({
    repos: app.repos,
    transact,
    userId,
    now: app.now,
    ...(afterCommit ? { afterCommit } : {}),
  }))
})
