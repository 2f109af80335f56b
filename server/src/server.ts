import { buildApp } from '@server/app'
import { loadConfig } from '@server/config'
import { batchedDestination } from '@server/logging/batched'
import { maskSensitiveText } from '@server/logging/mask'

// Log lines go to stdout, the lines of one turn of the event loop in one write (logging/batched):
// under load one turn answers many requests, and on a machine where a system call costs ~20 µs the
// write per line was a third of a health check's CPU (issue 15: health 0.47× → 0.60× of bare
// Fastify, the emergency window 0.31× → 0.54×). A line is out by the end of its turn; a kill -9
// loses at most that turn's lines; every other exit (a signal, an uncaught error, a failed start)
// writes them first.
const logDestination = batchedDestination(1)
process.on('exit', flushLog)

function flushLog(): void {
  try {
    logDestination.flush()
  } catch {
    // nothing buffered, or stdout already closed
  }
}

/** Entry point: `npm run start:server` (API only) and scripts/start.mjs (API + H5 app). */
async function main(): Promise<void> {
  const config = loadConfig(process.env)
  // `npm run start:server` is the API alone (API.md); `npm start` sets SERVE_STATIC=1 to add the H5 app.
  const serveStatic = /^(1|true)$/i.test(process.env.SERVE_STATIC ?? '')
  // LOG_LEVEL (pino's levels; default info): `warn` leaves out the line per request.
  const app = await buildApp({ config, serveStatic, logger: { level: process.env.LOG_LEVEL ?? 'info', stream: logDestination } })

  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    flushLog()
    process.exit(0)
  }
  process.once('SIGINT', close)
  process.once('SIGTERM', close)

  const address = await app.listen({ port: config.port, host: config.host })
  // Printed plainly (not only in the JSON log) so a person starting the server sees where to go.
  process.stdout.write(startedBanner(address, { serveStatic, docs: config.docsEnabled, db: app.dialect }))
}

/**
 * The lines a person starting the server reads: what to open, and where. `address` is the listening
 * origin (`http://127.0.0.1:3000`); with `serveStatic` (npm start) the H5 app and the staff console
 * come first, then the API's docs (when served; else its health check). Every line after the first starts with two
 * spaces; none is JSON (the log lines are).
 */
function startedBanner(address: string, o: { serveStatic: boolean; docs: boolean; db: string }): string {
  // The first line is what the tests that start a server wait for (server/test/helpers/spawned-server.ts).
  const lines = [`异地就医备案 is running at ${address} (database: ${o.db})`]
  if (o.serveStatic) {
    lines.push(`  the app (H5), open in a browser:  ${address}/`)
    lines.push(`  the staff console:                ${address}/staff/`)
  }
  // Every line is an address that answers (the API itself has no page at /api/).
  if (o.docs) lines.push(`  the API, with its docs:           ${address}/docs`)
  else lines.push(`  the API's health check:           ${address}/api/health`)
  return lines.join('\n') + '\n'
}

main().catch((error: unknown) => {
  flushLog()
  // Masked like every log line: a failing migration or config may quote an ID or phone number.
  process.stderr.write(maskSensitiveText(`启动失败：${error instanceof Error ? error.message : String(error)}`) + '\n')
  process.exit(1)
})
