import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { ConfigError, type AppConfig } from '@server/config'
import { lazyChildLoggerFactory } from '@server/logging/lazy-child'
import { maskingDestination, type LogDestination } from '@server/logging/mask'
import { authPlugin } from '@server/plugins/app/auth'
import { calendarPlugin } from '@server/plugins/app/calendar'
import { errorHandlerPlugin } from '@server/plugins/app/error-handler'
import { clientErrorHandler, frameworkErrors } from '@server/plugins/app/framework-errors'
import { notificationsPlugin } from '@server/plugins/app/notifications'
import { repositoriesPlugin } from '@server/plugins/app/repositories'
import { requestLogPlugin } from '@server/plugins/app/request-log'
import { uploadCleanupPlugin } from '@server/plugins/app/upload-cleanup'
import { databasePlugin } from '@server/plugins/external/database'
import { rateLimitPlugin } from '@server/plugins/external/rate-limit'
import { securityHeadersPlugin } from '@server/plugins/external/security-headers'
import { staticPlugin } from '@server/plugins/external/static'
import { swaggerPlugin } from '@server/plugins/external/swagger'
import { routes } from '@server/routes'
import { CitationSchema } from '@server/schemas/citation'
import { ErrorResponseSchema } from '@server/schemas/error'
import { freeTextKeyword } from '@server/schemas/free-text'
import { lazyCompilersFactory } from '@server/schemas/lazy-compilers'
import { FilingSchema } from '@server/schemas/filings'
import { PersonProfileSchema } from '@server/schemas/me'
import { UploadSchema } from '@server/schemas/uploads'
import { VerificationSchema } from '@server/schemas/verification'

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig
    /** The clock. Injected so tests can fix "today"; nothing else calls `new Date()` for rules. */
    now: () => Date
  }
}

export interface BuildAppOptions {
  config: AppConfig
  /** Defaults to the real clock. */
  now?: () => Date
  /** `false` for silence (tests); default: level `info` to stdout. Every line is masked (see logging/mask). */
  logger?: false | { level?: string; stream?: LogDestination }
  /** Serve the built H5 app from `config.staticDir` at `/` (with SPA fallback). Default false. */
  serveStatic?: boolean
  /** Run the notification sender every 30 s when WeChat credentials are configured. Default true; tests turn it off and call it themselves. */
  sendNotifications?: boolean
  /** Delete unattached uploads older than 24 h, hourly. Default true; tests call `app.cleanUpUploads()` themselves. */
  cleanUpUploads?: boolean
}

/** `true` in dist/server/server.cjs (esbuild's `define`, server/build.mjs); `false` run from source. */
declare const __SERVER_BUNDLE__: boolean | undefined
const COMPILED_SERVER_BUNDLE = typeof __SERVER_BUNDLE__ !== 'undefined' && __SERVER_BUNDLE__

/** 1 MB for JSON bodies; uploads get their own limit on their route. */
export const BODY_LIMIT_BYTES = 1024 * 1024

function loggerOptions(logger: BuildAppOptions['logger'], destination: LogDestination): FastifyServerOptions['logger'] {
  if (logger === false) return false
  return {
    level: logger?.level ?? 'info',
    stream: destination,
    // Fastify does not log headers or bodies by default; should anyone add them, tokens stay out.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
      censor: '[redacted]',
    },
  }
}

/** Refuses configurations that must never run, before anything is opened. */
function assertSafeConfig(config: AppConfig): void {
  if (config.nodeEnv === 'production' && config.wechat === null) {
    throw new ConfigError(
      'NODE_ENV=production 时必须设置 WECHAT_APPID 和 WECHAT_SECRET（否则任何人都能用开发登录码登录），请设置后重启',
    )
  }
  if (config.nodeEnv === 'production' && config.verificationProvider === 'dev') {
    throw new ConfigError(
      'NODE_ENV=production 时不能用开发环境的实人认证（VERIFICATION_PROVIDER=dev 让任何人都能“认证”），请去掉这个设置后重启',
    )
  }
  if (config.nodeEnv === 'production' && config.idHashKey === null) {
    throw new ConfigError(
      'NODE_ENV=production 时必须设置 ID_HASH_KEY（实人认证保存身份证号摘要用的密钥，至少 32 个字符的随机串，所有实例相同，设好后不要再改），请设置后重启',
    )
  }
}

