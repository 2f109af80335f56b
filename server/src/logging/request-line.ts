import { hostname } from 'node:os'
import { maskSensitiveText, type LogDestination } from '@server/logging/mask'

/** pino's level number for `info`. */
const INFO = 30

/** A string field as JSON, masked first (logging/mask). */
const maskedJson = (value: string) => JSON.stringify(maskSensitiveText(value))

/**
 * An id as Fastify makes them (`req-` and a base-36 counter), too short to hold a phone number
 * (11 digits) or an ID number (18): nothing in it to mask or escape. Any other id is masked.
 */
const PLAIN_REQ_ID = /^req-[0-9a-z]{1,8}$/
const reqIdJson = (reqId: string) => (PLAIN_REQ_ID.test(reqId) ? `"${reqId}"` : maskedJson(reqId))

/**
 * The one line per request (issue 15), written straight to the log's destination in pino's own
 * shape — `{"level":30,"time":…,"pid":…,"hostname":…,"reqId":…,"method":…,"route":…,"status":…,"ms":…,"msg":"request"}`
 * — without making a pino child logger and serialising an object for it on every request. The
 * fields are the request id, the method, the route's pattern (never the URL: no query string or
 * path value), the status and the elapsed ms.
 *
 * Masked field by field, not as a whole line: every string field goes through maskSensitiveText
 * (the method and route once per route, kept: there are as many as the server has routes and
 * Node's parser has methods; the request id unless it is one of Fastify's own, `req-` and at most
 * 8 base-36 characters, which can hold neither a phone nor an ID number: ~2 % of a lookup's CPU in a
 * profile), the numbers are numbers. Masking the whole line, as pino's lines
 * are (logging/mask), scanned its 170 characters twice on every request: ~14,000 of a health
 * check's ~138,000 instructions (callgrind).
 *
 * @param destination where lines go as they are (the masking destination's inner one)
 * @param now epoch ms (pino's `time`)
 */
export function requestLineWriter(destination: LogDestination, now: () => number = Date.now) {
  const prefix = `{"level":${INFO},"time":`
  const base = `,"pid":${process.pid},"hostname":${maskedJson(hostname())},"reqId":`
  const middles = new Map<string, Map<string, string>>()
  const middle = (method: string, route: string): string => {
    let byMethod = middles.get(route)
    if (byMethod === undefined) middles.set(route, (byMethod = new Map()))
    let text = byMethod.get(method)
    if (text === undefined) byMethod.set(method, (text = `,"method":${maskedJson(method)},"route":${maskedJson(route)},"status":`))
    return text
  }
  return (reqId: string, method: string, route: string, status: number, ms: number): void => {
    destination.write(`${prefix}${now()}${base}${reqIdJson(reqId)}${middle(method, route)}${status},"ms":${ms},"msg":"request"}\n`)
  }
}
