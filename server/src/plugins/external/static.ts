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

/** Serves the built H5 app at `/` when its folder exists (it does not in a fresh checkout). */
export const staticPlugin = unencapsulated<{ root: string; enabled: boolean }>(
  'static',
  async (app, { root, enabled }) => {
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
