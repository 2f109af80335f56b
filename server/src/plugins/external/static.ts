import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    /** True when the built H5 app is served; the not-found handler then falls back to index.html. */
    servesSpa: boolean
  }
}

/**
 * Serves the built H5 app at `/` when its folder exists (it does not in a fresh checkout), and
 * the staff console (dist/staff) at `/staff/`. The console's page loads for anyone; every API
 * it calls checks the staff session.
 */
export const staticPlugin = unencapsulated<{ root: string; staffRoot: string; enabled: boolean }>(
  'static',
  async (app, { root, staffRoot, enabled }) => {
    const staffDir = resolve(staffRoot)
    if (enabled && existsSync(resolve(staffDir, 'index.html'))) {
      await app.register(fastifyStatic, { root: staffDir, prefix: '/staff/', wildcard: false, decorateReply: false })
      app.get('/staff', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/staff/'))
    } else if (enabled) {
      app.log.warn({ dir: staffDir }, 'staff console build not found; run `node staff/build.mjs`')
    }
    const dir = resolve(root)
    const servesSpa = enabled && existsSync(resolve(dir, 'index.html'))
    app.decorate('servesSpa', servesSpa)
    if (!servesSpa) {
      if (enabled) app.log.warn({ dir }, 'H5 build not found; serving the API only')
      return
    }
    // wildcard: false lists the files once at start; anything else reaches the SPA fallback.
    await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false })
  },
)
