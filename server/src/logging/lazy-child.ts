import type { FastifyBaseLogger } from 'fastify'

type Bindings = Record<string, unknown>
type LogFn = FastifyBaseLogger['info']

/**
 * A request's logger that makes its pino child only when something is logged through it (issue
 * 15): Fastify makes `request.log` for every request, while the one line per request is written
 * without it (logging/request-line) and the rest of the server logs through `request.log` only on
 * errors and warnings. Behaves as `parent.child(bindings, options)`: the same lines, bindings and
 * level; `reqId` is readable without making the child.
 */
export class LazyChildLogger implements FastifyBaseLogger {
  #made: FastifyBaseLogger | null = null

  constructor(
    private readonly parent: FastifyBaseLogger,
    readonly bindingsGiven: Bindings,
    private readonly options: object,
  ) {}

  /** The pino child, made at first use. */
  get made(): FastifyBaseLogger {
    this.#made ??= this.parent.child(this.bindingsGiven, this.options)
    return this.#made
  }

  get level(): string {
    return this.#made?.level ?? this.parent.level
  }

  set level(level: string) {
    this.made.level = level
  }

  silent(...args: Parameters<LogFn>): void {
    this.made.silent(...args)
  }

  trace(...args: Parameters<LogFn>): void {
    this.made.trace(...args)
  }

  debug(...args: Parameters<LogFn>): void {
    this.made.debug(...args)
  }

  info(...args: Parameters<LogFn>): void {
    this.made.info(...args)
  }

  warn(...args: Parameters<LogFn>): void {
    this.made.warn(...args)
  }

  error(...args: Parameters<LogFn>): void {
    this.made.error(...args)
  }

  fatal(...args: Parameters<LogFn>): void {
    this.made.fatal(...args)
  }

  child(bindings: Bindings, options?: object): FastifyBaseLogger {
    return this.made.child(bindings, options)
  }
}

/** Fastify's `childLoggerFactory`: a LazyChildLogger in place of `logger.child(bindings, options)`. */
export function lazyChildLoggerFactory(logger: FastifyBaseLogger, bindings: Bindings, options: object): FastifyBaseLogger {
  return new LazyChildLogger(logger, bindings, options)
}
