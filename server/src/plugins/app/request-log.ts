import type { LogDestination } from '@server/logging/mask'
import { requestLineWriter } from '@server/logging/request-line'
import { unencapsulated } from '../unencapsulated'

/** Levels at which `info` lines are written (pino's). */
const LEVELS_WITH_INFO = new Set(['trace', 'debug', 'info'])

/**
 * One log line per request, written when the answer has gone out (issue 15): what an operator
 * needs and nothing more — `reqId`, `method`, `route` (the route's pattern, e.g.
 * `/api/filings/:id`, so no query string or path value reaches the log; `(no route)` for a 404
 * before routing), `status` and `ms` (Fastify's elapsed time, 0.1 ms steps), at level info in
 * pino's shape (logging/request-line), its fields masked (logging/mask). Headers and bodies are
 * never logged. Nothing is written with logging off (`destination` null) or above `info`.
 */
export const requestLogPlugin = unencapsulated<{ destination: LogDestination | null }>('request-log', async (app, { destination }) => {
  if (destination === null || !LEVELS_WITH_INFO.has(app.log.level)) return
  const writeLine = requestLineWriter(destination)
  app.addHook('onResponse', (request, reply, done) => {
    writeLine(request.id, request.method, request.routeOptions.url ?? '(no route)', reply.statusCode, Math.round(reply.elapsedTime * 10) / 10)
    done()
  })
})
