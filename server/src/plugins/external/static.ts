import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static'
import { unencapsulated } from '../unencapsulated'

/** A built file whose name carries its content hash (`js/app.1a2b3c4d.js`, maybe as `.br`/`.gz`): it never changes. */
const HASHED_FILE = /\.[0-9a-f]{8}\.[a-z0-9]+(\.br|\.gz)?$/i

/**
 * How the built files go out (issue 15): the brotli or gzip file written at build time
 * (scripts/precompress.mjs) when the browser accepts it, with `content-encoding` and
 * `Vary: Accept-Encoding`; hashed files cached for a year as immutable, everything else
 * (index.html above all) revalidated on every use.
 */
export const BUILT_FILES: Partial<FastifyStaticOptions> = {
  preCompressed: true,
  cacheControl: false,
  setHeaders: (reply, path) => {
    reply.header('cache-control', HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
  },
}

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
      await app.register(fastifyStatic, { ...BUILT_FILES, root: staffDir, prefix: '/staff/', wildcard: false, decorateReply: false })
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
    await app.register(fastifyStatic, { ...BUILT_FILES, root: dir, prefix: '/', wildcard: false })
  },
)