/**
 * Builds the whole app (plugins, then routes) without listening, so tests can `inject()`
 * into it and server.ts can `listen()` on it. Migrations have run when this resolves.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options
  assertSafeConfig(config)

  // Every line of pino's is masked on its way out; the request line masks its own fields (logging/request-line).
  const logStream = (options.logger || undefined)?.stream ?? process.stdout
  const logDestination = maskingDestination(logStream)
  const app = Fastify({
    logger: loggerOptions(options.logger, logDestination),
    // request.log is made only when something is logged through it (the request line is not).
    childLoggerFactory: lazyChildLoggerFactory,
    // Fastify's own two lines per request (with the full URL) are replaced by one (plugins/app/request-log).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    // Errors raised before routing, and what Node's HTTP parser refuses: the same error contract.
    frameworkErrors,
    clientErrorHandler,
    ajv: {
      customOptions: {
        // Unknown fields are refused, not silently dropped: a typo must not lose data unnoticed.
        removeAdditional: false,
        // Wrong types are refused, not converted ("123" stays a string). Params and querystrings
        // are therefore declared as strings with patterns and converted in the handler.
        coerceTypes: false,
        // Report every wrong field at once, so a person fixes the form in one go.
        allErrors: true,
        // Every schema is checked against JSON Schema's meta-schema when run from source (the
        // tests, npm run dev); the compiled bundle (server/build.mjs) carries the same schemas and
        // skips the check, which compiled the meta-schema at every start (issue 15: start-up time).
        validateSchema: !COMPILED_SERVER_BUNDLE,
      },
      // `x-free-text`: the domain's checkText on every free-text field (schemas/free-text).
      plugins: [freeTextKeyword],
    },
    // The same compilers, each route's validator and serializer compiled at its first use (start-up time).
    schemaController: { compilersFactory: lazyCompilersFactory },
  })

  try {
    app.decorate('config', config)
    app.decorate('now', options.now ?? (() => new Date()))
    app.addSchema(ErrorResponseSchema)
    app.addSchema(PersonProfileSchema)
    app.addSchema(VerificationSchema)
    app.addSchema(CitationSchema)
    app.addSchema(UploadSchema)
    app.addSchema(FilingSchema)
    // JSON only (multipart is registered in the uploads route's scope); text/plain would reach validation as a string.
    app.removeContentTypeParser('text/plain')

    await app.register(requestLogPlugin, { destination: options.logger === false ? null : logStream })
    await app.register(errorHandlerPlugin)
    await app.register(securityHeadersPlugin, { staticDir: options.serveStatic ? config.staticDir : null })
    await app.register(swaggerPlugin, { ui: config.docsEnabled })
    // Before the database opens: an unusable calendar file stops the start at once.
    await app.register(calendarPlugin, { dir: config.calendarDir })
    await app.register(databasePlugin, { database: config.database })
    await app.register(repositoriesPlugin)
    await app.register(authPlugin, { config })
    await app.register(rateLimitPlugin, { redisUrl: config.redisUrl, redisCommandTimeoutMs: config.redisCommandTimeoutMs })
    await app.register(staticPlugin, { root: config.staticDir, staffRoot: config.staffDir, enabled: options.serveStatic ?? false })
    await app.register(routes)
    await app.register(notificationsPlugin, { enabled: options.sendNotifications ?? true })
    await app.register(uploadCleanupPlugin, { enabled: options.cleanUpUploads ?? true })
  } catch (error) {
    await app.close().catch(() => undefined)
    throw error
  }
  return app
}
