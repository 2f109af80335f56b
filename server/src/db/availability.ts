/**
 * Whether the database can be reached (issue 10, fault 1), and the one place that says which
 * driver errors mean "the database is unreachable for now" rather than "this query is wrong".
 * Such errors answer 503 DATABASE_UNAVAILABLE (plugins/app/error-handler) and are logged once per
 * outage, not once per request or per pooled connection.
 */

/** PostgreSQL SQLSTATEs: admin/crash shutdown, cannot connect now, too many connections. */
const PG_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300'])
/**
 * Socket errors node gives pg when it cannot reach the server. Only a request's own error counts,
 * not one in a `cause` chain: a WeChat call that failed the same way is wrapped (login-provider).
 */
const SOCKET_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
])
/**
 * better-sqlite3's codes: locked beyond busy_timeout, the file unreadable or gone, or a
 * transaction rolled back under it (a group commit's member whose group SQLite undid after
 * another member's I/O error: db/sqlite-group-commit.ts).
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|PROTOCOL|ABORT_ROLLBACK)(_|$)/
/** pg's own messages for a connection that ended or could not be made (they carry no code). */
const PG_UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /timeout exceeded when trying to connect/,
  /^Cannot use a pool after calling end on the pool/,
  /^The database connection is not open$/,
]

/**
 * True when `error` (or a database error in its `cause` chain, 5 deep) means the database cannot be
 * reached right now: a retry later may succeed and nothing was written. Checks `code` and
 * `message` only, never the class: driver errors may come from another realm (see
 * server/test/db/foreign-keys.test.ts).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string') {
      if (PG_UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true
      if (depth === 0 && SOCKET_CODES.has(code)) return true
      if (SQLITE_UNAVAILABLE.test(code)) return true
    }
    if (typeof message === 'string' && PG_UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return true
    current = cause
  }
  return false
}

/** The driver's code of an error, for logs (never its message, which may quote data). */
export function errorCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') return code
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' && /^Connection terminated/.test(message) ? 'CONNECTION_TERMINATED' : 'UNKNOWN'
}

export interface AvailabilityLog {
  error(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  info(obj: object, msg: string): void
}

/**
 * Tracks the database's state from every query's outcome (Kysely's `log` hook) and from the
 * pool's connection errors, and logs each change once: `database unavailable` when a query
 * first fails with an unavailable-class error, `database available again` with how long it was
 * down when a query next succeeds. Lost idle connections are logged at most once per
 * `idleLogEveryMs`, with how many were lost since the last line.
 */
export class DatabaseAvailability {
  private downSince: number | null = null
  private idleLost = 0
  private idleLoggedAt = -Infinity

  constructor(
    private readonly log: AvailabilityLog,
    private readonly clock: () => number = () => performance.now(), // elapsed time only (monotonic), never a date
    private readonly idleLogEveryMs = 10_000,
  ) {}

  get isDown(): boolean {
    return this.downSince !== null
  }

  /** A query failed; only unavailable-class errors change the state. */
  queryFailed(error: unknown): void {
    if (!isDatabaseUnavailable(error) || this.downSince !== null) return
    this.downSince = this.clock()
    this.log.error({ event: 'database_unavailable', code: errorCodeOf(error) }, 'database unavailable')
  }

  querySucceeded(): void {
    if (this.downSince === null) return
    const downForMs = this.clock() - this.downSince
    this.downSince = null
    this.log.info({ event: 'database_available', downForMs }, 'database available again')
  }

  /** A pooled connection failed while idle or between queries (pg's 'error' events). */
  connectionLost(error: unknown): void {
    this.idleLost += 1
    const now = this.clock()
    if (now - this.idleLoggedAt < this.idleLogEveryMs) return
    this.log.warn(
      { event: 'database_connection_lost', code: errorCodeOf(error), lost: this.idleLost },
      'database connection lost; the pool opens a new one when needed',
    )
    this.idleLost = 0
    this.idleLoggedAt = now
  }
}
