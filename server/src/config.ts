/**
 * Server configuration, read once from the environment (API.md "Server configuration").
 * Everything else receives an `AppConfig`; nothing below `config.ts` reads `process.env`.
 */

export type DatabaseConfig =
  /** `busyTimeoutMs` (tests): how long a write waits for another connection's lock (default 5000). */
  | { kind: 'sqlite'; path: string; busyTimeoutMs?: number }
  /** `schema` (DATABASE_SCHEMA): where the tables live; tests give each suite its own so suites run in parallel. */
  | { kind: 'postgres'; url: string; schema?: string }

export interface WechatConfig {
  appId: string
  secret: string
  /** Injectable so tests can point it at a local fake server. */
  apiBaseUrl: string
  /** How long one call to WeChat may take (WECHAT_TIMEOUT_MS), in ms. */
  timeoutMs: number
}

/** WeChat subscription-message templates (订阅消息), one per kind of notification; null when not set up. */
export interface WechatTemplates {
  /** WECHAT_TEMPLATE_DEADLINE: the emergency-filing deadline reminder. */
  deadline: string | null
  /** WECHAT_TEMPLATE_DECISION: a review decision (approved, rejected, materials asked for). */
  decision: string | null
}

export interface AppConfig {
  port: number
  host: string
  database: DatabaseConfig
  nodeEnv: string
  wechat: WechatConfig | null
  wechatTemplates: WechatTemplates
  reviewerToken: string | null
  staticDir: string
  redisUrl: string | null
  sessionSecret: string | null
  sessionTtlSeconds: number
  /** Public status lookups allowed per client per minute (HEAD and GET together). */
  statusRateLimitPerMinute: number
  /** How long a rate-limit check waits for Redis before counting in the instance instead. */
  redisCommandTimeoutMs: number
  /** Logins (POST /api/sessions) allowed per client address per minute. */
  loginRateLimitPerMinute: number
  /** Uploads one person may make in any 24 hours: how many, and how many bytes in all. */
  uploadQuota: { count: number; bytes: number }
  /** Swagger UI and the OpenAPI document at /docs: on, except under NODE_ENV=production unless DOCS_ENABLED=1. */
  docsEnabled: boolean
  /** Fastify's `trustProxy`: behind a load balancer, the client address comes from X-Forwarded-For. */
  trustProxy: boolean | string
  /** Who checks a face-verification result (实人认证): WeChat's getinfo, or the development provider. */
  verificationProvider: VerificationProviderKind
  /** Extra working-day calendar years, one `*.json` file each, read at start (plugins/app/calendar). */
  calendarDir: string
  /** Staff console sessions last this long (seconds). */
  staffSessionTtlSeconds: number
  /** Failed staff logins in a row before the username is locked, and for how long (minutes). */
  staffLockAfter: number
  staffLockMinutes: number
  /** Staff login attempts allowed per client address per minute. */
  staffLoginRateLimitPerMinute: number
  /** The built staff console, served at /staff. */
  staffDir: string
  /** ID_HASH_KEY: the key of the ID-number and name hashes kept with 实人认证 (verification/identity-hash.ts); null → the development key, which production refuses. */
  idHashKey: string | null
  /** Tests only (FAULT_KILL_AFTER_COMMITS): SIGKILL right after the Nth idempotent write commits (faults/kill-hook). */
  faultKillAfterCommits: number | null
}

export type VerificationProviderKind = 'wechat' | 'dev'

export type Env = Record<string, string | undefined>

export const DEFAULT_PORT = 3000
export const DEFAULT_SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
export const WECHAT_API_BASE_URL = 'https://api.weixin.qq.com'
export const DEFAULT_WECHAT_TIMEOUT_MS = 5000
/** May be missing (a fresh checkout has none); a CALENDAR_DIR set to another path must exist. */
export const DEFAULT_CALENDAR_DIR = 'data/calendar'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Blank values count as unset, so `FOO=` in a .env file does not switch a feature on. */
function read(env: Env, key: string): string | null {
  const value = env[key]?.trim()
  return value ? value : null
}

function readPort(env: Env): number {
  const raw = read(env, 'PORT')
  if (raw === null) return DEFAULT_PORT
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT 应为 0 到 65535 之间的整数，现在是 "${raw}"，请改正后重启`)
  }
  return port
}

function readPositiveInt(env: Env, key: string, fallback: number): number {
  const raw = read(env, key)
  if (raw === null) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${key} 应为正整数，现在是 "${raw}"，请改正后重启`)
  }
  return value
}

function readDatabase(env: Env): DatabaseConfig {
  const url = read(env, 'DATABASE_URL')
  if (url !== null) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL 应以 postgres:// 开头；不用 PostgreSQL 时请删掉这个变量')
    }
    const schema = read(env, 'DATABASE_SCHEMA')
    if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new ConfigError(`DATABASE_SCHEMA 只能用小写字母、数字和下划线（不以数字开头），现在是 "${schema}"，请改正后重启`)
    }
    return schema === null ? { kind: 'postgres', url } : { kind: 'postgres', url, schema }
  }
  return { kind: 'sqlite', path: read(env, 'SQLITE_PATH') ?? 'data/app.db' }
}

