// Compiles the server ahead of time (issue 15): one CommonJS bundle, dist/server/server.cjs,
// started with plain `node` (scripts/start.mjs, the bench) instead of tsx compiling at run time.
// Native modules and packages that read their own files at run time stay in node_modules
// (external) and are required from there.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
export const SERVER_BUNDLE = resolve(root, 'dist/server/server.cjs')

/**
 * The node options the server runs with (`npm start`, the bench; a deployment passes the same:
 * `node --min-semi-space-size=8 dist/server/server.cjs`). A young generation that starts at 8 MB
 * instead of V8's 1 MB: start-up made 9 scavenges and a mark-compact growing it step by step, now
 * 3 (issue 15, cold start); the RSS at first health is unchanged (109 MB). Kept in
 * server/node-flags.json, which the end-to-end harness reads too.
 */
export const SERVER_NODE_FLAGS = JSON.parse(readFileSync(resolve(root, 'server/node-flags.json'), 'utf8'))

const EXTERNAL = [
  // native
  'better-sqlite3',
  'argon2',
  'pg-native',
  // serve files from their own package folder
  '@fastify/swagger-ui',
  // optional peers some packages probe for
  'pino-pretty',
]

/** Builds the server bundle (default dist/server/server.cjs); answers how long it took in ms. */
export async function buildServer(outfile = SERVER_BUNDLE) {
  const started = Date.now()
  await build({
    entryPoints: [resolve(root, 'server/src/server.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    external: EXTERNAL,
    sourcemap: 'linked',
    // Smaller to read and parse at start (2.5 MB against 3.3 MB with identifiers as written).
    // Without esbuild's keepNames, which wrapped every named closure in a __name() call at run
    // time (3-7 % of a lookup's CPU, issue 15): nothing in the server reads a function's or
    // class's name (plugins are named explicitly); stack traces map back to the sources through
    // the linked source map (`node --enable-source-maps`).
    // PROFILE_BUILD=1 keeps identifiers as written, for a readable CPU profile (`node --cpu-prof`).
    minify: process.env.PROFILE_BUILD !== '1',
    tsconfig: resolve(root, 'server/tsconfig.json'),
    legalComments: 'none',
    // The bundle skips ajv's meta-schema check of the route schemas, which the tests run from
    // source (server/src/app.ts).
    define: { __SERVER_BUNDLE__: 'true' },
    logLevel: 'warning',
  })
  return Date.now() - started
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // `node server/build.mjs [outfile]`
  const outfile = process.argv[2] ? resolve(process.argv[2]) : SERVER_BUNDLE
  const ms = await buildServer(outfile)
  process.stdout.write(`server built into ${outfile} in ${ms} ms\n`)
}
