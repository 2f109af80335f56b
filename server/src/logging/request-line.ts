import { hostname } from 'node:os'
import type { LogDestination } from '@server/logging/mask'

/** pino's level number for `info`. */
const INFO = 30

/**
 * The one line per request (issue 15), written straight to the log destination in pino's own
 * shape — `{"level":30,"time":…,"pid":…,"hostname":…,"reqId":…,"method":…,"route":…,"status":…,"ms":…,"msg":"request"}`
 * — without making a pino child logger and serialising an object for it on every request. The
 * fields are the request id, the method, the route's pattern (never the URL: no query string or
 * path value), the status and the elapsed ms; the line still passes the masking destination.
 *
 * @param destination pino's destination (the masking one: every line is masked)
 * @param now epoch ms (pino's `time`)
 */
export function requestLineWriter(destination: LogDestination, now: () => number = Date.now) {
  const prefix = `{"level":${INFO},"time":`
  const base = `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())},"reqId":`
  return (reqId: string, method: string, route: string, status: number, ms: number): void => {
    destination.write(
      `${prefix}${now()}${base}${JSON.stringify(reqId)},"method":${JSON.stringify(method)},"route":${JSON.stringify(route)},"status":${status},"ms":${ms},"msg":"request"}\n`,
    )
  }
}
