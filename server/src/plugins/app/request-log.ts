import { unencapsulated } from '../unencapsulated'

/**
 * One log line per request, written when the answer has gone out (issue 15): what an operator
 * needs and nothing more — `reqId` (pino's binding), `method`, `route` (the route's pattern, e.g.
 * `/api/filings/:id`, so no query string or path value reaches the log; `(no route)` for a 404
 * before routing), `status` and `ms` (Fastify's elapsed time, 0.1 ms steps). Headers and bodies
 * are never logged; the line also passes the masking destination (logging/mask).
 */
export const requestLogPlugin = unencapsulated('request-log', async (app) => {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    )
    done()
  })
})