function readWechat(env: Env): WechatConfig | null {
  const appId = read(env, 'WECHAT_APPID')
  const secret = read(env, 'WECHAT_SECRET')
  if (appId === null && secret === null) return null
  // Half a configuration would silently fall back to the development login; refuse instead.
  if (appId === null || secret === null) {
    throw new ConfigError('WECHAT_APPID 和 WECHAT_SECRET 要一起设置，请补上缺的那一个后重启')
  }
  return {
    appId,
    secret,
    apiBaseUrl: read(env, 'WECHAT_API_BASE_URL') ?? WECHAT_API_BASE_URL,
    timeoutMs: readPositiveInt(env, 'WECHAT_TIMEOUT_MS', DEFAULT_WECHAT_TIMEOUT_MS),
  }
}

/**
 * TRUST_PROXY: unset (the socket's address is the client), `1`/`true` (trust X-Forwarded-For
 * entirely), or the proxies' addresses/CIDRs (`10.0.0.0/8,127.0.0.1`). Per-client limits need it
 * behind a load balancer, or every client shares the balancer's address.
 */
function readTrustProxy(env: Env): boolean | string {
  const raw = read(env, 'TRUST_PROXY')
  if (raw === null || /^(0|false)$/i.test(raw)) return false
  if (/^(1|true)$/i.test(raw)) return true
  return raw
}

function readDocsEnabled(env: Env): boolean {
  const raw = read(env, 'DOCS_ENABLED')
  if (raw !== null) return /^(1|true)$/i.test(raw)
  return read(env, 'NODE_ENV') !== 'production'
}

/** VERIFICATION_PROVIDER, or derived: WeChat when its credentials are set, else the dev provider. */
function readVerificationProvider(env: Env, wechat: WechatConfig | null): VerificationProviderKind {
  const raw = read(env, 'VERIFICATION_PROVIDER')
  if (raw === null) return wechat ? 'wechat' : 'dev'
  if (raw !== 'wechat' && raw !== 'dev') {
    throw new ConfigError(`VERIFICATION_PROVIDER 只能是 wechat 或 dev，现在是 "${raw}"，请改正后重启`)
  }
  if (raw === 'wechat' && wechat === null) {
    throw new ConfigError('VERIFICATION_PROVIDER=wechat 需要同时设置 WECHAT_APPID 和 WECHAT_SECRET，请补上后重启')
  }
  return raw
}

/** Parses the environment; throws `ConfigError` with a plain message when a value is unusable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const wechat = readWechat(env)
  return {
    port: readPort(env),
    host: read(env, 'HOST') ?? '127.0.0.1',
    database: readDatabase(env),
    nodeEnv: read(env, 'NODE_ENV') ?? 'development',
    wechat,
    verificationProvider: readVerificationProvider(env, wechat),
    wechatTemplates: {
      deadline: read(env, 'WECHAT_TEMPLATE_DEADLINE'),
      decision: read(env, 'WECHAT_TEMPLATE_DECISION'),
    },
    reviewerToken: read(env, 'REVIEWER_TOKEN'),
    staticDir: read(env, 'STATIC_DIR') ?? 'dist/h5',
    redisUrl: read(env, 'REDIS_URL'),
    sessionSecret: read(env, 'SESSION_SECRET'),
    sessionTtlSeconds: readPositiveInt(env, 'SESSION_TTL_SECONDS', DEFAULT_SESSION_TTL_SECONDS),
    statusRateLimitPerMinute: readPositiveInt(env, 'STATUS_RATE_LIMIT_PER_MINUTE', 20),
    redisCommandTimeoutMs: readPositiveInt(env, 'REDIS_COMMAND_TIMEOUT_MS', 100),
    loginRateLimitPerMinute: readPositiveInt(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 30),
    uploadQuota: {
      count: readPositiveInt(env, 'UPLOAD_DAILY_COUNT', 50),
      bytes: readPositiveInt(env, 'UPLOAD_DAILY_MEGABYTES', 200) * 1024 * 1024,
    },
    trustProxy: readTrustProxy(env),
    docsEnabled: readDocsEnabled(env),
    calendarDir: read(env, 'CALENDAR_DIR') ?? DEFAULT_CALENDAR_DIR,
    staffSessionTtlSeconds: readPositiveInt(env, 'STAFF_SESSION_TTL_SECONDS', 8 * 60 * 60),
    staffLockAfter: readPositiveInt(env, 'STAFF_LOCK_AFTER', 5),
    staffLockMinutes: readPositiveInt(env, 'STAFF_LOCK_MINUTES', 15),
    staffLoginRateLimitPerMinute: readPositiveInt(env, 'STAFF_LOGIN_RATE_LIMIT_PER_MINUTE', 20),
    staffDir: read(env, 'STAFF_DIR') ?? 'dist/staff',
    faultKillAfterCommits: readFaultHook(env),
    idHashKey: read(env, 'ID_HASH_KEY'),
  }
}

/** The crash test's hook: a positive count, and never in production. */
function readFaultHook(env: Env): number | null {
  if (read(env, 'FAULT_KILL_AFTER_COMMITS') === null) return null
  if (read(env, 'NODE_ENV') === 'production') {
    throw new ConfigError('FAULT_KILL_AFTER_COMMITS 只用于故障测试，NODE_ENV=production 时不能设置，请删掉后重启')
  }
  return readPositiveInt(env, 'FAULT_KILL_AFTER_COMMITS', 1)
}
