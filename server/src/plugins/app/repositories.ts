import { createRepositories, type Repositories } from '../../db/repositories'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    repos: Repositories
  }
}

export const repositoriesPlugin = unencapsulated('repositories', async (app) => {
  app.decorate('repos', createRepositories(app.db, app.dialect))
})
